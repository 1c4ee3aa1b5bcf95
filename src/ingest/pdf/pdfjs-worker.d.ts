// pdfjs-dist ships no declarations for its worker module; resgraph only hands its message handler
// to pdfjs (see document.ts), so that is all it needs to know of it.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
