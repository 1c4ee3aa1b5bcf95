// The metrics reads as the API's SQLite store runs them: mostCited, citationCounts and
// recallsInWindow on the read workers (the subgraph's typed arrays cross the thread boundary as
// they are), graphVersion on the main thread, each the same answer as the store alone gives.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { POOLED_READS, withReadPool } from "../../src/graph/sqlite/read-pool.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { MetricsService } from "../../src/metrics/service.js";
import { metricsGraph } from "../conformance/contract/metrics.js";
import { recalling, source } from "../conformance/documents.js";

describe("metrics on the read workers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-metrics-pool-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers as the store alone, the version read on the main thread", async () => {
    expect(POOLED_READS).toEqual(expect.arrayContaining(["citationCounts", "mostCited", "recallsInWindow"]));
    expect(POOLED_READS).not.toContain("graphVersion");
    const file = path.join(dir, "graph.db");
    const alone: GraphStore = openSqliteStore(file);
    for (const doc of metricsGraph) await alone.upsertDocument(doc, source(doc.resolution.symbol));
    const pooled = withReadPool(openSqliteStore(file), file, { threads: 1, timeoutMs: 10_000 });
    try {
      const window = { yearFrom: 2010, yearTo: 2015 };
      const subgraph = await pooled.recallsInWindow(window);
      expect(subgraph.sources).toBeInstanceOf(Uint32Array);
      expect(subgraph).toEqual(await alone.recallsInWindow(window));
      expect(await pooled.mostCited({ ...window, first: 3 })).toEqual(await alone.mostCited({ ...window, first: 3 }));
      expect(await pooled.citationCounts(["A/RES/1/1", "nope"])).toEqual([5, 0]);

      const service = new MetricsService(pooled);
      const before = await service.influential(window, 10);
      await alone.upsertDocument(recalling("A/RES/14/9", "2014-01-01", ["A/RES/11/1"]), source("A/RES/14/9"));
      const after = await service.influential(window, 10);
      expect(after.totalCount).toBe(before.totalCount + 1);
    } finally {
      await pooled.close();
      await alone.close();
    }
  });
});
