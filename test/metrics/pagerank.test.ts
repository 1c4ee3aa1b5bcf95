// PageRank over a RECALLS subgraph (src/metrics/pagerank.ts): scores checked by hand on small graphs,
// the order of ties, self-citations, the empty window, the parameters, and the same floats as
// graphology-metrics' PageRank on the same graphs.

import { createRequire } from "node:module";
import fc from "fast-check";
import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { RecallSubgraph } from "../../src/graph/port.js";
import { PAGERANK_DEFAULTS, pageRank } from "../../src/metrics/pagerank.js";

// CommonJS whose typings declare an ES default export: required, typed by its own declaration.
type Pagerank = typeof import("graphology-metrics/centrality/pagerank.js").default;
const graphologyPagerank = createRequire(import.meta.url)("graphology-metrics/centrality/pagerank") as Pagerank;

/** graphology-metrics' PageRank of the same subgraph: nodes, then edges, added in the subgraph's order, self-citations left out. */
function reference(g: RecallSubgraph): Record<string, number> {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  for (const symbol of g.symbols) graph.addNode(symbol);
  g.sources.forEach((from, i) => {
    const to = g.targets[i] ?? 0;
    if (from !== to) graph.addDirectedEdge(g.symbols[from] ?? "", g.symbols[to] ?? "");
  });
  return graphologyPagerank(graph, { getEdgeWeight: null, ...PAGERANK_DEFAULTS });
}

/** A subgraph from `from>to` edges, in the port's form (symbols ascending, edges by (source, target)). */
function subgraph(edges: string[], isolated: string[] = []): RecallSubgraph {
  const pairs = edges.map((e) => e.split(">") as [string, string]);
  const symbols = [...new Set([...pairs.flat(), ...isolated])].sort();
  const at = (s: string): number => symbols.indexOf(s);
  pairs.sort(([a, b], [c, d]) => at(a) - at(c) || at(b) - at(d));
  return {
    symbols,
    bodies: symbols.map(() => null),
    sources: Uint32Array.from(pairs.map(([a]) => at(a))),
    targets: Uint32Array.from(pairs.map(([, b]) => at(b))),
  };
}

const scores = (g: RecallSubgraph): Record<string, number> => Object.fromEntries(pageRank(g).map((r) => [r.symbol, r.score]));

describe("pageRank", () => {
  it("has the documented defaults", () => {
    expect(PAGERANK_DEFAULTS).toEqual({ alpha: 0.85, tolerance: 1e-6, maxIterations: 200 });
  });

  // Iteration stops when the summed change is under tolerance × node count: within 1e-4 of the exact values here.
  it("two resolutions, one citing the other: the dangling one's score spreads evenly (by hand: x_b = (1 + α)/(2 + α))", () => {
    // x_a = (1 − α)/2 + α·x_b/2, x_b = (1 − α)/2 + α·x_b/2 + α·x_a, x_a + x_b = 1 ⇒ x_b = (1 + α)/(2 + α).
    const s = scores(subgraph(["A>B"]));
    expect(s.B).toBeCloseTo(1.85 / 2.85, 4);
    expect(s.A).toBeCloseTo(1 / 2.85, 4);
  });

  it("a star: the resolution three others cite comes first, the three tie and are ordered by symbol", () => {
    // Each leaf: x_leaf = (1 − α)/4 + α·x_hub/4 (the hub cites nothing: its score spreads evenly), and
    // x_hub = 1 − 3·x_leaf ⇒ 4·x_leaf = 1 − 3α·x_leaf ⇒ x_leaf = 1/(4 + 3α).
    const ranked = pageRank(subgraph(["C>H", "A>H", "B>H"]));
    expect(ranked.map((r) => r.symbol)).toEqual(["H", "A", "B", "C"]);
    const leaf = 1 / (4 + 3 * 0.85);
    expect(ranked[1]?.score).toBeCloseTo(leaf, 4);
    expect(ranked[0]?.score).toBeCloseTo(1 - 3 * leaf, 4);
    expect(ranked[1]?.score).toBe(ranked[3]?.score);
  });

  it("a chain passes importance along: the end of A → B → C ranks first, its start last", () => {
    expect(pageRank(subgraph(["A>B", "B>C"])).map((r) => r.symbol)).toEqual(["C", "B", "A"]);
  });

  it("a cycle of three: all equal, listed by symbol", () => {
    const ranked = pageRank(subgraph(["B>C", "C>A", "A>B"]));
    expect(ranked.map((r) => r.symbol)).toEqual(["A", "B", "C"]);
    for (const r of ranked) expect(r.score).toBeCloseTo(1 / 3, 9);
  });

  it("leaves a self-citation out: a text citing itself gains nothing by it", () => {
    expect(scores(subgraph(["A>B", "B>B"]))).toEqual(scores(subgraph(["A>B"])));
  });

  it("scores of a window sum to 1, on a larger graph too", () => {
    const edges = Array.from({ length: 400 }, (_, i) => `N${String(i).padStart(3, "0")}>N${String((i * 7 + 3) % 97).padStart(3, "0")}`);
    const ranked = pageRank(subgraph(edges));
    expect(ranked.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 9);
    // Deterministic: the same arrays give the same floats.
    expect(pageRank(subgraph(edges))).toEqual(ranked);
  });

  it("an empty window ranks nothing; isolated nodes share the score evenly", () => {
    expect(pageRank(subgraph([]))).toEqual([]);
    expect(pageRank(subgraph([], ["B", "A"]))).toEqual([
      { symbol: "A", score: 0.5 },
      { symbol: "B", score: 0.5 },
    ]);
  });

  it("gives graphology-metrics' floats exactly, on random citation graphs (self-citations and dangling texts included)", () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 }));
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 120 }), (pairs) => {
        const name = (i: number): string => `R${String(i).padStart(2, "0")}`;
        const g = subgraph([...new Set(pairs.map(([a, b]) => `${name(a)}>${name(b)}`))]);
        expect(scores(g)).toEqual(reference(g));
      }),
      { numRuns: 200 },
    );
  });

  it("takes other parameters: with alpha 0 every resolution scores alike", () => {
    const ranked = pageRank(subgraph(["A>B", "C>B"]), { alpha: 0 });
    for (const r of ranked) expect(r.score).toBeCloseTo(1 / 3, 12);
  });
});
