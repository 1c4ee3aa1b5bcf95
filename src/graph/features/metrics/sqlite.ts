// Graph metrics on SQLite: citation counts (RECALLS edges in), the most cited resolutions of a window
// with their citations in it, the RECALLS subgraph of a window (for PageRank, src/metrics), and the
// graph's version. One statement per window shape (window.ts), prepared on first use; values bound.
//
// The version: `PRAGMA data_version` changes when ANOTHER connection commits (an ingest process
// beside the server), and `total_changes()` counts every row this connection has inserted, updated
// or deleted (trigger programs included), whatever the write path: together, one tiny statement
// that changes with any write, by anyone, at no cost to the writers (no counter row to bump in each
// write transaction, no schema change). A write that changes no row (an unchanged document) leaves
// it as it was, which is right: nothing changed.

import type Database from "better-sqlite3";
import type { CitedResolution, MostCitedArgs, MostCitedPage, RecallSubgraph, YearWindow } from "../../port.js";
import { toResolutionNode, type ResolutionFields } from "../../records.js";
import { keysParam, prepare, sql, type Prepared, type SqlStatement } from "../../sqlite/sql.js";
import { RESOLUTION_COLUMNS } from "../lookups/sqlite.js";
import { FIRST_PAGE, shapeName, subgraphOf, windowShape, WINDOW_SHAPES, yearShape, type EdgeRow, type WindowShape } from "./window.js";

/** The citing resolutions of a window (`s`): by year, through resolutions_by_year when bounded. */
const citingYears = (shape: WindowShape): string[] => [
  ...(shape.yearFrom ? [`s.year >= @yearFrom`] : []),
  ...(shape.yearTo ? [`s.year <= @yearTo`] : []),
];

const where = (conditions: string[]): string => (conditions.length === 0 ? "" : `\nWHERE ${conditions.join(" AND ")}`);

/** A cited resolution `r` of @body: a loaded text by its own body, a stub by its symbol's prefix (window.ts). */
const OF_BODY = `((r.stub = 0 AND r.body = @body)
    OR (r.stub = 1 AND EXISTS (SELECT 1 FROM json_each(@prefixes) AS p WHERE substr(r.symbol, 1, length(p.value)) = p.value)))`;

/** The window's citation counts per cited resolution (`counted`), of the body when it has one (`ranked`). */
const ranked = (shape: WindowShape): string => `WITH counted(cited, n) AS MATERIALIZED (
  SELECT e.dst, count(*) FROM resolutions AS s
  JOIN recalls AS e ON e.src = s.symbol${where(citingYears(shape))}
  GROUP BY e.dst
),
ranked(cited, n) AS MATERIALIZED (
  ${shape.body ? `SELECT c.cited, c.n FROM counted AS c JOIN resolutions AS r ON r.symbol = c.cited\n  WHERE ${OF_BODY}` : `SELECT cited, n FROM counted`}
)`;

/**
 * The page (`@limit` = first + 1 rows after the keyset, to tell whether there is a next page), each
 * row with the total, from one aggregate over the window's edges; `total` alone for an empty page.
 */
export function mostCitedSql(shape: WindowShape): { page: SqlStatement; total: SqlStatement } {
  const page = `${ranked(shape)},
page(cited, n) AS (
  SELECT cited, n FROM ranked
  WHERE n < @afterCitations OR (n = @afterCitations AND cited > @afterSymbol)
  ORDER BY n DESC, cited
  LIMIT @limit
)
SELECT (SELECT count(*) FROM ranked) AS total, pg.n AS citations, ${RESOLUTION_COLUMNS}
FROM page AS pg
JOIN resolutions ON symbol = pg.cited
ORDER BY pg.n DESC, pg.cited`;
  // Without a year bound the edges are read through recalls_by_dst, a covering index: no table scan.
  return {
    page: sql(page, [planValues(shape, { afterCitations: 1, afterSymbol: "x", limit: 2 })]),
    total: sql(`${ranked(shape)}\nSELECT count(*) AS total FROM ranked`, [planValues(shape, {})]),
  };
}

/** The window's edges, each with what its ends' bodies need (a stub's comes from its symbol); subgraphOf orders them. */
export function recallsInWindowSql(shape: WindowShape): SqlStatement {
  const text = `SELECT e.src, s.body AS srcBody, e.dst, d.stub AS dstStub, d.body AS dstBody
FROM resolutions AS s
JOIN recalls AS e ON e.src = s.symbol
JOIN resolutions AS d ON d.symbol = e.dst${where(citingYears(shape))}`;
  // Without a year bound the edges are read through recalls_by_dst, a covering index: no table scan.
  return sql(text, [planValues(shape, {})]);
}

function planValues(shape: WindowShape, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(shape.yearFrom ? { yearFrom: 2000 } : {}),
    ...(shape.yearTo ? { yearTo: 2010 } : {}),
    ...(shape.body ? { body: "x", prefixes: '["x"]' } : {}),
    ...extra,
  };
}

export const METRICS_SQL = {
  /** RECALLS edges into each key, through recalls_by_dst: what recalledBy lists. */
  citationCounts: sql(
    `SELECT e.dst AS owner, count(*) AS n FROM recalls AS e
WHERE e.dst IN (SELECT value FROM json_each(@keys))
GROUP BY e.dst`,
    [{ keys: '["k"]' }],
  ),
  /** Changes when anything is written, here or by another connection (see the top of this file). */
  graphVersion: sql(`SELECT (SELECT data_version FROM pragma_data_version()) AS other, total_changes() AS own`),
} as const;

/** Every statement of the feature, named by shape: for statements.ts. */
export function allMetricsSql(): Record<string, SqlStatement> {
  return {
    ...METRICS_SQL,
    ...Object.fromEntries(WINDOW_SHAPES.flatMap((s) => Object.entries(mostCitedSql(s)).map(([part, st]) => [`mostCited:${shapeName(s)}:${part}`, st]))),
    ...Object.fromEntries(WINDOW_SHAPES.filter((s) => !s.body).map((s) => [`recallsInWindow:${shapeName(s)}`, recallsInWindowSql(s)])),
  };
}

type MostCitedRow = ResolutionFields & { total: number; citations: number };

/** A shape's statement, prepared on its first use. */
function once<S>(cache: Map<string, S>, shape: WindowShape, make: () => S): S {
  const key = shapeName(shape);
  const found = cache.get(key);
  if (found) return found;
  const made = make();
  cache.set(key, made);
  return made;
}

export class SqliteMetrics {
  readonly #db: Database.Database;
  readonly #counts: Prepared<{ keys: string }, { owner: string; n: number }>;
  readonly #version: Prepared<[], { other: number; own: number }>;
  readonly #mostCited = new Map<string, { page: Prepared<Record<string, unknown>, MostCitedRow>; total: Prepared<Record<string, unknown>, { total: number }> }>();
  readonly #snapshot: <T>(work: () => T) => T;
  readonly #edges = new Map<string, Prepared<Record<string, unknown>, EdgeRow>>();

  constructor(db: Database.Database) {
    this.#db = db;
    this.#counts = prepare(db, METRICS_SQL.citationCounts);
    this.#version = prepare(db, METRICS_SQL.graphVersion);
    const inTransaction = db.transaction((work: () => unknown) => work());
    // The page and, for an empty one, the total from the same snapshot.
    this.#snapshot = <T>(work: () => T): T => inTransaction(work) as T;
  }

  citationCounts(symbols: readonly string[]): number[] {
    if (symbols.length === 0) return [];
    const found = new Map(this.#counts.all({ keys: keysParam(symbols) }).map((r) => [r.owner, r.n]));
    return symbols.map((s) => found.get(s) ?? 0);
  }

  mostCited(args: MostCitedArgs): MostCitedPage {
    const { shape, values } = windowShape(args);
    const statements = once(this.#mostCited, shape, () => {
      const text = mostCitedSql(shape);
      return { page: prepare<Prepared<Record<string, unknown>, MostCitedRow>>(this.#db, text.page), total: prepare<Prepared<Record<string, unknown>, { total: number }>>(this.#db, text.total) };
    });
    const after = args.after ?? FIRST_PAGE;
    // The prefixes travel as one JSON array, expanded by json_each.
    const bound: Record<string, unknown> = { ...values, ...(values.prefixes ? { prefixes: JSON.stringify(values.prefixes) } : {}) };
    const params = { ...bound, afterCitations: after.citations, afterSymbol: after.symbol, limit: args.first + 1 };
    return this.#snapshot(() => {
      const rows = statements.page.all(params);
      const totalCount = rows[0]?.total ?? statements.total.get(bound)?.total ?? 0;
      const items: CitedResolution[] = rows.slice(0, args.first).map((r) => ({ node: toResolutionNode(r), citations: r.citations }));
      return { items, totalCount, hasNextPage: rows.length > args.first };
    });
  }

  recallsInWindow(window: YearWindow): RecallSubgraph {
    const shape = yearShape(window);
    // Raw rows (arrays, not objects): a 10-year window of the 50,000-resolution corpus is some 20,000 edges.
    const statement = once(this.#edges, shape, () => prepare<Prepared<Record<string, unknown>, EdgeRow>>(this.#db, recallsInWindowSql(shape)).raw(true));
    const { values } = windowShape({ yearFrom: window.yearFrom, yearTo: window.yearTo });
    return subgraphOf(statement.all({ ...values }));
  }

  graphVersion(): string {
    const row = this.#version.get();
    return `${row?.other ?? 0}.${row?.own ?? 0}`;
  }
}
