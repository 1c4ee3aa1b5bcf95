// Full-text search over paragraphs: ranking, every word required, filters by body and year, paging,
// and a query taken as words, never as syntax. The engines' indexes differ (FTS5, Lucene); this is
// what both must agree on: which hits, in which order, and no query that breaks.

import { beforeEach, describe, expect, it } from "vitest";
import type { FindResolutionsArgs } from "../../../src/graph/port.js";
import { searchCorpus, source, tinyDocument } from "../documents.js";
import { ingestAll, type ContractStore } from "./fixtures.js";

export function describeSearchContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("search", () => {
    beforeEach(async () => {
      await ingestAll(store, searchCorpus);
    });

    const ids = (r: { hits: { paragraphId: string }[] }): string[] => r.hits.map((h) => h.paragraphId);

    it("ranks by relevance, best first, with comparable scores and marked snippets", async () => {
      const result = await store.search({ text: "water", first: 10 });
      expect(ids(result)).toEqual(["A/HRC/RES/30/2#op1", "A/RES/64/292#op1", "A/HRC/RES/45/8#pp1"]);
      expect(result.total).toBe(3);
      const scores = result.hits.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(scores[0]).toBeGreaterThan(scores[2]!);
      expect(result.hits.map((h) => h.resolution)).toEqual(["A/HRC/RES/30/2", "A/RES/64/292", "A/HRC/RES/45/8"]);
      expect(result.hits[0]?.snippet).toContain("«water»");
      expect(result.hits[1]?.snippet).toBe("Recognizes the right to safe and clean drinking «water» and sanitation as a human right;");
    });

    it("needs every word, case-insensitively", async () => {
      expect(ids(await store.search({ text: "Safe  DRINKING", first: 10 }))).toEqual(["A/RES/64/292#op1", "A/HRC/RES/45/8#pp1"]);
      expect(ids(await store.search({ text: "water seized", first: 10 }))).toEqual([]);
    });

    it("filters by body and year", async () => {
      expect(ids(await store.search({ text: "water", body: "Human Rights Council", first: 10 }))).toEqual(["A/HRC/RES/30/2#op1", "A/HRC/RES/45/8#pp1"]);
      expect(ids(await store.search({ text: "water", yearFrom: 2015, first: 10 }))).toEqual(["A/HRC/RES/30/2#op1", "A/HRC/RES/45/8#pp1"]);
      expect(ids(await store.search({ text: "water", yearTo: 2015, first: 10 }))).toEqual(["A/HRC/RES/30/2#op1", "A/RES/64/292#op1"]);
      const narrow = await store.search({ text: "water", yearFrom: 2016, yearTo: 2019, first: 10 });
      expect(narrow).toEqual({ hits: [], total: 0 });
    });

    it("pages with first and offset, total counting every hit", async () => {
      const all = ids(await store.search({ text: "water", first: 10 }));
      const page = await store.search({ text: "water", first: 1, offset: 1 });
      expect(ids(page)).toEqual([all[1]]);
      expect(page.total).toBe(3);
      expect(await store.search({ text: "water", first: 0 })).toEqual({ hits: [], total: 3 });
      expect(ids(await store.search({ text: "water", first: 5, offset: 3 }))).toEqual([]);
      await expect(store.search({ text: "water", first: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      await expect(store.search({ text: "water", first: 1, offset: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      // Once refused by Neo4j and accepted by SQLite.
      await expect(store.search({ text: "water", first: 1, yearFrom: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      await expect(store.search({ text: "water", first: 1, yearTo: 1.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });

    it("files a text printed without a date under its symbol's year (Security Council)", async () => {
      const undated = tinyDocument("S/RES/95 (1951)", "", { body: "Security Council" });
      undated.paragraphs = [{ key: "op1", kind: "operative", ordinal: 1, verb: "Calls upon", text: "Calls upon Egypt to let water pass;", footnotes: [] }];
      await store.upsertDocument(undated, source("S/RES/95 (1951)"));
      expect(ids(await store.search({ text: "water", yearFrom: 1951, yearTo: 1951, first: 10 }))).toEqual(["S/RES/95 (1951)#op1"]);
      expect(ids(await store.search({ text: "water", yearTo: 1950, first: 10 }))).toEqual([]);
      const years = async (filter: FindResolutionsArgs["filter"]) =>
        (await store.findResolutions({ filter, orderBy: "SYMBOL_ASC", first: 10, offset: 0 })).items.map((n) => n.symbol);
      expect(await years({ yearFrom: 1951, yearTo: 1951 })).toEqual(["S/RES/95 (1951)"]);
      expect(await years({ yearFrom: 1952, yearTo: 1960 })).toEqual([]);
    });

    it.each(['"', "AND OR NOT", "col:x", "*", "(", ")", "NEAR(", "^water", "water*", "-", "", "   ", "'; DROP TABLE paragraphs; --"])(
      "never breaks on the query syntax: %j",
      async (text) => {
        const result = await store.search({ text, first: 10 });
        expect(result.hits.length).toBe(Math.min(result.total, 10));
      },
    );

    it("gives nothing for punctuation only, and treats operators as words", async () => {
      for (const text of ['"', "*", "(", "", "«»"]) expect(await store.search({ text, first: 10 })).toEqual({ hits: [], total: 0 });
      expect(ids(await store.search({ text: "water*", first: 10 }))).toHaveLength(3);
      expect(ids(await store.search({ text: "AND water", first: 10 }))).toHaveLength(3);
      expect(ids(await store.search({ text: "NOT water", first: 10 }))).toEqual([]);
    });

    it("matches words whatever their case and diacritics, and snippets mark them the same way", async () => {
      const doc = tinyDocument("A/RES/75/1", "2020-09-21");
      const text = "Welcomes the peaceful elections held in Côte d'Ivoire and in São Tomé and Príncipe;";
      await store.upsertDocument({ ...doc, paragraphs: [{ ...doc.paragraphs[0]!, text }] }, source("A/RES/75/1"));
      for (const query of ["cote d'ivoire", "Côte", "SAO TOME", "príncipe côte"]) {
        const result = await store.search({ text: query, first: 10 });
        expect(ids(result), query).toEqual(["A/RES/75/1#op1"]);
      }
      const [hit] = (await store.search({ text: "cote d'ivoire", first: 10 })).hits;
      expect(hit?.snippet).toBe("Welcomes the peaceful elections held in «Côte d'Ivoire» and in São Tomé and Príncipe;");
      const page = await store.findParagraphs({ filter: { text: "Cote" }, first: 10, offset: 0 });
      expect(page.items.map((p) => p.id)).toEqual(["A/RES/75/1#op1"]);
    });

    it("follows replacement and deletion of the text", async () => {
      await store.upsertDocument(tinyDocument("A/HRC/RES/30/2", "2015-10-01", { body: "Human Rights Council" }), source("A/HRC/RES/30/2", 2));
      expect(ids(await store.search({ text: "water", first: 10 }))).toEqual(["A/RES/64/292#op1", "A/HRC/RES/45/8#pp1"]);
      await store.deleteDocument("A/RES/64/292");
      expect(ids(await store.search({ text: "water", first: 10 }))).toEqual(["A/HRC/RES/45/8#pp1"]);
    });
  });
}
