// `resgraph export` on the seeds, through the CLI: every format writes what `stats` counts, in files
// that their readers take (GraphML well-formed with typed keys, CSV by RFC 4180 with a header row,
// one JSON object per line), a filter narrows, and each bad option is refused before anything is
// written, naming the option and the reason.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_LABELS, NODES, RELATIONSHIP_TYPES } from "../../src/graph/model.js";
import { progressTotal } from "../../src/cli/export-command.js";
import type { GraphCounts } from "../../src/graph/port.js";
import { cli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "resgraph-export-"));
const db = join(dir, "seeds.db");
let stats: { nodes: Record<string, number>; relationships: Record<string, number> };

beforeAll(async () => {
  const ingest = await cli(["ingest", "seeds", "--db", db]);
  expect(ingest.code).toBe(0);
  stats = JSON.parse((await cli(["stats", "--json", "--db", db])).stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => cli(["export", "--db", db, ...args]);

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  expect(field).toBe("");
  return rows;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("resgraph export", () => {
  it("writes GraphML that an XML reader takes, with typed keys, every node and relationship stats counts", async () => {
    const out = join(dir, "graphml");
    const r = await run("--format", "graphml", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${total(stats.nodes).toLocaleString("en-US")} nodes, ${total(stats.relationships).toLocaleString("en-US")} relationships`);
    const xml = readFileSync(join(out, "graph.graphml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["key", "node", "edge", "data"].includes(name) }).parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe("directed");
    const keys = doc.graphml.key as { id: string; for: string; "attr.name": string; "attr.type": string }[];
    const typeOf = (domain: string, name: string) => keys.find((k) => k.for === domain && k["attr.name"] === name)?.["attr.type"];
    expect([typeOf("node", "year"), typeOf("node", "stub"), typeOf("node", "score"), typeOf("node", "title"), typeOf("edge", "seq")]).toEqual(["long", "boolean", "double", "string", "long"]);
    const nodes = graph.node as { id: string; data: { key: string; "#text": string }[] }[];
    const edges = graph.edge as { source: string; target: string; data: { key: string; "#text": string }[] }[];
    for (const label of NODE_LABELS) {
      expect(nodes.filter((n) => n.data[0]?.["#text"] === label).length, label).toBe(stats.nodes[label]);
    }
    for (const type of RELATIONSHIP_TYPES) {
      expect(edges.filter((e) => e.data[0]?.["#text"] === type).length, type).toBe(stats.relationships[type]);
    }
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(ids.has("Resolution:A/HRC/RES/36/32")).toBe(true);
    expect(edges.filter((e) => !ids.has(e.source) || !ids.has(e.target))).toEqual([]);
  });

  it("writes a CSV per label and type, with a header row, that an RFC 4180 reader takes", async () => {
    const out = join(dir, "csv");
    expect((await run("--format", "csv", "--out", out, "--quiet")).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...NODE_LABELS, ...RELATIONSHIP_TYPES].map((s) => `${s}.csv`).sort());
    for (const label of NODE_LABELS) {
      const [header, ...rows] = parseCsv(readFileSync(join(out, `${label}.csv`), "utf8"));
      expect(header).toEqual(Object.keys(NODES[label].properties));
      expect(rows.length, label).toBe(stats.nodes[label]);
      expect(rows.every((row) => row.length === header!.length)).toBe(true);
    }
    for (const type of RELATIONSHIP_TYPES) {
      const [header, ...rows] = parseCsv(readFileSync(join(out, `${type}.csv`), "utf8"));
      expect(header!.slice(0, 2)).toEqual(["from", type === "MENTIONS" ? "toLabel" : "to"]);
      expect(rows.length, type).toBe(stats.relationships[type]);
    }
    const [header, ...paragraphs] = parseCsv(readFileSync(join(out, "Paragraph.csv"), "utf8"));
    const text = paragraphs.map((p) => p[header!.indexOf("text")]!);
    // Paragraph texts hold commas and quotes: they survive the round trip.
    expect(text.some((t) => t.includes(","))).toBe(true);
    const [rheader, ...recalls] = parseCsv(readFileSync(join(out, "RECALLS.csv"), "utf8"));
    expect(Array.isArray(JSON.parse(recalls[0]![rheader!.indexOf("verbs")]!))).toBe(true);
  });

  it("writes JSON Lines per label and type, one object per record", async () => {
    const out = join(dir, "jsonl");
    expect((await run("--format", "jsonl", "--out", out)).code).toBe(0);
    const lines = (file: string) => readFileSync(join(out, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const label of NODE_LABELS) expect(lines(`${label}.jsonl`).length, label).toBe(stats.nodes[label]);
    for (const type of RELATIONSHIP_TYPES) expect(lines(`${type}.jsonl`).length, type).toBe(stats.relationships[type]);
    const resolution = lines("Resolution.jsonl").find((r) => r.symbol === "A/HRC/RES/36/32");
    expect(resolution).toMatchObject({ symbol: "A/HRC/RES/36/32", stub: false, year: 2017, body: "Human Rights Council" });
  });

  it("writes neo4j-admin headers typed from the model beside the data, and prints the import command", async () => {
    const out = join(dir, "neo4j-admin");
    const r = await run("--format", "neo4j-admin", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/neo4j-admin database import full neo4j --array-delimiter=U\+001F --multiline-fields=true --nodes=Resolution\.header\.csv,Resolution\.csv /);
    expect(readFileSync(join(out, "Resolution.header.csv"), "utf8")).toMatch(/^symbol:ID\(Resolution\),stub:boolean,title:string,.*year:long,.*,:LABEL\n$/);
    expect(readFileSync(join(out, "RECALLS.header.csv"), "utf8")).toBe(":START_ID(Resolution),verbs:string[],paragraphs:string[],:END_ID(Resolution),:TYPE\n");
    expect(readFileSync(join(out, "MENTIONS.Country.header.csv"), "utf8")).toMatch(/^:START_ID\(Paragraph\),seq:long,.*,:END_ID\(Country\),:TYPE\n$/);
    const rows = (file: string) => readFileSync(join(out, file), "utf8").split("\n").filter(Boolean).length;
    expect(rows("Resolution.csv")).toBe(stats.nodes.Resolution);
    const mentions = readdirSync(out).filter((f) => /^MENTIONS\.\w+\.csv$/.test(f) && !f.includes("header"));
    expect(mentions.reduce((n, f) => n + readFileSync(join(out, f), "utf8").split("\n").filter(Boolean).length, 0)).toBe(stats.relationships.MENTIONS);
    expect(readFileSync(join(out, "import.sh"), "utf8")).toContain('exec neo4j-admin database import full "${1:-neo4j}"');
  });

  it("narrows to a filter's resolutions and what they reach", async () => {
    const out = join(dir, "filtered");
    const r = await run("--format", "jsonl", "--out", out, "--filter", "body=GA");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("General Assembly resolutions and what they reach");
    const lines = (file: string) => readFileSync(join(out, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const loaded = lines("Resolution.jsonl").filter((r) => r.stub === false);
    expect(loaded.length).toBeGreaterThan(0);
    expect(lines("Paragraph.jsonl").length).toBeLessThan(stats.nodes.Paragraph!);
    const gaSymbols = new Set(loaded.filter((r) => r.body === "General Assembly").map((r) => r.symbol));
    // Every paragraph exported belongs to a selected resolution.
    expect(lines("HAS_PARAGRAPH.jsonl").every((e) => gaSymbols.has(e.from))).toBe(true);
  });

  describe("refuses, naming the option and the reason, and writes nothing", () => {
    it("an output folder that holds files, unless --force", async () => {
      const out = join(dir, "busy");
      mkdirSync(out);
      writeFileSync(join(out, "notes.txt"), "mine");
      const r = await run("--format", "csv", "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`resgraph: --out: ${out} is not empty: give --force to write into it anyway`);
      expect(readdirSync(out)).toEqual(["notes.txt"]);
      expect((await run("--format", "csv", "--out", out, "--force")).code).toBe(0);
      expect(readdirSync(out)).toContain("Resolution.csv");
      expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine");
    });

    it("an unknown format", async () => {
      const out = join(dir, "xlsx");
      const r = await run("--format", "xlsx", "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('resgraph: --format: must be one of graphml, csv, jsonl, neo4j-admin, got "xlsx"');
      expect(existsSync(out)).toBe(false);
    });

    it("a filter it cannot read", async () => {
      const out = join(dir, "bad-filter");
      const r = await run("--format", "csv", "--out", out, "--filter", "year>=soon");
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('resgraph: --filter: "year>=soon": the year must be a number such as 2020');
      expect(existsSync(out)).toBe(false);
    });

    it("no format at all", async () => {
      const r = await run("--out", join(dir, "none"));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--format");
    });
  });

  it("counts the progress bar up to the graph's records only when unfiltered (a filtered export's total is unknown)", async () => {
    let asked = 0;
    const counts = { nodes: { Resolution: 3, Paragraph: 4 }, relationships: { HAS_PARAGRAPH: 4 } };
    const store = { graphCounts: async () => ((asked += 1), counts as unknown as GraphCounts) };
    expect(await progressTotal(store, undefined)).toBe(11);
    expect(await progressTotal(store, { body: "General Assembly" })).toBeUndefined();
    expect(asked).toBe(1);
  });

  it("says the filter grammar in --help", async () => {
    const r = await cli(["export", "--help"]);
    expect(r.stdout).toContain("body=HRC|GA|UNGA|SC|UNSC|ECOSOC|CHR");
    expect(r.stdout).toContain("year>=2020");
    // What an export is while an ingest writes, on each store.
    expect(r.stdout.replace(/\s+/g, " ")).toContain("SQLite reads one snapshot, while on Neo4j (READ COMMITTED, no snapshot) an export that a write ran through fails and writes nothing");
  });
});
