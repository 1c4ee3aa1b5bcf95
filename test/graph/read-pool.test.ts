// The API's SQLite reads on worker threads: the same answers as the main thread, a deadline that
// stops the worker (and a new one in its place), the request's own deadline, and lookups inline.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadUserInputError, TimeoutError } from "../../src/errors.js";
import { withDeadline } from "../../src/graph/deadline.js";
import type { GraphStore } from "../../src/graph/port.js";
import { withReadPool } from "../../src/graph/sqlite/read-pool.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { siblingWorker } from "../../src/worker-module.js";
import { quietLogger } from "../helpers/seeded-store.js";

let dir: string;
let file: string;
let direct: GraphStore;
let pooled: GraphStore;

/** The test's worker module beside this file (a `.ts`: started with tsx, as under vitest the real one is). */
const slowWorker = () => siblingWorker(import.meta.url, "slow-read-worker");

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "resgraph-pool-"));
  file = path.join(dir, "db.sqlite");
  direct = openSqliteStore(file);
  await ingestFiles(direct, collectInputFiles([SEEDS_DIR]), { logger: quietLogger });
  pooled = withReadPool(openSqliteStore(file), file, { threads: 2, timeoutMs: 3_000, worker: slowWorker() });
}, 60_000);

afterAll(async () => {
  await pooled?.close();
  await direct?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SQLite reads on worker threads", () => {
  it("answers every pooled call as the main thread does", async () => {
    const symbols = ["A/HRC/RES/36/32", "S/RES/660 (1990)", "A/RES/80/4"];
    expect(await pooled.paragraphsOfResolutions(symbols)).toEqual(await direct.paragraphsOfResolutions(symbols));
    expect(await pooled.lineages(symbols, "ancestors", 5)).toEqual(await direct.lineages(symbols, "ancestors", 5));
    expect(await pooled.citationPath("S/RES/687 (1991)", "S/RES/660 (1990)", 6)).toEqual(await direct.citationPath("S/RES/687 (1991)", "S/RES/660 (1990)", 6));
    const search = { text: "human rights", first: 5, offset: 0 };
    expect(await pooled.search(search)).toEqual(await direct.search(search));
    expect(await pooled.graphCounts()).toEqual(await direct.graphCounts());
  });

  it("brings the workers' errors back as the same errors", async () => {
    const refused = pooled.lineage("A/HRC/RES/36/32", "sideways" as never, 3);
    await expect(refused).rejects.toBeInstanceOf(BadUserInputError);
    await expect(refused).rejects.toMatchObject({ code: "BAD_USER_INPUT", context: { field: "direction" } });
  });

  it("stops a read past its deadline with TimeoutError, and the next read gets a fresh worker", async () => {
    const started = Date.now();
    const slow = pooled.search({ text: "slow:30000", first: 5, offset: 0 });
    await expect(slow).rejects.toBeInstanceOf(TimeoutError);
    await expect(slow).rejects.toMatchObject({ code: "TIMEOUT", context: { operation: "search", ms: 3_000 } });
    // Stopped at the deadline, not after the 30 s the worker would have spun.
    expect(Date.now() - started).toBeLessThan(15_000);
    // Both threads still answer (the stopped one was replaced): two reads at once.
    const [a, b] = await Promise.all([pooled.graphCounts(), pooled.lineage("A/RES/80/4", "ancestors", 2)]);
    expect(a).toEqual(await direct.graphCounts());
    expect(b).toEqual(await direct.lineage("A/RES/80/4", "ancestors", 2));
  });

  it("stops a read when the request it serves is aborted", async () => {
    const controller = new AbortController();
    const read = withDeadline(controller.signal, () => pooled.search({ text: "slow:30000", first: 5, offset: 0 }));
    setTimeout(() => controller.abort(), 50);
    await expect(read).rejects.toBeInstanceOf(TimeoutError);
    // A read made for a request already over refuses at once.
    await expect(withDeadline(controller.signal, () => pooled.graphCounts())).rejects.toBeInstanceOf(TimeoutError);
  });

  it("keeps lookups by key on the main thread, where a slow worker cannot delay them", async () => {
    // Both threads held: a lookup sent to them would wait out the deadline and fail.
    const slow = pooled.search({ text: "slow:30000", first: 5, offset: 0 }).catch(() => undefined);
    const slow2 = pooled.search({ text: "slow:30000", first: 5, offset: 0 }).catch(() => undefined);
    const [node] = await pooled.resolutionNodes(["A/HRC/RES/36/32"]);
    expect(node?.symbol).toBe("A/HRC/RES/36/32");
    await Promise.all([slow, slow2]);
  });

  it("fails a read whose worker runs out of heap alone, and replaces the worker", async () => {
    const oom = pooled.search({ text: "exhaust-heap", first: 5, offset: 0 });
    await expect(oom).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
    const [a, b] = await Promise.all([pooled.graphCounts(), pooled.lineage("A/RES/80/4", "ancestors", 2)]);
    expect(a).toEqual(await direct.graphCounts());
    expect(b).toEqual(await direct.lineage("A/RES/80/4", "ancestors", 2));
  }, 60_000);

  it("refuses reads once closed", async () => {
    const store = withReadPool(openSqliteStore(file), file, { threads: 1, timeoutMs: 20_000 });
    expect((await store.counts()).resolutions).toBe((await direct.counts()).resolutions);
    await store.close();
    await expect(store.graphCounts()).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
  });
});
