// Proves the DataLoader wiring: the number of store calls depends on the query's shape, not on how
// many items each level returns.
import { execute, parse, type DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { createContext } from "../../src/api/context.js";
import { buildResgraphSchema } from "../../src/api/schema.js";
import { countCalls } from "../helpers/counting-store.js";
import { seededStore } from "../helpers/seeded-store.js";
import { STORE_KIND } from "../helpers/store-under-test.js";

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await seededStore());
});
afterAll(() => store.close());

/** resolutions × paragraphs × mentions × entity, the shape the batching promise is about. */
const MENTIONS = parse(`query($first: Int!) {
  resolutions(first: $first) {
    nodes {
      symbol
      paragraphs {
        key
        mentions { surface entity { id name ... on Law { country { name } } } }
      }
    }
  }
}`);

/** Every relation a resolution has, each one level deep, with the far end's fields. */
const EVERYTHING = parse(`query($first: Int!) {
  resolutions(first: $first) {
    nodes {
      symbol
      paragraphs {
        key
        resolution { symbol }
        references { target from { symbol } resolution { symbol title } document { id } paragraph { key } }
      }
      cites { document { symbol } paragraph { key } }
      citedBy { totalCount edges { verb node { symbol } paragraph { key } } }
      recalls { totalCount edges { verbs node { symbol stub } paragraphs { key } } }
      recalledBy { edges { node { symbol } } }
      concerns { code name }
      votes { vote country { code } }
      analyses { key quotes { id paragraph { key } } }
    }
  }
}`);

async function run(document: DocumentNode, first: number) {
  const counting = countCalls(store);
  const result = await execute({ schema: buildResgraphSchema(), document, variableValues: { first }, contextValue: createContext(counting.store) });
  expect(result.errors).toBeUndefined();
  const nodes = (result.data as { resolutions: { nodes: { paragraphs: { mentions?: unknown[] }[] }[] } }).resolutions.nodes;
  return { calls: counting.total(), byMethod: Object.fromEntries(counting.calls), nodes };
}

/** Relations whose field takes arguments: a lineage (direction, depth) and a country's page (first, offset). */
const WITH_ARGUMENTS = parse(`query($first: Int!) {
  resolutions(first: $first) {
    nodes {
      symbol
      lineage(direction: ANCESTORS, maxDepth: 3) { depth resolution { symbol } }
      descendants: lineage(direction: DESCENDANTS, maxDepth: 2) { depth }
      concerns { code resolutions(first: 3) { totalCount nodes { symbol } } }
      sponsors { code }
    }
  }
}`);

/** A series' first hop and a diff against the predecessor, per resolution of a list. */
const SERIES = parse(`query($first: Int!) {
  resolutions(first: $first) {
    nodes {
      symbol
      predecessor { symbol }
      diff { summary { kept reworded } changes { status before { key } } }
    }
  }
}`);

describe("DataLoader per request", () => {
  it("makes the same number of store calls for 2 and for 20 resolutions × paragraphs × mentions × entity", async () => {
    const small = await run(MENTIONS, 2);
    const large = await run(MENTIONS, 20);
    expect(large.nodes).toHaveLength(20);
    const mentions = large.nodes.flatMap((r) => r.paragraphs).reduce((n, p) => n + (p.mentions?.length ?? 0), 0);
    expect(mentions).toBeGreaterThan(100);
    // One call per level: the list; paragraphs; mentions; entities (the laws' countries were among them).
    expect(large.byMethod).toEqual({ findResolutions: 1, paragraphsOfResolutions: 1, mentionsInParagraphs: 1, entitiesByKeys: 1 });
    expect(small.calls).toBe(large.calls);
  });

  it("keeps every relation of a resolution to one call per relation and depth, whatever the number of parents", async () => {
    const small = await run(EVERYTHING, 2);
    const large = await run(EVERYTHING, 20);
    expect(large.nodes.reduce((n, r) => n + r.paragraphs.length, 0)).toBeGreaterThan(200);
    // recallsOf twice: out and in are two relations. paragraphsByIds at most three times, once per
    // field that reaches it: citing paragraphs (citedBy) and recalling paragraphs (recalls) one level
    // down, quoted paragraphs two levels down (analyses → quotes → paragraph).
    const atMost = {
      findResolutions: 1,
      paragraphsOfResolutions: 1,
      referencesFromParagraphs: 1,
      referencesToTargets: 1,
      resolutionNodes: 1,
      paragraphsByIds: 3,
      recallsOf: 2,
      concernsOf: 1,
      votesOf: 1,
      analysesOfResolutions: 1,
    };
    if (STORE_KIND === "sqlite") {
      // An in-process store answers each level within one tick: the two paragraph fields one level
      // down share their batch.
      expect(large.byMethod).toEqual({ ...atMost, paragraphsByIds: 2 });
      expect(small.calls).toBeLessThanOrEqual(large.calls);
    } else {
      // Over the network, the calls of one level come back in different ticks, so two fields that
      // reach one loader may each get their batch; never one per parent.
      // Three fields reach resolutionNodes (a paragraph's resolution, a reference's, a recall's
      // node), at two depths; on the network each may get its own batch.
      const overNetwork = { ...atMost, resolutionNodes: 3 };
      expect(Object.keys(large.byMethod).sort()).toEqual(Object.keys(overNetwork).sort());
      for (const [method, n] of Object.entries(overNetwork)) expect(large.byMethod[method], method).toBeLessThanOrEqual(n);
      for (const [method, n] of Object.entries(overNetwork)) expect(small.byMethod[method] ?? 0, method).toBeLessThanOrEqual(n);
    }
  });

  it("batches relations with arguments too: one store call per field and set of arguments", async () => {
    // Small enough to show batching, large enough that some resolution has each relation (the two
    // earliest seeds, the Universal Declaration among them, have no lineage or concerns).
    const small = await run(WITH_ARGUMENTS, 5);
    const large = await run(WITH_ARGUMENTS, 20);
    type Node = { lineage: unknown[]; descendants: unknown[]; concerns: { resolutions: { totalCount: number } }[] };
    const nodes = large.nodes as unknown as Node[];
    expect(nodes.filter((r) => r.lineage.length > 0).length).toBeGreaterThan(5);
    expect(nodes.filter((r) => r.descendants.length > 0).length).toBeGreaterThan(1);
    expect(nodes.flatMap((r) => r.concerns).filter((c) => c.resolutions.totalCount > 0).length).toBeGreaterThan(5);
    // Two lineages (two sets of arguments); the steps' resolutions in one read with the lists'.
    expect(large.byMethod).toEqual({
      findResolutions: 1,
      lineages: 2,
      resolutionNodes: 1,
      concernsOf: 1,
      resolutionsOfCountries: 1,
      sponsorsOf: 1,
    });
    expect(small.calls).toBe(large.calls);
  });

  it("answers relations with arguments exactly as the store does for each item alone", async () => {
    const result = await execute({ schema: buildResgraphSchema(), document: WITH_ARGUMENTS, variableValues: { first: 20 }, contextValue: createContext(store) });
    type Node = { symbol: string; lineage: { depth: number; resolution: { symbol: string } }[]; concerns: { code: string; resolutions: { totalCount: number; nodes: { symbol: string }[] } }[] };
    const nodes = (result.data as { resolutions: { nodes: Node[] } }).resolutions.nodes;
    for (const r of nodes) {
      const alone = await store.lineage(r.symbol, "ancestors", 3);
      expect(r.lineage).toEqual(alone.map((e) => ({ depth: e.depth, resolution: { symbol: e.symbol } })));
      for (const c of r.concerns) {
        const [page] = await store.resolutionsOfCountries([c.code], { first: 3, offset: 0 });
        expect(c.resolutions).toEqual({ totalCount: page!.totalCount, nodes: page!.items.map((n) => ({ symbol: n.symbol })) });
      }
    }
  });

  it("finds the predecessors and diffs of a list in a bounded number of store calls, the same for 5 and for 20 resolutions", async () => {
    const small = await run(SERIES, 5);
    const large = await run(SERIES, 20);
    const nodes = large.nodes as unknown as { predecessor: unknown; diff: unknown }[];
    // The seeds hold series (75/289 → 77/7 → 80/4 among them).
    expect(nodes.filter((r) => r.predecessor !== null && r.diff !== null).length).toBeGreaterThan(0);
    // Predecessors: the RECALLS out of every parent, their nodes, their paragraphs' texts; the diff:
    // both texts' paragraphs. None of it once per parent.
    for (const [method, n] of Object.entries(large.byMethod)) expect(n, method).toBeLessThanOrEqual(3);
    expect(small.calls).toBeLessThanOrEqual(large.calls);
    expect(large.calls).toBeLessThanOrEqual(10);
  });
});
