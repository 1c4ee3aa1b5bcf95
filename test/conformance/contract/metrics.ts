// Graph metrics (features/metrics): citation counts, the most cited resolutions of a window, the
// RECALLS subgraph of a window that PageRank runs over, and the graph's version. Pinned on
// metricsGraph, whose counts, ties, stubs, self-citation, undated citing text and bodies leave no
// order to chance; the same PageRank function over either store's subgraph gives the same ranking.

import { beforeEach, describe, expect, it } from "vitest";
import type { Body, ResolutionDocument, ResolutionMetadata } from "../../../src/domain.js";
import type { MostCitedArgs, RecallSubgraph } from "../../../src/graph/port.js";
import { pageRank } from "../../../src/metrics/pagerank.js";
import { analysisPage, analysisPageSource, recalling, source } from "../documents.js";
import { ingestAll, type ContractStore } from "./fixtures.js";

const HRC: Body = "Human Rights Council";
const ofBody = (doc: ResolutionDocument, body: Body): ResolutionDocument => ({ ...doc, resolution: { ...doc.resolution, body } });

/**
 * Loaded (body, year) → what each recalls; A/RES/1/1 and A/HRC/RES/5/1 are stubs (their bodies
 * from their symbols). A/HRC/RES/20/1 recalls A/RES/10/1 from two paragraphs (one citing pair);
 * A/RES/15/1 recalls itself; E/RES/2020/1 prints no date (no year).
 *   A/RES/10/1      GA 2010 → A/RES/1/1, A/HRC/RES/5/1
 *   A/RES/11/1      GA 2011 → A/RES/1/1, A/RES/10/1
 *   A/HRC/RES/20/1 HRC 2012 → A/RES/1/1, A/HRC/RES/5/1, A/RES/10/1 (twice)
 *   A/RES/15/1      GA 2015 → A/RES/10/1, A/RES/15/1, A/HRC/RES/20/1
 *   A/RES/20/1      GA 2020 → A/RES/1/1
 *   E/RES/2020/1 ECOSOC  —  → A/RES/1/1
 */
export const metricsGraph: ResolutionDocument[] = [
  recalling("A/RES/15/1", "2015-03-01", ["A/RES/10/1", "A/RES/15/1", "A/HRC/RES/20/1"]),
  recalling("A/RES/10/1", "2010-05-01", ["A/RES/1/1", "A/HRC/RES/5/1"]),
  ofBody(recalling("A/HRC/RES/20/1", "2012-06-01", ["A/RES/1/1", "A/HRC/RES/5/1", "A/RES/10/1"], [{ verb: "Reaffirms", target: "A/RES/10/1" }]), HRC),
  recalling("A/RES/11/1", "2011-01-01", ["A/RES/1/1", "A/RES/10/1"]),
  recalling("A/RES/20/1", "2020-12-01", ["A/RES/1/1"]),
  ofBody(recalling("E/RES/2020/1", "", ["A/RES/1/1"]), "Economic and Social Council"),
];

/** A page as `symbol=citations` strings, with the stubs marked. */
const ranking = async (store: ContractStore, args: MostCitedArgs): Promise<{ items: string[]; totalCount: number; hasNextPage: boolean }> => {
  const page = await store.mostCited(args);
  return { ...page, items: page.items.map((i) => `${i.node.symbol}${i.node.stub ? " (stub)" : ""}=${i.citations}`) };
};

/** Edges as `from>to`, in the subgraph's own order. */
const edgesOf = (g: RecallSubgraph): string[] => Array.from(g.sources, (s, i) => `${g.symbols[s]}>${g.symbols[g.targets[i] ?? 0]}`);

export function describeMetricsContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("metrics", () => {
    describe("on the metrics graph", () => {
      beforeEach(async () => {
        await ingestAll(store, metricsGraph);
      });

      it("citationCounts counts the RECALLS edges in, as recalledBy lists them: one per citing text, a self-citation included", async () => {
        const keys = ["A/RES/1/1", "A/RES/10/1", "A/RES/15/1", "nope", "A/RES/1/1", "A/RES/20/1", "A/HRC/RES/5/1"];
        const counts = await store.citationCounts(keys);
        expect(counts).toEqual([5, 3, 1, 0, 5, 0, 2]);
        expect(counts).toEqual((await store.recallsOf(keys, "in")).map((edges) => edges.length));
        expect(await store.citationCounts([])).toEqual([]);
      });

      it("mostCited ranks every cited resolution, stubs included, most cited first, ties by symbol", async () => {
        expect(await ranking(store, { first: 10 })).toEqual({
          items: ["A/RES/1/1 (stub)=5", "A/RES/10/1=3", "A/HRC/RES/5/1 (stub)=2", "A/HRC/RES/20/1=1", "A/RES/15/1=1"],
          totalCount: 5,
          hasNextPage: false,
        });
        const [top] = (await store.mostCited({ first: 1 })).items;
        expect(top?.node).toEqual((await store.resolutionNodes(["A/RES/1/1"]))[0]);
        const [loaded] = (await store.mostCited({ first: 1, after: { citations: 5, symbol: "A/RES/1/1" } })).items;
        expect(loaded?.node).toEqual((await store.resolutionNodes(["A/RES/10/1"]))[0]);
      });

      it("mostCited counts only citations made within the window's years, bounds inclusive, an undated citing text outside any bound", async () => {
        expect(await ranking(store, { yearFrom: 2011, yearTo: 2015, first: 10 })).toEqual({
          items: ["A/RES/10/1=3", "A/RES/1/1 (stub)=2", "A/HRC/RES/20/1=1", "A/HRC/RES/5/1 (stub)=1", "A/RES/15/1=1"],
          totalCount: 5,
          hasNextPage: false,
        });
        expect((await ranking(store, { yearTo: 2010, first: 10 })).items).toEqual(["A/HRC/RES/5/1 (stub)=1", "A/RES/1/1 (stub)=1"]);
        expect((await ranking(store, { yearFrom: 2016, first: 10 })).items).toEqual(["A/RES/1/1 (stub)=1"]);
        expect(await ranking(store, { yearFrom: 2021, first: 10 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      });

      it("mostCited's body is the cited resolution's: a loaded text's own, a stub's from its symbol", async () => {
        expect((await ranking(store, { body: HRC, first: 10 })).items).toEqual(["A/HRC/RES/5/1 (stub)=2", "A/HRC/RES/20/1=1"]);
        expect((await ranking(store, { body: "General Assembly", yearFrom: 2012, yearTo: 2012, first: 10 })).items).toEqual(["A/RES/1/1 (stub)=1", "A/RES/10/1=1"]);
        expect(await ranking(store, { body: "Security Council", first: 10 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
        expect((await ranking(store, { body: "no such body", first: 10 })).totalCount).toBe(0);
      });

      it("mostCited pages by keyset (citations, symbol), with the total on every page, an empty one included", async () => {
        expect(await ranking(store, { first: 2 })).toEqual({ items: ["A/RES/1/1 (stub)=5", "A/RES/10/1=3"], totalCount: 5, hasNextPage: true });
        expect(await ranking(store, { first: 2, after: { citations: 3, symbol: "A/RES/10/1" } })).toEqual({
          items: ["A/HRC/RES/5/1 (stub)=2", "A/HRC/RES/20/1=1"],
          totalCount: 5,
          hasNextPage: true,
        });
        expect(await ranking(store, { first: 2, after: { citations: 1, symbol: "A/HRC/RES/20/1" } })).toEqual({ items: ["A/RES/15/1=1"], totalCount: 5, hasNextPage: false });
        expect(await ranking(store, { first: 2, after: { citations: 1, symbol: "A/RES/15/1" } })).toEqual({ items: [], totalCount: 5, hasNextPage: false });
        expect(await ranking(store, { first: 0 })).toEqual({ items: [], totalCount: 5, hasNextPage: true });
      });

      it("recallsInWindow gives the window's edges once per citing pair, symbols ascending, edges by (source, target), each end's body", async () => {
        const all = await store.recallsInWindow({});
        expect(all.symbols).toEqual(["A/HRC/RES/20/1", "A/HRC/RES/5/1", "A/RES/1/1", "A/RES/10/1", "A/RES/11/1", "A/RES/15/1", "A/RES/20/1", "E/RES/2020/1"]);
        expect(all.bodies).toEqual([HRC, HRC, "General Assembly", "General Assembly", "General Assembly", "General Assembly", "General Assembly", "Economic and Social Council"]);
        expect(edgesOf(all)).toEqual([
          "A/HRC/RES/20/1>A/HRC/RES/5/1",
          "A/HRC/RES/20/1>A/RES/1/1",
          "A/HRC/RES/20/1>A/RES/10/1",
          "A/RES/10/1>A/HRC/RES/5/1",
          "A/RES/10/1>A/RES/1/1",
          "A/RES/11/1>A/RES/1/1",
          "A/RES/11/1>A/RES/10/1",
          "A/RES/15/1>A/HRC/RES/20/1",
          "A/RES/15/1>A/RES/10/1",
          "A/RES/15/1>A/RES/15/1",
          "A/RES/20/1>A/RES/1/1",
          "E/RES/2020/1>A/RES/1/1",
        ]);
        expect(all.sources).toBeInstanceOf(Uint32Array);
        expect(all.targets).toBeInstanceOf(Uint32Array);

        const window = await store.recallsInWindow({ yearFrom: 2011, yearTo: 2012 });
        expect(window.symbols).toEqual(["A/HRC/RES/20/1", "A/HRC/RES/5/1", "A/RES/1/1", "A/RES/10/1", "A/RES/11/1"]);
        expect(edgesOf(window)).toEqual([
          "A/HRC/RES/20/1>A/HRC/RES/5/1",
          "A/HRC/RES/20/1>A/RES/1/1",
          "A/HRC/RES/20/1>A/RES/10/1",
          "A/RES/11/1>A/RES/1/1",
          "A/RES/11/1>A/RES/10/1",
        ]);
        const none = await store.recallsInWindow({ yearFrom: 2030 });
        expect({ ...none, sources: [...none.sources], targets: [...none.targets] }).toEqual({ symbols: [], bodies: [], sources: [], targets: [] });
      });

      it("PageRank over either store's subgraph ranks alike (the same function over the same arrays)", async () => {
        const ranked = pageRank(await store.recallsInWindow({}));
        expect(ranked.map((r) => r.symbol)).toEqual([
          "A/RES/1/1",
          "A/HRC/RES/5/1",
          "A/RES/10/1",
          "A/HRC/RES/20/1",
          "A/RES/11/1",
          "A/RES/15/1",
          "A/RES/20/1",
          "E/RES/2020/1",
        ]);
        expect(ranked.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 9);
      });
    });

    it("answers an empty store with empty pages and an empty subgraph", async () => {
      expect(await store.mostCited({ first: 5 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      expect(await store.mostCited({ first: 5, body: HRC, yearFrom: 2000, yearTo: 2010 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      const g = await store.recallsInWindow({ yearFrom: 2000 });
      expect([g.symbols, g.bodies, g.sources.length, g.targets.length]).toEqual([[], [], 0, 0]);
      expect(await store.citationCounts(["A/RES/1/1"])).toEqual([0]);
    });

    it.each([
      [{ first: -1 }, "first"],
      [{ first: 1.5 }, "first"],
      [{ first: 5, yearFrom: -1 }, "yearFrom"],
      [{ first: 5, after: { citations: -2, symbol: "x" } }, "after.citations"],
    ] as const)("mostCited refuses %j (%s)", async (args, field) => {
      await expect(store.mostCited(args)).rejects.toMatchObject({ code: "BAD_USER_INPUT", context: { field } });
    });

    it("recallsInWindow refuses a negative year", async () => {
      await expect(store.recallsInWindow({ yearTo: -3 })).rejects.toMatchObject({ code: "BAD_USER_INPUT", context: { field: "yearTo" } });
    });

    describe("graphVersion", () => {
      const changes = async (write: () => Promise<unknown>): Promise<boolean> => {
        const before = await store.graphVersion();
        await write();
        return (await store.graphVersion()) !== before;
      };
      const metadata: ResolutionMetadata = { symbol: "A/RES/1/1", title: "A title", votes: [], sponsors: [], subjects: [] };

      it("stays the same while nothing is written, reads included", async () => {
        await ingestAll(store, metricsGraph.slice(0, 2));
        const before = await store.graphVersion();
        await store.mostCited({ first: 3 });
        await store.recallsInWindow({});
        await store.resolutionNodes(["A/RES/10/1"]);
        expect(await store.graphVersion()).toBe(before);
      });

      it("changes with every kind of write: a document, a batch, a delete, an analysis page, its links, metadata", async () => {
        const [first, second, third] = metricsGraph;
        expect(await changes(() => store.upsertDocument(first!, source(first!.resolution.symbol)))).toBe(true);
        expect(await changes(() => store.upsertDocument(first!, source(first!.resolution.symbol, 2)))).toBe(true);
        expect(await changes(() => store.upsertDocuments([{ doc: second!, source: source(second!.resolution.symbol) }, { doc: third!, source: source(third!.resolution.symbol) }]))).toBe(true);
        expect(await changes(() => store.deleteDocument(second!.resolution.symbol))).toBe(true);
        expect(await changes(() => store.upsertAnalysis("page", analysisPage, analysisPageSource))).toBe(true);
        expect(
          await changes(() => store.linkAnalyses([{ key: "page", resolution: { symbol: first!.resolution.symbol, score: 0.5 }, matches: [], sponsors: [] }])),
        ).toBe(true);
        expect(await changes(() => store.upsertMetadata([{ metadata, source: { path: "metadata.jsonl", hash: "m".repeat(64) } }]))).toBe(true);
      });

      it("stays the same when a write changes nothing: the same text again, the same metadata again", async () => {
        const [first] = metricsGraph;
        await store.upsertDocument(first!, source(first!.resolution.symbol));
        await store.upsertMetadata([{ metadata, source: { path: "metadata.jsonl", hash: "m".repeat(64) } }]);
        expect(await changes(() => store.upsertDocument(first!, source(first!.resolution.symbol)))).toBe(false);
        expect(await changes(() => store.upsertMetadata([{ metadata, source: { path: "metadata.jsonl", hash: "m".repeat(64) } }]))).toBe(false);
      });

      it("changes in a way that the mostCited and subgraph answers follow", async () => {
        await ingestAll(store, metricsGraph);
        const before = await store.graphVersion();
        await store.deleteDocument("A/RES/20/1");
        expect(await store.graphVersion()).not.toBe(before);
        expect(await store.citationCounts(["A/RES/1/1"])).toEqual([4]);
      });
    });
  });
}
