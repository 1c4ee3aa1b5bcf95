// Graph metrics on Neo4j: the same answers as SQLite's (sqlite.ts beside this file), from one
// statement per window shape (window.ts), values as parameters.
//
// The version is a singleton node, (:GraphMeta {key: "graph"}), whose `version` every write
// transaction of the store increments as its last statement (VersionedSessions), in the same
// transaction: a reader that sees the new version sees the write, whichever process made it. The
// node gets a random `epoch` when created, so that a database emptied and written again (the tests
// do) never repeats an earlier token. GraphMeta is the store's own bookkeeping, outside the graph
// model (model.ts): no port call lists it. Without a uniqueness constraint two first writes racing
// could each create one; a read then gives every such node's version, so any write still changes
// the token, and every later write increments them all (MERGE matches each).

import { int, type ManagedTransaction } from "neo4j-driver";
import type { MostCitedArgs, MostCitedPage, RecallSubgraph, YearWindow } from "../../port.js";
import { toResolutionNode, type ResolutionFields } from "../../records.js";
import { uniqueKeys } from "../../per-key.js";
import { Neo4jSessions, type Work } from "../../neo4j/sessions.js";
import { projection, run, st, type Statement } from "../../neo4j/statement.js";
import { FIRST_PAGE, shapeName, subgraphOf, windowShape, WINDOW_SHAPES, yearShape, type EdgeRow, type WindowShape } from "./window.js";

/** The citing resolutions `s` of a window, by year (the Resolution.year index serves a bound). */
function citing(shape: WindowShape): string {
  const bounds = [...(shape.yearFrom ? [`s.year >= $yearFrom`] : []), ...(shape.yearTo ? [`s.year <= $yearTo`] : [])];
  return bounds.length === 0
    ? `MATCH (s:Resolution)-[:RECALLS]->(r:Resolution)`
    : `MATCH (s:Resolution) WHERE ${bounds.join(" AND ")}\nMATCH (s)-[:RECALLS]->(r:Resolution)`;
}

const windowParams = (shape: WindowShape): string[] => [
  ...(shape.yearFrom ? ["yearFrom"] : []),
  ...(shape.yearTo ? ["yearTo"] : []),
  ...(shape.body ? ["body", "prefixes"] : []),
];

/** A cited resolution `r` of $body: a loaded text by its own body, a stub by its symbol's prefix (window.ts). */
const OF_BODY = `WHERE (r.stub = false AND r.body = $body) OR (r.stub = true AND any(p IN $prefixes WHERE r.symbol STARTS WITH p))`;

/**
 * Ranked in the database, the page and the total in one record: the ranked list holds node
 * references only, and only the page's nodes are projected.
 */
export function mostCitedCypher(shape: WindowShape): Statement {
  return st(
    `${citing(shape)}
WITH r, count(*) AS n${shape.body ? `\n${OF_BODY}` : ""}
WITH r, n ORDER BY n DESC, r.symbol
WITH collect({r: r, n: n}) AS ranked
WITH size(ranked) AS total, [x IN ranked WHERE x.n < $afterCitations OR (x.n = $afterCitations AND x.r.symbol > $afterSymbol)][0..$limit] AS page
RETURN total, [x IN page | x.n] AS citations, [h IN [x IN page | x.r] | ${projection("h", "Resolution")}] AS nodes`,
    [...windowParams(shape), "afterCitations", "afterSymbol", "limit"],
  );
}

/** The window's edges as five parallel lists in one record: a record per edge costs more to decode than the query. */
export function recallsInWindowCypher(shape: WindowShape): Statement {
  return st(
    `${citing(shape)}
RETURN collect(s.symbol) AS src, collect(s.body) AS srcBody, collect(r.symbol) AS dst, collect(r.stub) AS dstStub, collect(r.body) AS dstBody`,
    windowParams({ ...shape, body: false }),
  );
}

export const METRICS_CYPHER = {
  /** RECALLS edges into each key: what recalledBy lists (a self-citation once). */
  citationCounts: st(
    `UNWIND $keys AS k
MATCH (r:Resolution {symbol: k})
RETURN k AS owner, COUNT { (r)<-[:RECALLS]-(:Resolution) } AS n`,
    ["keys"],
  ),
} as const;

/** Every model statement of the feature, named by shape: for statements.ts (its lint). */
export function allMetricsCypher(): Record<string, Statement> {
  return {
    ...METRICS_CYPHER,
    ...Object.fromEntries(WINDOW_SHAPES.map((s) => [`mostCited:${shapeName(s)}`, mostCitedCypher(s)])),
    ...Object.fromEntries(WINDOW_SHAPES.filter((s) => !s.body).map((s) => [`recallsInWindow:${shapeName(s)}`, recallsInWindowCypher(s)])),
  };
}

/** The key of the one GraphMeta node. */
export const GRAPH_META_KEY = "graph";

/**
 * The version's statements, apart from METRICS_CYPHER: their label and properties are outside the
 * graph model, so the model-wide lint cannot check them; test/metrics/neo4j-version.test.ts does.
 */
export const GRAPH_VERSION_CYPHER = {
  bump: st(
    `MERGE (m:GraphMeta {key: $key})
ON CREATE SET m.epoch = randomUUID(), m.version = 0
SET m.version = m.version + 1`,
    ["key"],
  ),
  read: st(`MATCH (m:GraphMeta) RETURN m.epoch AS epoch, m.version AS version ORDER BY epoch`, []),
} as const;

/**
 * The store's sessions, each write transaction that changed something ending by incrementing the
 * graph's version. A transaction that wrote nothing (a text whose hash is already stored) leaves
 * it, as SQLite's total_changes() does: re-running an ingest over unchanged files keeps the
 * metrics cache. Whether a statement changed the graph is its summary's counters.
 */
export class VersionedSessions extends Neo4jSessions {
  override write<T>(work: Work<T>): Promise<T> {
    return super.write(async (tx) => {
      let changed = false;
      const watched = {
        run: (cypher: string, params?: Record<string, unknown>) => {
          const result = tx.run(cypher, params);
          // Awaited by the caller (statement.ts run), which sees the same records.
          return result.then((r) => {
            if (r.summary?.counters?.containsUpdates() ?? false) changed = true;
            return r;
          });
        },
      } as unknown as ManagedTransaction;
      const out = await work(watched);
      if (changed) await run(tx, GRAPH_VERSION_CYPHER.bump, { key: GRAPH_META_KEY });
      return out;
    });
  }
}

interface MostCitedRow {
  total: number;
  citations: number[];
  nodes: ResolutionFields[];
}

interface EdgeLists {
  src: string[];
  srcBody: (string | null)[];
  dst: string[];
  dstStub: boolean[];
  dstBody: (string | null)[];
}

/** A window's values as Cypher wants them: years as integers (`year` is stored as one). */
function boundValues(values: { yearFrom?: number; yearTo?: number; body?: string; prefixes?: string[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (values.yearFrom !== undefined) out.yearFrom = int(values.yearFrom);
  if (values.yearTo !== undefined) out.yearTo = int(values.yearTo);
  if (values.body !== undefined) out.body = values.body;
  if (values.prefixes !== undefined) out.prefixes = values.prefixes;
  return out;
}

const byShape = <T>(make: (s: WindowShape) => T): Map<string, T> => new Map(WINDOW_SHAPES.map((s) => [shapeName(s), make(s)]));
const MOST_CITED = byShape(mostCitedCypher);
const RECALLS_IN_WINDOW = byShape((s) => recallsInWindowCypher({ ...s, body: false }));

const statementFor = (table: Map<string, Statement>, shape: WindowShape): Statement => {
  const found = table.get(shapeName(shape));
  if (!found) throw new Error(`no statement for the window shape ${shapeName(shape)}`);
  return found;
};

export class Neo4jMetrics {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async citationCounts(symbols: readonly string[]): Promise<number[]> {
    if (symbols.length === 0) return [];
    const rows = await this.#db.read((tx) => run<{ owner: string; n: number }>(tx, METRICS_CYPHER.citationCounts, { keys: uniqueKeys(symbols) }));
    const found = new Map(rows.map((r) => [r.owner, r.n]));
    return symbols.map((s) => found.get(s) ?? 0);
  }

  async mostCited(args: MostCitedArgs): Promise<MostCitedPage> {
    const { shape, values } = windowShape(args);
    const after = args.after ?? FIRST_PAGE;
    const [row] = await this.#db.read((tx) =>
      run<MostCitedRow>(tx, statementFor(MOST_CITED, shape), {
        ...boundValues(values),
        afterCitations: int(after.citations),
        afterSymbol: after.symbol,
        limit: int(args.first + 1),
      }),
    );
    if (!row) return { items: [], totalCount: 0, hasNextPage: false };
    const items = row.nodes.slice(0, args.first).map((node, i) => ({ node: toResolutionNode(node), citations: row.citations[i] ?? 0 }));
    return { items, totalCount: row.total, hasNextPage: row.nodes.length > args.first };
  }

  async recallsInWindow(window: YearWindow): Promise<RecallSubgraph> {
    const shape = yearShape(window);
    const { values } = windowShape({ yearFrom: window.yearFrom, yearTo: window.yearTo });
    const [lists] = await this.#db.read((tx) => run<EdgeLists>(tx, statementFor(RECALLS_IN_WINDOW, shape), boundValues(values)));
    if (!lists) return subgraphOf([]);
    const rows: EdgeRow[] = lists.src.map((src, i) => [src, lists.srcBody[i] ?? null, lists.dst[i] ?? "", lists.dstStub[i] ?? false, lists.dstBody[i] ?? null]);
    return subgraphOf(rows);
  }

  async graphVersion(): Promise<string> {
    const rows = await this.#db.read((tx) => run<{ epoch: string | null; version: number | null }>(tx, GRAPH_VERSION_CYPHER.read));
    // No node yet: nothing was ever written through a versioned store.
    return rows.length === 0 ? "0" : rows.map((r) => `${r.epoch ?? ""}:${r.version ?? 0}`).join(",");
  }
}
