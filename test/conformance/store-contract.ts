// The behaviour every GraphStore must show, whatever its engine. SqliteStore runs it now; a
// Neo4jStore plugs into the same function. Only the port is used here: no SQL, no engine details.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnalysisDocument, ResolutionDocument } from "../../src/domain.js";
import { paragraphId, type GraphStore, type ResolutionRecord } from "../../src/graph/port.js";
import {
  failingLate,
  hrc3322,
  hrc3632,
  hrc3632Revised,
  referencesOf,
  SimulatedCrash,
  source,
  tinyDocument,
  withDuplicateKey,
} from "./documents.js";

const symbolsOf = (...docs: ResolutionDocument[]): string[] => docs.map((d) => d.resolution.symbol);

/** Everything the port can say about some resolutions, to compare a store before and after. */
async function snapshot(store: GraphStore, symbols: readonly string[]) {
  const paragraphs = (await store.paragraphsOfResolutions(symbols)).flat();
  const ids = paragraphs.map((p) => p.id);
  const targets = (await store.referencesFromParagraphs(ids)).flat().map((r) => r.target);
  return {
    counts: await store.counts(),
    resolutions: await store.resolutionsBySymbols(symbols),
    paragraphs,
    referencesFrom: await store.referencesFromParagraphs(ids),
    referencesTo: await store.referencesToTargets([...symbols, ...targets]),
    mentions: await store.mentionsInParagraphs(ids),
    page: await store.listResolutions({ first: 1000 }),
  };
}

const expectedRecord = (doc: ResolutionDocument, version = 1): ResolutionRecord => ({
  ...doc.resolution,
  source: source(doc.resolution.symbol, version),
});

export function describeStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("an empty store", () => {
      it("counts nothing and answers every read with null or []", async () => {
        expect(await store.counts()).toEqual({ resolutions: 0, paragraphs: 0, references: 0, mentions: 0, analyses: 0 });
        expect(await store.resolutionsBySymbols(["A/RES/70/1"])).toEqual([null]);
        expect(await store.paragraphsOfResolutions(["A/RES/70/1"])).toEqual([[]]);
        expect(await store.paragraphsByIds(["A/RES/70/1#op1"])).toEqual([null]);
        expect(await store.referencesFromParagraphs(["A/RES/70/1#op1"])).toEqual([[]]);
        expect(await store.referencesToTargets(["A/RES/70/1"])).toEqual([[]]);
        expect(await store.mentionsInParagraphs(["A/RES/70/1#op1"])).toEqual([[]]);
        expect(await store.symbolForSourceHash("0".repeat(64))).toBeNull();
        expect(await store.listResolutions({ first: 10 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
      });

      it("answers batched reads with no keys with []", async () => {
        expect(await store.resolutionsBySymbols([])).toEqual([]);
        expect(await store.paragraphsOfResolutions([])).toEqual([]);
        expect(await store.paragraphsByIds([])).toEqual([]);
        expect(await store.referencesFromParagraphs([])).toEqual([]);
        expect(await store.referencesToTargets([])).toEqual([]);
        expect(await store.mentionsInParagraphs([])).toEqual([]);
      });

      it("describes itself", () => {
        expect(store.description).toMatch(/^[a-z0-9]+:.+/);
      });
    });

    describe("round trip", () => {
      beforeEach(async () => {
        expect(await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).toEqual({
          symbol: "A/HRC/RES/36/32",
          status: "created",
        });
      });

      it("gives the header back with its source, and votes only when the document has them", async () => {
        await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
        const [withVotes, withoutVotes] = await store.resolutionsBySymbols(["A/HRC/RES/36/32", "A/HRC/RES/33/22"]);
        expect(withVotes).toStrictEqual(expectedRecord(hrc3632));
        expect(withoutVotes).toStrictEqual(expectedRecord(hrc3322));
        expect(withoutVotes).not.toHaveProperty("votes");
      });

      it("gives the paragraphs back in document order with ids, resolution and footnotes", async () => {
        const [paragraphs] = await store.paragraphsOfResolutions(["A/HRC/RES/36/32"]);
        expect(paragraphs).toStrictEqual(
          hrc3632.paragraphs.map((p) => ({ ...p, id: paragraphId("A/HRC/RES/36/32", p.key), resolution: "A/HRC/RES/36/32" })),
        );
        expect(paragraphs?.[3]?.footnotes).toEqual([
          { mark: "*", text: "Reissued for technical reasons." },
          { mark: "2", text: "A/HRC/36/31." },
        ]);
      });

      it("orders paragraphs by ordinal even when the document lists them otherwise", async () => {
        const shuffled: ResolutionDocument = { ...hrc3322, paragraphs: [...hrc3322.paragraphs].reverse() };
        await store.upsertDocument(shuffled, source("A/HRC/RES/33/22"));
        const [paragraphs] = await store.paragraphsOfResolutions(["A/HRC/RES/33/22"]);
        expect(paragraphs?.map((p) => p.ordinal)).toEqual([1, 2]);
      });

      it("gives references back by paragraph in order of appearance, with from and paragraphId", async () => {
        const keys = hrc3632.paragraphs.map((p) => p.key);
        const ids = keys.map((k) => paragraphId("A/HRC/RES/36/32", k));
        const byParagraph = await store.referencesFromParagraphs(ids);
        expect(byParagraph).toStrictEqual(
          keys.map((key) =>
            referencesOf(hrc3632, key).map((r) => ({ ...r, from: "A/HRC/RES/36/32", paragraphId: paragraphId("A/HRC/RES/36/32", key) })),
          ),
        );
        // Optional fields stay absent rather than coming back as null or undefined.
        const [, , , op1a] = byParagraph;
        expect(op1a?.[0]).not.toHaveProperty("verb");
        expect(op1a?.[0]).not.toHaveProperty("date");
      });

      it("gives mentions back by paragraph ordered by offset", async () => {
        const [op1, pp2, pp1] = await store.mentionsInParagraphs(
          ["op1", "pp2", "pp1"].map((k) => paragraphId("A/HRC/RES/36/32", k)),
        );
        expect(op1?.map((m) => m.name)).toEqual([
          "Myanmar",
          "Burundi",
          "Office of the United Nations High Commissioner for Human Rights",
        ]);
        expect(op1?.[0]).toStrictEqual({
          paragraph: "op1",
          paragraphId: "A/HRC/RES/36/32#op1",
          kind: "country",
          name: "Myanmar",
          id: "MMR",
          start: 11,
          end: 18,
        });
        expect(op1?.[2]).not.toHaveProperty("id");
        expect(pp2).toHaveLength(1);
        expect(pp1).toEqual([]);
      });

      it("finds the resolution by the hash of its source", async () => {
        expect(await store.symbolForSourceHash(source("A/HRC/RES/36/32").hash)).toBe("A/HRC/RES/36/32");
        expect(await store.symbolForSourceHash(source("A/HRC/RES/36/32", 2).hash)).toBeNull();
      });

      it("counts what was written", async () => {
        expect(await store.counts()).toEqual({ resolutions: 1, paragraphs: 4, references: 5, mentions: 4, analyses: 0 });
      });
    });

    describe("re-ingest", () => {
      it("is a no-op for the same content: unchanged, same counts, same data", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
        const before = await snapshot(store, symbolsOf(hrc3632, hrc3322));
        expect(await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).toEqual({
          symbol: "A/HRC/RES/36/32",
          status: "unchanged",
        });
        expect(await snapshot(store, symbolsOf(hrc3632, hrc3322))).toStrictEqual(before);
      });

      it("keeps the first source when only the path differs but the hash is the same", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        const moved = { ...source("A/HRC/RES/36/32"), path: "elsewhere/36-32.txt" };
        expect((await store.upsertDocument(hrc3632, moved)).status).toBe("unchanged");
        const [record] = await store.resolutionsBySymbols(["A/HRC/RES/36/32"]);
        expect(record?.source).toEqual(source("A/HRC/RES/36/32"));
      });

      it("replaces everything of the resolution when the content hash changed", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
        const untouched = await snapshot(store, ["A/HRC/RES/33/22"]);

        expect(await store.upsertDocument(hrc3632Revised, source("A/HRC/RES/36/32", 2))).toEqual({
          symbol: "A/HRC/RES/36/32",
          status: "replaced",
        });

        expect(await store.resolutionsBySymbols(["A/HRC/RES/36/32"])).toStrictEqual([expectedRecord(hrc3632Revised, 2)]);
        const [paragraphs] = await store.paragraphsOfResolutions(["A/HRC/RES/36/32"]);
        expect(paragraphs?.map((p) => p.text)).toEqual(hrc3632Revised.paragraphs.map((p) => p.text));
        // Paragraphs the new version no longer has are gone, with their references and mentions.
        expect(await store.paragraphsByIds(["A/HRC/RES/36/32#op1(a)", "A/HRC/RES/36/32#pp2"])).toEqual([null, null]);
        expect(await store.referencesFromParagraphs(["A/HRC/RES/36/32#op1(a)"])).toEqual([[]]);
        expect(await store.mentionsInParagraphs(["A/HRC/RES/36/32#op1"])).toEqual([[]]);
        const [to701, to60251] = await store.referencesToTargets(["A/RES/70/1", "A/RES/60/251"]);
        expect(to701?.map((r) => r.from)).toEqual(["A/HRC/RES/33/22"]);
        expect(to60251?.map((r) => r.from)).toEqual(["A/HRC/RES/36/32"]);

        expect(await store.symbolForSourceHash(source("A/HRC/RES/36/32").hash)).toBeNull();
        expect(await store.symbolForSourceHash(source("A/HRC/RES/36/32", 2).hash)).toBe("A/HRC/RES/36/32");
        expect(await store.counts()).toEqual({ resolutions: 2, paragraphs: 4, references: 2, mentions: 1, analyses: 0 });
        // The other resolution's own content is not touched by the replacement.
        const { resolutions, paragraphs: its, referencesFrom, mentions } = await snapshot(store, ["A/HRC/RES/33/22"]);
        expect({ resolutions, its, referencesFrom, mentions }).toStrictEqual({
          resolutions: untouched.resolutions,
          its: untouched.paragraphs,
          referencesFrom: untouched.referencesFrom,
          mentions: untouched.mentions,
        });
      });

      it("goes back to the first content as a replacement, not as unchanged", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        await store.upsertDocument(hrc3632Revised, source("A/HRC/RES/36/32", 2));
        expect((await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("replaced");
        expect(await store.counts()).toEqual({ resolutions: 1, paragraphs: 4, references: 5, mentions: 4, analyses: 0 });
      });
    });

    describe("references to other resolutions", () => {
      it("keeps references to a target that is not loaded and finds them by target", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        expect(await store.resolutionsBySymbols(["A/HRC/RES/33/22"])).toEqual([null]);
        const [to3322] = await store.referencesToTargets(["A/HRC/RES/33/22"]);
        expect(to3322).toStrictEqual([
          { paragraph: "pp1", paragraphId: "A/HRC/RES/36/32#pp1", from: "A/HRC/RES/36/32", kind: "resolution", target: "A/HRC/RES/33/22", verb: "Recalling" },
          { paragraph: "op1(a)", paragraphId: "A/HRC/RES/36/32#op1(a)", from: "A/HRC/RES/36/32", kind: "resolution", target: "A/HRC/RES/33/22" },
        ]);

        // Loading the target later changes nothing about the references to it.
        await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
        expect(await store.referencesToTargets(["A/HRC/RES/33/22"])).toStrictEqual([to3322]);
      });

      it("orders references to a target by citing resolution, then paragraph order, then appearance", async () => {
        const target = "A/RES/70/1";
        const citing = (symbol: string): ResolutionDocument => ({
          ...tinyDocument(symbol, "2020-01-01"),
          paragraphs: [
            { key: "pp1", kind: "preambular", ordinal: 1, verb: "Recalling", text: "Recalling 70/1 and 70/1 again,", footnotes: [] },
            { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: "Decides, per 70/1,", footnotes: [] },
          ],
          // Listed in document order; the store must not reorder within a paragraph.
          references: [
            { paragraph: "pp1", kind: "resolution", target, verb: "Recalling" },
            { paragraph: "pp1", kind: "resolution", target, verb: "Recalling", date: "2015-09-25" },
            { paragraph: "op1", kind: "resolution", target, verb: "Decides" },
          ],
        });
        // Ingested in reverse symbol order so that insertion order cannot pass for the right order.
        await store.upsertDocument(citing("A/RES/75/9"), source("A/RES/75/9"));
        await store.upsertDocument(citing("A/RES/75/10"), source("A/RES/75/10"));
        const [refs] = await store.referencesToTargets([target]);
        expect(refs?.map((r) => [r.from, r.paragraph, r.date ?? ""])).toEqual([
          ["A/RES/75/10", "pp1", ""],
          ["A/RES/75/10", "pp1", "2015-09-25"],
          ["A/RES/75/10", "op1", ""],
          ["A/RES/75/9", "pp1", ""],
          ["A/RES/75/9", "pp1", "2015-09-25"],
          ["A/RES/75/9", "op1", ""],
        ]);
      });
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

    describe("a failing upsert", () => {
      beforeEach(async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
      });

      it("of a new resolution leaves the store exactly as before", async () => {
        const before = await snapshot(store, symbolsOf(hrc3632, hrc3322));
        await expect(store.upsertDocument(withDuplicateKey(hrc3322), source("A/HRC/RES/33/22"))).rejects.toThrow();
        expect(await snapshot(store, symbolsOf(hrc3632, hrc3322))).toStrictEqual(before);
        expect(await store.symbolForSourceHash(source("A/HRC/RES/33/22").hash)).toBeNull();
      });

      it("replacing an existing resolution keeps the old version intact", async () => {
        const before = await snapshot(store, symbolsOf(hrc3632));
        await expect(store.upsertDocument(withDuplicateKey(hrc3632Revised), source("A/HRC/RES/36/32", 2))).rejects.toThrow();
        expect(await snapshot(store, symbolsOf(hrc3632))).toStrictEqual(before);
      });

      it("rolls back when it dies after writing part of the document, and propagates the error", async () => {
        const before = await snapshot(store, symbolsOf(hrc3632, hrc3322));
        await expect(store.upsertDocument(failingLate(hrc3322), source("A/HRC/RES/33/22"))).rejects.toBeInstanceOf(SimulatedCrash);
        await expect(store.upsertDocument(failingLate(hrc3632Revised), source("A/HRC/RES/36/32", 2))).rejects.toBeInstanceOf(
          SimulatedCrash,
        );
        expect(await snapshot(store, symbolsOf(hrc3632, hrc3322))).toStrictEqual(before);
      });

      it("refuses a reference from a paragraph the document does not have", async () => {
        const dangling: ResolutionDocument = {
          ...hrc3322,
          references: [{ paragraph: "op99", kind: "resolution", target: "A/RES/70/1" }],
        };
        const before = await snapshot(store, symbolsOf(hrc3632, hrc3322));
        await expect(store.upsertDocument(dangling, source("A/HRC/RES/33/22"))).rejects.toThrow();
        expect(await snapshot(store, symbolsOf(hrc3632, hrc3322))).toStrictEqual(before);
      });

      it("leaves the store usable for the next document", async () => {
        await expect(store.upsertDocument(withDuplicateKey(hrc3322), source("A/HRC/RES/33/22"))).rejects.toThrow();
        expect((await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).status).toBe("created");
        expect(await store.counts()).toEqual({ resolutions: 2, paragraphs: 6, references: 6, mentions: 5, analyses: 0 });
      });
    });

    describe("analysis pages", () => {
      const page: AnalysisDocument = {
        title: "Advisory services and technical assistance for Cambodia",
        body: "Human Rights Council",
        sessionType: "",
        agendaItem: "Item 10",
        countryConcerned: "Cambodia",
        summary: ["Mostly praise."],
        sponsors: ["Japan", "Cambodia"],
        quotes: [
          { section: "criticism", text: "Calls upon Myanmar and Burundi to cooperate…" },
          { section: "praise", text: "Something no paragraph says" },
        ],
        votes: { yes: 0, no: 0, abstain: 0, absent: 0 },
      };
      const pageSource = { path: "seeds/analysis.txt", hash: "a".repeat(64) };

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
          { key: "analysis", resolution: { symbol: hrc3632.resolution.symbol, score: 0.4 }, matches: [{ quote: 0, paragraphId: op1, score: 0.8 }] },
        ]);
        const [linked] = await store.analysesOfResolutions([hrc3632.resolution.symbol]);
        expect(linked).toHaveLength(1);
        expect(linked![0]).toMatchObject({ key: "analysis", resolution: hrc3632.resolution.symbol, score: 0.4 });
        expect(linked![0]!.quotes).toEqual([
          { section: "criticism", text: page.quotes[0]!.text, paragraphId: op1, score: 0.8 },
          { section: "praise", text: page.quotes[1]!.text },
        ]);
        await store.linkAnalyses([{ key: "analysis", resolution: null, matches: [] }]);
        expect(await store.analysesOfResolutions([hrc3632.resolution.symbol])).toEqual([[]]);
        const [unlinked] = await store.listAnalyses();
        expect(unlinked!.resolution).toBeUndefined();
        expect(unlinked!.quotes.every((q) => q.paragraphId === undefined)).toBe(true);
      });

      it("replaces a changed page and drops its old links", async () => {
        await store.upsertAnalysis("analysis", page, pageSource);
        await store.linkAnalyses([{ key: "analysis", resolution: { symbol: "A/RES/1/1", score: 0.5 }, matches: [] }]);
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
  });
}
