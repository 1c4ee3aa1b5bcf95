// Writing resolution texts and reading them back: what goes in comes out whole and in order, the
// same content twice changes nothing, a replacement or a failure touches that one resolution only,
// and a resolution cited but not loaded lives on as a stub. The rest of the contract stands on it.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { ResolutionDocument } from "../../../src/domain.js";
import { ParseError } from "../../../src/errors.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/graph/model.js";
import { paragraphId, type GraphStore } from "../../../src/graph/port.js";
import { parseSource } from "../../../src/ingest/source.js";
import { SEEDS_DIR } from "../../../src/package-root.js";
import {
  cambodia,
  failingLate,
  hrc3322,
  hrc3632,
  hrc3632Revised,
  lineageGraph,
  recallingSelf,
  referencesOf,
  SimulatedCrash,
  source,
  tinyDocument,
  withDuplicateKey,
} from "../documents.js";
import { counts, expectedRecord, hops, ingestAll, LINEAGE_COUNTS, TWO_LOADED, type ContractStore } from "./fixtures.js";

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

export function describeDocumentsContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
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
      const graph = await store.graphCounts();
      expect(graph).toEqual(TWO_LOADED);
      // The keys' order is part of the answer (the API prints the maps as they come): the model's.
      expect(Object.keys(graph.nodes)).toEqual([...NODE_LABELS]);
      expect(Object.keys(graph.relationships)).toEqual([...RELATIONSHIP_TYPES]);
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
}
