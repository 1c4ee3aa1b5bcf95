// Page furniture is what a printer adds around the text of a resolution: job numbers, barcodes, date
// codes, page counters, running symbols and titles, and the UN masthead. None of it is content, and
// it lands in the middle of sentences when a paragraph runs across a page, so it goes first.

import { type Line, byPage, isBlank } from "./lines.js";
import { collapseWhitespace } from "./normalize.js";
import { repairPrintedSymbol } from "./citations/numbers.js";

/** Lines that are furniture wherever they stand. */
const FURNITURE: readonly RegExp[] = [
  /^(?:GE\.)?\d{2}-\d{4,6}\s*(?:\(E\))?(?:\s+\d{6})?(?:\s+\*\d+\*)?$/, // job number: 18-18142 (E), GE.19-17277(E)
  /^\*\d{5,}\*$/, // barcode
  /^\d{6}$/, // date code: 021118
  /^United Nations$/,
  /^United Nations\s+\/?(?:A|S|E)?\/\S.*$/, // masthead with its symbol
  /^(?:General Assembly|Security Council|Economic and Social Council)\s+Distr\.?:.*$/,
  /^Distr\.?:?\s*(?:General|Limited|Restricted)\b.*$/i,
  /^Original:\s*[A-Z][a-z]+(?:[/ ,]+[A-Z][a-z]+)*$/,
  /^-{3,}$/, // markdown rules and end marks
];

const BODY_NAME_ALONE = /^(?:General Assembly|Security Council|Economic and Social Council)$/;
const BARE_DATE = /^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$/;

function isPageCounter(text: string): boolean {
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(text);
  return m !== null && Number(m[1]) <= Number(m[2]) && Number(m[2]) > 1;
}

export interface Defurnished {
  lines: Line[];
  /** Act symbols printed in mastheads and running headers, in order of appearance. */
  printedSymbols: string[];
}

/** Removes page furniture; keeps blank lines, which later steps read as layout. */
export function stripFurniture(lines: Line[]): Defurnished {
  const printedSymbols: string[] = [];
  const drop = new Set<Line>();
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    if (t === "") continue;
    const symbol = repairPrintedSymbol(t.replace(/^United Nations\s+/, ""));
    if (symbol && (/^United Nations\s/.test(t) || repairPrintedSymbol(t))) {
      printedSymbols.push(symbol);
      drop.add(line);
      continue;
    }
    if (FURNITURE.some((re) => re.test(t)) || isPageCounter(t)) {
      drop.add(line);
      // The date printed under "Distr.: General" is the issue date, never part of the text.
      if (/Distr\./.test(t)) {
        const next = nextContent(lines, i);
        if (next && BARE_DATE.test(next.text)) drop.add(next);
      }
      continue;
    }
    // A body name alone on a line is masthead only when the masthead is around it.
    if (BODY_NAME_ALONE.test(t) && near(lines, i, (l) => /^United Nations\b|^Distr\./.test(l.text))) drop.add(line);
  }
  // Page numbers stand alone at the top of a page, after the running symbol.
  for (const page of byPage(lines)) {
    const first = page.find((l) => !isBlank(l) && !drop.has(l));
    if (first && first.page > 0 && /^\d{1,3}$/.test(first.text) && Number(first.text) === first.page + 1) drop.add(first);
  }
  return { lines: lines.filter((l) => !drop.has(l)), printedSymbols };
}

function nextContent(lines: Line[], i: number): Line | undefined {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (!isBlank(lines[j]!)) return lines[j];
  return undefined;
}

function near(lines: Line[], i: number, test: (l: Line) => boolean): boolean {
  for (let j = Math.max(0, i - 3); j < Math.min(lines.length, i + 4); j++) if (j !== i && test(lines[j]!)) return true;
  return false;
}

/**
 * Running titles repeat the (often cut) title at page tops; in body text they interrupt sentences.
 * A line counts as one when it is the title or a leading part of it of three words or more.
 */
export function stripRunningTitles(lines: Line[], title: string): Line[] {
  const t = squash(title);
  if (t.split(" ").length < 3) return lines;
  // Squashing keeps every non-space character and lower-casing never shortens a text, so a line with
  // more non-space characters than the title cannot be part of it. Body lines mostly are such lines,
  // and this rules them out without copying them.
  const longerThanTitle = new RegExp(String.raw`^(?:\s*\S){${t.length + 1}}`);
  return lines.filter((l) => longerThanTitle.test(l.text) || !isRunningTitle(squash(l.text), l.text, t));
}

/** Whether a line (squashed as `s`) is the squashed title `t`, or a leading part of it of three words or more. */
function isRunningTitle(s: string, text: string, t: string): boolean {
  return t.startsWith(s) && s.split(" ").length >= 3 && !/[.;:]$/.test(text);
}

const squash = (s: string): string => collapseWhitespace(s).toLowerCase();
