// Writes a synthetic corpus of N resolutions as text files in the real layouts, plus a manifest of
// what each file is meant to yield (symbol, series, citations). Streams: one document is composed,
// written and forgotten at a time, so memory is flat in N. Deterministic given (N, seed).
//
// Layout on disk: <dir>/<chunk>/<index>_<symbol>.txt, 1,000 files a chunk, names sorting in
// chronological order (so `collectInputFiles` lists them oldest first, as the CLI would ingest
// them); <dir>/manifest.jsonl, one Intended (+ file) a line; <dir>/done.json once complete.

import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { compose, SeriesBook, type Intended } from "./compose.js";
import { render } from "./layouts.js";
import { type CorpusModel, learnModel } from "./model.js";
import { rngFor } from "./prng.js";
import { Timeline } from "./timeline.js";

export const DEFAULT_N = 50_000;
export const DEFAULT_SEED = 20_251_125;
/** Bump when the generator's output changes, so stale caches are not reused. */
export const GENERATOR_VERSION = 2;

export interface ManifestEntry extends Intended {
  i: number;
  /** Relative to the corpus directory. */
  file: string;
  body: "GA" | "HRC" | "SC";
  paragraphs: number;
}

export interface GenerateOptions {
  n?: number;
  seed?: number;
  /** Defaults to a fresh directory under the OS temp dir. */
  dir?: string;
  model?: CorpusModel;
  onProgress?: (done: number) => void;
}

export interface GeneratedCorpus {
  dir: string;
  n: number;
  seed: number;
  manifest: string;
  bytes: number;
  paragraphs: number;
  seconds: number;
}

const fileNameOf = (i: number, symbol: string): string =>
  path.join(String(Math.floor(i / 1000)).padStart(3, "0"), `${String(i).padStart(7, "0")}_${symbol.replace(/[^A-Za-z0-9]+/g, "_").replace(/_$/, "")}.txt`);

export function generateCorpus(options: GenerateOptions = {}): GeneratedCorpus {
  const n = options.n ?? DEFAULT_N;
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = options.dir ?? path.join(tmpdir(), `resgraph-synthetic-${n}-${seed}-${process.pid}`);
  const t0 = performance.now();
  const model = options.model ?? learnModel();
  const timeline = new Timeline(n);
  const book = new SeriesBook(model);
  mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, "manifest.jsonl");
  writeFileSync(manifest, "");
  let buffered: string[] = [];
  let bytes = 0;
  let paragraphs = 0;
  for (let i = 0; i < n; i++) {
    const { doc, intended } = compose(i, timeline, model, book, rngFor(seed, i));
    const text = render(doc);
    const file = fileNameOf(i, intended.symbol);
    if (i % 1000 === 0) mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
    bytes += Buffer.byteLength(text);
    const count = doc.paragraphs.reduce((sum, p) => sum + 1 + (p.subs?.length ?? 0), 0);
    paragraphs += count;
    const entry: ManifestEntry = { i, file, body: doc.slot.body, paragraphs: count, ...intended };
    buffered.push(JSON.stringify(entry));
    if (buffered.length >= 1000) {
      appendFileSync(manifest, `${buffered.join("\n")}\n`);
      buffered = [];
    }
    if ((i + 1) % 5000 === 0) options.onProgress?.(i + 1);
  }
  if (buffered.length > 0) appendFileSync(manifest, `${buffered.join("\n")}\n`);
  const seconds = (performance.now() - t0) / 1000;
  const result: GeneratedCorpus = { dir, n, seed, manifest, bytes, paragraphs, seconds };
  writeFileSync(path.join(dir, "done.json"), JSON.stringify({ ...result, version: GENERATOR_VERSION }));
  return result;
}

export const CACHE_DIR = path.join(PACKAGE_ROOT, "bench", ".cache");

/** The corpus for (N, seed) under bench/.cache, generated on first use. */
export function cachedCorpus(n: number, seed = DEFAULT_SEED, onProgress?: (done: number) => void): GeneratedCorpus & { cached: boolean } {
  const dir = path.join(CACHE_DIR, `synthetic-v${GENERATOR_VERSION}-n${n}-s${seed}`);
  const done = path.join(dir, "done.json");
  const read = (): GeneratedCorpus => JSON.parse(readFileSync(done, "utf8")) as GeneratedCorpus;
  if (existsSync(done)) return { ...read(), cached: true };
  // Written aside and renamed into place, so that a run at the same time never sees half a corpus.
  const scratch = `${dir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  const made = generateCorpus({ n, seed, dir: scratch, ...(onProgress ? { onProgress } : {}) });
  if (existsSync(done)) {
    rmSync(scratch, { recursive: true, force: true });
    return { ...read(), cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  const final = { ...made, dir, manifest: path.join(dir, "manifest.jsonl") };
  writeFileSync(done, JSON.stringify({ ...final, version: GENERATOR_VERSION }));
  return { ...final, cached: false };
}

/** Reads the manifest lazily, one entry at a time. */
export function* readManifest(corpus: Pick<GeneratedCorpus, "manifest">): Generator<ManifestEntry> {
  const text = readFileSync(corpus.manifest, "utf8");
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length : nl + 1;
    if (line) yield JSON.parse(line) as ManifestEntry;
  }
}

/** The corpus files, oldest first; the first `limit` of them when given. */
export function corpusFileList(corpus: GeneratedCorpus, limit = corpus.n): string[] {
  const files: string[] = [];
  for (const e of readManifest(corpus)) {
    if (files.length >= limit) break;
    files.push(path.join(corpus.dir, e.file));
  }
  return files;
}
