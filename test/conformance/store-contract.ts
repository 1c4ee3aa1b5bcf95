// The behaviour every GraphStore must show, whatever its engine. SqliteStore runs it now; a
// Neo4jStore plugs into the same function. Only the port is used here: no SQL, no engine details.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnalysisDocument, ResolutionDocument } from "../../src/domain.js";
import { ParseError } from "../../src/errors.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../src/graph/model.js";
import {
  paragraphId,
  type AnalysisLink,
  type FindParagraphsArgs,
  type FindResolutionsArgs,
  type GraphCounts,
  type GraphQueries,
  type GraphStore,
  type LineageEntry,
  type ResolutionRecord,
} from "../../src/graph/port.js";
import { parseSource } from "../../src/ingest/source.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import {
  cambodia,
  cambodiaEarlier,
  listCorpus,
  failingLate,
  hrc3322,
  hrc3632,
  hrc3632Revised,
  lineageGraph,
  recalling,
  recallingSelf,
  referencesOf,
  searchCorpus,
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

/** Both halves of the port: every store implements the graph queries too. */
export type ContractStore = GraphStore & GraphQueries;

/** Counts with every label and type at 0 except those given. */
function counts(nodes: Partial<GraphCounts["nodes"]>, relationships: Partial<GraphCounts["relationships"]>): GraphCounts {
  return {
    nodes: { ...Object.fromEntries(NODE_LABELS.map((l) => [l, 0])), ...nodes } as GraphCounts["nodes"],
    relationships: { ...Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])), ...relationships } as GraphCounts["relationships"],
  };
}

/** Lineage as (symbol, depth, via.from → via.to) triples: compact, and still exact and ordered. */
const hops = (entries: LineageEntry[]): string[] => entries.map((e) => `${e.symbol}@${e.depth} ${e.via.from}>${e.via.to}`);

async function ingestAll(store: ContractStore, docs: readonly ResolutionDocument[]): Promise<void> {
  for (const doc of docs) await store.upsertDocument(doc, source(doc.resolution.symbol));
}

/** hrc3632 and hrc3322 loaded: 70/1 and 217(III) are stubs, 33/22 is loaded and cited. */
/** lineageGraph loaded: 9 texts, 3 stubs, one paragraph and one citation per edge (M/RES/1 has two to M/RES/2). */
const LINEAGE_COUNTS = counts({ Resolution: 12, Paragraph: 12 }, { HAS_PARAGRAPH: 12, REFERS_TO: 12, RECALLS: 11 });

const TWO_LOADED = counts(
  { Resolution: 4, Paragraph: 6, Document: 1, Country: 2, Instrument: 2, Organization: 1 },
  { HAS_PARAGRAPH: 6, REFERS_TO: 5, RECALLS: 4, CITES: 1, MENTIONS: 5 },
);

export function describeStoreContract(name: string, makeStore: () => Promise<ContractStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: ContractStore;

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
          entity: { label: "Country", key: "MMR" },
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

      it("refuses a mention in a footnote its paragraph does not carry, naming the mark and the paragraph", async () => {
        const [first] = hrc3322.mentions;
        const dangling: ResolutionDocument = { ...hrc3322, mentions: [{ ...first!, footnote: "9" }] };
        const before = await snapshot(store, symbolsOf(hrc3632, hrc3322));
        await expect(store.upsertDocument(dangling, source("A/HRC/RES/33/22"))).rejects.toThrow(
          `A/HRC/RES/33/22: mention in footnote "9", which paragraph ${JSON.stringify(first!.paragraph)} does not carry`,
        );
        const [slot] = await store.upsertDocuments([{ doc: dangling, source: source("A/HRC/RES/33/22") }]);
        expect(slot).toBeInstanceOf(Error);
        expect(await snapshot(store, symbolsOf(hrc3632, hrc3322))).toStrictEqual(before);
      });

      it("leaves the store usable for the next document", async () => {
        await expect(store.upsertDocument(withDuplicateKey(hrc3322), source("A/HRC/RES/33/22"))).rejects.toThrow();
        expect((await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).status).toBe("created");
        expect(await store.counts()).toEqual({ resolutions: 2, paragraphs: 6, references: 6, mentions: 5, analyses: 0 });
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

    describe("resolutionNodes and stubs", () => {
      it("tells loaded, stub and unknown apart, one per key in order", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        const nodes = await store.resolutionNodes(["A/HRC/RES/33/22", "nope", "A/HRC/RES/36/32", "A/HRC/RES/33/22"]);
        expect(nodes).toEqual([
          { symbol: "A/HRC/RES/33/22", stub: true },
          null,
          { symbol: "A/HRC/RES/36/32", stub: false, record: expectedRecord(hrc3632) },
          { symbol: "A/HRC/RES/33/22", stub: true },
        ]);
        expect(nodes[0]).not.toHaveProperty("record");
        expect(await store.resolutionNodes([])).toEqual([]);
        // A stub is not a loaded resolution for the GraphStore half of the port.
        expect(await store.resolutionsBySymbols(["A/HRC/RES/33/22"])).toEqual([null]);
        expect((await store.counts()).resolutions).toBe(1);
        expect((await store.listResolutions({ first: 10 })).items.map((r) => r.symbol)).toEqual(["A/HRC/RES/36/32"]);
      });

      it("fills a stub in place when its text is loaded: the edges into it stay", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        const citing = await store.citingParagraphs([{ label: "Resolution", key: "A/HRC/RES/33/22" }]);
        const before = await store.lineage("A/HRC/RES/33/22", "descendants", 3);
        expect(hops(before)).toEqual(["A/HRC/RES/36/32@1 A/HRC/RES/36/32>A/HRC/RES/33/22"]);

        expect(await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).toEqual({ symbol: "A/HRC/RES/33/22", status: "created" });
        expect(await store.resolutionNodes(["A/HRC/RES/33/22"])).toEqual([{ symbol: "A/HRC/RES/33/22", stub: false, record: expectedRecord(hrc3322) }]);
        expect(await store.lineage("A/HRC/RES/33/22", "descendants", 3)).toEqual(before);
        expect(await store.citingParagraphs([{ label: "Resolution", key: "A/HRC/RES/33/22" }])).toEqual(citing);
        expect(await store.graphCounts()).toEqual(TWO_LOADED);
      });

      it("turns a deleted resolution that is still cited back into a stub", async () => {
        await ingestAll(store, [hrc3632, hrc3322]);
        expect(await store.deleteDocument("A/HRC/RES/33/22")).toBe(true);
        expect(await store.resolutionNodes(["A/HRC/RES/33/22"])).toEqual([{ symbol: "A/HRC/RES/33/22", stub: true }]);
        expect(await store.paragraphsOfResolutions(["A/HRC/RES/33/22"])).toEqual([[]]);
        expect(await store.symbolForSourceHash(source("A/HRC/RES/33/22").hash)).toBeNull();
        expect(hops(await store.lineage("A/HRC/RES/33/22", "descendants", 1))).toEqual(["A/HRC/RES/36/32@1 A/HRC/RES/36/32>A/HRC/RES/33/22"]);
        // It no longer recalls 70/1, which 36/32 still does.
        expect(hops(await store.lineage("A/RES/70/1", "descendants", 1))).toEqual(["A/HRC/RES/36/32@1 A/HRC/RES/36/32>A/RES/70/1"]);
        expect(await store.graphCounts()).toEqual(
          counts(
            { Resolution: 4, Paragraph: 4, Document: 1, Country: 2, Instrument: 1, Organization: 1 },
            { HAS_PARAGRAPH: 4, REFERS_TO: 4, RECALLS: 3, CITES: 1, MENTIONS: 4 },
          ),
        );
        // Loading it again fills the same stub.
        expect((await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).status).toBe("created");
        expect(await store.graphCounts()).toEqual(TWO_LOADED);
      });

      it("deletes nothing for a stub or an unknown symbol", async () => {
        await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
        expect(await store.deleteDocument("A/HRC/RES/33/22")).toBe(false);
        expect(await store.deleteDocument("nope")).toBe(false);
        expect(await store.resolutionNodes(["A/HRC/RES/33/22"])).toEqual([{ symbol: "A/HRC/RES/33/22", stub: true }]);
      });

      it("removes a self-citing resolution completely", async () => {
        await store.upsertDocument(recallingSelf, source("A/RES/1/1"));
        expect(hops(await store.lineage("A/RES/1/1", "ancestors", 3))).toEqual([]);
        expect(await store.deleteDocument("A/RES/1/1")).toBe(true);
        expect(await store.graphCounts()).toEqual(counts({}, {}));
      });
    });

    describe("upsertDocuments", () => {
      it("writes the good documents and reports the bad one in its slot", async () => {
        const items = [
          { doc: hrc3632, source: source("A/HRC/RES/36/32") },
          { doc: withDuplicateKey(tinyDocument("A/RES/1/1", "2001-01-01")), source: source("A/RES/1/1") },
          { doc: failingLate(tinyDocument("A/RES/2/2", "2002-01-01")), source: source("A/RES/2/2") },
          { doc: hrc3322, source: source("A/HRC/RES/33/22") },
          { doc: hrc3632, source: source("A/HRC/RES/36/32") },
        ];
        const outcomes = await store.upsertDocuments(items);
        expect(outcomes).toHaveLength(5);
        expect(outcomes[0]).toEqual({ symbol: "A/HRC/RES/36/32", status: "created" });
        expect(outcomes[1]).toBeInstanceOf(Error);
        expect(outcomes[2]).toBeInstanceOf(SimulatedCrash);
        expect(outcomes[3]).toEqual({ symbol: "A/HRC/RES/33/22", status: "created" });
        expect(outcomes[4]).toEqual({ symbol: "A/HRC/RES/36/32", status: "unchanged" });
        expect(await store.resolutionNodes(["A/RES/1/1", "A/RES/2/2"])).toEqual([null, null]);
        expect(await store.graphCounts()).toEqual(TWO_LOADED);
      });

      it("gives the same graph as writing one by one, and [] for no items", async () => {
        expect(await store.upsertDocuments([])).toEqual([]);
        const outcomes = await store.upsertDocuments(lineageGraph.map((doc) => ({ doc, source: source(doc.resolution.symbol) })));
        expect(outcomes.map((o) => (o instanceof Error ? o.message : o.status))).toEqual(lineageGraph.map(() => "created"));
        expect(await store.graphCounts()).toEqual(LINEAGE_COUNTS);
      });
    });

    describe("lineage", () => {
      beforeEach(async () => {
        await ingestAll(store, lineageGraph);
      });

      it("loads the fixed graph as designed", async () => {
        expect(await store.graphCounts()).toEqual(LINEAGE_COUNTS);
      });

      it.each([
        [1, ["L/RES/2@1 L/RES/1>L/RES/2"]],
        [2, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3"]],
        [3, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]],
        [4, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]],
      ])("follows a chain forwards (ancestors) to depth %i, ending at the stub", async (depth, expected) => {
        expect(hops(await store.lineage("L/RES/1", "ancestors", depth))).toEqual(expected);
      });

      it.each([
        [1, ["L/RES/3@1 L/RES/3>L/RES/4"]],
        [2, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3"]],
        [3, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3", "L/RES/1@3 L/RES/1>L/RES/2"]],
        [4, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3", "L/RES/1@3 L/RES/1>L/RES/2"]],
      ])("follows a chain backwards (descendants) from the stub to depth %i", async (depth, expected) => {
        expect(hops(await store.lineage("L/RES/4", "descendants", depth))).toEqual(expected);
      });

      it("reaches the far side of a diamond once, at its smallest depth, via the smallest symbol", async () => {
        expect(hops(await store.lineage("M/RES/1", "ancestors", 4))).toEqual([
          "M/RES/2@1 M/RES/1>M/RES/2",
          "M/RES/3@1 M/RES/1>M/RES/3",
          "M/RES/4@2 M/RES/2>M/RES/4",
          "M/RES/5@3 M/RES/4>M/RES/5",
        ]);
        expect(hops(await store.lineage("M/RES/4", "descendants", 4))).toEqual([
          "M/RES/2@1 M/RES/2>M/RES/4",
          "M/RES/3@1 M/RES/3>M/RES/4",
          "M/RES/1@2 M/RES/1>M/RES/2",
        ]);
      });

      it("gives the edge's verbs and citing paragraphs in order", async () => {
        const [toM2] = await store.lineage("M/RES/1", "ancestors", 1);
        expect(toM2).toEqual({
          symbol: "M/RES/2",
          depth: 1,
          via: { from: "M/RES/1", to: "M/RES/2", verbs: ["Recalling", "Decides"], paragraphs: ["pp2", "op1"] },
        });
      });

      it("terminates on a cycle and never lists the start", async () => {
        expect(hops(await store.lineage("X/RES/1", "ancestors", 4))).toEqual(["X/RES/2@1 X/RES/1>X/RES/2", "X/RES/9@2 X/RES/2>X/RES/9"]);
        expect(hops(await store.lineage("X/RES/1", "descendants", 4))).toEqual(["X/RES/2@1 X/RES/2>X/RES/1"]);
        expect(hops(await store.lineage("X/RES/9", "descendants", 1_000_000))).toEqual(["X/RES/2@1 X/RES/2>X/RES/9", "X/RES/1@2 X/RES/1>X/RES/2"]);
      });

      it.each(["ancestors", "descendants"] as const)(
        "walks many roots (%s) in one call, each as if alone, one list per key in order, repeats and unknowns included",
        async (direction) => {
          // Roots whose walks share nodes (M/RES/1 and M/RES/2 both reach M/RES/4), a cycle, a stub, a repeat.
          const roots = ["M/RES/1", "M/RES/2", "X/RES/9", "nope", "L/RES/4", "M/RES/1", "L/RES/1"];
          const batched = await store.lineages(roots, direction, 4);
          expect(batched).toHaveLength(roots.length);
          for (const [i, root] of roots.entries()) expect(batched[i]).toEqual(await store.lineage(root, direction, 4));
          if (direction === "ancestors") {
            expect(hops(batched[1]!)).toEqual(["M/RES/4@1 M/RES/2>M/RES/4", "M/RES/5@2 M/RES/4>M/RES/5"]);
            expect(hops(batched[6]!)).toEqual(["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]);
          }
          expect(batched[3]).toEqual([]);
          expect(batched[5]).not.toBe(batched[0]);
          expect(await store.lineages([], direction, 4)).toEqual([]);
          await expect(store.lineages(["L/RES/1"], direction, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        },
      );

      it("gives [] at depth 0, for a stub's ancestors and for an unknown symbol; refuses a bad depth", async () => {
        expect(await store.lineage("L/RES/1", "ancestors", 0)).toEqual([]);
        expect(await store.lineage("L/RES/4", "ancestors", 4)).toEqual([]);
        expect(await store.lineage("nope", "descendants", 4)).toEqual([]);
        await expect(store.lineage("L/RES/1", "ancestors", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(store.lineage("L/RES/1", "ancestors", 1.5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
    });

    describe("citationPath", () => {
      beforeEach(async () => {
        await ingestAll(store, lineageGraph);
      });

      it("follows a chain forwards hop by hop, with the first citing paragraph and its verb", async () => {
        expect(await store.citationPath("L/RES/1", "L/RES/4", 3)).toEqual([
          { from: "L/RES/1", to: "L/RES/2", paragraphId: "L/RES/1#pp1", verb: "Recalling" },
          { from: "L/RES/2", to: "L/RES/3", paragraphId: "L/RES/2#pp1", verb: "Recalling" },
          { from: "L/RES/3", to: "L/RES/4", paragraphId: "L/RES/3#pp1", verb: "Recalling" },
        ]);
        expect(await store.citationPath("L/RES/1", "L/RES/4", 2)).toBeNull();
      });

      it("takes the lexicographically smallest of equally short chains", async () => {
        expect((await store.citationPath("M/RES/1", "M/RES/5", 10))?.map((h) => `${h.from}>${h.to} ${h.paragraphId} ${h.verb}`)).toEqual([
          "M/RES/1>M/RES/2 M/RES/1#pp2 Recalling",
          "M/RES/2>M/RES/4 M/RES/2#pp1 Recalling",
          "M/RES/4>M/RES/5 M/RES/4#pp1 Recalling",
        ]);
      });

      it("goes round a cycle only as far as needed", async () => {
        expect((await store.citationPath("X/RES/1", "X/RES/9", 10))?.map((h) => h.to)).toEqual(["X/RES/2", "X/RES/9"]);
        expect((await store.citationPath("X/RES/2", "X/RES/1", 10))?.map((h) => h.to)).toEqual(["X/RES/1"]);
      });

      it("gives [] from a node to itself, and null when there is no chain", async () => {
        expect(await store.citationPath("X/RES/1", "X/RES/1", 5)).toEqual([]);
        expect(await store.citationPath("L/RES/4", "L/RES/4", 0)).toEqual([]);
        expect(await store.citationPath("L/RES/1", "M/RES/1", 10)).toBeNull();
        expect(await store.citationPath("L/RES/2", "L/RES/1", 10)).toBeNull();
        expect(await store.citationPath("nope", "L/RES/1", 10)).toBeNull();
        expect(await store.citationPath("L/RES/1", "L/RES/2", 0)).toBeNull();
        await expect(store.citationPath("L/RES/1", "L/RES/2", -2)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });

      it("cannot pass through a stub: it has no outgoing citations", async () => {
        // M/RES/5 is a stub; were it loaded citing L/RES/1, a path M → L would exist.
        expect(await store.citationPath("M/RES/4", "L/RES/1", 10)).toBeNull();
        expect(await store.citationPath("L/RES/4", "L/RES/1", 10)).toBeNull();
        await store.upsertDocument(recalling("M/RES/5", "2015-01-01", ["L/RES/1"]), source("M/RES/5"));
        expect((await store.citationPath("M/RES/4", "L/RES/1", 10))?.map((h) => h.to)).toEqual(["M/RES/5", "L/RES/1"]);
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

    describe("entitiesByKeys", () => {
      it("finds entities by label and key, with a law's country, one per key in order", async () => {
        await ingestAll(store, [hrc3632, cambodia]);
        expect(
          await store.entitiesByKeys([
            { label: "Law", key: "KHM:Land Law" },
            { label: "Country", key: "MMR" },
            { label: "Person", key: "MMR" },
            { label: "Country", key: "JPN" },
            { label: "Country", key: "MMR" },
          ]),
        ).toEqual([
          { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" },
          { label: "Country", key: "MMR", name: "Myanmar" },
          null,
          { label: "Country", key: "JPN", name: "Japan" },
          { label: "Country", key: "MMR", name: "Myanmar" },
        ]);
        expect(await store.entitiesByKeys([])).toEqual([]);
      });

      it("keeps the name the first document gave an entity, whatever is loaded later", async () => {
        const first = tinyDocument("A/RES/70/1", "2015-09-25");
        const text = first.paragraphs[0]!.text;
        const naming = (doc: ResolutionDocument, name: string): ResolutionDocument => ({
          ...doc,
          mentions: [{ paragraph: doc.paragraphs[0]!.key, kind: "country", name, id: "MMR", start: 0, end: Math.min(3, text.length) }],
        });
        await store.upsertDocument(naming(first, "Myanmar"), source("A/RES/70/1"));
        await store.upsertDocument(naming(tinyDocument("A/RES/70/2", "2015-09-26"), "Burma"), source("A/RES/70/2"));
        expect(await store.entitiesByKeys([{ label: "Country", key: "MMR" }])).toEqual([{ label: "Country", key: "MMR", name: "Myanmar" }]);
      });
    });

    describe("coMentions", () => {
      beforeEach(async () => {
        await ingestAll(store, [hrc3632, cambodia, cambodiaEarlier]);
      });

      it("counts shared paragraphs and their resolutions, most paragraphs first, then label and key", async () => {
        // Tied on paragraphs: Law before Person.
        expect(await store.coMentions({ label: "Country", key: "KHM" }, 10)).toEqual([
          { entity: { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" }, paragraphs: 2, resolutions: 2 },
          { entity: { label: "Person", key: "Rhona Smith", name: "Rhona Smith" }, paragraphs: 2, resolutions: 1 },
        ]);
        expect(await store.coMentions({ label: "Person", key: "Rhona Smith" }, 10)).toEqual([
          { entity: { label: "Country", key: "KHM", name: "Cambodia" }, paragraphs: 2, resolutions: 1 },
          { entity: { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" }, paragraphs: 1, resolutions: 1 },
        ]);
      });

      it("honours the limit and knows no co-mentions of an unknown or lonely entity", async () => {
        expect((await store.coMentions({ label: "Person", key: "Rhona Smith" }, 1)).map((c) => c.entity.key)).toEqual(["KHM"]);
        expect(await store.coMentions({ label: "Person", key: "Rhona Smith" }, 0)).toEqual([]);
        expect(await store.coMentions({ label: "Person", key: "Nobody" }, 5)).toEqual([]);
        expect(await store.coMentions({ label: "Instrument", key: "Universal Declaration of Human Rights" }, 5)).toEqual([]);
        await expect(store.coMentions({ label: "Country", key: "KHM" }, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        // Once BAD_USER_INPUT on Neo4j and [] on SQLite: an unknown label is a caller's mistake.
        await expect(store.coMentions({ label: "Planet" as "Country", key: "KHM" }, 5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
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

      it("follows replacement and deletion of the text", async () => {
        await store.upsertDocument(tinyDocument("A/HRC/RES/30/2", "2015-10-01", { body: "Human Rights Council" }), source("A/HRC/RES/30/2", 2));
        expect(ids(await store.search({ text: "water", first: 10 }))).toEqual(["A/RES/64/292#op1", "A/HRC/RES/45/8#pp1"]);
        await store.deleteDocument("A/RES/64/292");
        expect(ids(await store.search({ text: "water", first: 10 }))).toEqual(["A/HRC/RES/45/8#pp1"]);
      });
    });

    describe("mention order", () => {
      it("breaks ties on the offset by order of appearance in the document, and names the entity", async () => {
        const text = "United Nations Charter applies;";
        const doc: ResolutionDocument = {
          ...tinyDocument("A/RES/9/9", "2009-09-09"),
          paragraphs: [{ key: "op1", kind: "operative", ordinal: 1, verb: "", text, footnotes: [] }],
          // Both start at 0; the longer one comes first in the document, so it comes first back.
          mentions: [
            { paragraph: "op1", kind: "instrument", name: "Charter of the United Nations", start: 0, end: 22 },
            { paragraph: "op1", kind: "organization", name: "United Nations", start: 0, end: 14 },
            { paragraph: "op1", kind: "country", name: "Zimbabwe", id: "ZWE", start: 0, end: 3 },
          ],
        };
        await store.upsertDocument(doc, source("A/RES/9/9"));
        const [mentions] = await store.mentionsInParagraphs(["A/RES/9/9#op1"]);
        expect(mentions?.map((m) => [m.kind, m.start, m.end, m.entity])).toEqual([
          ["instrument", 0, 22, { label: "Instrument", key: "Charter of the United Nations" }],
          ["organization", 0, 14, { label: "Organization", key: "United Nations" }],
          ["country", 0, 3, { label: "Country", key: "ZWE" }],
        ]);
      });

      it("keeps a footnote's mentions apart: with their mark, after the paragraph's own, in document order", async () => {
        const doc: ResolutionDocument = {
          ...tinyDocument("A/RES/9/8", "2009-09-08"),
          paragraphs: [
            {
              key: "op1",
              kind: "operative",
              ordinal: 1,
              verb: "",
              text: "Cambodia and Myanmar;",
              footnotes: [
                { mark: "2", text: "Statement by Japan." },
                { mark: "3", text: "Treaty Series of the United Nations." },
              ],
            },
          ],
          // Listed out of order on purpose: the text's by offset first, then the footnotes' by appearance.
          mentions: [
            { paragraph: "op1", kind: "organization", name: "United Nations", start: 20, end: 34, footnote: "3" },
            { paragraph: "op1", kind: "country", name: "Myanmar", id: "MMR", start: 13, end: 20 },
            { paragraph: "op1", kind: "country", name: "Japan", id: "JPN", start: 13, end: 18, footnote: "2" },
            { paragraph: "op1", kind: "country", name: "Cambodia", id: "KHM", start: 0, end: 8 },
          ],
        };
        const before = await store.graphCounts();
        await store.upsertDocument(doc, source("A/RES/9/8"));
        const [mentions] = await store.mentionsInParagraphs(["A/RES/9/8#op1"]);
        expect(mentions?.map((m) => [m.name, m.start, m.end, m.footnote ?? null])).toEqual([
          ["Cambodia", 0, 8, null],
          ["Myanmar", 13, 20, null],
          ["United Nations", 20, 34, "3"],
          ["Japan", 13, 18, "2"],
        ]);
        expect(mentions?.filter((m) => m.footnote === undefined).every((m) => !("footnote" in m))).toBe(true);
        // A footnote's entity is a MENTIONS edge and a node like any other.
        const after = await store.graphCounts();
        expect(after.relationships.MENTIONS - before.relationships.MENTIONS).toBe(4);
        expect((await store.citingParagraphs([{ label: "Country", key: "JPN" }]))[0]).toEqual([{ resolution: "A/RES/9/8", paragraphId: "A/RES/9/8#op1" }]);
        expect(await store.findParagraphs({ filter: { mentions: { label: "Organization", key: "United Nations" } }, first: 5, offset: 0 })).toMatchObject({
          totalCount: 1,
          items: [{ id: "A/RES/9/8#op1" }],
        });
      });

      it("keys a law's entity with its state", async () => {
        await store.upsertDocument(cambodia, source(cambodia.resolution.symbol));
        const [op1] = await store.mentionsInParagraphs(["A/HRC/RES/39/1#op1"]);
        expect(op1?.map((m) => m.entity)).toEqual([
          { label: "Country", key: "KHM" },
          { label: "Law", key: "KHM:Land Law" },
          { label: "Person", key: "Rhona Smith" },
        ]);
      });
    });

    describe("the API's lists and fields", () => {
      beforeEach(async () => {
        await ingestAll(store, listCorpus);
      });

      const LOADED_BY_DATE = [
        "E/RES/2020/1",
        "S/RES/2046 (2012)",
        "A/HRC/RES/30/23",
        "A/HRC/RES/33/22",
        "A/HRC/RES/36/32",
        "A/HRC/RES/39/1",
        "A/RES/74/246",
      ];
      const STUBS = ["A/RES/217(III)", "A/RES/70/1", "A/RES/73/264", "S/RES/1990 (2011)"];
      const country = (key: string, name: string) => ({ label: "Country" as const, key, name });

      describe("recallsOf", () => {
        it("gives what each resolution recalls, by the recalled one's date then symbol, stubs (no date) first", async () => {
          const [of3632, of74246, ofStub, unknown] = await store.recallsOf(["A/HRC/RES/36/32", "A/RES/74/246", "A/RES/70/1", "nope"], "out");
          expect(of3632).toEqual([
            { from: "A/HRC/RES/36/32", to: "A/RES/217(III)", verbs: ["Reaffirming"], paragraphs: ["pp2"] },
            { from: "A/HRC/RES/36/32", to: "A/RES/70/1", verbs: ["Recalling"], paragraphs: ["pp1"] },
            { from: "A/HRC/RES/36/32", to: "A/HRC/RES/33/22", verbs: ["Recalling"], paragraphs: ["pp1", "op1(a)"] },
          ]);
          expect(of74246?.map((e) => e.to)).toEqual(["A/RES/73/264", "A/HRC/RES/36/32"]);
          expect(ofStub).toEqual([]);
          expect(unknown).toEqual([]);
        });

        it("gives what recalls each resolution, stubs included, by the recalling one's date", async () => {
          const [into3632, intoStub, into70, again] = await store.recallsOf(
            ["A/HRC/RES/36/32", "A/RES/73/264", "A/RES/70/1", "A/HRC/RES/36/32"],
            "in",
          );
          expect(into3632).toEqual([{ from: "A/RES/74/246", to: "A/HRC/RES/36/32", verbs: ["Recalling"], paragraphs: ["pp1"] }]);
          expect(intoStub).toEqual([{ from: "A/RES/74/246", to: "A/RES/73/264", verbs: ["Recalling"], paragraphs: ["pp1"] }]);
          expect(into70?.map((e) => e.from)).toEqual(["A/HRC/RES/33/22", "A/HRC/RES/36/32"]);
          expect(again).toEqual(into3632);
          expect(await store.recallsOf([], "in")).toEqual([]);
        });

        it("lists a self-citation in both directions", async () => {
          await store.upsertDocument(recallingSelf, source("A/RES/1/1"));
          const edge = { from: "A/RES/1/1", to: "A/RES/1/1", verbs: ["Recalling"], paragraphs: ["pp1"] };
          expect(await store.recallsOf(["A/RES/1/1"], "out")).toEqual([[edge]]);
          expect(await store.recallsOf(["A/RES/1/1"], "in")).toEqual([[edge]]);
        });
      });

      describe("concernsOf and votesOf", () => {
        it("gives the states each resolution concerns, by name", async () => {
          expect(await store.concernsOf(["S/RES/2046 (2012)", "A/HRC/RES/39/1", "A/HRC/RES/36/32", "nope", "S/RES/2046 (2012)"])).toEqual([
            [country("SSD", "South Sudan"), country("SDN", "Sudan")],
            [country("KHM", "Cambodia")],
            [],
            [],
            [country("SSD", "South Sudan"), country("SDN", "Sudan")],
          ]);
          expect(await store.concernsOf([])).toEqual([]);
        });

        it("gives the recorded votes: yes, then no, then abstain, each by state name", async () => {
          const [ga, hrc, none] = await store.votesOf(["A/RES/74/246", "A/HRC/RES/39/1", "A/HRC/RES/33/22"]);
          expect(ga?.map((v) => `${v.vote} ${v.country.key} ${v.country.name}`)).toEqual([
            "yes ARG Argentina",
            "yes NLD Netherlands",
            "yes NER Niger",
            "yes TUR Türkiye",
            "no CHN China",
            "no MMR Myanmar",
            "abstain IND India",
            "abstain JPN Japan",
            "abstain TKM Turkmenistan",
          ]);
          expect(hrc).toEqual([
            { country: country("KHM", "Cambodia"), vote: "yes" },
            { country: country("JPN", "Japan"), vote: "yes" },
            { country: country("VEN", "Venezuela (Bolivarian Republic of)"), vote: "no" },
          ]);
          expect(none).toEqual([]);
          expect(await store.votesOf([])).toEqual([]);
        });
      });

      describe("resolutionsOfCountries", () => {
        const all = { first: 100, offset: 0 };
        /** What the two narrowing filters give, united and put in date order: the expected answer. */
        const concerningOrNaming = async (code: string): Promise<string[]> => {
          const [a, b] = await Promise.all([
            store.findResolutions({ filter: { concerns: code }, orderBy: "ADOPTED_ASC", first: 100, offset: 0 }),
            store.findResolutions({ filter: { mentions: { label: "Country", key: code } }, orderBy: "ADOPTED_ASC", first: 100, offset: 0 }),
          ]);
          const either = new Set([...a.items, ...b.items].map((n) => n.symbol));
          return LOADED_BY_DATE.filter((s) => either.has(s));
        };

        it("gives the loaded resolutions concerning or naming each state, each once, by date, one page per code in order", async () => {
          const codes = ["KHM", "MMR", "SSD", "ZZZ", "KHM", "' OR 1=1 --"];
          const pages = await store.resolutionsOfCountries(codes, all);
          expect(pages).toHaveLength(codes.length);
          // Myanmar: named in 36/32 and 74/246, and 74/246 is also about it: listed once.
          expect(pages[1]?.items.map((n) => n.symbol)).toEqual(["A/HRC/RES/36/32", "A/RES/74/246"]);
          expect(pages[2]?.items.map((n) => n.symbol)).toEqual(["S/RES/2046 (2012)"]);
          for (const [i, code] of codes.entries()) {
            const expected = await concerningOrNaming(code);
            expect(pages[i]?.items.map((n) => n.symbol)).toEqual(expected);
            expect(pages[i]?.totalCount).toBe(expected.length);
          }
          expect(pages[3]).toEqual({ items: [], totalCount: 0 });
          expect(pages[4]).toEqual(pages[0]);
          expect(pages[4]).not.toBe(pages[0]);
          expect(await store.resolutionsOfCountries([], all)).toEqual([]);
        });

        it("gives full records", async () => {
          const [khm] = await store.resolutionsOfCountries(["KHM"], { first: 1, offset: 1 });
          expect(khm?.items).toStrictEqual([{ symbol: "A/HRC/RES/39/1", stub: false, record: { ...cambodia.resolution, source: source("A/HRC/RES/39/1") } }]);
        });

        it("pages each code's list by offset with the union's total, an empty page past the end included", async () => {
          const codes = ["MMR", "KHM", "SSD"];
          const whole = await store.resolutionsOfCountries(codes, all);
          const longest = Math.max(...whole.map((p) => p.totalCount));
          for (let offset = 0; offset <= longest + 1; offset++) {
            const pages = await store.resolutionsOfCountries(codes, { first: 1, offset });
            expect(pages).toEqual(whole.map((p) => ({ items: p.items.slice(offset, offset + 1), totalCount: p.totalCount })));
          }
          expect(await store.resolutionsOfCountries(codes, { first: 0, offset: 0 })).toEqual(whole.map((p) => ({ items: [], totalCount: p.totalCount })));
        });

        it("refuses bad paging as bad user input", async () => {
          await expect(store.resolutionsOfCountries(["KHM"], { first: -1, offset: 0 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(store.resolutionsOfCountries(["KHM"], { first: 1, offset: 0.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        });
      });

      describe("findEntities", () => {
        const names = async (label: Parameters<ContractStore["findEntities"]>[0], name: string, limit = 10) =>
          (await store.findEntities(label, name, limit)).map((e) => e.name);

        it("puts exact matches (name or key, any case) before prefix matches, then orders by name", async () => {
          // Türkiye's key is exactly "TUR"; Turkmenistan only starts with it, and sorts first by name.
          expect(await store.findEntities("Country", "tur", 10)).toEqual([country("TUR", "Türkiye"), country("TKM", "Turkmenistan")]);
          expect(await names("Country", "sudan")).toEqual(["Sudan"]);
          expect(await names("Country", "s")).toEqual(["South Sudan", "Sudan"]);
          expect(await names("Country", "c")).toEqual(["Cambodia", "China"]);
          expect(await names("Country", "MMR")).toEqual(["Myanmar"]);
        });

        it("is case-insensitive beyond ASCII", async () => {
          expect(await names("Country", "TÜRK")).toEqual(["Türkiye"]);
          expect(await names("Country", "türkiye")).toEqual(["Türkiye"]);
        });

        it("matches a key's prefix too, keeps labels apart, and gives a law's state", async () => {
          const law = { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" };
          expect(await store.findEntities("Law", "khm:", 5)).toEqual([law]);
          expect(await store.findEntities("Law", "LAND law", 5)).toEqual([law]);
          expect(await store.findEntities("Person", "rhona", 5)).toEqual([{ label: "Person", key: "Rhona Smith", name: "Rhona Smith" }]);
          expect(await names("Person", "sudan")).toEqual([]);
          expect(await names("Organization", "office")).toEqual(["Office of the United Nations High Commissioner for Human Rights"]);
        });

        it("honours the limit; the empty name is a prefix of every name", async () => {
          expect(await names("Country", "n")).toEqual(["Netherlands", "Niger"]);
          expect(await names("Country", "n", 1)).toEqual(["Netherlands"]);
          expect(await names("Country", "tur", 1)).toEqual(["Türkiye"]);
          expect(await names("Country", "tur", 0)).toEqual([]);
          expect(await names("Instrument", "")).toEqual(["Charter of the United Nations", "Universal Declaration of Human Rights"]);
        });

        it("takes wildcards and quotes literally and refuses a bad limit or label", async () => {
          for (const text of ["%", "_", "*", "' OR 1=1 --", '"', "\\"]) expect(await names("Country", text)).toEqual([]);
          await expect(store.findEntities("Country", "tur", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(store.findEntities("Planet" as "Country", "tur", 1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        });
      });

      describe("findResolutions", () => {
        const find = (filter: FindResolutionsArgs["filter"], orderBy: FindResolutionsArgs["orderBy"] = "ADOPTED_ASC", first = 100, offset = 0) =>
          store.findResolutions({ filter, orderBy, first, offset });
        const symbols = async (filter: FindResolutionsArgs["filter"], orderBy: FindResolutionsArgs["orderBy"] = "ADOPTED_ASC") => {
          const page = await find(filter, orderBy);
          expect(page.totalCount).toBe(page.items.length);
          return page.items.map((n) => n.symbol);
        };

        it("lists loaded resolutions in each order, ties by symbol", async () => {
          expect(await symbols({})).toEqual(LOADED_BY_DATE);
          expect(await symbols({}, "ADOPTED_DESC")).toEqual([...LOADED_BY_DATE].reverse());
          expect(await symbols({}, "SYMBOL_ASC")).toEqual([...LOADED_BY_DATE].sort());
          expect(await symbols({ body: "Human Rights Council" }, "ADOPTED_DESC")).toEqual([
            "A/HRC/RES/39/1",
            "A/HRC/RES/36/32",
            "A/HRC/RES/33/22",
            "A/HRC/RES/30/23",
          ]);
        });

        it("gives full records for loaded resolutions and symbols only for stubs", async () => {
          const page = await find({ includeStubs: true }, "SYMBOL_ASC", 5, 3);
          expect(page.totalCount).toBe(11);
          expect(page.items).toStrictEqual([
            { symbol: "A/HRC/RES/39/1", stub: false, record: { ...cambodia.resolution, source: source("A/HRC/RES/39/1") } },
            { symbol: "A/RES/217(III)", stub: true },
            { symbol: "A/RES/70/1", stub: true },
            { symbol: "A/RES/73/264", stub: true },
            { symbol: "A/RES/74/246", stub: false, record: { ...listCorpus[0]!.resolution, source: source("A/RES/74/246") } },
          ]);
        });

        it("includes stubs only when asked; a stub has no date, so it sorts with the undated, by symbol", async () => {
          expect(await symbols({ includeStubs: true })).toEqual([
            "A/RES/217(III)",
            "A/RES/70/1",
            "A/RES/73/264",
            "E/RES/2020/1",
            "S/RES/1990 (2011)",
            ...LOADED_BY_DATE.slice(1),
          ]);
          expect(await symbols({ includeStubs: true }, "ADOPTED_DESC")).toEqual([
            ...[...LOADED_BY_DATE.slice(1)].reverse(),
            "A/RES/217(III)",
            "A/RES/70/1",
            "A/RES/73/264",
            "E/RES/2020/1",
            "S/RES/1990 (2011)",
          ]);
          expect(await symbols({ includeStubs: true }, "SYMBOL_ASC")).toEqual([...LOADED_BY_DATE, ...STUBS].sort());
          expect(await symbols({ includeStubs: false })).toEqual(LOADED_BY_DATE);
          // A stub has no body, year, session, paragraphs or concerns: such filters never match one.
          expect(await symbols({ includeStubs: true, body: "Human Rights Council" })).toEqual(await symbols({ body: "Human Rights Council" }));
          expect(await symbols({ includeStubs: true, references: "A/RES/70/1" })).toEqual(["A/HRC/RES/33/22", "A/HRC/RES/36/32"]);
        });

        it.each<[string, FindResolutionsArgs["filter"], string[]]>([
          ["body", { body: "Human Rights Council" }, ["A/HRC/RES/30/23", "A/HRC/RES/33/22", "A/HRC/RES/36/32", "A/HRC/RES/39/1"]],
          ["body (SC)", { body: "Security Council" }, ["S/RES/2046 (2012)"]],
          ["yearFrom", { yearFrom: 2017 }, ["A/HRC/RES/36/32", "A/HRC/RES/39/1", "A/RES/74/246"]],
          ["yearTo", { yearTo: 2015 }, ["S/RES/2046 (2012)", "A/HRC/RES/30/23"]],
          ["session", { session: "36" }, ["A/HRC/RES/36/32"]],
          ["concerns", { concerns: "KHM" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
          ["concerns (one of two)", { concerns: "SSD" }, ["S/RES/2046 (2012)"]],
          ["mentions a country", { mentions: { label: "Country", key: "MMR" } }, ["A/HRC/RES/36/32", "A/RES/74/246"]],
          ["mentions a law", { mentions: { label: "Law", key: "KHM:Land Law" } }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
          ["mentions an instrument", { mentions: { label: "Instrument", key: "Universal Declaration of Human Rights" } }, ["A/HRC/RES/36/32", "A/RES/74/246"]],
          ["mentions: labels apart", { mentions: { label: "Person", key: "KHM:Land Law" } }, []],
          ["references a stub", { references: "A/RES/70/1" }, ["A/HRC/RES/33/22", "A/HRC/RES/36/32"]],
          ["references a loaded resolution", { references: "A/HRC/RES/36/32" }, ["A/RES/74/246"]],
          ["references a document", { references: "A/HRC/36/31" }, ["A/HRC/RES/36/32"]],
          ["text", { text: "Cambodia" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
          ["text, any case, every word", { text: "LAND law" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
          ["body + yearFrom + mentions", { body: "Human Rights Council", yearFrom: 2016, mentions: { label: "Country", key: "KHM" } }, ["A/HRC/RES/39/1"]],
          ["concerns + text + yearTo", { concerns: "KHM", text: "Land Law", yearTo: 2016 }, ["A/HRC/RES/30/23"]],
          ["references + body + session", { references: "A/RES/70/1", body: "Human Rights Council", session: "33" }, ["A/HRC/RES/33/22"]],
          ["mentions + concerns", { mentions: { label: "Country", key: "MMR" }, concerns: "MMR" }, ["A/RES/74/246"]],
          ["text + references", { text: "Myanmar", references: "A/HRC/RES/36/32" }, ["A/RES/74/246"]],
          ["yearFrom + yearTo", { yearFrom: 2015, yearTo: 2016 }, ["A/HRC/RES/30/23", "A/HRC/RES/33/22"]],
          ["nothing matches", { concerns: "ZZZ" }, []],
          ["values taken literally", { body: "' OR 1=1 --" }, []],
        ])("filters by %s", async (_name, filter, expected) => {
          expect(await symbols(filter)).toEqual(expected);
        });

        it("pages by offset, with the total of every match", async () => {
          const page = await find({}, "ADOPTED_ASC", 3, 2);
          expect(page.items.map((n) => n.symbol)).toEqual(LOADED_BY_DATE.slice(2, 5));
          expect(page.totalCount).toBe(7);
          const walked: string[] = [];
          for (let offset = 0; offset < 7; offset += 2) walked.push(...(await find({}, "ADOPTED_DESC", 2, offset)).items.map((n) => n.symbol));
          expect(walked).toEqual([...LOADED_BY_DATE].reverse());
          expect(await find({}, "ADOPTED_ASC", 5, 7)).toEqual({ items: [], totalCount: 7 });
          expect(await find({}, "ADOPTED_ASC", 0, 0)).toEqual({ items: [], totalCount: 7 });
          expect(await find({ body: "Human Rights Council" }, "SYMBOL_ASC", 1, 3)).toMatchObject({ totalCount: 4, items: [{ symbol: "A/HRC/RES/39/1" }] });
        });

        it("answers a text with nothing to search for with an empty page", async () => {
          expect(await find({ text: "!!! ***" })).toEqual({ items: [], totalCount: 0 });
          expect(await find({ text: "" })).toEqual({ items: [], totalCount: 0 });
        });

        it("refuses bad paging, order and labels as bad user input", async () => {
          await expect(find({}, "ADOPTED_ASC", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({}, "ADOPTED_ASC", 1, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({}, "ADOPTED_ASC", 1.5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({}, "NEWEST" as "ADOPTED_ASC")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({ yearFrom: 2015.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({ yearFrom: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({ mentions: { label: "Planet" as "Country", key: "x" } })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        });
      });

      describe("findParagraphs", () => {
        const ALL = [
          "E/RES/2020/1#op1",
          "S/RES/2046 (2012)#pp1",
          "S/RES/2046 (2012)#op1",
          "A/HRC/RES/30/23#op1",
          "A/HRC/RES/33/22#pp1",
          "A/HRC/RES/33/22#op1",
          "A/HRC/RES/36/32#pp1",
          "A/HRC/RES/36/32#pp2",
          "A/HRC/RES/36/32#op1",
          "A/HRC/RES/36/32#op1(a)",
          "A/HRC/RES/39/1#op1",
          "A/HRC/RES/39/1#op2",
          "A/RES/74/246#pp1",
          "A/RES/74/246#pp2",
          "A/RES/74/246#op1",
          "A/RES/74/246#op2",
        ];
        const find = (filter: FindParagraphsArgs["filter"], first = 100, offset = 0) => store.findParagraphs({ filter, first, offset });
        const ids = async (filter: FindParagraphsArgs["filter"]) => {
          const page = await find(filter);
          expect(page.totalCount).toBe(page.items.length);
          return page.items.map((p) => p.id);
        };

        it("lists every paragraph by its resolution's date and symbol, then ordinal", async () => {
          expect(await ids({})).toEqual(ALL);
        });

        it("scopes to one resolution, with full records", async () => {
          const page = await find({ resolution: "A/HRC/RES/36/32" });
          const [expected] = await store.paragraphsOfResolutions(["A/HRC/RES/36/32"]);
          expect(page).toStrictEqual({ items: expected, totalCount: 4 });
          expect(await ids({ resolution: "nope" })).toEqual([]);
        });

        it.each<[string, FindParagraphsArgs["filter"], string[]]>([
          ["kind", { kind: "preambular" }, ALL.filter((id) => id.includes("#pp"))],
          ["kind in a resolution", { kind: "operative", resolution: "A/RES/74/246" }, ["A/RES/74/246#op1", "A/RES/74/246#op2"]],
          ["mentions a country", { mentions: { label: "Country", key: "KHM" } }, ["A/HRC/RES/30/23#op1", "A/HRC/RES/39/1#op1", "A/HRC/RES/39/1#op2"]],
          ["mentions a person", { mentions: { label: "Person", key: "Rhona Smith" } }, ["A/HRC/RES/39/1#op1", "A/HRC/RES/39/1#op2"]],
          ["mentions one of two", { mentions: { label: "Country", key: "SSD" } }, ["S/RES/2046 (2012)#op1"]],
          ["text", { text: "Myanmar" }, ["A/HRC/RES/36/32#op1", "A/RES/74/246#op1", "A/RES/74/246#op2"]],
          ["text, every word", { text: "human RIGHTS" }, ["A/HRC/RES/36/32#pp1", "A/HRC/RES/36/32#pp2", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
          ["mentions + kind + verb", { mentions: { label: "Country", key: "MMR" }, kind: "operative", verb: "Calls upon" }, ["A/HRC/RES/36/32#op1", "A/RES/74/246#op2"]],
          ["resolution + text", { resolution: "A/RES/74/246", text: "Myanmar" }, ["A/RES/74/246#op1", "A/RES/74/246#op2"]],
          ["text + kind + verb", { text: "human rights", kind: "preambular", verb: "Recalling" }, ["A/HRC/RES/36/32#pp1", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
          ["resolution + mentions", { resolution: "A/HRC/RES/36/32", mentions: { label: "Instrument", key: "Universal Declaration of Human Rights" } }, ["A/HRC/RES/36/32#pp2"]],
          ["values taken literally", { resolution: "' OR 1=1 --" }, []],
        ])("filters by %s", async (_name, filter, expected) => {
          expect(await ids(filter)).toEqual(expected);
        });

        it.each<[string, string[]]>([
          ["Recalling", ["A/HRC/RES/36/32#pp1", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
          ["recalling ALSO", ["A/RES/74/246#pp2"]],
          ["  Recalling \t also ", ["A/RES/74/246#pp2"]],
          ["Recalls", ["A/RES/74/246#op1"]],
          ["Recall", []],
          ["Recalling al", []],
          ["calls", ["A/HRC/RES/36/32#op1", "A/RES/74/246#op2"]],
          ["Decides", ["E/RES/2020/1#op1", "S/RES/2046 (2012)#op1", "A/HRC/RES/33/22#op1"]],
        ])("matches the verb by whole-word prefix, any case: %j", async (verb, expected) => {
          expect(await ids({ verb })).toEqual(expected);
        });

        it("treats a blank verb as no verb filter", async () => {
          expect(await ids({ verb: "  " })).toEqual(ALL);
        });

        it("pages by offset, with the total of every match", async () => {
          expect(await find({ verb: "Recalling" }, 1, 1)).toMatchObject({ totalCount: 3, items: [{ id: "A/RES/74/246#pp1" }] });
          expect((await find({}, 5, 15)).items.map((p) => p.id)).toEqual(["A/RES/74/246#op2"]);
          expect(await find({}, 5, 16)).toEqual({ items: [], totalCount: 16 });
          expect(await find({ kind: "preambular" }, 0)).toEqual({ items: [], totalCount: 6 });
          const walked: string[] = [];
          for (let offset = 0; offset < ALL.length; offset += 3) walked.push(...(await find({}, 3, offset)).items.map((p) => p.id));
          expect(walked).toEqual(ALL);
        });

        it("answers a text with nothing to search for with an empty page; refuses bad input", async () => {
          expect(await find({ text: "«»" })).toEqual({ items: [], totalCount: 0 });
          await expect(find({}, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({}, 1, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({ kind: "annex" as "operative" })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
          await expect(find({ mentions: { label: "Planet" as "Country", key: "x" } })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        });
      });
    });

    describe("the seeds", () => {
      const resolutionsInSeeds = (): { doc: ResolutionDocument; file: string }[] =>
        readdirSync(SEEDS_DIR)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .flatMap((f) => {
            const file = join(SEEDS_DIR, f);
            let parsed: ReturnType<typeof parseSource>;
            try {
              parsed = parseSource(readFileSync(file, "utf8"), file);
            } catch (err) {
              // A seed the parser refuses on purpose (the UDHR's plain text) is skipped, as ingest does.
              if (err instanceof ParseError) return [];
              throw err;
            }
            // Analysis pages are not documents of the graph's text half.
            return parsed.kind === "resolution" ? [{ doc: parsed.document, file }] : [];
          });

      it("ingests every seed; a second ingest changes no count; 660 (1990) has its descendants", { timeout: 60_000 }, async () => {
        const seeds = resolutionsInSeeds();
        expect(seeds.length).toBeGreaterThan(20);
        const items = seeds.map(({ doc, file }) => ({ doc, source: { path: file, hash: `${file}@seed`.padEnd(64, "0") } }));
        const first = await store.upsertDocuments(items);
        expect(first.filter((o) => o instanceof Error)).toEqual([]);
        const after = await store.graphCounts();
        expect(after.nodes.Resolution).toBeGreaterThan(seeds.length);
        expect(after.relationships.RECALLS).toBeGreaterThan(0);
        const second = await store.upsertDocuments(items);
        expect(second.map((o) => (o instanceof Error ? o.message : o.status))).toEqual(items.map(() => "unchanged"));
        expect(await store.graphCounts()).toEqual(after);

        const descendants = (await store.lineage("S/RES/660 (1990)", "descendants", 5)).map((e) => e.symbol);
        expect(descendants).toContain("S/RES/661 (1990)");
        expect(descendants).toContain("S/RES/687 (1991)");
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

      describe("sponsors (SPONSORED, from linked pages)", () => {
        const symbol = hrc3632.resolution.symbol;
        const japan = { code: "JPN", name: "Japan" };
        const cambodiaRef = { code: "KHM", name: "Cambodia" };
        const link = (key: string, sponsors: { code: string; name: string }[], to: string | null = symbol): AnalysisLink => ({
          key,
          resolution: to === null ? null : { symbol: to, score: 0.5 },
          matches: [],
          sponsors,
        });
        const country = (code: string, name: string) => ({ label: "Country", key: code, name });

        it("links sponsors, by name then code, and relinking without them removes them", async () => {
          await store.upsertDocument(hrc3632, source(symbol));
          await store.upsertAnalysis("analysis", page, pageSource);
          const before = await store.graphCounts();
          await store.linkAnalyses([link("analysis", [japan, cambodiaRef])]);
          expect(await store.sponsorsOf([symbol, "A/RES/1/1", symbol])).toEqual([
            [country("KHM", "Cambodia"), country("JPN", "Japan")],
            [],
            [country("KHM", "Cambodia"), country("JPN", "Japan")],
          ]);
          const linked = await store.graphCounts();
          expect(linked.relationships.SPONSORED).toBe(2);
          // Neither state is named by the resolution: both Country nodes are created, with their names.
          expect(linked.nodes.Country).toBe(before.nodes.Country + 2);
          expect(await store.entitiesByKeys([{ label: "Country", key: "JPN" }])).toEqual([country("JPN", "Japan")]);
          // Linking again is idempotent.
          await store.linkAnalyses([link("analysis", [japan, cambodiaRef])]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(2);

          await store.linkAnalyses([link("analysis", [])]);
          expect(await store.sponsorsOf([symbol])).toEqual([[]]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
          await store.linkAnalyses([link("analysis", [japan])]);
          await store.linkAnalyses([link("analysis", [japan], null)]);
          expect(await store.sponsorsOf([symbol])).toEqual([[]]);
          expect(await store.sponsorsOf([])).toEqual([]);
        });

        it("drops a state that was only a sponsor with its last sponsorship, and keeps one named elsewhere", async () => {
          const iceland = { code: "ISL", name: "Iceland" };
          await store.upsertDocument(hrc3632, source(symbol));
          await store.upsertDocument(cambodia, source(cambodia.resolution.symbol));
          await store.upsertAnalysis("analysis", page, pageSource);
          await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
          const before = await store.graphCounts();
          const known = async () => (await store.entitiesByKeys([{ label: "Country", key: "ISL" }, { label: "Country", key: "KHM" }])).map((e) => e?.key ?? null);
          // Cambodia is named by a loaded resolution; Iceland exists only as a sponsor.
          expect(await known()).toEqual([null, "KHM"]);
          await store.linkAnalyses([link("analysis", [iceland, cambodiaRef]), link("other", [iceland])]);
          expect(await known()).toEqual(["ISL", "KHM"]);
          // One of Iceland's two sponsorships goes: it stays.
          await store.linkAnalyses([link("analysis", [])]);
          expect(await known()).toEqual(["ISL", "KHM"]);
          // Its last one goes: so does it, and Cambodia, still named, stays.
          await store.linkAnalyses([link("other", [cambodiaRef])]);
          await store.linkAnalyses([link("other", [], null)]);
          expect(await known()).toEqual([null, "KHM"]);
          expect((await store.graphCounts()).nodes).toEqual(before.nodes);

          // Deleting the sponsored resolution (nobody cites it) takes its sponsor-only states along.
          await store.linkAnalyses([link("analysis", [iceland])]);
          expect(await known()).toEqual(["ISL", "KHM"]);
          expect(await store.deleteDocument(symbol)).toBe(true);
          expect(await known()).toEqual([null, "KHM"]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
        });

        it("keeps a state that one page drops and another adds in the same call: the node it was, with its name", async () => {
          const iceland = { code: "ISL", name: "Iceland" };
          await store.upsertDocument(hrc3632, source(symbol));
          await store.upsertAnalysis("analysis", page, pageSource);
          await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
          await store.linkAnalyses([link("analysis", [iceland])]);
          await store.linkAnalyses([link("analysis", []), link("other", [{ code: "ISL", name: "Republic of Iceland" }])]);
          expect(await store.sponsorsOf([symbol])).toEqual([[country("ISL", "Iceland")]]);
        });

        it("keeps each page's sponsorships apart: two pages sponsoring one resolution", async () => {
          await store.upsertDocument(hrc3632, source(symbol));
          await store.upsertAnalysis("analysis", page, pageSource);
          await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
          await store.linkAnalyses([link("analysis", [japan, cambodiaRef]), link("other", [japan])]);
          expect(await store.sponsorsOf([symbol])).toEqual([[country("KHM", "Cambodia"), country("JPN", "Japan")]]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(3);

          // Relinking one page leaves the other's edges alone.
          await store.linkAnalyses([link("analysis", [])]);
          expect(await store.sponsorsOf([symbol])).toEqual([[country("JPN", "Japan")]]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(1);
          await store.linkAnalyses([link("other", [], null)]);
          expect(await store.sponsorsOf([symbol])).toEqual([[]]);
          expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
        });
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
