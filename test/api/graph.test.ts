// The graph as researchers walk it: lineage, citation chains, search, entities and their
// references, lists with filters, and global ids, over the bundled seeds.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";
import { apiClient, type ApiClient } from "./client.js";

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  ({ store } = await seededStore());
  api = await apiClient(store);
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

interface Symbolic {
  symbol: string;
}
interface Page<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: E[];
}

describe("citationCount", () => {
  it("is the in-degree of every resolution, stubs included: recalledBy.totalCount, and S/RES/660 (1990) is cited", async () => {
    const { data, errors } = await api.query<{ resolutions: { edges: { node: { symbol: string; citationCount: number; recalledBy: { totalCount: number } } }[] } }>(
      `{ resolutions(first: 50, filter: { includeStubs: true }) { edges { node { symbol citationCount recalledBy(first: 1) { totalCount } } } } }`,
    );
    expect(errors).toBeUndefined();
    const nodes = data.resolutions.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) expect(n.citationCount, n.symbol).toBe(n.recalledBy.totalCount);
    const one = await api.query<{ resolution: { citationCount: number } }>(`{ resolution(symbol: "S/RES/660 (1990)") { citationCount } }`);
    // 661 and 687 recall it (the lineage test below).
    expect(one.data.resolution.citationCount).toBeGreaterThanOrEqual(2);
  });
});

describe("lineage and citation paths", () => {
  it("walks the descendants of S/RES/660 (1990): 661 and 687 recall it directly", async () => {
    const { data, errors } = await api.query<{ resolution: { lineage: { depth: number; resolution: Symbolic; via: { from: Symbolic; to: Symbolic; verbs: string[]; paragraphs: { key: string }[] } }[] } }>(
      `{ resolution(symbol: "S/RES/660 (1990)") { lineage(direction: DESCENDANTS) { depth resolution { symbol } via { from { symbol } to { symbol } verbs paragraphs { key } } } } }`,
    );
    expect(errors).toBeUndefined();
    const steps = data.resolution.lineage;
    const direct = steps.filter((s) => s.depth === 1).map((s) => s.resolution.symbol);
    expect(direct).toEqual(expect.arrayContaining(["S/RES/661 (1990)", "S/RES/687 (1991)"]));
    const via661 = steps.find((s) => s.resolution.symbol === "S/RES/661 (1990)")!.via;
    expect(via661).toMatchObject({ from: { symbol: "S/RES/661 (1990)" }, to: { symbol: "S/RES/660 (1990)" } });
    expect(via661.verbs).toContain("Reaffirming");
    expect(via661.paragraphs[0]?.key).toBe("pp1");
  });

  it("walks ancestors too, stubs included as the ends of chains", async () => {
    const { data } = await api.query<{ resolution: { lineage: { depth: number; resolution: Symbolic & { stub: boolean } }[] } }>(
      `{ resolution(symbol: "S/RES/687 (1991)") { lineage(maxDepth: 2) { depth resolution { symbol stub } } } }`,
    );
    const symbols = data.resolution.lineage.map((s) => s.resolution.symbol);
    expect(symbols).toContain("S/RES/660 (1990)");
    expect(data.resolution.lineage.some((s) => s.resolution.stub)).toBe(true);
    expect(Math.max(...data.resolution.lineage.map((s) => s.depth))).toBeLessThanOrEqual(2);
  });

  it.each([0, 11])("refuses maxDepth %i with BAD_USER_INPUT", async (maxDepth) => {
    const { errors } = await api.query(`query($d: Int!) { resolution(symbol: "S/RES/660 (1990)") { lineage(maxDepth: $d) { depth } } }`, { d: maxDepth });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "maxDepth" });
    expect(errors?.[0]?.message).toBe(`maxDepth: must be between 1 and 10, got ${maxDepth}`);
  });

  it("finds the citation chain from S/RES/687 (1991) back to S/RES/660 (1990), loose spellings accepted", async () => {
    for (const [from, to] of [
      ["S/RES/687 (1991)", "S/RES/660 (1990)"],
      ["687 (1991)", "resolution 660 (1990)"],
    ]) {
      const { data, errors } = await api.query<{ citationPath: { from: Symbolic; to: Symbolic; verb: string; paragraph: { id: string } }[] }>(
        `query($from: String!, $to: String!) { citationPath(from: $from, to: $to) { from { symbol } to { symbol } verb paragraph { id } } }`,
        { from, to },
      );
      expect(errors).toBeUndefined();
      expect(data.citationPath).toEqual([
        { from: { symbol: "S/RES/687 (1991)" }, to: { symbol: "S/RES/660 (1990)" }, verb: "Recalling", paragraph: { id: "Paragraph:S/RES/687 (1991)#pp1" } },
      ]);
    }
  });

  it("answers null when no chain leads back, and NOT_FOUND for an end that does not exist", async () => {
    const { data } = await api.query<{ citationPath: null }>(`{ citationPath(from: "S/RES/660 (1990)", to: "S/RES/687 (1991)") { verb } }`);
    expect(data.citationPath).toBeNull();
    const { errors } = await api.query(`{ citationPath(from: "S/RES/9999 (2030)", to: "S/RES/660 (1990)") { verb } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(errors?.[0]?.message).toBe('no resolution "S/RES/9999 (2030)"');
  });

  it("pages RECALLS edges with their verbs and citing paragraphs", async () => {
    type Recalls = { resolution: { recalls: Page<{ node: Symbolic; verbs: string[]; paragraphs: { key: string }[] }> } };
    const q = `query($after: String) { resolution(symbol: "S/RES/687 (1991)") { recalls(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { symbol } verbs paragraphs { key } } } } }`;
    const first = await api.query<Recalls>(q);
    const page1 = first.data.resolution.recalls;
    expect(page1.totalCount).toBeGreaterThan(3);
    expect(page1.edges).toHaveLength(3);
    expect(page1.edges.every((e) => e.paragraphs.length > 0 && e.verbs.length > 0)).toBe(true);
    const second = await api.query<Recalls>(q, { after: page1.pageInfo.endCursor });
    const seen = [...page1.edges, ...second.data.resolution.recalls.edges].map((e) => e.node.symbol);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("search", () => {
  it('ranks paragraphs of A/HRC/RES/36/32 for "Extraordinary Chambers", with «» around the matches', async () => {
    const { data, errors } = await api.query<{ search: Page<{ cursor: string; node: { score: number; snippet: string; paragraph: { id: string }; resolution: Symbolic } }> }>(
      `{ search(text: "Extraordinary Chambers", first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { score snippet paragraph { id } resolution { symbol } } } } }`,
    );
    expect(errors).toBeUndefined();
    const hits = data.search.edges.map((e) => e.node);
    expect(hits[0]?.resolution.symbol).toBe("A/HRC/RES/36/32");
    expect(hits[0]?.paragraph.id).toMatch(/^Paragraph:A\/HRC\/RES\/36\/32#/);
    expect(hits[0]?.snippet).toContain("«Extraordinary Chambers»");
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(data.search.totalCount).toBeGreaterThan(3);
    expect(data.search.pageInfo.hasNextPage).toBe(true);
  });

  it("continues after a cursor and narrows by body and years", async () => {
    const all = await api.query<{ search: { nodes: { paragraph: { id: string } }[] } }>(`{ search(text: "Cambodia", first: 6) { nodes { paragraph { id } } } }`);
    const firstPage = await api.query<{ search: Page<unknown> }>(`{ search(text: "Cambodia", first: 3) { pageInfo { endCursor hasNextPage } totalCount edges { cursor } } }`);
    const next = await api.query<{ search: { nodes: { paragraph: { id: string } }[] } }>(
      `query($after: String) { search(text: "Cambodia", first: 3, after: $after) { nodes { paragraph { id } } } }`,
      { after: firstPage.data.search.pageInfo.endCursor },
    );
    expect(next.data.search.nodes).toEqual(all.data.search.nodes.slice(3));
    const narrowed = await api.query<{ search: { totalCount: number } }>(`{ search(text: "Cambodia", body: "Security Council", yearTo: 1950) { totalCount } }`);
    expect(narrowed.data.search.totalCount).toBe(0);
  });

  it("refuses an unknown body, years in the wrong order and an empty text, naming what to fix", async () => {
    const cases: [string, RegExp][] = [
      [`{ search(text: "x", body: "Council of Elrond") { totalCount } }`, /^body: unknown body "Council of Elrond"; one of Human Rights Council, /],
      [`{ search(text: "x", yearFrom: 2000, yearTo: 1990) { totalCount } }`, /^yearFrom: 2000 is after yearTo 1990$/],
      [`{ search(text: "  ") { totalCount } }`, /^text: give at least one word/],
      [`{ search(text: "x", after: "bm90LWEtY3Vyc29y") { totalCount } }`, /^after: not a cursor returned by this API/],
    ];
    for (const [query, message] of cases) {
      const { errors } = await api.query(query);
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(message);
    }
  });
});

describe("entities", () => {
  it("lists the paragraphs naming the Land Law of Cambodia, with their resolution and the words used", async () => {
    const { data, errors } = await api.query<{ law: { id: string; name: string; kind: string; country: { name: string }; referencedBy: Page<{ node: { key: string; text: string }; resolution: Symbolic; mentions: { surface: string; start: number; end: number }[] }> } }>(
      `{ law(name: "Land Law") { id name kind country { name } referencedBy { totalCount pageInfo { hasNextPage } edges { node { key text } resolution { symbol } mentions { surface start end } } } } }`,
    );
    expect(errors).toBeUndefined();
    const law = data.law;
    expect(law).toMatchObject({ id: "Law:KHM:Land Law", name: "Land Law", kind: "LAW", country: { name: "Cambodia" } });
    expect(law.referencedBy.totalCount).toBe(law.referencedBy.edges.length);
    expect(law.referencedBy.totalCount).toBeGreaterThan(0);
    for (const edge of law.referencedBy.edges) {
      expect(edge.resolution.symbol).toBe("A/HRC/RES/36/32");
      expect(edge.mentions.length).toBeGreaterThan(0);
      for (const m of edge.mentions) expect(edge.node.text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it("lists Cambodia's resolutions over time (concerning or naming it), and the resolutions naming it", async () => {
    const { data } = await api.query<{ country: { resolutions: Page<{ node: Symbolic & { adoptedOn: string | null } }>; mentionedIn: { totalCount: number; nodes: Symbolic[] } } }>(
      `{ country(code: "KHM") { resolutions { totalCount edges { node { symbol adoptedOn } } } mentionedIn { totalCount nodes { symbol } } } }`,
    );
    const symbols = data.country.resolutions.edges.map((e) => e.node.symbol);
    expect(symbols).toContain("A/HRC/RES/36/32");
    expect(data.country.resolutions.totalCount).toBe(symbols.length);
    const dates = data.country.resolutions.edges.map((e) => e.node.adoptedOn ?? "");
    expect([...dates].sort()).toEqual(dates);
    expect(data.country.mentionedIn.nodes.map((n) => n.symbol)).toContain("A/HRC/RES/36/32");
  });

  it("pages a country's resolutions consistently with its total (concerns ∪ mentions)", async () => {
    const q = `query($after: String) { country(code: "IRQ") { resolutions(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { symbol } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 20; guard++) {
      const { data }: { data: { country: { resolutions: Page<{ node: Symbolic }> } } } = await api.query(q, { after });
      const page: Page<{ node: Symbolic }> = data.country.resolutions;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.symbol));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(2);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("lists what is named with Cambodia, most shared paragraphs first", async () => {
    const { data } = await api.query<{ coMentions: { entity: { __typename: string; key: string }; paragraphs: number; resolutions: number }[] }>(
      `{ coMentions(entity: { kind: COUNTRY, key: "khm" }, first: 10) { entity { __typename key } paragraphs resolutions } }`,
    );
    const keys = data.coMentions.map((c) => `${c.entity.__typename}:${c.entity.key}`);
    expect(keys).toContain("Organization:Extraordinary Chambers in the Courts of Cambodia");
    expect(keys).toContain("Law:KHM:Land Law");
    const counts = data.coMentions.map((c) => c.paragraphs);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const { errors } = await api.query(`{ coMentions(entity: { kind: COUNTRY, key: "KHM" }, first: 0) { paragraphs } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("gives each mention its surface form and entity, of any kind", async () => {
    const { data } = await api.query<{ resolution: { paragraphs: { text: string; mentions: { start: number; end: number; surface: string; entity: { kind: string; name: string } }[] }[] } }>(
      `{ resolution(symbol: "A/HRC/RES/36/32") { paragraphs { text mentions { start end surface entity { kind name } } } } }`,
    );
    const mentions = data.resolution.paragraphs.flatMap((p) => p.mentions.map((m) => ({ ...m, text: p.text })));
    for (const m of mentions) expect(m.text.slice(m.start, m.end)).toBe(m.surface);
    expect(new Set(mentions.map((m) => m.entity.kind))).toEqual(new Set(["COUNTRY", "PERSON", "LAW", "INSTRUMENT", "ORGANIZATION"]));
  });

  it("gives a mention in a footnote its mark, and offsets and surface in the footnote's text", async () => {
    type Footnoted = { key: string; text: string; footnotes: { mark: string; text: string }[]; mentions: { start: number; end: number; surface: string; footnote: string | null; entity: { name: string } }[] };
    const { data, errors } = await api.query<{ resolution: { paragraphs: Footnoted[] } }>(
      `{ resolution(symbol: "A/RES/73/7") { paragraphs { key text footnotes { mark text } mentions { start end surface footnote entity { name } } } } }`,
    );
    expect(errors).toBeUndefined();
    const pp2 = data.resolution.paragraphs.find((p) => p.key === "pp2")!;
    expect(pp2.mentions.filter((m) => m.footnote !== null)).toEqual([{ start: 0, end: 14, surface: "United Nations", footnote: "1", entity: { name: "United Nations" } }]);
    for (const p of data.resolution.paragraphs) {
      for (const m of p.mentions) {
        const text = m.footnote === null ? p.text : p.footnotes.find((f) => f.mark === m.footnote)!.text;
        expect(text.slice(m.start, m.end)).toBe(m.surface);
      }
    }
  });
});

describe("resolution fields", () => {
  it("tells what a resolution concerns, how states voted, what documents it cites; no seed page lists sponsors", async () => {
    const { data } = await api.query<{ a: { concerns: { code: string }[]; sponsors: unknown[] }; b: { cites: { document: Symbolic & { id: string }; paragraph: { key: string }; verb: string }[] } }>(
      `{ a: resolution(symbol: "A/HRC/RES/36/32") { concerns { code } sponsors { code } } b: resolution(symbol: "A/HRC/RES/42/25") { cites { document { id symbol } paragraph { key } verb } } }`,
    );
    expect(data.a).toEqual({ concerns: [{ code: "KHM" }], sponsors: [] });
    expect(data.b.cites[0]).toEqual({ document: { id: "Document:A/HRC/41/18", symbol: "A/HRC/41/18" }, paragraph: { key: "op1" }, verb: "Welcomes" });
    const { data: listed } = await api.query<{ resolutions: { nodes: (Symbolic & { voteCounts: { yes: number; no: number; abstain: number } | null; votes: { vote: string; country: { code: string } }[] })[] } }>(
      `{ resolutions(first: 100) { nodes { symbol voteCounts { yes no abstain } votes { vote country { code } } } } }`,
    );
    const voted = listed.resolutions.nodes.filter((r) => r.votes.length > 0);
    expect(voted.length).toBeGreaterThan(0);
    for (const r of voted) {
      expect(new Set(r.votes.map((v) => v.vote)).size).toBeGreaterThan(0);
      expect(r.votes.every((v) => ["YES", "NO", "ABSTAIN"].includes(v.vote) && /^[A-Z]{3}$/.test(v.country.code))).toBe(true);
    }
  });

  it("counts nodes by label and relationships by type beside the totals", async () => {
    const { data } = await api.query<{ stats: { resolutions: number; nodes: { name: string; count: number }[]; relationships: { name: string; count: number }[] } }>(
      `{ stats { resolutions nodes { name count } relationships { name count } } }`,
    );
    const nodes = Object.fromEntries(data.stats.nodes.map((n) => [n.name, n.count]));
    const rels = Object.fromEntries(data.stats.relationships.map((n) => [n.name, n.count]));
    expect(nodes.Resolution).toBeGreaterThan(data.stats.resolutions);
    expect(rels.RECALLS).toBeGreaterThan(0);
    expect(Object.keys(nodes)).toEqual(["Resolution", "Paragraph", "Document", "Country", "Person", "Law", "Instrument", "Organization", "Analysis", "Subject", "Quote"]);
  });
});

describe("filtered lists", () => {
  it("filters resolutions by what they cite, by body and years, and orders them", async () => {
    const { data } = await api.query<{ cites660: { nodes: Symbolic[] }; sc: { totalCount: number; nodes: (Symbolic & { body: string; year: number })[] }; desc: { nodes: Symbolic[] } }>(`{
      cites660: resolutions(filter: { references: "660 (1990)" }) { nodes { symbol } }
      sc: resolutions(filter: { body: "security council", yearFrom: 1990, yearTo: 1991 }, first: 100) { totalCount nodes { symbol body year } }
      desc: resolutions(orderBy: ADOPTED_DESC, first: 2) { nodes { symbol } }
    }`);
    expect(data.cites660.nodes.map((n) => n.symbol)).toEqual(expect.arrayContaining(["S/RES/661 (1990)", "S/RES/687 (1991)"]));
    expect(data.sc.nodes.every((n) => n.body === "Security Council" && n.year >= 1990 && n.year <= 1991)).toBe(true);
    expect(data.sc.totalCount).toBe(data.sc.nodes.length);
    expect(data.desc.nodes[0]?.symbol).toMatch(/^A\/RES\/80\//);
  });

  it("filters by the state concerned and the entity named, and lists stubs only when asked", async () => {
    const { data } = await api.query<{ about: { nodes: Symbolic[] }; naming: { nodes: Symbolic[] }; loaded: { totalCount: number }; all: { totalCount: number } }>(`{
      about: resolutions(filter: { concerns: "khm" }) { nodes { symbol } }
      naming: resolutions(filter: { mentions: { kind: LAW, key: "KHM:Land Law" } }) { nodes { symbol } }
      loaded: resolutions { totalCount }
      all: resolutions(filter: { includeStubs: true }) { totalCount }
    }`);
    expect(data.about.nodes).toEqual([{ symbol: "A/HRC/RES/36/32" }]);
    expect(data.naming.nodes).toEqual([{ symbol: "A/HRC/RES/36/32" }]);
    expect(data.all.totalCount).toBeGreaterThan(data.loaded.totalCount);
  });

  it("filters paragraphs by resolution, kind and verb", async () => {
    const { data } = await api.query<{ paragraphs: { totalCount: number; nodes: { key: string; verb: string; kind: string; resolution: Symbolic }[] } }>(
      `{ paragraphs(filter: { resolution: "687 (1991)", kind: PREAMBULAR, verb: "recalling" }, first: 100) { totalCount nodes { key verb kind resolution { symbol } } } }`,
    );
    expect(data.paragraphs.totalCount).toBeGreaterThan(0);
    for (const p of data.paragraphs.nodes) {
      expect(p).toMatchObject({ kind: "PREAMBULAR", resolution: { symbol: "S/RES/687 (1991)" } });
      expect(p.verb).toMatch(/^Recalling/);
    }
  });

  it("refuses a filter with an unknown body before reading anything", async () => {
    const { errors } = await api.query(`{ resolutions(filter: { body: "Trusteeship" }) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.body" });
  });
});

describe("node(id:)", () => {
  it("fetches every kind of node back from its global id", async () => {
    const { data } = await api.query<{
      resolution: { id: string; paragraphs: { id: string; mentions: { entity: { id: string } }[] }[]; analyses: { id: string; quotes: { id: string }[] }[] };
      stub: { id: string };
      document: { id: string };
    }>(`{
      resolution(symbol: "A/HRC/RES/36/32") { id paragraphs { id mentions { entity { id } } } analyses { id quotes { id } } }
      stub: resolution(symbol: "S/RES/678 (1990)") { id }
      document(symbol: "A/HRC/41/18") { id }
    }`);
    const r = data.resolution;
    const entityIds = [...new Set(r.paragraphs.flatMap((p) => p.mentions.map((m) => m.entity.id)))];
    const byLabel = new Map(entityIds.map((id) => [id.slice(0, id.indexOf(":")), id]));
    const ids = [
      r.id,
      data.stub.id,
      r.paragraphs[0]!.id,
      data.document.id,
      ...["Country", "Person", "Law", "Instrument", "Organization"].map((l) => byLabel.get(l)!),
      r.analyses[0]!.id,
      r.analyses[0]!.quotes[0]!.id,
    ];
    expect(ids.every(Boolean)).toBe(true);
    for (const id of ids) {
      const { data: back, errors } = await api.query<{ node: { __typename: string; id: string } | null }>(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(errors, id).toBeUndefined();
      expect(back.node).toEqual({ __typename: id.slice(0, id.indexOf(":")), id });
    }
  });

  it("answers null for an id of nothing, and BAD_USER_INPUT for a malformed one", async () => {
    const { data } = await api.query<{ a: null; b: null }>(`{ a: node(id: "Resolution:A/RES/1/1") { id } b: node(id: "Quote:nope#3") { id } }`);
    expect(data).toEqual({ a: null, b: null });
    const { errors } = await api.query(`{ node(id: "Spaceship:1") { id } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect(errors?.[0]?.message).toMatch(/expected `Label:key` with Label one of Resolution, Paragraph/);
  });
});

describe("Resolution.sponsors", () => {
  it("lists the states named as main sponsors on the analysis page linked to the resolution, by name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-sponsors-"));
    const page = path.join(dir, "sponsored.txt");
    const text = readFileSync(path.join(SEEDS_DIR, "004_9cc71f49dc171673.txt"), "utf8");
    writeFileSync(page, text.replace(/Main Sponsors\n+/, "Main Sponsors\n\n  • Japan, Cambodia\n\n"));
    const own = openSqliteStore(":memory:");
    const client = await apiClient(own);
    try {
      await ingestFiles(own, [path.join(SEEDS_DIR, "000_a76aad1bd757f93e.txt"), path.join(SEEDS_DIR, "S_RES_242_1967.txt"), page], { logger: quietLogger });
      const { data, errors } = await client.query<{
        a: { sponsors: { code: string; name: string }[]; analyses: { sponsors: string[] }[] };
        b: { sponsors: unknown[] };
      }>(
        `{ a: resolution(symbol: "A/HRC/RES/36/32") { sponsors { code name } analyses { sponsors } }
           b: resolution(symbol: "S/RES/242 (1967)") { sponsors { code } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.a).toEqual({
        sponsors: [
          { code: "KHM", name: "Cambodia" },
          { code: "JPN", name: "Japan" },
        ],
        analyses: [{ sponsors: ["Japan", "Cambodia"] }],
      });
      expect(data.b).toEqual({ sponsors: [] });
    } finally {
      await client.stop();
      await own.close();
    }
  });
});
