// Reads files, skips content already ingested, parses the rest and writes them in batches (each
// document still all-or-nothing inside its batch). A bad file is reported and skipped; it never
// stops the run or touches the store. Memory stays flat: a bounded window of files read ahead and
// parsed documents, the content hashes taken so far in a compact table (16 bytes each), and only
// failures kept for the report.
//
// Larger runs parse on worker threads (parse-pool.ts) while this thread writes: the files of the
// next batch are read, hashed and sent to be parsed before the current batch is written. Every
// decision is still taken in input order, exactly as a one-file-at-a-time loop takes it: a hash
// looked up ahead is looked up again at the file's turn (an earlier file of the run may have
// replaced that content meanwhile), and a file whose content an earlier file of the run took is
// skipped as a copy, whichever was read first.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ResolutionDocument, SourceFormat } from "../domain.js";
import { DocumentRejectedError, InputUnreadableError, ParseError, type ResgraphError } from "../errors.js";
import type { AnalysisLink, BatchItem, GraphStore, UpsertStatus } from "../graph/port.js";
import type { MetadataFile } from "../ingest/metadata/index.js";
import { FORMAT_RANK, isPdf, parseSourceBytes } from "../ingest/source.js";
import type { Logger } from "../logger.js";
import { HashSet } from "./hash-set.js";
import { linkAnalyses } from "./link-analyses.js";
import { ParsePool, parseHere, type ParseTicket } from "./parse-pool.js";
import type { LocalParseResult } from "./parse-wire.js";

export type FileStatus = UpsertStatus | "skipped" | "failed";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  kind?: "resolution" | "analysis" | "metadata";
  /** The resolution's symbol, or the analysis page's key. */
  symbol?: string;
  paragraphs?: number;
  /** Why a file was skipped, when another source of the same resolution was kept ("richer source"). */
  reason?: string;
  /** Metadata files: how many records were written (created or replaced) and how many were unchanged. */
  records?: { written: number; unchanged: number };
  /** Lines of the file that were left out or not fully read, each naming its line and why. */
  notes?: string[];
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
  /**
   * Parse workers: 0 parses in this thread; default: in this thread below POOL_MIN_FILES files
   * (a worker's start-up would cost more than it saves), else the pool's default size.
   */
  parseWorkers?: number;
  /** The resolution a text without a masthead is (`--symbol`): parses in this thread. */
  symbol?: string;
}

export const DEFAULT_BATCH_SIZE = 250;

/** Below this many files, parsing stays in this thread by default. */
export const POOL_MIN_FILES = 50;

/** Marks a file skipped because an earlier file of the same run had the same content. */
export const SAME_CONTENT = "(same content as a file above)";

/** A file skipped because a richer source of its resolution is kept. */
const FORMAT_NAME: Readonly<Record<SourceFormat, string>> = { akn: "AKN4UN XML", pdf: "PDF", text: "text" };
function richerKept(file: string, symbol: string, kept: SourceFormat, where: string): FileOutcome {
  return { file, status: "skipped", kind: "resolution", symbol, reason: `${symbol} is kept from its ${FORMAT_NAME[kept]} (${where}), a richer source` };
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

interface Pending {
  file: string;
  item: BatchItem;
  /** The format its document was read from (ResolutionDocument.format). */
  format: SourceFormat;
  /** Set when the document replaces a poorer source of its resolution in the store: the choice, said. */
  reason?: string;
}

/** A file read (and hashed) ahead of its turn. */
type Ahead =
  /** Decided already: unreadable, or a copy of a file above. */
  | { kind: "decided"; outcome: FileOutcome }
  /** The store knew the hash when read; checked again at the file's turn. */
  | { kind: "known"; file: string; hash: string; text: string }
  /** To be parsed: by the pool (ticket), or in this thread at its turn (text). */
  | { kind: "parse"; file: string; hash: string; text?: string; ticket?: ParseTicket }
  /** A PDF: its text layer is read (asynchronously) in this thread at its turn. */
  | { kind: "pdf"; file: string; hash: string; bytes: Buffer };

/** Lets worker replies in between two files parsed here. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function ingestFiles(store: GraphStore, files: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = { created: 0, replaced: 0, unchanged: 0, skipped: 0, failed: 0, paragraphs: 0, failures: [], links: [] };
  // Small runs get smaller batches, so progress still moves in about twenty steps.
  const batchSize = Math.max(1, options.batchSize ?? Math.min(DEFAULT_BATCH_SIZE, Math.ceil(files.length / 20)));
  const workers = options.symbol !== undefined ? 0 : (options.parseWorkers ?? (files.length < POOL_MIN_FILES ? 0 : undefined));
  const sourceOptions = options.symbol !== undefined ? { symbol: options.symbol } : {};
  // A worker holds up to a batch of files: enough to parse while this thread writes the batch before.
  const pool = workers === 0 ? undefined : new ParsePool(workers, { maxInFlight: batchSize });
  // Read ahead: the batch being filled plus the next one, so that the workers have the next
  // batch's files while this thread writes. In-thread parsing gains nothing from reading ahead.
  const lookahead = pool ? 2 * batchSize + 2 * pool.size : 1;
  // How many files are read ahead at once when the window moves.
  const readChunk = pool ? Math.max(1, Math.min(batchSize, 100)) : 1;
  // Outcomes are reported in input order, so a file waits here until the batch before it is written.
  const queue: (FileOutcome | Pending)[] = [];
  // Content hashes taken by this run: those of files already handled (compact), and those of the
  // files read ahead, with the position of the first file that took each.
  const taken = new HashSet();
  const takenAhead = new Map<string, number>();
  const ahead: (Ahead | undefined)[] = [];
  let aheadStart = 0;
  let read = 0;
  let done = 0;
  let queuedDocuments = 0;
  // The last document queued for each symbol in the batch not written yet. Two uses: of two sources
  // of one resolution the richer is kept (AKN over PDF over text), whichever came first; and the
  // store still says a hash is some symbol's source while an earlier file of the batch is about to
  // replace that symbol, so such a hash is no longer "unchanged" (a one-file-at-a-time loop would
  // have written the earlier file first and found the hash gone).
  const pendingBySymbol = new Map<string, Pending>();

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
    await keepRicherStored();
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
          : {
              file: entry.file,
              status: result.status,
              kind: "resolution",
              symbol: result.symbol,
              paragraphs: doc.paragraphs.length,
              ...(entry.reason && result.status === "replaced" ? { reason: entry.reason } : {}),
            },
      );
    }
    queue.length = 0;
    queuedDocuments = 0;
    pendingBySymbol.clear();
    options.onProgress?.({ done, total: files.length, paragraphs: report.paragraphs });
  };

  /**
   * A document whose resolution the store holds from a richer source is not written: one store
   * call per batch asks the formats of every symbol queued.
   */
  const keepRicherStored = async (): Promise<void> => {
    // Every queued document, not one per symbol: two texts of one resolution in one batch are both
    // written (the later replaces the earlier), so each must be checked against the store.
    const pending = queue.filter((q): q is Pending => "item" in q);
    if (pending.length === 0) return;
    const symbols = [...pendingBySymbol.keys()];
    const formats = await store.sourceFormatsOf(symbols);
    const storedFormat = new Map(symbols.map((symbol, i) => [symbol, formats[i]]));
    for (const p of pending) {
      const symbol = p.item.doc.resolution.symbol;
      const have = storedFormat.get(symbol);
      if (have && FORMAT_RANK[have] > FORMAT_RANK[p.format]) {
        queue[queue.indexOf(p)] = richerKept(p.file, symbol, have, "in the store");
        queuedDocuments--;
      } else if (have && FORMAT_RANK[have] < FORMAT_RANK[p.format]) {
        p.reason = `its ${FORMAT_NAME[p.format]} replaces the ${FORMAT_NAME[have]} loaded before, a poorer source`;
      }
    }
  };

  const takenBefore = (hash: string, index: number): boolean => taken.has(hash) || (takenAhead.get(hash) ?? index) < index;

  type Read = { file: string; hash: string; bytes: Buffer } | { file: string; failed: InputUnreadableError };

  /** Reads and hashes file `index`. */
  const readOne = (index: number): Read => {
    const file = files[index]!;
    try {
      const bytes = readBytes(file);
      // A text read as the resolution `--symbol` names is another source than the same bytes read
      // as another one: the symbol is part of what is hashed, so changing it is no "unchanged".
      const hash = options.symbol === undefined ? contentHash(bytes) : contentHash(Buffer.concat([bytes, Buffer.from(`\0symbol:${options.symbol.trim()}`)]));
      return { file, hash, bytes };
    } catch (error) {
      if (!(error instanceof InputUnreadableError)) throw error;
      return { file, failed: error };
    }
  };

  /**
   * Files `read` to `end` read ahead of their turn: read and hashed, their hashes looked up in the
   * store all at once (a store on a server answers a batch of concurrent lookups in one round trip),
   * then decided in input order, exactly as reading them one at a time would (the store does not
   * change in between: writes happen in flush). The lookup here is only a forecast, except for copies.
   */
  const readAheadUpTo = async (end: number): Promise<void> => {
    const reads: Read[] = [];
    for (; read < end; read++) reads.push(readOne(read));
    const known = pool ? await Promise.all(reads.map((r) => ("hash" in r ? store.symbolForSourceHash(r.hash) : null))) : [];
    for (const [k, r] of reads.entries()) {
      if (!("hash" in r)) {
        ahead.push({ kind: "decided", outcome: { file: r.file, status: "failed", error: r.failed } });
        continue;
      }
      const { file, hash, bytes } = r;
      // A hash taken by an earlier file stays taken (the first taker only ever moves earlier): final.
      if (taken.has(hash) || takenAhead.has(hash)) {
        ahead.push({ kind: "decided", outcome: { file, status: "skipped", symbol: SAME_CONTENT } });
        continue;
      }
      if (isPdf(bytes)) {
        // Read in this thread at its turn: the PDF reader is asynchronous, the workers' parse is not.
        takenAhead.set(hash, aheadStart + ahead.length);
        ahead.push({ kind: "pdf", file, hash, bytes });
        continue;
      }
      const text = bytes.toString("utf8");
      if (!pool) {
        ahead.push({ kind: "parse", file, hash, text });
        continue;
      }
      if (known[k] !== null) {
        ahead.push({ kind: "known", file, hash, text });
        continue;
      }
      takenAhead.set(hash, aheadStart + ahead.length);
      ahead.push({ kind: "parse", file, hash, ticket: pool.parse(file, text) });
    }
  };

  const readUpTo = async (end: number) => {
    end = Math.min(end, files.length);
    if (read >= end) return;
    // In chunks, so that their lookups go to the store together.
    await readAheadUpTo(Math.min(files.length, Math.max(end, read + readChunk)));
    // Partial chunks go out too: the workers must not idle while this thread writes.
    pool?.flush();
  };

  /** Decides file `index` at its turn, as a one-file-at-a-time loop would. */
  const handle = async (index: number, entry: Ahead) => {
    if (entry.kind === "decided") {
      queue.push(entry.outcome);
      return;
    }
    const { file, hash } = entry;
    if (takenBefore(hash, index)) {
      queue.push({ file, status: "skipped", symbol: SAME_CONTENT });
      return;
    }
    let result: LocalParseResult;
    if (entry.kind === "pdf" || entry.kind === "known" || entry.text !== undefined) {
      // Checked before parsing, so a restart over unchanged files costs a hash per file, no parse.
      const known = await store.symbolForSourceHash(hash);
      if (known !== null && !pendingBySymbol.has(known)) {
        queue.push({ file, status: "skipped", symbol: known });
        return;
      }
      result =
        entry.kind === "pdf"
          ? await parseSourceBytes(entry.bytes, file, sourceOptions).then(
              (parsed) => ({ ok: true as const, parsed }),
              (error: unknown) => ({ ok: false as const, error }),
            )
          : parseHere(entry.text!, file, sourceOptions);
    } else {
      // Rather than wait for a worker, parse here what no worker has taken yet.
      while (pool!.help(entry.ticket!)) await nextTurn();
      result = await entry.ticket!.result;
    }
    takenAhead.delete(hash);
    taken.add(hash);
    if (!result.ok) {
      // Only a file's own fault is per-file; a store that fails (disk full, server down) or a bug stops the run.
      if (!(result.error instanceof ParseError)) throw result.error;
      queue.push({ file, status: "failed", error: result.error });
      return;
    }
    const parsed = result.parsed;
    if (parsed.kind === "analysis") {
      // Rare, and linked after the run: written at once rather than batched.
      const key = path.basename(file, path.extname(file));
      const { status } = await store.upsertAnalysis(key, parsed.analysis, { path: file, hash });
      queue.push({ file, status, kind: "analysis", symbol: key });
    } else if (parsed.kind === "metadata") {
      // Written at once, like an analysis page: a store keeps metadata apart from the text it
      // matches by symbol, so it may come before or after that text, in this batch or any other.
      queue.push(await writeMetadata(file, parsed.metadata));
    } else {
      const symbol = parsed.document.resolution.symbol;
      const format = parsed.document.format ?? "text";
      const earlier = pendingBySymbol.get(symbol);
      if (earlier && FORMAT_RANK[earlier.format] > FORMAT_RANK[format]) {
        queue.push(richerKept(file, symbol, earlier.format, earlier.file));
        return;
      }
      const entry: Pending = { file, format, item: { doc: parsed.document, source: { path: file, hash } } };
      if (earlier && FORMAT_RANK[earlier.format] < FORMAT_RANK[format]) {
        queue[queue.indexOf(earlier)] = richerKept(earlier.file, symbol, format, file);
        queuedDocuments--;
      }
      queue.push(entry);
      pendingBySymbol.set(symbol, entry);
      queuedDocuments++;
    }
  };

  const writeMetadata = async (file: string, metadata: MetadataFile): Promise<FileOutcome> => {
    const results = await store.upsertMetadata(metadata.records.map((r) => ({ metadata: r.metadata, source: { path: file, hash: r.hash } })));
    const notes = metadata.problems.map((p) => `${file}:${p.line}: ${p.reason}${p.rejected ? " (line left out)" : ""}`);
    let written = 0;
    let unchanged = 0;
    let created = false;
    for (const [i, r] of results.entries()) {
      if (r instanceof Error) notes.push(`${file}:${metadata.records[i]!.line}: ${metadata.records[i]!.metadata.symbol} not written (${r.message})`);
      else if (r.status === "unchanged") unchanged++;
      else {
        written++;
        created ||= r.status === "created";
      }
    }
    if (written + unchanged === 0) {
      // Every record was refused by the store: the file failed, with the first reason.
      const first = results.find((r): r is Error => r instanceof Error);
      return { file, status: "failed", kind: "metadata", error: new DocumentRejectedError(file, first?.message ?? "no record written"), ...(notes.length > 0 ? { notes } : {}) };
    }
    const status: UpsertStatus = written === 0 ? "unchanged" : created ? "created" : "replaced";
    return { file, status, kind: "metadata", records: { written, unchanged }, ...(notes.length > 0 ? { notes } : {}) };
  };

  try {
    for (let index = 0; index < files.length; index++) {
      await readUpTo(index + lookahead);
      const entry = ahead[index - aheadStart]!;
      // Not kept once handled: the queue holds what the batch needs.
      ahead[index - aheadStart] = undefined;
      await handle(index, entry);
      // Drop handled entries now and then, not one shift() per file.
      if (index - aheadStart >= 1024) {
        ahead.splice(0, index + 1 - aheadStart);
        aheadStart = index + 1;
      }
      if (queuedDocuments >= batchSize) {
        // The next batch's files go to the workers before this thread is busy writing.
        await readUpTo(index + 1 + lookahead);
        await flush();
      }
    }
    await flush();
  } finally {
    await pool?.close();
  }
  if (report.created + report.replaced > 0) report.links = await linkAnalyses(store);
  return report;
}
