// Analysis pages: stored beside the texts and found by content hash like them, linked to a
// resolution with their quotes to paragraphs, relinked from scratch, replaced when they change. The
// sponsors such a link brings are read with the resolution's other edges, in relations.ts.

import { beforeEach, describe, expect, it } from "vitest";
import { paragraphId } from "../../../src/graph/port.js";
import { analysisPage as page, analysisPageSource as pageSource, hrc3322, hrc3632, source } from "../documents.js";
import type { ContractStore } from "./fixtures.js";

export function describeAnalysesContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("analysis pages", () => {
    it("round-trips a page, unlinked until linked, and finds it by content hash", async () => {
      expect(await store.upsertAnalysis("analysis", page, pageSource)).toEqual({ symbol: "analysis", status: "created" });
      expect(await store.upsertAnalysis("analysis", page, pageSource)).toEqual({ symbol: "analysis", status: "unchanged" });
      expect(await store.symbolForSourceHash(pageSource.hash)).toBe("analysis");
      const [record] = await store.listAnalyses();
      const { quotes, ...fields } = page;
      expect(record).toEqual({ ...fields, key: "analysis", source: pageSource, quotes });
      expect((await store.counts()).analyses).toBe(1);
    });

    it("links a page to a resolution and its quotes to paragraphs, and relinks from scratch", async () => {
      await store.upsertDocument(hrc3632, source(hrc3632.resolution.symbol));
      await store.upsertAnalysis("analysis", page, pageSource);
      const op1 = paragraphId(hrc3632.resolution.symbol, "op1");
      await store.linkAnalyses([
        { key: "analysis", resolution: { symbol: hrc3632.resolution.symbol, score: 0.4 }, matches: [{ quote: 0, paragraphId: op1, score: 0.8 }], sponsors: [] },
      ]);
      const [linked] = await store.analysesOfResolutions([hrc3632.resolution.symbol]);
      expect(linked).toHaveLength(1);
      expect(linked![0]).toMatchObject({ key: "analysis", resolution: hrc3632.resolution.symbol, score: 0.4 });
      expect(linked![0]!.quotes).toEqual([
        { section: "criticism", text: page.quotes[0]!.text, paragraphId: op1, score: 0.8 },
        { section: "praise", text: page.quotes[1]!.text },
      ]);
      await store.linkAnalyses([{ key: "analysis", resolution: null, matches: [], sponsors: [] }]);
      expect(await store.analysesOfResolutions([hrc3632.resolution.symbol])).toEqual([[]]);
      const [unlinked] = await store.listAnalyses();
      expect(unlinked!.resolution).toBeUndefined();
      expect(unlinked!.quotes.every((q) => q.paragraphId === undefined)).toBe(true);
    });

    it("replaces a changed page and drops its old links", async () => {
      await store.upsertAnalysis("analysis", page, pageSource);
      await store.linkAnalyses([{ key: "analysis", resolution: { symbol: "A/RES/1/1", score: 0.5 }, matches: [], sponsors: [] }]);
      const changed = { ...page, quotes: [page.quotes[0]!] };
      expect((await store.upsertAnalysis("analysis", changed, { ...pageSource, hash: "b".repeat(64) })).status).toBe("replaced");
      const [record] = await store.listAnalyses();
      expect(record!.quotes).toHaveLength(1);
      expect(record!.resolution).toBeUndefined();
    });

    it("lists every paragraph's text for matching, ordered by id", async () => {
      await store.upsertDocument(hrc3632, source(hrc3632.resolution.symbol));
      await store.upsertDocument(hrc3322, source(hrc3322.resolution.symbol));
      const texts = await store.paragraphTexts();
      expect(texts.map((t) => t.id)).toEqual(texts.map((t) => t.id).sort());
      expect(texts).toHaveLength(hrc3632.paragraphs.length + hrc3322.paragraphs.length);
      expect(texts).toContainEqual({ id: paragraphId(hrc3632.resolution.symbol, "op1"), text: hrc3632.paragraphs.find((p) => p.key === "op1")!.text });
    });
  });
}
