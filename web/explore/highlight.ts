// Where a paragraph cites a resolution, for marking it: the places its symbol or its printed number
// appear. References carry no offsets in the API, so the explorer finds them by the number grammar a
// text prints: "S/RES/660 (1990)" is cited as "660 (1990)" (OCR sometimes drops the space),
// "A/HRC/RES/36/32" as "36/32", "A/RES/217 A (III)" as "217 A (III)". Pure: no DOM. The printing
// rule is the series module's too: one home, src/ingest/citations/printed-number.ts.

import { escapeRegExp, printedNumber } from "../../src/ingest/citations/printed-number.js";

export { printedNumber };

export interface TextPart {
  readonly text: string;
  /** True for a citation of one of the symbols asked about. */
  readonly marked: boolean;
}

/** Spaces in a symbol may be missing or doubled in a text; a space before "(" is often dropped. */
const loosely = (s: string): string => escapeRegExp(s).replace(/\\\(/g, "\\s*\\(").replace(/\s+/g, "\\s*");
/** Not glued to a longer number or symbol on either side ("660" is not in "1660" or "660/2"). */
const standalone = (source: string): string => String.raw`(?<![\w/])(?:${source})(?![\w/])`;

/** Patterns for one symbol's citations, most specific first; the first that matches is used. */
export function citationPatterns(symbol: string): RegExp[] {
  const number = printedNumber(symbol);
  const patterns = [new RegExp(standalone(`${loosely(symbol)}|${loosely(number)}`), "gi")];
  // "resolution 660" without its year: only tried when the full form is nowhere in the text.
  const bare = /^(\d{1,4})\s*\(/.exec(number)?.[1];
  if (bare !== undefined) patterns.push(new RegExp(String.raw`(?<![\w/])${bare}(?![\w/]|\s*\()`, "g"));
  return patterns;
}

/** The text cut into parts, the citations of `symbols` marked. */
export function markCitations(text: string, symbols: readonly string[]): TextPart[] {
  const spans: [number, number][] = [];
  for (const symbol of symbols) {
    for (const pattern of citationPatterns(symbol)) {
      const found = [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]);
      if (found.length > 0) {
        spans.push(...found);
        break;
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue; // overlapping a span already marked
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
