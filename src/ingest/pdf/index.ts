// pdfToText turns an official UN PDF into the plain text parseResolution reads, laid out as
// pdftotext would print it: pages separated by form feeds, marks glued to their words, each page's
// footnotes under a rule, page furniture gone. Each step lives in its own module:
// document (pdfjs → text runs) → lines (runs → lines, marks) → furniture → page-text (paragraph
// gaps, footnote zone).

import { ParseError } from "../../errors.js";
import { readPages } from "./document.js";
import { dropFurniture } from "./furniture.js";
import { pageLines } from "./lines.js";
import { layoutPage, writePages } from "./page-text.js";
import { bodySize } from "./runs.js";

export const NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?); resgraph reads PDFs with text";

/** The text of a PDF for parseResolution. Throws only ParseError (`file` names the input). */
export async function pdfToText(bytes: Uint8Array, file: string): Promise<string> {
  try {
    const pages = await readPages(bytes, file);
    if (!pages.some((p) => p.runs.some((r) => r.text.trim() !== ""))) throw new ParseError(file, NO_TEXT_LAYER);
    const size = bodySize(pages);
    return writePages(pages.map((page, i) => layoutPage(dropFurniture(pageLines(page.runs), i), size)));
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError(file, `the PDF could not be read (${detail.replace(/\s+/g, " ").trim()})`);
  }
}
