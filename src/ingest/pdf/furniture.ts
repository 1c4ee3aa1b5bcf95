// Page furniture of official UN PDFs: what the printer adds at the page edges. It is dropped here,
// where the page's edges are still known, rather than left for src/ingest/furniture.ts, because a
// line at the page bottom would otherwise land among the footnotes or inside a running sentence.
// The first page's masthead ("United Nations A/RES/73/7", "Distr.: General") is kept: the parser
// reads the printed symbol from it and already strips it.

import type { PdfLine } from "./lines.js";

/** Lines that are furniture wherever they stand on a page. */
const ANYWHERE: readonly RegExp[] = [
  /^(?:GE\.)?\d{2}-\d{4,6}\s*(?:\(E\))?(?:\s+\d{6})?(?:\s+\*\d+\*)?$/, // job number: 18-18142 (E) 021118
  /^\*\d{5,}\*$/, // barcode: *1818142*
  /^Please recycle\b.*$/i,
];

/** Lines that are furniture only at a page's top or bottom edge. */
const AT_EDGE: readonly RegExp[] = [
  /^\d{1,3}\s*\/\s*\d{1,3}$/, // page counter: 2/5
  /^\d{1,3}$/, // page number
  /^\d{6}$/, // date code: 021118
];

/** A document symbol alone on a line, as the running head prints it: A/RES/73/7, S/RES/2449 (2018). */
const RUNNING_SYMBOL = /^(?:[A-Z]{1,6}\/)+[A-Z0-9.\-/]+(?:\s*\(\d{4}\))?$/;

/** The lines of one page without its furniture. `page` is 0-based. */
export function dropFurniture(lines: readonly PdfLine[], page: number): PdfLine[] {
  // Running heads, counters and codes stand in the two first and three last lines of a page.
  const top = new Set(lines.slice(0, 2));
  const edge = new Set([...top, ...lines.slice(-3)]);
  return lines.filter((line) => {
    const t = line.text;
    if (ANYWHERE.some((re) => re.test(t))) return false;
    if (edge.has(line) && AT_EDGE.some((re) => re.test(t))) return false;
    // A symbol alone at the bottom may end a wrapped footnote; at the top it is the running head.
    return !(page > 0 && top.has(line) && RUNNING_SYMBOL.test(t));
  });
}
