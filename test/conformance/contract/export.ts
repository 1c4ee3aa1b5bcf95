// The export (exportGraph): every node and relationship the store holds, each once, with the model's
// properties typed as it says, in batches; or the part a filter selects. The records of the loaded
// fixture are compared with one file (contract/__snapshots__/export.jsonl) that both stores must
// give exactly, so SQLite and Neo4j are held to the same content, not only to the same counts.

import { beforeEach, describe, expect, it } from "vitest";
import type { ResolutionMetadata, SourceInfo } from "../../../src/domain.js";
import { BadUserInputError, StoreUnavailableError } from "../../../src/errors.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/graph/model.js";
import type { ExportArgs, ExportBatch, ExportEdge, ExportNode } from "../../../src/graph/port.js";
import { analysisPage, analysisPageSource, hrc3632Revised, listCorpus, recalling, source } from "../documents.js";
import { ingestAll, type ContractStore } from "./fixtures.js";

const metadata: ResolutionMetadata = {
  symbol: "A/RES/74/246",
  adoptionType: "Recorded vote",
  voteCounts: { yes: 134, no: 9, abstain: 28 },
  votes: [
    { country: "MMR", name: "Myanmar", vote: "no" },
    { country: "FRA", name: "France", vote: "yes" },
  ],
  sponsors: [
    { country: "FIN", name: "Finland", additional: false },
    { country: "CAN", name: "Canada", additional: true },
  ],
  subjects: [{ scheme: "UNBIS", key: "HUMAN RIGHTS", label: "HUMAN RIGHTS" }],
};
const metaSource: SourceInfo = { path: "metadata/ga.jsonl", hash: "meta:A/RES/74/246".padEnd(64, "0") };

/** listCorpus, an analysis page linked (a quote matched, two sponsors) and one metadata record: every label and type but a few. */
async function loadFixture(store: ContractStore): Promise<void> {
  await ingestAll(store, listCorpus);
  await store.upsertAnalysis("analysis", analysisPage, analysisPageSource);
  await store.linkAnalyses([
    {
      key: "analysis",
      resolution: { symbol: "A/HRC/RES/36/32", score: 0.5 },
      matches: [{ quote: 0, paragraphId: "A/HRC/RES/36/32#op1", score: 0.75 }],
      sponsors: [
        { code: "JPN", name: "Japan" },
        { code: "KHM", name: "Cambodia" },
      ],
    },
  ]);
  await store.upsertMetadata([{ metadata, source: metaSource }]);
}

async function batchesOf(store: ContractStore, args?: ExportArgs): Promise<ExportBatch[]> {
  const batches: ExportBatch[] = [];
  for await (const b of store.exportGraph(args)) batches.push(b);
  return batches;
}

type AnyRecord = ExportNode | ExportEdge;
const records = (batches: ExportBatch[]): AnyRecord[] => batches.flatMap((b): AnyRecord[] => b.records);
const sectionOf = (b: ExportBatch): string => (b.kind === "nodes" ? b.label : b.type);

/** One line per record, sorted: the stores page in their own key orders, the content must be the same. */
const canonical = (rs: AnyRecord[]): string => `${rs.map((r) => JSON.stringify(r)).sort().join("\n")}\n`;

function countsOf(batches: ExportBatch[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of batches) counts[sectionOf(b)] = (counts[sectionOf(b)] ?? 0) + b.records.length;
  return counts;
}

const node = (rs: AnyRecord[], label: string, key: string): AnyRecord | undefined =>
  rs.find((r) => "label" in r && r.label === label && r.key === key);

export function describeExportContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("exportGraph", () => {
    it("gives an empty store's every section once, empty, labels then types in the model's order", async () => {
      const batches = await batchesOf(store);
      expect(batches.map(sectionOf)).toEqual([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
      expect(records(batches)).toEqual([]);
    });

    it.each([0, -1, 2.5, Number.NaN, 10_001])("refuses a batch size of %s, naming batchSize, rather than using another", async (batchSize) => {
      const error = await batchesOf(store, { batchSize }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).field).toBe("batchSize");
      expect((error as Error).message).toMatch(/^batchSize: must be a whole number from 1 to 10,000, got /);
    });

    describe("on a loaded store", () => {
      beforeEach(async () => {
        await loadFixture(store);
      });

      it("holds what graphCounts counts, and the same records whatever the batch size", async () => {
        const whole = await batchesOf(store);
        const graph = await store.graphCounts();
        expect(countsOf(whole)).toEqual({ ...graph.nodes, ...graph.relationships });
        // Pages of 2 cut through a node's relationships (a paragraph's mentions, a state's votes).
        const small = await batchesOf(store, { batchSize: 2 });
        expect(small.every((b) => b.records.length <= 2)).toBe(true);
        expect(canonical(records(small))).toBe(canonical(records(whole)));
        // Sections come whole, one after another.
        const order = small.map(sectionOf).filter((s, i, all) => all[i - 1] !== s);
        expect(order).toEqual([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
      });

      // An ingest beside an export: SQLite's export reads one snapshot, so it is the graph as it was
      // when it began; Neo4j reads at READ COMMITTED (no snapshot, even in one transaction), so its
      // export fails, naming why, rather than give files that mix the graph before and after.
      it("is one snapshot: a write between two batches is not in it (SQLite), or fails it (Neo4j)", async () => {
        const before = await batchesOf(store);
        const beforeCounts = await store.graphCounts();
        const pages = store.exportGraph({ batchSize: 2 })[Symbol.asyncIterator]();
        const got: ExportBatch[] = [];
        const firstPage = await pages.next();
        if (!firstPage.done) got.push(firstPage.value);
        // A new text (new resolutions, paragraphs, recalls) and a replaced one (paragraphs gone and new).
        await store.upsertDocument(recalling("A/RES/99/1", "2020-01-01", ["A/HRC/RES/36/32", "A/RES/98/7"]), source("A/RES/99/1"));
        await store.upsertDocument(hrc3632Revised, source(hrc3632Revised.resolution.symbol, 2));
        const rest = (async () => {
          for (let page = await pages.next(); !page.done; page = await pages.next()) got.push(page.value);
        })();
        if (store.description.startsWith("neo4j:")) {
          await expect(rest).rejects.toThrow(StoreUnavailableError);
          await expect(rest).rejects.toThrow(/the graph changed during the export/);
          return;
        }
        await rest;
        expect(canonical(records(got))).toBe(canonical(records(before)));
        expect(countsOf(got)).toEqual({ ...beforeCounts.nodes, ...beforeCounts.relationships });
        const rs = records(got);
        const ids = new Set(rs.filter((r): r is ExportNode => "label" in r).map((r) => `${r.label}:${r.key}`));
        const edges = rs.filter((r): r is ExportEdge => "type" in r);
        expect(edges.filter((e) => !ids.has(`${e.from.label}:${e.from.key}`) || !ids.has(`${e.to.label}:${e.to.key}`))).toEqual([]);
        // The write did happen: the next export has it.
        expect(node(records(await batchesOf(store)), "Resolution", "A/RES/99/1")).toBeDefined();
      });

      it("types each property as the model does and leaves absent ones out", async () => {
        const rs = records(await batchesOf(store));
        expect(node(rs, "Resolution", "A/RES/73/264")).toEqual({ label: "Resolution", key: "A/RES/73/264", properties: { symbol: "A/RES/73/264", stub: true } });
        expect(node(rs, "Paragraph", "A/HRC/RES/36/32#pp2")).toEqual({
          label: "Paragraph",
          key: "A/HRC/RES/36/32#pp2",
          properties: {
            key: "A/HRC/RES/36/32#pp2",
            label: "pp2",
            kind: "preambular",
            ordinal: 2,
            verb: "Reaffirming",
            text: "Reaffirming the Universal Declaration of Human Rights,1",
            footnotes: ["1: General Assembly resolution 217 A (III)."],
          },
        });
        expect(node(rs, "Quote", "analysis#0")?.properties).toEqual({ key: "analysis#0", seq: 0, section: "criticism", text: "Calls upon Myanmar and Burundi to cooperate…" });
        const sponsored = rs.filter((r): r is ExportEdge => "type" in r && r.type === "SPONSORED").map((e) => `${e.from.key}>${e.to.key} ${JSON.stringify(e.properties)}`);
        expect(sponsored.sort()).toEqual([
          'CAN>A/RES/74/246 {"source":"metadata","additional":true}',
          'FIN>A/RES/74/246 {"source":"metadata","additional":false}',
          'JPN>A/HRC/RES/36/32 {"source":"analysis","analysis":"analysis","additional":false}',
          'KHM>A/HRC/RES/36/32 {"source":"analysis","analysis":"analysis","additional":false}',
        ]);
        const mention = rs.find((r): r is ExportEdge => "type" in r && r.type === "MENTIONS" && r.to.key === "Rhona Smith");
        expect(mention).toEqual({
          type: "MENTIONS",
          from: { label: "Paragraph", key: "A/HRC/RES/39/1#op1" },
          to: { label: "Person", key: "Rhona Smith" },
          properties: { seq: 2, start: 64, end: 75, surface: "Rhona Smith" },
        });
      });

      it("gives exactly the records of the fixture (one file for both stores)", async () => {
        await expect(canonical(records(await batchesOf(store, { batchSize: 3 })))).toMatchFileSnapshot("./contract/__snapshots__/export.jsonl");
      });

      it("with a filter, gives the selected resolutions and what they reach, nothing else", async () => {
        const rs = records(await batchesOf(store, { filter: { body: "General Assembly" } }));
        const keys = (label: string) => rs.filter((r): r is ExportNode => "label" in r && r.label === label).map((r) => r.key).sort();
        // A/RES/74/246 (loaded), what it recalls (stubs, and 36/32 loaded but not selected).
        expect(keys("Resolution")).toEqual(["A/HRC/RES/36/32", "A/RES/73/264", "A/RES/74/246"]);
        expect(keys("Paragraph").every((k) => k.startsWith("A/RES/74/246#"))).toBe(true);
        expect(keys("Subject")).toEqual(["UNBIS:HUMAN RIGHTS"]);
        expect(keys("Analysis")).toEqual([]);
        // Every relationship's ends are in the export.
        const ids = new Set(rs.filter((r): r is ExportNode => "label" in r).map((r) => `${r.label}:${r.key}`));
        const edges = rs.filter((r): r is ExportEdge => "type" in r);
        expect(edges.length).toBeGreaterThan(0);
        expect(edges.filter((e) => !ids.has(`${e.from.label}:${e.from.key}`) || !ids.has(`${e.to.label}:${e.to.key}`))).toEqual([]);
        // 36/32's own paragraphs and edges stay out.
        expect(edges.some((e) => e.from.key.startsWith("A/HRC/RES/36/32"))).toBe(false);
        expect(new Set(edges.map((e) => e.type))).toEqual(new Set(["HAS_PARAGRAPH", "REFERS_TO", "RECALLS", "CITES", "MENTIONS", "CONCERNS", "VOTED", "SPONSORED", "ABOUT"]));

        const hrc = records(await batchesOf(store, { filter: { body: "Human Rights Council", yearFrom: 2017, yearTo: 2017 } }));
        expect(hrc.filter((r): r is ExportNode => "label" in r && r.label === "Analysis").map((r) => r.key)).toEqual(["analysis"]);
        expect(hrc.filter((r): r is ExportEdge => "type" in r && r.type === "QUOTES")).toHaveLength(1);
        const none = records(await batchesOf(store, { filter: { body: "Human Rights Council", yearFrom: 1990, yearTo: 1991 } }));
        expect(none).toEqual([]);
      });
    });
  });
}
