// Lineage and citation paths on Neo4j: breadth-first walks over RECALLS giving the same entries,
// depths and `via` edges as SQLite's recursive CTEs. The edges a walk can use (those out of every
// resolution within maxDepth − 1 hops) come in one query, a bounded variable-length expansion to
// DISTINCT resolutions that Neo4j runs as a pruning breadth-first search (no path enumeration); the
// walk itself runs here. A query per level cost a round trip per level.

import { int } from "neo4j-driver";
import { uniqueKeys } from "../../per-key.js";
import type { LineageDirection, LineageEntry, PathHop } from "../../port.js";
import { toRecallEdge, type RecallFields } from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { run, st, type QueryRunner, type Statement } from "../../neo4j/statement.js";
import { paragraphRowsByIds } from "../lookups/neo4j.js";

/**
 * Hard upper bound of the `shortestPath` pattern. A `maxDepth` above it is still honoured exactly:
 * the store then skips the shortestPath pre-check and relies on its level-by-level walk alone.
 */
export const MAX_DEPTH = 32;

/**
 * The RECALLS edges out of (ancestors) or into (descendants) every resolution within `hops` of the
 * roots, one statement per bound: Cypher takes no parameter in a pattern's bound, so the bound is
 * a literal from this table (0 … MAX_DEPTH − 1), never from input.
 */
function edgesWithin(direction: LineageDirection, hops: number): Statement {
  const [reach, step, ends] =
    direction === "ancestors"
      ? [`-[:RECALLS*0..${hops}]->`, "(n)-[e:RECALLS]->(b:Resolution)", "n.symbol AS recaller, b.symbol AS recalled"]
      : [`<-[:RECALLS*0..${hops}]-`, "(n)<-[e:RECALLS]-(b:Resolution)", "b.symbol AS recaller, n.symbol AS recalled"];
  return st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})${reach}(n:Resolution)
WITH DISTINCT n
MATCH ${step}
RETURN ${ends}, e.verbs AS verbs, e.paragraphs AS paragraphs`,
    ["keys"],
  );
}

const hopsRange = Array.from({ length: MAX_DEPTH }, (_, hops) => hops);

/** By direction, then by the number of hops (maxDepth − 1). */
export const LINEAGE_NEIGHBOURHOOD: Record<LineageDirection, readonly Statement[]> = {
  ancestors: hopsRange.map((h) => edgesWithin("ancestors", h)),
  descendants: hopsRange.map((h) => edgesWithin("descendants", h)),
};

/**
 * For citationPath: the ancestors' neighbourhood as above, each edge with the paragraph a hop over
 * it cites from (the lowest ordinal among the edge's paragraphs): the chain is chosen here, and its
 * paragraphs would otherwise cost another round trip once it is known.
 */
export const PATH_NEIGHBOURHOOD: readonly Statement[] = hopsRange.map((hops) =>
  st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[:RECALLS*0..${hops}]->(n:Resolution)
WITH DISTINCT n
MATCH (n)-[e:RECALLS]->(b:Resolution)
CALL (n, e) {
  OPTIONAL MATCH (n)-[:HAS_PARAGRAPH]->(p:Paragraph)
  WHERE p.key IN [label IN e.paragraphs | n.symbol + '#' + label]
  RETURN p ORDER BY p.ordinal LIMIT 1
}
RETURN n.symbol AS recaller, b.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs, p.key AS paragraphId, p.verb AS paragraphVerb`,
    ["keys"],
  ),
);

export const LINEAGE_CYPHER = {
  /** One breadth-first level: the RECALLS edges out of (ancestors) or into (descendants) the frontier. */
  recallsFrom: st(
    `UNWIND $keys AS k
MATCH (a:Resolution {symbol: k})-[e:RECALLS]->(b:Resolution)
RETURN a.symbol AS recaller, b.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs`,
    ["keys"],
  ),
  recallsInto: st(
    `UNWIND $keys AS k
MATCH (a:Resolution {symbol: k})<-[e:RECALLS]-(b:Resolution)
RETURN b.symbol AS recaller, a.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs`,
    ["keys"],
  ),
  /**
   * The length of the shortest chain, if any within `$maxDepth`. The pattern's bound is the hard
   * maximum (a literal: Cypher takes no parameter there); a path longer than asked is filtered
   * after the search, which is exact because it is already the shortest.
   */
  shortestPathLength: st(
    `MATCH (a:Resolution {symbol: $source})
MATCH p = shortestPath((a)-[:RECALLS*..${MAX_DEPTH}]->(:Resolution {symbol: $target}))
WITH p WHERE length(p) <= $maxDepth
RETURN length(p) AS length`,
    ["source", "target", "maxDepth"],
  ),
} as const;

type Edge = RecallFields & { verbs: string[]; paragraphs: string[] };
/** An edge of PATH_NEIGHBOURHOOD: with the paragraph a hop over it cites from (null: none found). */
type PathEdge = Edge & { paragraphId?: string | null; paragraphVerb?: string | null };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(keyOf(item));
    if (list) list.push(item);
    else out.set(keyOf(item), [item]);
  }
  return out;
}

export class Neo4jLineage {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]> {
    // Any depth is fine: the walk ends when a level adds nothing new, whatever the bound.
    const roots = uniqueKeys(symbols);
    if (roots.length === 0) return [];
    const found = await this.#db.read((tx) => this.#breadthFirst(tx, roots, direction, maxDepth));
    return symbols.map((s) => [...(found.get(s) ?? [])]);
  }

  async citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null> {
    if (from === to) return [];
    if (maxDepth === 0) return null;
    return this.#db.read(async (tx) => {
      // Within the hard maximum, the engine's bidirectional shortestPath says cheaply whether any
      // chain exists (the common "no" costs one query); beyond it, the walk below decides alone.
      let depth = maxDepth;
      if (maxDepth <= MAX_DEPTH) {
        const [found] = await run<{ length: number }>(tx, LINEAGE_CYPHER.shortestPathLength, { source: from, target: to, maxDepth: int(maxDepth) });
        if (!found) return null;
        // The chains sought are exactly that long: the walk needs no edge beyond.
        depth = found.length;
      }
      const chain = await this.#smallestShortestChain(tx, from, to, depth);
      if (chain === null) return null;
      // Each hop is cited from the source's lowest-ordinal paragraph among the edge's paragraphs:
      // fetched with the edges (PATH_NEIGHBOURHOOD) within the table's bounds, else read now.
      if (chain.every((e) => e.paragraphId !== undefined)) {
        return chain.map((e): PathHop => ({ from: e.recaller, to: e.recalled, paragraphId: e.paragraphId ?? "", verb: e.paragraphVerb ?? "" }));
      }
      const ids = chain.flatMap((e) => e.paragraphs.map((label) => `${e.recaller}#${label}`));
      const paragraphs = await paragraphRowsByIds(tx, ids);
      return chain.map((e): PathHop => {
        const first = paragraphs
          .filter((p) => p.resolution === e.recaller && e.paragraphs.includes(p.key))
          .sort((a, b) => a.ordinal - b.ordinal)[0];
        return { from: e.recaller, to: e.recalled, paragraphId: first?.id ?? "", verb: first?.verb ?? "" };
      });
    });
  }

  /**
   * Breadth-first over RECALLS from every root at once, one batched query per level for all the
   * roots' frontiers (no variable-length pattern, so no bound in the text and no path enumeration):
   * per root, each resolution once, at its smallest depth, reached by the first edge found when the
   * level is walked in symbol order.
   */
  async #breadthFirst(
    tx: QueryRunner,
    roots: readonly string[],
    direction: LineageDirection,
    maxDepth: number,
  ): Promise<Map<string, LineageEntry[]>> {
    const statement = direction === "ancestors" ? LINEAGE_CYPHER.recallsFrom : LINEAGE_CYPHER.recallsInto;
    const near = (e: Edge) => (direction === "ancestors" ? e.recaller : e.recalled);
    const far = (e: Edge) => (direction === "ancestors" ? e.recalled : e.recaller);
    // Within the table's bounds, every edge the walk can use, at once; beyond, a query per level.
    const neighbourhood = LINEAGE_NEIGHBOURHOOD[direction][maxDepth - 1];
    const prefetched = neighbourhood ? groupBy(await run<Edge>(tx, neighbourhood, { keys: [...roots] }), near) : undefined;
    const edgesOf = async (frontier: string[]): Promise<Edge[]> =>
      prefetched ? frontier.flatMap((s) => prefetched.get(s) ?? []) : run<Edge>(tx, statement, { keys: frontier });
    const walks = roots.map((root) => ({ root, seen: new Set([root]), frontier: [root], entries: [] as LineageEntry[] }));
    for (let level = 1; level <= maxDepth; level += 1) {
      const active = walks.filter((w) => w.frontier.length > 0);
      if (active.length === 0) break;
      const edges = await edgesOf(uniqueKeys(active.flatMap((w) => w.frontier)));
      edges.sort((a, b) => compare(near(a), near(b)) || compare(far(a), far(b)));
      const fromNear = new Map<string, Edge[]>();
      for (const e of edges) {
        const list = fromNear.get(near(e));
        if (list) list.push(e);
        else fromNear.set(near(e), [e]);
      }
      for (const walk of active) {
        const reached = new Map<string, LineageEntry>();
        for (const at of [...walk.frontier].sort(compare)) {
          for (const e of fromNear.get(at) ?? []) {
            const symbol = far(e);
            if (walk.seen.has(symbol) || reached.has(symbol)) continue;
            reached.set(symbol, { symbol, depth: level, via: toRecallEdge(e) });
          }
        }
        walk.frontier = [...reached.keys()].sort(compare);
        for (const symbol of walk.frontier) {
          walk.seen.add(symbol);
          walk.entries.push(reached.get(symbol)!);
        }
      }
    }
    return new Map(walks.map((w) => [w.root, w.entries]));
  }

  /**
   * The lexicographically smallest of the shortest chains from → to (as SqliteStore): walk forwards
   * level by level keeping the edges that advance one level; a node is on a shortest chain when
   * `to` is reachable from it through such edges; then from `from`, always take the smallest next
   * symbol on a shortest chain. One batched query per level, no path enumeration.
   */
  async #smallestShortestChain(tx: QueryRunner, from: string, to: string, maxDepth: number): Promise<PathEdge[] | null> {
    const level = new Map([[from, 0]]);
    const advancing: PathEdge[] = [];
    let frontier = [from];
    const neighbourhood = PATH_NEIGHBOURHOOD[maxDepth - 1];
    const prefetched = neighbourhood ? groupBy(await run<PathEdge>(tx, neighbourhood, { keys: [from] }), (e) => e.recaller) : undefined;
    for (let d = 1; d <= maxDepth && frontier.length > 0 && !level.has(to); d += 1) {
      const edges = prefetched ? frontier.flatMap((s) => prefetched.get(s) ?? []) : await run<Edge>(tx, LINEAGE_CYPHER.recallsFrom, { keys: frontier });
      const next = new Set(edges.map((e) => e.recalled).filter((s) => !level.has(s)));
      for (const s of next) level.set(s, d);
      advancing.push(...edges.filter((e) => level.get(e.recalled) === d));
      frontier = [...next];
    }
    const length = level.get(to);
    if (length === undefined) return null;
    const onChain = new Set([to]);
    for (let d = length; d > 0; d -= 1) {
      for (const e of advancing) if (level.get(e.recalled) === d && onChain.has(e.recalled)) onChain.add(e.recaller);
    }
    const chain: PathEdge[] = [];
    for (let at = from; at !== to; ) {
      const here = at;
      const [step] = advancing.filter((e) => e.recaller === here && onChain.has(e.recalled)).sort((a, b) => compare(a.recalled, b.recalled));
      if (!step) return null;
      chain.push(step);
      at = step.recalled;
    }
    return chain;
  }
}
