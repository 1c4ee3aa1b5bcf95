// Writes one page's lines as text in the layout the parser reads from pdftotext: body lines first,
// a blank line where a wider gap than a line's sets paragraphs apart, then the page's footnotes
// under a rule of underscores, one footnote a line ("1 United Nations, Treaty Series …"), as
// src/ingest/footnotes.ts takeFootnoteZones reads them.

import type { PdfLine } from "./lines.js";

/** The rule the parser opens a page's footnote zone at. */
export const FOOTNOTE_RULE = "__________________";
const RULE = /^_{5,}$/;
/** Lines smaller than this share of the body size can be footnotes. */
const FOOTNOTE_SIZE = 0.9;
/** A gap between baselines wider than this many font sizes is a blank line (single spacing is ~1.2). */
const PARAGRAPH_GAP = 1.6;
/** A footnote printed with its number on the baseline: "3 A/73/334.". */
const PLAIN_MARK = /^(?:\d{1,3}|[*†‡])\s+\S/;

/** A page laid out: its body lines (blank lines between paragraphs) and its footnotes. */
export interface PageLayout {
  body: string[];
  /** One footnote a line; `marked` is false for text that continues a footnote of the page before. */
  notes: Array<{ text: string; marked: boolean }>;
}

/** Lays out one page. `bodySize` is the document's body font size. */
export function layoutPage(lines: readonly PdfLine[], bodySize: number): PageLayout {
  const zoneAt = footnoteZoneStart(lines, bodySize);
  const body: string[] = [];
  let prev: PdfLine | undefined;
  for (const line of zoneAt < 0 ? lines : lines.slice(0, zoneAt)) {
    if (prev && prev.y - line.y > PARAGRAPH_GAP * Math.max(prev.size, line.size)) body.push("");
    body.push(line.text);
    prev = line;
  }
  const notes = zoneAt < 0 ? [] : footnotes(lines.slice(zoneAt).filter((l) => !RULE.test(l.text)));
  return { body, notes };
}

/**
 * The text of the pages: each page's body, then its footnotes under the rule, pages ended by a line
 * end and separated by form feeds as pdftotext prints them. A footnote that runs over onto the next
 * page's bottom is joined to its start, so its text (and the documents it cites) stays whole.
 */
export function writePages(pages: readonly PageLayout[]): string {
  const notes = pages.map((p) => p.notes.map((n) => ({ ...n })));
  for (let i = 1; i < notes.length; i++) {
    const first = notes[i]![0];
    const before = notes.slice(0, i).reverse().find((n) => n.length > 0);
    if (first && !first.marked && before) {
      before[before.length - 1]!.text += ` ${first.text}`;
      notes[i]!.shift();
    }
  }
  return pages
    .map((page, i) => {
      const own = notes[i]!;
      const zone = own.length > 0 ? ["", FOOTNOTE_RULE, ...own.map((n) => n.text)] : [];
      return `${[...page.body, ...zone].join("\n")}\n`;
    })
    .join("\f");
}

/**
 * Where the page's footnotes start: at a printed rule of underscores, or else at the first line
 * with a raised mark of the small-font block that ends the page. -1 when the page has none.
 */
function footnoteZoneStart(lines: readonly PdfLine[], bodySize: number): number {
  const rule = lines.findIndex((l) => RULE.test(l.text));
  if (rule >= 0) return rule;
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size < FOOTNOTE_SIZE * bodySize) start--;
  for (let i = start; i < lines.length; i++) if (lines[i]!.opensWithMark) return i;
  return -1;
}

/** One footnote a line: a line that does not open with a mark continues the footnote before it. */
function footnotes(zone: readonly PdfLine[]): PageLayout["notes"] {
  const out: PageLayout["notes"] = [];
  for (const line of zone) {
    const marked = line.opensWithMark || PLAIN_MARK.test(line.text);
    if (out.length > 0 && !marked) out[out.length - 1]!.text += ` ${line.text}`;
    else out.push({ text: line.text, marked });
  }
  return out;
}
