// PageRank over a RECALLS subgraph as a store returns it (GraphQueries.recallsInWindow), with
// graphology and graphology-metrics. Both stores give the same arrays for the same window (the
// symbols ascending, the edges by (source, target): features/metrics/window.ts), and this one
// function builds the graph from them in that order, so the scores are the same on both stores by
// construction, to the last bit: the power iteration adds in the same order.
//
// The model: a resolution recalling another passes it a share of its own importance.
// - One edge per citing pair, unweighted: recalling a text in three paragraphs is one citation, as
//   `citationCount` counts it.
// - A self-citation is left out: a text citing itself says nothing of its influence.
// - Damping alpha = 0.85 (the usual value): with probability 0.15 the random reader jumps to any
//   resolution of the window, uniformly.
// - A resolution that cites nothing in the window (a stub, the oldest texts) spreads its score
//   uniformly over the window (graphology-metrics' handling of dangling nodes), so the scores of a
//   window always sum to 1.
// - Power iteration until the L1 change between two iterations is under tolerance × node count
//   (tolerance 1e-6), at most 200 iterations: the change after k iterations is at most 2 × 0.85^k,
//   under 1e-6 by k = 90, so the bound is never what stops it.

import { createRequire } from "node:module";
import { DirectedGraph } from "graphology";
import type { RecallSubgraph } from "../graph/port.js";

// graphology-metrics is CommonJS whose typings declare an ES default export: required, typed by
// its own declaration, rather than imported (TypeScript would type the import as the module object).
type Pagerank = typeof import("graphology-metrics/centrality/pagerank.js").default;
const pagerank = createRequire(import.meta.url)("graphology-metrics/centrality/pagerank") as Pagerank;

export interface PageRankOptions {
  /** Damping: the probability of following a citation rather than jumping anywhere. */
  alpha: number;
  /** Convergence: stop when the summed change of all scores is under tolerance × node count. */
  tolerance: number;
  maxIterations: number;
}

export const PAGERANK_DEFAULTS: Readonly<PageRankOptions> = { alpha: 0.85, tolerance: 1e-6, maxIterations: 200 };

export interface RankedSymbol {
  symbol: string;
  /** The resolution's PageRank in the window; the scores of one window sum to 1. */
  score: number;
}

/** Score descending, ties by symbol ascending (code-unit order, as the stores order symbols). */
export const byScore = (a: RankedSymbol, b: RankedSymbol): number =>
  b.score - a.score || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0);

/** Every node of the subgraph with its score, best first (ties by symbol); empty for an empty window. */
export function pageRank(subgraph: RecallSubgraph, options: Partial<PageRankOptions> = {}): RankedSymbol[] {
  const { symbols, sources, targets } = subgraph;
  if (symbols.length === 0) return [];
  const graph = new DirectedGraph({ allowSelfLoops: false });
  // Insertion order is the iteration order graphology-metrics indexes by: symbols, then edges, as given.
  for (const symbol of symbols) graph.addNode(symbol);
  for (let i = 0; i < sources.length; i++) {
    const from = sources[i] ?? 0;
    const to = targets[i] ?? 0;
    if (from !== to) graph.addDirectedEdgeWithKey(i, symbols[from] ?? "", symbols[to] ?? "");
  }
  const settings = { ...PAGERANK_DEFAULTS, ...options };
  const scores = pagerank(graph, { getEdgeWeight: null, ...settings });
  return symbols.map((symbol) => ({ symbol, score: scores[symbol] ?? 0 })).sort(byScore);
}
