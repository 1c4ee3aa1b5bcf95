// Reads files, skips content already ingested, parses the rest and writes them in batches (each
// document still all-or-nothing inside its batch). A bad file is reported and skipped; it never
// stops the run or touches the store. Memory stays flat: one batch of parsed documents at a time,
// and only failures are kept for the report.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ResolutionDocument } from "../domain.js";
import { DocumentRejectedError, InputUnreadableError, ParseError, type ResgraphError } from "../errors.js";
import type { AnalysisLink, BatchItem, GraphStore, UpsertStatus } from "../graph/port.js";
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
  created: number;
  replaced: number;
  unchanged: number;
  skipped: number;
  failed: number;
  /** Paragraphs of the documents written (created or replaced). */
  paragraphs: number;
  /** The failed files, in input order. */
  failures: FileOutcome[];
  /** Analysis pages linked again because something changed; empty when nothing did. */
  links: AnalysisLink[];
}

export interface IngestProgress {
  done: number;
  total: number;
  paragraphs: number;
}

export interface IngestOptions {
  logger: Logger;
  /** Every file's outcome, in input order, as soon as it is known. */
  onFile?: (outcome: FileOutcome) => void;
  /** After each batch is written. */
  onProgress?: (progress: IngestProgress) => void;
  /** Documents written per store call (a transaction with a savepoint per document). */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 250;

export const contentHash = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputUnreadableError(file, reason, { cause: error });
  }
}

interface Pending {
  file: string;
  item: BatchItem;
}

export async function ingestFiles(store: GraphStore, files: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = { created: 0, replaced: 0, unchanged: 0, skipped: 0, failed: 0, paragraphs: 0, failures: [], links: [] };
  // Small runs get smaller batches, so progress still moves in about twenty steps.
  const batchSize = Math.max(1, options.batchSize ?? Math.min(DEFAULT_BATCH_SIZE, Math.ceil(files.length / 20)));
  // Outcomes are reported in input order, so a file waits here until the batch before it is written.
  const queue: (FileOutcome | Pending)[] = [];
  const hashesThisRun = new Set<string>();
  let done = 0;
  let queuedDocuments = 0;

  const record = (outcome: FileOutcome) => {
    report[outcome.status]++;
    if (outcome.status === "failed") {
      report.failures.push(outcome);
      options.logger.debug({ file: outcome.file, code: outcome.error?.code }, outcome.error?.message ?? "failed");
    }
    if ((outcome.status === "created" || outcome.status === "replaced") && outcome.paragraphs) report.paragraphs += outcome.paragraphs;
    options.onFile?.(outcome);
    done++;
  };

  const flush = async () => {
    const pending = queue.filter((q): q is Pending => "item" in q);
    const results = pending.length > 0 ? await store.upsertDocuments(pending.map((p) => p.item)) : [];
    const byFile = new Map(pending.map((p, i) => [p, results[i]]));
    for (const entry of queue) {
      if (!("item" in entry)) {
        record(entry);
        continue;
      }
      const result = byFile.get(entry);
      const doc: ResolutionDocument = entry.item.doc;
      record(
        result instanceof Error || result === undefined
          ? { file: entry.file, status: "failed", error: new DocumentRejectedError(entry.file, result?.message ?? "not written") }
          : { file: entry.file, status: result.status, kind: "resolution", symbol: result.symbol, paragraphs: doc.paragraphs.length },
      );
    }
    queue.length = 0;
    queuedDocuments = 0;
    options.onProgress?.({ done, total: files.length, paragraphs: report.paragraphs });
  };

  for (const file of files) {
    try {
      const bytes = readBytes(file);
      const hash = contentHash(bytes);
      // Checked before parsing, so a restart over unchanged files costs a hash per file, no parse.
      const known = hashesThisRun.has(hash) ? "(same content as a file above)" : await store.symbolForSourceHash(hash);
      if (known !== null) {
        queue.push({ file, status: "skipped", symbol: known });
      } else {
        hashesThisRun.add(hash);
        const parsed = parseSource(bytes.toString("utf8"), file);
        if (parsed.kind === "analysis") {
          // Rare, and linked after the run: written at once rather than batched.
          const key = path.basename(file, path.extname(file));
          const { status } = await store.upsertAnalysis(key, parsed.analysis, { path: file, hash });
          queue.push({ file, status, kind: "analysis", symbol: key });
        } else {
          queue.push({ file, item: { doc: parsed.document, source: { path: file, hash } } });
          queuedDocuments++;
        }
      }
    } catch (error) {
      // Only a file's own fault is per-file; a store that fails (disk full, server down) or a bug stops the run.
      if (!(error instanceof ParseError || error instanceof InputUnreadableError)) throw error;
      queue.push({ file, status: "failed", error });
    }
    if (queuedDocuments >= batchSize) await flush();
  }
  await flush();
  if (report.created + report.replaced > 0) report.links = await linkAnalyses(store);
  return report;
}
