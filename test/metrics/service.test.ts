// MetricsService (src/metrics/service.ts): influential and mostCited over a real SQLite store, the
// cache (hits, invalidation by a write through the store and by another connection's write, its
// bounds, one computation for concurrent misses, failures not kept), and the version's TTL.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { currentDeadline, withDeadline } from "../../src/graph/deadline.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { pageRank } from "../../src/metrics/pagerank.js";
import { MetricsService, type MetricsStore } from "../../src/metrics/service.js";
import { metricsGraph } from "../conformance/contract/metrics.js";
import { recalling, source } from "../conformance/documents.js";

/** The store, with its metric calls counted. */
function counted(store: GraphStore): { store: MetricsStore; calls: Record<keyof MetricsStore, number> } {
  const calls = { graphVersion: 0, recallsInWindow: 0, mostCited: 0, resolutionNodes: 0 };
  const wrapped: MetricsStore = {
    graphVersion: () => ((calls.graphVersion += 1), store.graphVersion()),
    recallsInWindow: (w) => ((calls.recallsInWindow += 1), store.recallsInWindow(w)),
    mostCited: (a) => ((calls.mostCited += 1), store.mostCited(a)),
    resolutionNodes: (s) => ((calls.resolutionNodes += 1), store.resolutionNodes(s)),
  };
  return { store: wrapped, calls };
}

async function load(store: GraphStore): Promise<void> {
  for (const doc of metricsGraph) await store.upsertDocument(doc, source(doc.resolution.symbol));
}

const symbols = (page: { items: { node: { symbol: string } }[] }): string[] => page.items.map((i) => i.node.symbol);

describe("MetricsService", () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = openSqliteStore(":memory:");
    await load(store);
  });
  afterEach(async () => {
    await store.close();
  });

  describe("influential", () => {
    it("ranks the window's resolutions by PageRank, best first, with rank, score and the resolution itself", async () => {
      const service = new MetricsService(store);
      const page = await service.influential({}, 3);
      const expected = pageRank(await store.recallsInWindow({}));
      expect(page.items.map((i) => [i.node.symbol, i.score, i.rank])).toEqual(expected.slice(0, 3).map((r, i) => [r.symbol, r.score, i + 1]));
      expect(page.items[0]?.node).toEqual((await store.resolutionNodes(["A/RES/1/1"]))[0]);
      expect(page.totalCount).toBe(8);
      expect(page.hasNextPage).toBe(true);
    });

    it("pages by keyset (score, symbol) to the end", async () => {
      const service = new MetricsService(store);
      const seen: string[] = [];
      let after: { score: number; symbol: string } | undefined;
      for (;;) {
        const page = await service.influential({}, 3, after);
        seen.push(...symbols(page));
        const last = page.items.at(-1);
        if (!page.hasNextPage || !last) break;
        after = { score: last.score, symbol: last.node.symbol };
      }
      expect(seen).toEqual(pageRank(await store.recallsInWindow({})).map((r) => r.symbol));
      expect((await service.influential({}, 3, { score: 0, symbol: "~" })).items).toEqual([]);
    });

    it("restricts the citations to the window's years, and lists the body's resolutions scored in the whole window", async () => {
      const service = new MetricsService(store);
      const window = await service.influential({ yearFrom: 2011, yearTo: 2012 }, 10);
      expect(window.totalCount).toBe(5);
      const all = await service.influential({ yearFrom: 2011, yearTo: 2012 }, 10);
      const hrc = await service.influential({ yearFrom: 2011, yearTo: 2012, body: "Human Rights Council" }, 10);
      expect(symbols(hrc)).toEqual(symbols(all).filter((s) => s.startsWith("A/HRC/")));
      expect(hrc.items.map((i) => i.score)).toEqual(all.items.filter((i) => i.node.symbol.startsWith("A/HRC/")).map((i) => i.score));
      expect(hrc.items.map((i) => i.rank)).toEqual([1, 2]);
      expect(await service.influential({ yearFrom: 2040 }, 10)).toEqual({ items: [], totalCount: 0, hasNextPage: false });
    });

    it("refuses a negative page size", async () => {
      await expect(new MetricsService(store).influential({}, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  describe("cache", () => {
    it("answers a repeated window from the cache: one version read per call, no other store call", async () => {
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s);
      const first = await service.influential({ yearFrom: 2010, yearTo: 2020 }, 5);
      expect(calls).toMatchObject({ graphVersion: 1, recallsInWindow: 1, resolutionNodes: 1 });
      expect(await service.influential({ yearFrom: 2010, yearTo: 2020 }, 5)).toBe(first);
      expect(calls).toMatchObject({ graphVersion: 2, recallsInWindow: 1, resolutionNodes: 1 });
      // Another page or body of the same years reuses its PageRank.
      await service.influential({ yearFrom: 2010, yearTo: 2020, body: "General Assembly" }, 5);
      await service.influential({ yearFrom: 2010, yearTo: 2020 }, 2);
      expect(calls.recallsInWindow).toBe(1);
      await service.mostCited({ yearFrom: 2010, first: 5 });
      await service.mostCited({ yearFrom: 2010, first: 5 });
      expect(calls.mostCited).toBe(1);
    });

    it("is invalidated by a write through the store: the next call sees it", async () => {
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s);
      const before = await service.mostCited({ first: 1 });
      expect(before.items[0]?.citations).toBe(5);
      await store.upsertDocument(recalling("A/RES/21/1", "2021-01-01", ["A/RES/1/1"]), source("A/RES/21/1"));
      expect((await service.mostCited({ first: 1 })).items[0]?.citations).toBe(6);
      expect(calls.mostCited).toBe(2);
      const ranked = await service.influential({}, 100);
      expect(symbols(ranked)).toContain("A/RES/21/1");
      await store.deleteDocument("A/RES/21/1");
      expect(symbols(await service.influential({}, 100))).not.toContain("A/RES/21/1");
      expect(calls.recallsInWindow).toBe(2);
    });

    it("keeps at most maxWindows PageRanks, least recently used dropped first", async () => {
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s, { maxWindows: 2 });
      for (const yearFrom of [2010, 2011, 2012]) await service.influential({ yearFrom }, 1);
      expect(service.size.windows).toBe(2);
      expect(calls.recallsInWindow).toBe(3);
      // Other page sizes miss the page cache and reach the windows: 2012 is kept, 2010 was dropped.
      await service.influential({ yearFrom: 2012 }, 2);
      expect(calls.recallsInWindow).toBe(3);
      await service.influential({ yearFrom: 2010 }, 2);
      expect(calls.recallsInWindow).toBe(4);
    });

    it("keeps at most maxPages pages", async () => {
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s, { maxPages: 2 });
      for (const first of [1, 2, 3]) await service.influential({}, first);
      expect(service.size.pages).toBe(2);
      expect(calls.resolutionNodes).toBe(3);
      await service.influential({}, 3);
      expect(calls.resolutionNodes).toBe(3);
      await service.influential({}, 1);
      expect(calls.resolutionNodes).toBe(4);
      expect(calls.recallsInWindow).toBe(1);
    });

    it("computes a window once for calls that miss at the same time", async () => {
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s);
      const pages = await Promise.all(Array.from({ length: 5 }, () => service.influential({ yearTo: 2015 }, 4)));
      expect(calls.recallsInWindow).toBe(1);
      expect(new Set(pages.map((p) => JSON.stringify(p))).size).toBe(1);
    });

    it("does not keep a failure: the next call tries again", async () => {
      let fail = true;
      const failing: MetricsStore = {
        graphVersion: () => store.graphVersion(),
        recallsInWindow: (w) => (fail ? Promise.reject(new Error("store down")) : store.recallsInWindow(w)),
        mostCited: (a) => store.mostCited(a),
        resolutionNodes: (k) => store.resolutionNodes(k),
      };
      const service = new MetricsService(failing);
      await expect(service.influential({}, 2)).rejects.toThrow("store down");
      fail = false;
      expect((await service.influential({}, 2)).items).toHaveLength(2);
    });

    it("with versionTtlMs, reads the version at most once per period", async () => {
      let now = 0;
      const { store: s, calls } = counted(store);
      const service = new MetricsService(s, { versionTtlMs: 100, now: () => now });
      await service.mostCited({ first: 1 });
      now = 50;
      await service.mostCited({ first: 2 });
      expect(calls.graphVersion).toBe(1);
      now = 150;
      await service.mostCited({ first: 3 });
      expect(calls.graphVersion).toBe(2);
    });
  });
});

describe("a shared computation and the requests waiting on it", () => {
  it("goes on for the others when the request that started it is aborted, and gives the aborted request its own abort", async () => {
    const store = openSqliteStore(":memory:");
    try {
      await load(store);
      // recallsInWindow held until released, recording the deadline it was called under.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let deadlineSeen: AbortSignal | undefined | null = null;
      const slow: MetricsStore = {
        graphVersion: () => store.graphVersion(),
        mostCited: (a) => store.mostCited(a),
        resolutionNodes: (s) => store.resolutionNodes(s),
        recallsInWindow: async (w) => {
          deadlineSeen = currentDeadline();
          await held;
          return store.recallsInWindow(w);
        },
      };
      const service = new MetricsService(slow);
      const first = new AbortController();
      const second = new AbortController();
      const a = withDeadline(first.signal, () => service.influential({}, 3));
      const b = withDeadline(second.signal, () => service.influential({}, 3));
      await new Promise((r) => setTimeout(r, 10));
      first.abort(new Error("the client closed the connection"));
      release();
      await expect(a).rejects.toThrow("the client closed the connection");
      const answered = await b;
      expect(answered.items.map((i) => i.node.symbol)).toEqual(pageRank(await store.recallsInWindow({})).slice(0, 3).map((r) => r.symbol));
      // The store call ran on behalf of no request: neither request's end could stop it.
      expect(deadlineSeen).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe("the version across connections (a server's store, resgraph ingest writing from another process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "resgraph-metrics-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("changes when another connection writes, and the service's next answer follows", async () => {
    const path = join(dir, "graph.db");
    const server = openSqliteStore(path);
    const ingest = openSqliteStore(path);
    try {
      await load(ingest);
      const service = new MetricsService(server);
      const before = await server.graphVersion();
      expect((await service.mostCited({ first: 1 })).items[0]?.citations).toBe(5);
      await ingest.upsertDocument(recalling("A/RES/30/1", "2030-01-01", ["A/RES/1/1"]), source("A/RES/30/1"));
      expect(await server.graphVersion()).not.toBe(before);
      expect((await service.mostCited({ first: 1 })).items[0]?.citations).toBe(6);
      // A write that changes nothing (the same text again) leaves the version alone.
      const now = await server.graphVersion();
      await ingest.upsertDocument(recalling("A/RES/30/1", "2030-01-01", ["A/RES/1/1"]), source("A/RES/30/1"));
      expect(await server.graphVersion()).toBe(now);
    } finally {
      await ingest.close();
      await server.close();
    }
  });
});
