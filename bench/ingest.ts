// Ingest at scale: the synthetic corpus (bench/synthetic) loaded into a fresh SQLite file, end to
// end (read + hash + parse + extract + write), in a fresh process per path. Throughput and peak RSS
// are noted when the first N/10, 2N/5 and N files are in (5,000 / 20,000 / 50,000 by default):
// the peak of a run up to file k is the peak a run of k files has, so flat figures side by side
// mean memory flat in N, without ingesting 75,000 files to show it. A last child times the
// loader's steps apart (read, hash + lookup, parse + extract, write) on the first N/10 files.
//
// Paths measured:
//   loader:  `ingestFiles` (src/loader/ingest-files.ts), exactly what `resgraph ingest` runs;
//   batched: read + parse, then `store.upsertDocuments` in batches of 500, while the loader does
//            not batch yet (skipped once it does; "not available yet" while the store lacks it).
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ParseError } from "../src/errors.js";
import type { BatchItem, GraphQueries, GraphStore } from "../src/graph/port.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { parseSource } from "../src/ingest/source.js";
import { contentHash, ingestFiles } from "../src/loader/ingest-files.js";
import { createLogger } from "../src/logger.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { mb, type RssReport, startRssSampler } from "./memory.js";
import { CACHE_DIR, cachedCorpus, corpusFileList, DEFAULT_SEED, type GeneratedCorpus } from "./synthetic/generate.js";

export type IngestMode = "loader" | "batched";

/** Where one resolution's ingest time goes, measured phase by phase on a sample of the corpus. */
export interface Breakdown {
  files: number;
  /** Seconds per phase. */
  read: number;
  hashAndLookup: number;
  parse: number;
  write: number;
}
export const BATCH_SIZE = 500;
/** The loader's own batch size (DEFAULT_BATCH_SIZE in src/loader/ingest-files.ts). */
const LOADER_BATCH = 250;

export interface Checkpoint {
  /** Files ingested so far. */
  n: number;
  /** Since the start of the run. */
  seconds: number;
  /** CPU time of the process (user + system) since the start: the machine may be shared. */
  cpuSeconds: number;
  paragraphs: number;
  /** Peak RSS of the process up to this point: what a run of exactly n files would have peaked at. */
  peakRss: number;
}

export interface IngestRun {
  mode: IngestMode;
  n: number;
  seconds: number;
  resolutions: number;
  paragraphs: number;
  references: number;
  mentions: number;
  failed: number;
  rss: RssReport;
  checkpoints: Checkpoint[];
  db: string;
}

export interface IngestFigures {
  n: number;
  seed: number;
  corpus: GeneratedCorpus & { cached: boolean };
  loaderBatches: boolean;
  /** The loader parses on worker threads (src/loader/parse-pool.ts) while it writes. */
  loaderParsesOnWorkers: boolean;
  batchedAvailable: boolean;
  runs: IngestRun[];
  breakdown?: Breakdown;
  /** The database of the largest loader run, for the query benchmark. */
  db: string;
}

export const benchN = (): number => {
  const raw = process.env.BENCH_N;
  const n = raw === undefined || raw === "" ? 50_000 : Number(raw);
  if (!Number.isSafeInteger(n) || n < 10) throw new Error(`BENCH_N must be an integer ≥ 10, got ${raw}`);
  return n;
};

/** 5,000 / 20,000 / 50,000 at the default N; the same fractions of a smaller one. */
export const ingestSizes = (n: number): number[] => [...new Set([Math.round(n / 10), Math.round((2 * n) / 5), n])].filter((s) => s > 0);

/** Databases of this bench run: per process, so that two runs at once never share a file. */
export const RUN_DIR = path.join(CACHE_DIR, `run-${process.env.RESGRAPH_BENCH_RUN ?? process.pid}`);
const dbPath = (mode: IngestMode | "breakdown", n: number): string => path.join(RUN_DIR, `ingest-${mode}-n${n}.db`);

/** Removes this run's databases (hundreds of MB at N = 50,000). */
export function removeRunDatabases(): void {
  rmSync(RUN_DIR, { recursive: true, force: true });
}

function removeDb(db: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
}

// --- the child process: one mode, one size ---------------------------------------------------------

type Progress = (index: number, paragraphs: number) => void;

async function batchedIngest(store: GraphStore & Partial<GraphQueries>, files: readonly string[], progress: Progress): Promise<number> {
  let failed = 0;
  let batch: BatchItem[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcomes = await store.upsertDocuments!(batch);
    failed += outcomes.filter((o) => o instanceof Error).length;
    batch = [];
  };
  for (const [index, file] of files.entries()) {
    const bytes = readFileSync(file);
    let paragraphs = 0;
    try {
      const parsed = parseSource(bytes.toString("utf8"), file);
      if (parsed.kind === "resolution") {
        batch.push({ doc: parsed.document, source: { path: file, hash: contentHash(bytes) } });
        paragraphs = parsed.document.paragraphs.length;
      }
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      failed++;
    }
    // A checkpoint counts a file once it is written: flush at checkpoints too.
    if (batch.length >= BATCH_SIZE || isCheckpoint(index + 1)) await flush();
    progress(index, paragraphs);
  }
  await flush();
  return failed;
}

let checkpointSizes = new Set<number>();
const isCheckpoint = (done: number): boolean => checkpointSizes.has(done);

/** One process, one mode: ingests the first n files, noting time and peak RSS at each checkpoint size. */
async function child(mode: IngestMode, corpusDir: string, n: number, sizes: number[]): Promise<IngestRun> {
  const corpus = JSON.parse(readFileSync(path.join(corpusDir, "done.json"), "utf8")) as GeneratedCorpus;
  const files = corpusFileList(corpus, n);
  checkpointSizes = new Set(sizes);
  const db = dbPath(mode, n);
  removeDb(db);
  const store = openSqliteStore(db);
  const sampler = await startRssSampler(100);
  const checkpoints: Checkpoint[] = [];
  let paragraphs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuSeconds = (): number => {
    const { user, system } = process.cpuUsage(cpu0);
    return (user + system) / 1e6;
  };
  const progress: Progress = (index, count) => {
    paragraphs += count;
    if (isCheckpoint(index + 1)) {
      checkpoints.push({ n: index + 1, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSeconds(), paragraphs, peakRss: sampler.peakSoFar() });
    }
  };
  let failed: number;
  let done = 0;
  if (mode === "loader") {
    const report = await ingestFiles(store, files, {
      logger: createLogger("silent"),
      // Outcomes arrive in input order, each batch's once it is written.
      onFile: (outcome: { paragraphs?: number }) => progress(done++, outcome.paragraphs ?? 0),
    });
    failed = report.failed;
  } else {
    failed = await batchedIngest(store, files, progress);
  }
  const seconds = (performance.now() - t0) / 1000;
  const rss = await sampler.stop();
  const counts = await store.counts();
  await store.close();
  return {
    mode,
    n,
    seconds,
    resolutions: counts.resolutions,
    paragraphs: counts.paragraphs,
    references: counts.references,
    mentions: counts.mentions,
    failed,
    rss,
    checkpoints,
    db,
  };
}

/** The loader's steps, timed one by one (same calls as ingestFiles, one transaction per file). */
async function breakdown(corpusDir: string, n: number): Promise<Breakdown> {
  const corpus = JSON.parse(readFileSync(path.join(corpusDir, "done.json"), "utf8")) as GeneratedCorpus;
  const files = corpusFileList(corpus, n);
  const db = dbPath("breakdown", n);
  removeDb(db);
  const store = openSqliteStore(db) as GraphStore & Partial<GraphQueries>;
  const b: Breakdown = { files: files.length, read: 0, hashAndLookup: 0, parse: 0, write: 0 };
  // Written as the loader writes: batches through upsertDocuments when the store has it.
  let batch: BatchItem[] = [];
  const write = async (): Promise<void> => {
    const t = performance.now();
    if (typeof store.upsertDocuments === "function") await store.upsertDocuments(batch);
    else for (const item of batch) await store.upsertDocument(item.doc, item.source);
    b.write += performance.now() - t;
    batch = [];
  };
  for (const file of files) {
    let t = performance.now();
    const bytes = readFileSync(file);
    const text = bytes.toString("utf8");
    b.read += performance.now() - t;
    t = performance.now();
    const hash = contentHash(bytes);
    await store.symbolForSourceHash(hash);
    b.hashAndLookup += performance.now() - t;
    t = performance.now();
    let parsed;
    try {
      parsed = parseSource(text, file);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      continue;
    } finally {
      b.parse += performance.now() - t;
    }
    if (parsed.kind === "resolution") batch.push({ doc: parsed.document, source: { path: file, hash } });
    if (batch.length >= LOADER_BATCH) await write();
  }
  await write();
  await store.close();
  removeDb(db);
  return { files: b.files, read: b.read / 1000, hashAndLookup: b.hashAndLookup / 1000, parse: b.parse / 1000, write: b.write / 1000 };
}

// --- the parent: one child per (mode, size) ------------------------------------------------------------

const THIS_FILE = fileURLToPath(import.meta.url);
const RESULT_PREFIX = "INGEST_RESULT ";

function runChild<R = IngestRun>(mode: IngestMode | "breakdown", corpusDir: string, n: number): Promise<R> {
  const sizes = ingestSizes(n).join(",");
  return new Promise((resolve, reject) => {
    // Same Node flags as ours: under tsx they carry its loader.
    const proc = spawn(process.execPath, [...process.execArgv, THIS_FILE, "--ingest-child", mode, corpusDir, String(n), sizes], {
      cwd: PACKAGE_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, LOG_LEVEL: "silent", RESGRAPH_BENCH_RUN: String(process.env.RESGRAPH_BENCH_RUN ?? process.pid) },
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`ingest child (${mode}, ${n}) exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as R);
    });
  });
}

function storeHasBatches(): boolean {
  const store = openSqliteStore(":memory:") as GraphStore & Partial<GraphQueries>;
  const has = typeof store.upsertDocuments === "function";
  void store.close();
  return has;
}

export async function benchIngest(options: { n?: number; seed?: number; log?: (line: string) => void } = {}): Promise<IngestFigures> {
  const n = options.n ?? benchN();
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => {});
  const corpus = cachedCorpus(n, seed, (done) => log(`  generating synthetic corpus: ${int(done)} / ${int(n)}`));
  const loaderSource = readFileSync(path.join(PACKAGE_ROOT, "src", "loader", "ingest-files.ts"), "utf8");
  const loaderBatches = loaderSource.includes("upsertDocuments");
  const batchedAvailable = storeHasBatches();
  const runs: IngestRun[] = [];
  const modes: IngestMode[] = loaderBatches || !batchedAvailable ? ["loader"] : ["loader", "batched"];
  for (const mode of modes) {
    log(`  ingesting ${int(n)} resolutions (${mode}) …`);
    runs.push(await runChild(mode, corpus.dir, n));
  }
  const sample = ingestSizes(n)[0]!;
  log(`  timing the loader's steps on ${int(sample)} resolutions …`);
  const breakdown = await runChild<Breakdown>("breakdown", corpus.dir, sample);
  const loaderParsesOnWorkers = loaderSource.includes("ParsePool");
  return { n, seed, corpus, loaderBatches, loaderParsesOnWorkers, batchedAvailable, runs, breakdown, db: dbPath("loader", n) };
}

const int = (n: number): string => Math.round(n).toLocaleString("en-US");

export function printIngest(f: IngestFigures): void {
  const c = f.corpus;
  console.log(`ingest at scale (synthetic corpus, N = ${int(f.n)}, seed ${f.seed}; BENCH_N sets N)`);
  console.log(
    `  corpus: ${int(c.n)} files, ${int(c.paragraphs)} paragraphs, ${mb(c.bytes)} ` +
      `(${c.cached ? "cached" : `generated in ${c.seconds.toFixed(1)} s`}) in ${path.relative(PACKAGE_ROOT, c.dir)}`,
  );
  console.log("  end to end: read + hash + parse + extract + write, fresh SQLite file, one process per path;");
  console.log("  figures at N are those of the first N files of one run (peak RSS = the run's peak up to then)");
  const label = (mode: IngestMode): string =>
    mode === "loader"
      ? `loader (ingestFiles${f.loaderBatches ? `, batches of ${LOADER_BATCH} through upsertDocuments` : ", one transaction per file"}${f.loaderParsesOnWorkers ? ", parsing on a worker thread while writing" : ""})`
      : `batched (parse + upsertDocuments × ${BATCH_SIZE})`;
  for (const mode of ["loader", "batched"] as const) {
    const run = f.runs.find((r) => r.mode === mode);
    if (!run) {
      if (mode === "batched") {
        const why = f.loaderBatches ? "the loader batches already: measured above" : "store.upsertDocuments: not available yet";
        console.log(`  ${label(mode)}: ${why}`);
      }
      continue;
    }
    console.log(`  ${label(mode)}:`);
    let prev: Checkpoint = { n: 0, seconds: 0, cpuSeconds: 0, paragraphs: 0, peakRss: 0 };
    for (const cp of run.checkpoints) {
      const segment = prev.n === 0 ? "" : `; files ${int(prev.n + 1)}–${int(cp.n)} alone: ${int((cp.n - prev.n) / (cp.seconds - prev.seconds))} resolutions/s`;
      console.log(
        `    N = ${int(cp.n).padStart(6)}: ${int(cp.n / cp.seconds).padStart(5)} resolutions/s, ` +
          `${int(cp.paragraphs / cp.seconds).padStart(6)} paragraphs/s, ${cp.seconds.toFixed(1).padStart(6)} s ` +
          `(${int(cp.n / cp.cpuSeconds).padStart(5)} per CPU-second), ` +
          `peak RSS ${mb(cp.peakRss).padStart(7)}${segment}`,
      );
      prev = cp;
    }
    console.log(
      `    end: ${int(run.resolutions)} resolutions, ${int(run.paragraphs)} paragraphs, ${int(run.references)} references, ` +
        `${int(run.mentions)} mentions written, ${run.failed} failed; peak RSS ${mb(run.rss.peakRss)} ` +
        `(kernel high-water mark ${run.rss.hwm ? mb(run.rss.hwm) : "n/a"}, ${run.rss.samples} samples)`,
    );
  }
  const b = f.breakdown;
  if (b) {
    const total = b.read + b.hashAndLookup + b.parse + b.write;
    const share = (x: number): string => `${Math.round((100 * x) / total)}%`;
    console.log(
      `  where the time goes (loader's steps timed apart, first ${int(b.files)} files, ${int(b.files / total)} resolutions/s): ` +
        `read ${share(b.read)}, hash + lookup ${share(b.hashAndLookup)}, parse + extract ${share(b.parse)}, SQLite write ${share(b.write)}`,
    );
  }
  console.log("  goal: ≥ 1,000 resolutions/s, peak RSS flat in N");
}

if (process.argv[2] === "--ingest-child") {
  const [mode, corpusDir, n, sizes] = process.argv.slice(3);
  const run =
    mode === "breakdown"
      ? await breakdown(corpusDir!, Number(n))
      : await child(mode as IngestMode, corpusDir!, Number(n), (sizes ?? "").split(",").map(Number));
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(run)}\n`);
  process.exit(0);
}
