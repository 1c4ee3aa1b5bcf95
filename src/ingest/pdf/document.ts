// Reads a PDF's text runs with pdfjs-dist, in this thread: pdfjs's "worker" is its parser, and
// handing it the worker module directly runs it in-process, with no worker thread, no network, no
// canvas and no fonts installed (text extraction needs none of them). Every failure of pdfjs
// becomes a ParseError whose reason says, in one line, what is wrong with the file.

// The worker module's declaration travels with this module into every program that compiles it
// (the eval's narrowed compile lists files, not folders).
/// <reference path="./pdfjs-worker.d.ts" />

import { ParseError } from "../../errors.js";
import type { PageRuns, TextRun } from "./runs.js";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<Pdfjs> | undefined;

/**
 * Loads pdfjs once, on the first PDF (both modules are large: commands that read no PDF never load
 * them), with its parser registered on this thread, where pdfjs looks for it on globalThis.
 */
function pdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}

/** The text runs of every page of a PDF. Throws only ParseError. */
export async function readPages(bytes: Uint8Array, file: string): Promise<PageRuns[]> {
  const structural = structuralReason(bytes);
  if (structural) throw new ParseError(file, structural);
  const lib = await pdfjs();
  // pdfjs may take over (detach) the buffer it is given: it gets a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  // No onPassword handler: pdfjs then rejects a password-protected file with a PasswordException.
  try {
    const doc = await task.promise;
    const pages: PageRuns[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) });
      }
      pages.push({ runs });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw new ParseError(file, pdfjsReason(error));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** What is wrong with the bytes before pdfjs sees them: not a PDF at all, or cut short. */
function structuralReason(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "the PDF is empty (0 bytes)";
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) return "the file is not a PDF (no %PDF- header in its first 1024 bytes)";
  // Every complete PDF ends with %%EOF (give or take a line end or padding); a download cut short
  // does not, and pdfjs would silently read what is there.
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes("%%EOF")) return "the PDF is truncated (it does not end with %%EOF): the file was cut short, e.g. an incomplete download";
  return undefined;
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** One line saying what pdfjs found wrong. */
function pdfjsReason(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (name === "PasswordException" || /password/i.test(message)) {
    return "the PDF is encrypted (password-protected); resgraph reads PDFs without a password";
  }
  if (name === "InvalidPDFException") return `the PDF is malformed (${message || "invalid PDF structure"})`;
  return `the PDF is malformed and could not be read (${message || name || "unknown error"})`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim().slice(0, 200);
