// Reading by key and by page. The batched reads answer one result per key, in the keys' order,
// missing and repeated keys included, because the API's DataLoaders line answers up with keys;
// listResolutions walks every resolution once by cursor; citingParagraphs says who cites what;
// graphCounts counts every label and type of the model, stubs and orphans included.

import { beforeEach, describe, expect, it } from "vitest";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/graph/model.js";
import { cambodia, cambodiaEarlier, hrc3322, hrc3632, hrc3632Revised, source, tinyDocument } from "../documents.js";
import { counts, expectedRecord, ingestAll, TWO_LOADED, type ContractStore } from "./fixtures.js";

export function describeReadsContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("batched reads", () => {
    beforeEach(async () => {
      await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
      await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    });

    it("return one result per key, in the keys' order, with missing and repeated keys", async () => {
      const resolutions = await store.resolutionsBySymbols(["A/HRC/RES/33/22", "missing", "A/HRC/RES/36/32", "A/HRC/RES/33/22"]);
      expect(resolutions.map((r) => r?.symbol ?? null)).toEqual(["A/HRC/RES/33/22", null, "A/HRC/RES/36/32", "A/HRC/RES/33/22"]);

      const ofResolutions = await store.paragraphsOfResolutions(["A/HRC/RES/33/22", "missing", "A/HRC/RES/36/32", "A/HRC/RES/33/22"]);
      expect(ofResolutions.map((ps) => ps.length)).toEqual([2, 0, 4, 2]);
      expect(ofResolutions[0]).toStrictEqual(ofResolutions[3]);

      const ids = ["A/HRC/RES/36/32#op1", "A/HRC/RES/36/32#op9", "A/HRC/RES/33/22#pp1", "A/HRC/RES/36/32#op1"];
      expect((await store.paragraphsByIds(ids)).map((p) => p?.id ?? null)).toEqual([
        "A/HRC/RES/36/32#op1",
        null,
        "A/HRC/RES/33/22#pp1",
        "A/HRC/RES/36/32#op1",
      ]);

      const refIds = ["A/HRC/RES/33/22#pp1", "nope#pp1", "A/HRC/RES/36/32#pp1", "A/HRC/RES/33/22#pp1"];
      expect((await store.referencesFromParagraphs(refIds)).map((rs) => rs.map((r) => r.target))).toEqual([
        ["A/RES/70/1"],
        [],
        ["A/RES/70/1", "A/HRC/RES/33/22"],
        ["A/RES/70/1"],
      ]);

      const targets = ["A/HRC/RES/33/22", "A/RES/1/1", "A/RES/70/1", "A/HRC/RES/33/22"];
      expect((await store.referencesToTargets(targets)).map((rs) => rs.map((r) => r.paragraphId))).toEqual([
        ["A/HRC/RES/36/32#pp1", "A/HRC/RES/36/32#op1(a)"],
        [],
        ["A/HRC/RES/33/22#pp1", "A/HRC/RES/36/32#pp1"],
        ["A/HRC/RES/36/32#pp1", "A/HRC/RES/36/32#op1(a)"],
      ]);

      const mentionIds = ["A/HRC/RES/33/22#pp1", "A/HRC/RES/33/22#op1", "A/HRC/RES/36/32#op1", "A/HRC/RES/33/22#pp1"];
      expect((await store.mentionsInParagraphs(mentionIds)).map((ms) => ms.length)).toEqual([1, 0, 3, 1]);
    });

    it("take keys that look like SQL or JSON literally", async () => {
      const hostile = ["' OR 1=1 --", '"]', "A/HRC/RES/36/32' --", "%", "*"];
      expect(await store.resolutionsBySymbols(hostile)).toEqual(hostile.map(() => null));
      expect(await store.referencesToTargets(hostile)).toEqual(hostile.map(() => []));
      expect(await store.paragraphsByIds(hostile)).toEqual(hostile.map(() => null));
    });

    it("handle thousands of keys in one call", async () => {
      const keys = Array.from({ length: 5000 }, (_, i) => (i % 1000 === 7 ? "A/HRC/RES/36/32" : `X/RES/${i}/1`));
      const found = await store.resolutionsBySymbols(keys);
      expect(found).toHaveLength(5000);
      expect(found.filter((r) => r !== null)).toHaveLength(5);
      expect(found[7]?.symbol).toBe("A/HRC/RES/36/32");
      expect((await store.referencesToTargets(keys)).flat()).toHaveLength(0);
    });
  });

  describe("listResolutions", () => {
    // Out of order on purpose; "" dates sort first, ties on the date are broken by symbol.
    const dated: Array<[string, string]> = [
      ["A/RES/70/1", "2015-09-25"],
      ["S/RES/242 (1967)", "1967-11-22"],
      ["A/RES/217(III)", "1948-12-10"],
      ["A/HRC/RES/36/32", "2017-09-29"],
      ["A/HRC/RES/36/30", "2017-09-29"],
      ["A/HRC/RES/36/31", "2017-09-29"],
      ["E/RES/2020/1", ""],
      ["A/RES/ES-10/1", ""],
      ["A/RES/60/251", "2006-03-15"],
    ];
    const expectedOrder = [...dated]
      .sort(([sa, da], [sb, db]) => (da === db ? (sa < sb ? -1 : sa > sb ? 1 : 0) : da < db ? -1 : 1))
      .map(([symbol]) => symbol);

    beforeEach(async () => {
      for (const [symbol, adoptedOn] of dated) await store.upsertDocument(tinyDocument(symbol, adoptedOn), source(symbol));
    });

    it.each([1, 2, 3, 4, 8, 9, 10, 100])("walks every resolution exactly once in order, %i per page", async (first) => {
      const seen: string[] = [];
      let after: { adoptedOn: string; symbol: string } | undefined;
      let pages = 0;
      for (;;) {
        const page = await store.listResolutions(after ? { first, after } : { first });
        pages += 1;
        expect(page.totalCount).toBe(dated.length);
        expect(page.items.length).toBeLessThanOrEqual(first);
        seen.push(...page.items.map((r) => r.symbol));
        const last = page.items[page.items.length - 1];
        if (!page.hasNextPage) break;
        expect(last).toBeDefined();
        after = { adoptedOn: last?.adoptedOn ?? "", symbol: last?.symbol ?? "" };
        expect(pages).toBeLessThan(100);
      }
      expect(seen).toEqual(expectedOrder);
      expect(pages).toBe(Math.max(1, Math.ceil(dated.length / first)));
    });

    it("returns full records", async () => {
      const page = await store.listResolutions({ first: 1 });
      expect(page.items).toStrictEqual([expectedRecord(tinyDocument("A/RES/ES-10/1", ""))]);
    });

    it("starts after a cursor that is not itself a stored resolution", async () => {
      const page = await store.listResolutions({ first: 2, after: { adoptedOn: "2017-09-29", symbol: "A/HRC/RES/36/305" } });
      expect(page.items.map((r) => r.symbol)).toEqual(["A/HRC/RES/36/31", "A/HRC/RES/36/32"]);
      expect(page).toMatchObject({ totalCount: dated.length, hasNextPage: false });
    });

    it("with first = 0 returns no items but says whether there are any", async () => {
      expect(await store.listResolutions({ first: 0 })).toEqual({ items: [], totalCount: dated.length, hasNextPage: true });
      const last = expectedOrder[expectedOrder.length - 1] ?? "";
      const after = { adoptedOn: "2017-09-29", symbol: last };
      expect(await store.listResolutions({ first: 0, after })).toEqual({ items: [], totalCount: dated.length, hasNextPage: false });
    });

    it("refuses a negative or fractional page size as bad user input", async () => {
      await expect(store.listResolutions({ first: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      await expect(store.listResolutions({ first: 1.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  describe("graphCounts", () => {
    it("has exactly the model's labels and types, all 0 when empty", async () => {
      const empty = await store.graphCounts();
      expect(Object.keys(empty.nodes).sort()).toEqual([...NODE_LABELS].sort());
      expect(Object.keys(empty.relationships).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
      expect(empty).toEqual(counts({}, {}));
    });

    it("counts stubs, documents, entities and every edge after ingest, identically after a re-ingest", async () => {
      await ingestAll(store, [hrc3632, hrc3322]);
      expect(await store.graphCounts()).toEqual(TWO_LOADED);
      await ingestAll(store, [hrc3632, hrc3322]);
      expect(await store.graphCounts()).toEqual(TWO_LOADED);
    });

    it("counts concerns, recorded votes and a law's country", async () => {
      await ingestAll(store, [cambodia, cambodiaEarlier]);
      expect(await store.graphCounts()).toEqual(
        counts(
          { Resolution: 2, Paragraph: 3, Country: 3, Person: 1, Law: 1 },
          { HAS_PARAGRAPH: 3, MENTIONS: 7, LAW_OF: 1, CONCERNS: 2, VOTED: 3 },
        ),
      );
    });

    it("drops what only the old version pointed at on replace, and orphans on delete", async () => {
      await ingestAll(store, [hrc3632, hrc3322]);
      await store.upsertDocument(hrc3632Revised, source("A/HRC/RES/36/32", 2));
      // 217(III), the document and three entities went with the old 36/32; 60/251 is a new stub.
      expect(await store.graphCounts()).toEqual(
        counts({ Resolution: 4, Paragraph: 4, Instrument: 1 }, { HAS_PARAGRAPH: 4, REFERS_TO: 2, RECALLS: 2, MENTIONS: 1 }),
      );
      expect(await store.deleteDocument("A/HRC/RES/33/22")).toBe(true);
      // Nobody cites 33/22 any more, so it goes; so does 70/1, which only 33/22 cited.
      expect(await store.graphCounts()).toEqual(
        counts({ Resolution: 2, Paragraph: 2 }, { HAS_PARAGRAPH: 2, REFERS_TO: 1, RECALLS: 1 }),
      );
      expect(await store.resolutionNodes(["A/HRC/RES/33/22", "A/RES/70/1", "A/RES/60/251"])).toEqual([
        null,
        null,
        { symbol: "A/RES/60/251", stub: true },
      ]);
      expect(await store.deleteDocument("A/HRC/RES/36/32")).toBe(true);
      expect(await store.graphCounts()).toEqual(counts({}, {}));
    });

    it("drops entities with their last reference, not before", async () => {
      await ingestAll(store, [cambodia, cambodiaEarlier]);
      await store.deleteDocument(cambodia.resolution.symbol);
      expect((await store.graphCounts()).nodes).toMatchObject({ Country: 1, Law: 1, Person: 0 });
      await store.deleteDocument(cambodiaEarlier.resolution.symbol);
      expect(await store.graphCounts()).toEqual(counts({}, {}));
    });
  });

  describe("citingParagraphs", () => {
    beforeEach(async () => {
      await ingestAll(store, [hrc3632, hrc3322, cambodia, cambodiaEarlier]);
    });

    it("lists paragraphs citing a resolution once each, by the citing resolution's date, then ordinal", async () => {
      expect(
        await store.citingParagraphs([
          { label: "Resolution", key: "A/RES/70/1" },
          { label: "Resolution", key: "A/HRC/RES/33/22" },
          { label: "Resolution", key: "nope" },
        ]),
      ).toEqual([
        [
          { resolution: "A/HRC/RES/33/22", paragraphId: "A/HRC/RES/33/22#pp1" },
          { resolution: "A/HRC/RES/36/32", paragraphId: "A/HRC/RES/36/32#pp1" },
        ],
        [
          { resolution: "A/HRC/RES/36/32", paragraphId: "A/HRC/RES/36/32#pp1" },
          { resolution: "A/HRC/RES/36/32", paragraphId: "A/HRC/RES/36/32#op1(a)" },
        ],
        [],
      ]);
    });

    it("lists paragraphs citing a document, naming a law, a person, a country", async () => {
      const [doc, law, person, country, instrument] = await store.citingParagraphs([
        { label: "Document", key: "A/HRC/36/31" },
        { label: "Law", key: "KHM:Land Law" },
        { label: "Person", key: "Rhona Smith" },
        { label: "Country", key: "KHM" },
        { label: "Instrument", key: "Charter of the United Nations" },
      ]);
      expect(doc).toEqual([{ resolution: "A/HRC/RES/36/32", paragraphId: "A/HRC/RES/36/32#op1(a)" }]);
      expect(law).toEqual([
        { resolution: "A/HRC/RES/30/23", paragraphId: "A/HRC/RES/30/23#op1" },
        { resolution: "A/HRC/RES/39/1", paragraphId: "A/HRC/RES/39/1#op1" },
      ]);
      expect(person).toEqual([
        { resolution: "A/HRC/RES/39/1", paragraphId: "A/HRC/RES/39/1#op1" },
        { resolution: "A/HRC/RES/39/1", paragraphId: "A/HRC/RES/39/1#op2" },
      ]);
      expect(country).toEqual([
        { resolution: "A/HRC/RES/30/23", paragraphId: "A/HRC/RES/30/23#op1" },
        { resolution: "A/HRC/RES/39/1", paragraphId: "A/HRC/RES/39/1#op1" },
        { resolution: "A/HRC/RES/39/1", paragraphId: "A/HRC/RES/39/1#op2" },
      ]);
      expect(instrument).toEqual([{ resolution: "A/HRC/RES/33/22", paragraphId: "A/HRC/RES/33/22#pp1" }]);
    });

    it("keeps labels apart and answers one list per target, duplicates included", async () => {
      const [asDoc, asLaw, again] = await store.citingParagraphs([
        { label: "Document", key: "A/RES/70/1" },
        { label: "Law", key: "Land Law" },
        { label: "Document", key: "A/HRC/36/31" },
      ]);
      expect(asDoc).toEqual([]);
      expect(asLaw).toEqual([]);
      expect(again).toHaveLength(1);
      expect(await store.citingParagraphs([])).toEqual([]);
    });
  });
}
