// The parser reasons about lines and pages (page furniture sits at page edges, footnotes at page
// bottoms), so the text is cut into lines that remember their page once, here.

export interface Line {
  /** The line with surrounding whitespace removed and inner runs kept. */
  text: string;
  /** The line as converted, for layout cues such as trailing spaces. */
  raw: string;
  /** 0-based page, counted by form feeds. */
  page: number;
}

export function toLines(text: string): Line[] {
  const out: Line[] = [];
  text.split("\f").forEach((pageText, page) => {
    for (const raw of pageText.split("\n")) out.push({ text: raw.trim(), raw, page });
  });
  return out;
}

export const isBlank = (line: Line): boolean => line.text === "";

/** Lines of each page, in order. */
export function byPage(lines: Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const line of lines) (pages[line.page] ??= []).push(line);
  return pages.filter((p) => p !== undefined);
}
