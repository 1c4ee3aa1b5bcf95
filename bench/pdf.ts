// PDF reading speed: pages per second and milliseconds per PDF for pdfToText over the two official
// PDFs of test/fixtures/pdf (A/RES/73/6, A/RES/73/7), each read several times after a warm-up. The
// text is also parsed once per PDF, so a reader that got fast by reading wrong shows as 0 paragraphs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseResolution } from "../src/ingest/parse.js";
import { pdfToText } from "../src/ingest/pdf/index.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { fmt, median } from "./stats.js";

const FIXTURES = path.join(PACKAGE_ROOT, "test", "fixtures", "pdf");
const FILES = ["A_RES_73_6-EN.pdf", "A_RES_73_7-EN.pdf"];

export interface PdfFileFigures {
  file: string;
  pages: number;
  paragraphs: number;
  medianMs: number;
}

export interface PdfFigures {
  repeats: number;
  files: PdfFileFigures[];
  pages: number;
  /** Pages read per second over all repeats of all files. */
  pagesPerSecond: number;
  /** Mean milliseconds per PDF over all repeats. */
  msPerPdf: number;
  /** The first read of the first PDF, pdfjs loading included. */
  coldMs: number;
}

export async function benchPdf(repeats = 5): Promise<PdfFigures> {
  const inputs = FILES.map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, file))) }));
  const c0 = performance.now();
  await pdfToText(inputs[0]!.bytes, inputs[0]!.file);
  const coldMs = performance.now() - c0;
  for (const { bytes, file } of inputs) await pdfToText(bytes, file); // warm-up

  const files: PdfFileFigures[] = [];
  let totalMs = 0;
  let totalPages = 0;
  for (const { bytes, file } of inputs) {
    const samples: number[] = [];
    let text = "";
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      text = await pdfToText(bytes, file);
      samples.push(performance.now() - t0);
    }
    const pages = text.split("\f").length;
    totalMs += samples.reduce((a, b) => a + b, 0);
    totalPages += pages * repeats;
    files.push({ file, pages, paragraphs: parseResolution(text, file).paragraphs.length, medianMs: median(samples) });
  }
  return {
    repeats,
    files,
    pages: files.reduce((n, f) => n + f.pages, 0),
    pagesPerSecond: totalPages / (totalMs / 1000),
    msPerPdf: totalMs / (repeats * files.length),
    coldMs,
  };
}

export function printPdf(f: PdfFigures): void {
  console.log(`\nPDF reading (pdfToText, pdfjs-dist in-process; ${f.files.length} official PDFs, ${f.pages} pages, ${f.repeats} reads each)`);
  for (const file of f.files) console.log(`  ${file.file}: ${file.pages} pages, ${file.paragraphs} paragraphs, median ${fmt(file.medianMs)} ms`);
  console.log(`  ${fmt(f.pagesPerSecond)} pages/s, ${fmt(f.msPerPdf)} ms per PDF (first read, pdfjs loading included: ${fmt(f.coldMs)} ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) printPdf(await benchPdf());
