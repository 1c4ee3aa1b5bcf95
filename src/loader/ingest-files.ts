// Reads files, skips content already ingested, parses the rest and writes each document in its own
// transaction. One bad file is reported and skipped; it never stops the batch or touches the store.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AnalysisLink, GraphStore, UpsertStatus } from "../graph/port.js";
import { InputUnreadableError, ParseError, type ResgraphError } from "../errors.js";
import { parseSource } from "../ingest/source.js";
import type { Logger } from "../logger.js";
import { linkAnalyses } from "./link-analyses.js";

export type FileStatus = UpsertStatus | "skipped" | "failed";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  kind?: "resolution" | "analysis";
  /** The resolution's symbol, or the analysis page's key. */
  symbol?: string;
  paragraphs?: number;
  /** Set when status is "failed": a one-line reason that names the file. */
  error?: ResgraphError;
}

export interface IngestReport {
  outcomes: FileOutcome[];
  created: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** Analysis pages linked again because something changed; empty when nothing did. */
  links: AnalysisLink[];
}

export const contentHash = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputUnreadableError(file, reason, { cause: error });
  }
}

async function ingestOne(store: GraphStore, file: string): Promise<FileOutcome> {
  const bytes = readBytes(file);
  const hash = contentHash(bytes);
  // Checked before parsing so that a restart over unchanged seeds costs a hash per file, no parse.
  const known = await store.symbolForSourceHash(hash);
  if (known !== null) return { file, status: "skipped", symbol: known };
  const parsed = parseSource(bytes.toString("utf8"), file);
  if (parsed.kind === "analysis") {
    const key = path.basename(file, path.extname(file));
    const { status } = await store.upsertAnalysis(key, parsed.analysis, { path: file, hash });
    return { file, status, kind: "analysis", symbol: key };
  }
  const doc = parsed.document;
  const { symbol, status } = await store.upsertDocument(doc, { path: file, hash });
  return { file, status, kind: "resolution", symbol, paragraphs: doc.paragraphs.length };
}

export async function ingestFiles(
  store: GraphStore,
  files: readonly string[],
  options: { logger: Logger; onFile?: (outcome: FileOutcome, index: number) => void },
): Promise<IngestReport> {
  const report: IngestReport = {
    outcomes: [],
    created: 0,
    replaced: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    links: [],
  };
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      outcome = await ingestOne(store, file);
    } catch (error) {
      // Only a file's own fault is per-file; a store that fails (disk full, server down) or a bug stops the run.
      if (!(error instanceof ParseError || error instanceof InputUnreadableError)) throw error;
      outcome = { file, status: "failed", error };
      options.logger.debug({ file, code: error.code }, error.message);
    }
    report.outcomes.push(outcome);
    report[outcome.status]++;
    options.onFile?.(outcome, index);
  }
  if (report.created + report.replaced > 0) report.links = await linkAnalyses(store);
  return report;
}
