// Query.mostCited and Query.influential through the API, on both stores (openEmptyStore): the
// counts checked against each resolution's own recalledBy edges, key paging, the body filter, the
// refusals, and a cache that an ingest invalidates.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { collectInputs } from "../../src/loader/input-files.js";
import { createLogger } from "../../src/logger.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../../src/package-root.js";
import { openEmptyStore } from "../helpers/store-under-test.js";
import { DEFAULT_LIMITS } from "../../src/server/limits.js";
import { apiClient, type ApiClient } from "./client.js";

const SC = path.join(PACKAGE_ROOT, "test/fixtures/sc");
const SEEDS = ["000_a76aad1bd757f93e.txt", "A_HRC_RES_42_25.txt", "A_HRC_RES_30_13.txt", "A_RES_75_289_E.xml", "A_RES_77_7-2225007E.xml"].map((f) => path.join(SEEDS_DIR, f));
const LATER = path.join(SEEDS_DIR, "A_RES_80_4.txt");

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  store = await openEmptyStore();
  const report = await ingestFiles(store, [...collectInputs([SC]).files, ...SEEDS], { logger: createLogger("silent") });
  expect(report.failures).toEqual([]);
  // Each ranked resolution with all its citers, to count them independently: a costlier query than
  // clients may send.
  api = await apiClient(store, { limits: { ...DEFAULT_LIMITS, maxCost: 10_000_000 } });
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

interface Node {
  symbol: string;
  stub: boolean;
  body: string | null;
  recalledBy: { edges: { node: { year: number | null } }[] };
}
interface Page<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: E[];
}
const NODE = `symbol stub body recalledBy(first: 100) { edges { node { year } } }`;

async function mostCited(args: string): Promise<Page<{ cursor: string; citations: number; node: Node }>> {
  const { data, errors } = await api.query<{ mostCited: Page<{ cursor: string; citations: number; node: Node }> }>(
    `{ mostCited(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor citations node { ${NODE} } } } }`,
  );
  expect(errors).toBeUndefined();
  return data.mostCited;
}

async function influential(args: string): Promise<Page<{ rank: number; score: number; node: { symbol: string; body: string | null } }>> {
  const { data, errors } = await api.query<{ influential: Page<{ rank: number; score: number; node: { symbol: string; body: string | null } }> }>(
    `{ influential(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { rank score node { symbol body } } } }`,
  );
  expect(errors).toBeUndefined();
  return data.influential;
}

const inWindow = (year: number | null, from?: number, to?: number) => year !== null && (from === undefined || year >= from) && (to === undefined || year <= to);

describe("Query.mostCited", () => {
  it.each([
    ["all years", undefined, undefined],
    ["1990–1991", 1990, 1991],
    ["2017 on", 2017, undefined],
  ])("counts, for %s, exactly the citing resolutions of the window, most cited first, ties by symbol", async (_name, from, to) => {
    const args = [`first: 100`, from !== undefined ? `yearFrom: ${from}` : "", to !== undefined ? `yearTo: ${to}` : ""].filter(Boolean).join(", ");
    const page = await mostCited(args);
    expect(page.edges.length).toBeGreaterThan(0);
    for (const e of page.edges) {
      expect(e.citations, e.node.symbol).toBe(e.node.recalledBy.edges.filter((r) => inWindow(r.node.year, from, to)).length);
      expect(e.citations).toBeGreaterThan(0);
    }
    const order = page.edges.map((e) => [-e.citations, e.node.symbol] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
    expect(page.totalCount).toBe(page.edges.length);
  });

  it("has S/RES/660 (1990) cited by the Council's 1990–1991 texts, and pages by key without gaps or repeats", async () => {
    const all = await mostCited(`first: 100, body: "Security Council"`);
    expect(all.edges.find((e) => e.node.symbol === "S/RES/660 (1990)")?.citations).toBeGreaterThanOrEqual(10);
    for (const e of all.edges) expect(e.node.symbol.startsWith("S/")).toBe(true);
    const first = await mostCited(`first: 3, body: "Security Council"`);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await mostCited(`first: 3, body: "Security Council", after: "${first.pageInfo.endCursor}"`);
    expect([...first.edges, ...second.edges].map((e) => e.node.symbol)).toEqual(all.edges.slice(0, 6).map((e) => e.node.symbol));
  });

  it("takes a body by its abbreviation too, as the filters and the export do", async () => {
    expect(await mostCited(`first: 100, body: "UNSC"`)).toEqual(await mostCited(`first: 100, body: "Security Council"`));
    expect(await mostCited(`first: 100, body: "sc"`)).toEqual(await mostCited(`first: 100, body: "Security Council"`));
  });
});

describe("Query.influential", () => {
  it("ranks by PageRank, highest first, with ranks 1…n, scores summing to 1 over the window, and a body filter that selects without rescoring", async () => {
    const all = await influential(`first: 100`);
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.edges.map((e) => e.rank)).toEqual(all.edges.map((_, i) => i + 1));
    for (let i = 1; i < all.edges.length; i++) expect(all.edges[i - 1]!.score).toBeGreaterThanOrEqual(all.edges[i]!.score);
    expect(all.edges.reduce((s, e) => s + e.score, 0)).toBeCloseTo(1, 6);
    const council = await influential(`first: 100, body: "Security Council"`);
    expect(council.edges.length).toBeGreaterThan(5);
    const scoreOf = new Map(all.edges.map((e) => [e.node.symbol, e.score]));
    for (const e of council.edges) {
      expect(e.node.symbol.startsWith("S/")).toBe(true);
      expect(e.score).toBe(scoreOf.get(e.node.symbol));
    }
    const page = await influential(`first: 4`);
    const next = await influential(`first: 4, after: "${page.pageInfo.endCursor}"`);
    expect([...page.edges, ...next.edges].map((e) => e.node.symbol)).toEqual(all.edges.slice(0, 8).map((e) => e.node.symbol));
    expect(next.edges[0]!.rank).toBe(5);
  });

  it("is empty for a window without citations", async () => {
    expect(await influential(`yearFrom: 1800, yearTo: 1801`)).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe("refusals", () => {
  it.each([
    [`mostCited(first: 0) { totalCount }`, "first"],
    [`mostCited(first: 101) { totalCount }`, "first"],
    [`influential(body: "Trusteeship Committee of Nowhere") { totalCount }`, "body"],
    [`influential(yearFrom: 2020, yearTo: 2019) { totalCount }`, "yearFrom"],
    [`mostCited(after: "bm90IGEgY3Vyc29y") { totalCount }`, "after"],
    [`influential(after: "eyJvIjoxfQ") { totalCount }`, "after"],
  ])("%s → BAD_USER_INPUT on %s", async (field, name) => {
    const { errors } = await api.query(`{ ${field} }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: name });
  });
});

describe("cursors", () => {
  it("refuses a cursor of the other ranking, naming after", async () => {
    const cited = await mostCited(`first: 2`);
    const ranked = await influential(`first: 2`);
    for (const query of [`influential(after: "${cited.pageInfo.endCursor}") { totalCount }`, `mostCited(after: "${ranked.pageInfo.endCursor}") { totalCount }`]) {
      const { errors } = await api.query(`{ ${query} }`);
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });
});

describe("the cache", () => {
  it("answers a repeated ranking again, and a new text loaded by ingest changes the next answer", async () => {
    const before = await mostCited(`first: 100, yearFrom: 2025`);
    expect(await mostCited(`first: 100, yearFrom: 2025`)).toEqual(before);
    const rankBefore = await influential(`first: 100`);
    const report = await ingestFiles(store, [LATER], { logger: createLogger("silent") });
    expect(report.created).toBe(1);
    // 80/4 (2025) recalls 75/289 and 77/7, among others: 2025's window gains citations.
    const after = await mostCited(`first: 100, yearFrom: 2025`);
    expect(before.totalCount).toBe(0);
    expect(after.edges.find((e) => e.node.symbol === "A/RES/77/7")?.citations).toBe(1);
    const rankAfter = await influential(`first: 100`);
    expect(rankAfter.totalCount).toBeGreaterThan(rankBefore.totalCount);
  });
});
