// Splits the lines of one section into items: bullets, and plain blocks separated by blank lines.

/**
 * A bullet is a symbol at the start of the line. Symbol bullets may touch the text ("•Yes0");
 * dashes, asterisks and "1." need a space, so that "-5" or "2016." at a line start stay text.
 */
const BULLET = /^\s*(?:[•◦▪▫●○■□‣⁃∙·➢►✓]\s*|[*\-–—]\s+|\d{1,2}[.)]\s+)/;

export interface Item {
  bullet: boolean;
  text: string;
}

export function itemsOf(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let current: Item | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      current = { bullet: true, text: line.slice(bullet[0].length).trim() };
      items.push(current);
    } else if (current) {
      // A line right under another (no blank line) wraps it.
      current.text = `${current.text} ${line}`;
    } else {
      current = { bullet: false, text: line };
      items.push(current);
    }
  }
  return items.filter((i) => i.text !== "");
}
