// The real texts the benchmarks (and the corpus sweep test) read: the seeds plus the bulk corpora
// committed under bench/corpus (899 Security Council resolutions 1946–1994, 54 GA resolutions of 2025).
import path from "node:path";
import { collectInputFiles } from "../src/loader/input-files.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../src/package-root.js";

export const BULK_CORPUS_DIR = path.join(PACKAGE_ROOT, "bench", "corpus");

export const corpusFiles = (): string[] => collectInputFiles([SEEDS_DIR, BULK_CORPUS_DIR]);
