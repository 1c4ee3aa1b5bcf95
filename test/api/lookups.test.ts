// Finding one thing from what a person types: loose resolution spellings, codes and names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { seededStore } from "../helpers/seeded-store.js";
import { apiClient, type ApiClient } from "./client.js";

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  ({ store } = await seededStore());
  // The seeds hold no Assembly resolution 36/32; a real corpus does, which makes "36/32" ambiguous.
  await store.upsertDocument(
    {
      resolution: {
        symbol: "A/RES/36/32",
        title: "Importance of the universal realization of the right of peoples to self-determination",
        body: "General Assembly",
        adoptedOn: "1981-11-13",
        meeting: "",
        voteMethod: "",
      },
      paragraphs: [],
      references: [],
      mentions: [],
    },
    { path: "test:A/RES/36/32", hash: "0".repeat(64) },
  );
  // An early Security Council text printed without its date: its year is its symbol's.
  await store.upsertDocument(
    {
      resolution: { symbol: "S/RES/100 (1953)", title: "", body: "Security Council", adoptedOn: "", meeting: "", voteMethod: "" },
      paragraphs: [],
      references: [],
      mentions: [],
    },
    { path: "test:S/RES/100 (1953)", hash: "1".repeat(64) },
  );
  api = await apiClient(store);
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

interface One {
  resolution: { symbol: string; stub: boolean; title: string | null } | null;
}

describe("year", () => {
  it("is the year the filters use: the symbol's for an undated Security Council text", async () => {
    const { data } = await api.query<{ resolution: { year: number | null }; resolutions: { nodes: { symbol: string }[] } }>(
      `{ resolution(symbol: "S/RES/100 (1953)") { year } resolutions(filter: { yearFrom: 1953, yearTo: 1953, body: "Security Council" }) { nodes { symbol } } }`,
    );
    expect(data.resolution.year).toBe(1953);
    expect(data.resolutions.nodes.map((n) => n.symbol)).toContain("S/RES/100 (1953)");
  });
});

describe("resolution(symbol:)", () => {
  it.each([
    ["a/hrc/res/42/25", "A/HRC/RES/42/25"],
    ["HRC 42/25", "A/HRC/RES/42/25"],
    ["42/25", "A/HRC/RES/42/25"],
    ["S/RES/660(1990)", "S/RES/660 (1990)"],
    ["resolution 660 (1990)", "S/RES/660 (1990)"],
    ["  s/res/687 (1991) ", "S/RES/687 (1991)"],
  ])("reads %j as %s", async (input, symbol) => {
    const { data, errors } = await api.query<One>(`query($s: String!) { resolution(symbol: $s) { symbol stub title } }`, { s: input });
    expect(errors).toBeUndefined();
    expect(data.resolution).toMatchObject({ symbol, stub: false });
  });

  it("finds a stub: its symbol and edges, null for what its text would say", async () => {
    const { data } = await api.query<{ resolution: { stub: boolean; title: null; paragraphs: []; recalledBy: { totalCount: number } } }>(
      `{ resolution(symbol: "678 (1990)") { symbol stub title adoptedOn paragraphs { key } recalledBy { totalCount } } }`,
    );
    expect(data.resolution).toMatchObject({ stub: true, title: null, paragraphs: [] });
    expect(data.resolution.recalledBy.totalCount).toBeGreaterThan(0);
  });

  it("answers null for a spelling that names nothing in the graph", async () => {
    const { data, errors } = await api.query<One>(`{ resolution(symbol: "A/RES/1/1") { symbol } }`);
    expect(errors).toBeUndefined();
    expect(data.resolution).toBeNull();
  });

  it("refuses a spelling that fits two existing resolutions, listing both as candidates", async () => {
    const { errors } = await api.query<One>(`{ resolution(symbol: "36/32") { symbol } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "symbol", candidates: ["A/HRC/RES/36/32", "A/RES/36/32"] });
    expect(errors?.[0]?.message).toBe('symbol: "36/32" could mean A/HRC/RES/36/32 or A/RES/36/32: give the full symbol');
    const { data } = await api.query<One>(`{ resolution(symbol: "HRC 36/32") { symbol } }`);
    expect(data.resolution?.symbol).toBe("A/HRC/RES/36/32");
  });
});

describe("entity and document lookups", () => {
  it("finds a country by code in any case, and by name, to the same node", async () => {
    const { data } = await api.query<{ a: { id: string; name: string }; b: { id: string } }>(
      `{ a: country(code: "khm") { id name } b: country(name: "cambodia") { id } }`,
    );
    expect(data.a).toEqual({ id: "Country:KHM", name: "Cambodia" });
    expect(data.b.id).toBe("Country:KHM");
  });

  it("asks for exactly one of code and name", async () => {
    const { errors } = await api.query(`{ country(code: "KHM", name: "Cambodia") { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/exactly one of `code` and `name`/);
  });

  it("finds a law by key and by name, with its state", async () => {
    const { data } = await api.query<{ a: { key: string; country: { code: string } }; b: { key: string } }>(
      `{ a: law(key: "KHM:Land Law") { key country { code } } b: law(name: "land law") { key } }`,
    );
    expect(data.a).toEqual({ key: "KHM:Land Law", country: { code: "KHM" } });
    expect(data.b.key).toBe("KHM:Land Law");
  });

  it("answers null for an unknown name, and lists the candidates of an ambiguous prefix", async () => {
    const { data } = await api.query<{ organization: null }>(`{ organization(name: "Nonexistent Agency") { key } }`);
    expect(data.organization).toBeNull();
    const { errors } = await api.query(`{ organization(name: "United Nations") { key } }`);
    // "United Nations" is itself an organization: the exact match wins over longer names.
    expect(errors).toBeUndefined();
    const { errors: ambiguous } = await api.query(`{ organization(name: "united") { key } }`);
    expect(ambiguous?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(ambiguous?.[0]?.extensions?.candidates).toContain("United Nations Transition Assistance Group");
    expect(ambiguous?.[0]?.message).toMatch(/^name: "united" matches several: United Nations, .*; use a longer name or the key$/);
  });

  it("finds a cited document and who cites it", async () => {
    const { data } = await api.query<{ document: { id: string; citedBy: { edges: { node: { symbol: string }; paragraph: { key: string } }[] } } }>(
      `{ document(symbol: "A/HRC/41/18") { id citedBy { edges { node { symbol } paragraph { key } } } } }`,
    );
    expect(data.document.id).toBe("Document:A/HRC/41/18");
    expect(data.document.citedBy.edges[0]).toEqual({ node: { symbol: "A/HRC/RES/42/25" }, paragraph: { key: "op1" } });
    const { data: none } = await api.query<{ document: null }>(`{ document(symbol: "A/NOPE/1") { id } }`);
    expect(none.document).toBeNull();
  });
});
