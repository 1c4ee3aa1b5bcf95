// ingestFiles with its parse workers gives exactly what parsing in-thread gives: the same outcome
// for every file in input order, the same failures and messages, the same progress, the same rows.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { ingestFiles, SAME_CONTENT, type FileOutcome, type IngestOptions } from "../../src/loader/ingest-files.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger } from "../helpers/seeded-store.js";
import { snapshot } from "../helpers/store-snapshot.js";

const BULK = path.join(SEEDS_DIR, "..", "bench", "corpus");

/** Seeds and the bulk corpus (which repeat some seeds, same and changed), with copies and bad files mixed in. */
function corpus(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-pool-"));
  for (const sub of ["a", "b"]) mkdirSync(path.join(dir, sub));
  copyFileSync(path.join(SEEDS_DIR, "A_RES_80_9.txt"), path.join(dir, "a", "copy-1.txt"));
  copyFileSync(path.join(SEEDS_DIR, "A_RES_80_9.txt"), path.join(dir, "b", "copy-2.txt"));
  writeFileSync(path.join(dir, "a", "bad.txt"), "not a resolution at all\n");
  writeFileSync(path.join(dir, "b", "bad-copy.txt"), "not a resolution at all\n");
  writeFileSync(path.join(dir, "a", "empty.txt"), "");
  return [...collectInputFiles([BULK, SEEDS_DIR]), ...collectInputFiles([dir]), path.join(dir, "missing.txt")];
}

async function run(files: string[], options: Partial<IngestOptions>, store = openSqliteStore(":memory:")) {
  const outcomes: FileOutcome[] = [];
  const progress: unknown[] = [];
  const report = await ingestFiles(store, files, {
    logger: quietLogger,
    onFile: (o) => outcomes.push(o),
    onProgress: (p) => progress.push(p),
    ...options,
  });
  const flat = outcomes.map((o) => ({ ...o, error: o.error && { name: o.error.name, code: o.error.code, message: o.error.message } }));
  return { store, report: { ...report, failures: report.failures.length }, outcomes: flat, progress };
}

/** v1 of a seed, v2 (a changed text of the same symbol) and v1's content again under another name. */
function threeVersions(): { v1: string; v2: string; v1again: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-pool-"));
  const seed = readFileSync(path.join(SEEDS_DIR, "000_a76aad1bd757f93e.txt"), "utf8");
  const files = { v1: path.join(dir, "1-v1.txt"), v2: path.join(dir, "2-v2.txt"), v1again: path.join(dir, "3-v1-again.txt") };
  writeFileSync(files.v1, seed);
  writeFileSync(files.v2, seed.replace("Decides to continue its consideration", "Decides to end its consideration"));
  writeFileSync(files.v1again, seed);
  return files;
}

/** With v1 in the store, a run over v2 then v1 again: its outcomes and the rows it leaves. */
async function replaceThenRestore(files: ReturnType<typeof threeVersions>, parseWorkers: number, batchSize: number) {
  const store = openSqliteStore(":memory:");
  await ingestFiles(store, [files.v1], { logger: quietLogger, parseWorkers: 0 });
  const { outcomes } = await run([files.v2, files.v1again], { parseWorkers, batchSize }, store);
  const rows = await snapshot(store);
  await store.close();
  return { outcomes, rows };
}

describe("ingestFiles on parse workers", () => {
  it("reports and writes exactly what in-thread parsing does, in input order", { timeout: 120_000 }, async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(900);
    for (const batchSize of [7, 250]) {
      const here = await run(files, { parseWorkers: 0, batchSize });
      const pooled = await run(files, { parseWorkers: 1, batchSize });
      expect(pooled.outcomes).toEqual(here.outcomes);
      expect(pooled.report).toEqual(here.report);
      expect(pooled.progress).toEqual(here.progress);
      expect(await snapshot(pooled.store)).toEqual(await snapshot(here.store));
      expect(pooled.outcomes.map((o) => o.file)).toEqual(files);
      // Copies of a file above are skipped as such, across batches too; bad files fail with their own message.
      const byName = new Map(pooled.outcomes.map((o) => [path.basename(o.file), o]));
      expect(byName.get("copy-2.txt")).toMatchObject({ status: "skipped", symbol: SAME_CONTENT });
      expect(byName.get("bad-copy.txt")).toMatchObject({ status: "skipped", symbol: SAME_CONTENT });
      expect(byName.get("bad.txt")?.error).toMatchObject({ name: "ParseError", code: "PARSE_ERROR" });
      expect(byName.get("bad.txt")?.error?.message).toMatch(/bad\.txt: no resolution number or symbol was found/);
      expect(byName.get("empty.txt")?.error?.message).toMatch(/empty\.txt: the text is empty$/);
      expect(byName.get("missing.txt")?.error).toMatchObject({ code: "INPUT_UNREADABLE" });
      await here.store.close();
      await pooled.store.close();
    }
  });

  it("a run over unchanged files skips them all by hash, as in-thread", async () => {
    const files = collectInputFiles([SEEDS_DIR]);
    const store = openSqliteStore(":memory:");
    await ingestFiles(store, files, { logger: quietLogger, parseWorkers: 0 });
    const before = await snapshot(store);
    const again = await run(files, { parseWorkers: 1 }, store);
    expect(again.report.created + again.report.replaced).toBe(0);
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it("parses a file looked up ahead as known once an earlier file of the run has replaced that content", async () => {
    // v1 is in the store; the run replaces it by v2, then meets v1's content again under another name:
    // at its turn the store no longer has that content, so it is parsed and written back.
    const files = threeVersions();
    const results = await Promise.all(([[0, 1], [1, 1]] as const).map(([parseWorkers, batchSize]) => replaceThenRestore(files, parseWorkers, batchSize)));
    expect(results[0]!.outcomes.map((o) => o.status)).toEqual(["replaced", "replaced"]);
    expect(results[1]).toEqual(results[0]);
  });

  it("decides a file whose content an earlier file of the same batch is replacing as a one-file-at-a-time loop would", async () => {
    // The same run with both files in one batch: the store still says v1 is the symbol's source when
    // the second file's turn comes, but the batch is about to replace it: written one at a time, v1
    // would be found gone and written back.
    const files = threeVersions();
    const results = await Promise.all(([[0, 1], [0, 2], [1, 2]] as const).map(([parseWorkers, batchSize]) => replaceThenRestore(files, parseWorkers, batchSize)));
    expect(results[0]!.outcomes.map((o) => o.status)).toEqual(["replaced", "replaced"]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it("asks the store about a read-ahead window's hashes together, so that a server answers them in one round trip", async () => {
    const files = collectInputFiles([BULK]).slice(0, 300);
    const inner = openSqliteStore(":memory:");
    let inFlight = 0;
    let most = 0;
    const store = new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === "symbolForSourceHash")
          return async (hash: string) => {
            most = Math.max(most, ++inFlight);
            await new Promise((r) => setImmediate(r));
            inFlight--;
            return target.symbolForSourceHash(hash);
          };
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const pooled = await run(files, { parseWorkers: 1, batchSize: 50 }, store);
    const here = await run(files, { parseWorkers: 0, batchSize: 50 });
    expect(most).toBeGreaterThanOrEqual(50);
    expect(pooled.outcomes).toEqual(here.outcomes);
    expect(await snapshot(inner)).toEqual(await snapshot(here.store));
    await inner.close();
    await here.store.close();
  });
});
