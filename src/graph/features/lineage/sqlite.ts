// Lineage and citation paths on SQLite: recursive CTEs over the recalls table. Stubs take part as
// endpoints; they have no outgoing RECALLS, so no chain passes through one.

import type Database from "better-sqlite3";
import { manyPerKey } from "../../per-key.js";
import type { LineageDirection, LineageEntry, PathHop } from "../../port.js";
import { keysParam, prepare, REF_KIND, sql, type Prepared } from "../../sqlite/sql.js";
import { recallOf } from "../relations/sqlite.js";

// The walk keeps (symbol, depth) pairs under UNION, so a cycle only adds one row per depth, and
// depth stops at min(@maxDepth, number of resolutions): a shortest chain never needs more hops
// than there are nodes, so even an absurd maxDepth terminates quickly on a cyclic graph. The
// largest rowid stands in for the count: never smaller, and read from the b-tree in O(log n).

const walk = (name: string, start: string, step: "forwards" | "backwards"): string => {
  const [near, far] = step === "forwards" ? ["src", "dst"] : ["dst", "src"];
  return `${name}(symbol, depth) AS (
  SELECT ${start}, 0
  UNION
  SELECT e.${far}, w.depth + 1 FROM ${name} AS w
  JOIN recalls AS e ON e.${near} = w.symbol
  WHERE w.depth < min(@maxDepth, (SELECT max(rowid) FROM resolutions))
)`;
};

/**
 * The same walk from many roots at once (the roots are one JSON parameter, @symbols): each row
 * carries its root, so one statement answers a whole DataLoader batch of lineages.
 */
const rootedWalk = (step: "forwards" | "backwards"): string => {
  const [near, far] = step === "forwards" ? ["src", "dst"] : ["dst", "src"];
  return `walk(root, symbol, depth) AS (
  SELECT value, value, 0 FROM json_each(@symbols)
  UNION
  SELECT w.root, e.${far}, w.depth + 1 FROM walk AS w
  JOIN recalls AS e ON e.${near} = w.symbol
  WHERE w.depth < min(@maxDepth, (SELECT max(rowid) FROM resolutions))
)`;
};

/**
 * Ancestors of each root: what it recalls, and so on (RECALLS forwards). Each is reached at its
 * smallest depth; `via` is the edge from the smallest-symbol resolution one level closer.
 */
const LINEAGE_ANCESTORS = `WITH RECURSIVE ${rootedWalk("forwards")},
best AS (SELECT root, symbol, min(depth) AS depth FROM walk GROUP BY root, symbol),
via AS (
  SELECT b.root, b.symbol, b.depth, min(e.src) AS other FROM best AS b
  JOIN recalls AS e ON e.dst = b.symbol
  JOIN best AS prev ON prev.root = b.root AND prev.symbol = e.src AND prev.depth = b.depth - 1
  WHERE b.depth > 0
  GROUP BY b.root, b.symbol, b.depth
)
SELECT v.root, v.symbol, v.depth, e.src AS recaller, e.dst AS recalled, e.verbs, e.paragraphs FROM via AS v
JOIN recalls AS e ON e.src = v.other AND e.dst = v.symbol
ORDER BY v.root, v.depth, v.symbol`;

/** Descendants of each root: what recalls it, and so on (RECALLS backwards); `via` symmetric. */
const LINEAGE_DESCENDANTS = `WITH RECURSIVE ${rootedWalk("backwards")},
best AS (SELECT root, symbol, min(depth) AS depth FROM walk GROUP BY root, symbol),
via AS (
  SELECT b.root, b.symbol, b.depth, min(e.dst) AS other FROM best AS b
  JOIN recalls AS e ON e.src = b.symbol
  JOIN best AS prev ON prev.root = b.root AND prev.symbol = e.dst AND prev.depth = b.depth - 1
  WHERE b.depth > 0
  GROUP BY b.root, b.symbol, b.depth
)
SELECT v.root, v.symbol, v.depth, e.src AS recaller, e.dst AS recalled, e.verbs, e.paragraphs FROM via AS v
JOIN recalls AS e ON e.src = v.symbol AND e.dst = v.other
ORDER BY v.root, v.depth, v.symbol`;

/**
 * The shortest chain @from → … → @to along RECALLS. A node lies on a shortest chain when its
 * distance from @from plus its distance to @to is the chain's length; walking from @from and
 * always taking the smallest such next symbol gives the lexicographically smallest chain. Each hop
 * comes with the lowest-ordinal paragraph of its source citing its target, and that paragraph's verb.
 */
const CITATION_PATH = `WITH RECURSIVE ${walk("fwd", "@from", "forwards")},
${walk("bwd", "@to", "backwards")},
f AS (SELECT symbol, min(depth) AS d FROM fwd GROUP BY symbol),
b AS (SELECT symbol, min(depth) AS d FROM bwd GROUP BY symbol),
len AS (SELECT d AS l FROM f WHERE symbol = @to),
on_path AS (SELECT f.symbol, f.d FROM f JOIN b ON b.symbol = f.symbol JOIN len ON f.d + b.d = len.l),
chain(step, symbol) AS (
  SELECT 0, @from FROM len
  UNION ALL
  SELECT c.step + 1, (
    SELECT min(e.dst) FROM recalls AS e
    JOIN on_path AS o ON o.symbol = e.dst AND o.d = c.step + 1
    WHERE e.src = c.symbol
  ) FROM chain AS c JOIN len ON c.step < len.l
),
hops AS (
  SELECT a.step, a.symbol AS src, z.symbol AS dst, (
    SELECT p.id FROM refs AS x JOIN paragraphs AS p ON p.id = x.paragraph_id
    WHERE p.resolution = a.symbol AND x.target = z.symbol AND x.kind = @resolutionKind
    ORDER BY p.ordinal, x.seq LIMIT 1
  ) AS paragraph_id
  FROM chain AS a JOIN chain AS z ON z.step = a.step + 1
)
SELECT h.step, h.src, h.dst, h.paragraph_id AS paragraphId, p.verb FROM hops AS h
JOIN paragraphs AS p ON p.id = h.paragraph_id
ORDER BY h.step`;

export const LINEAGE_SQL = {
  ancestors: sql(LINEAGE_ANCESTORS, [{ symbols: '["s"]', maxDepth: 3 }]),
  descendants: sql(LINEAGE_DESCENDANTS, [{ symbols: '["s"]', maxDepth: 3 }]),
  citationPath: sql(CITATION_PATH, [{ from: "a", to: "b", maxDepth: 3, resolutionKind: REF_KIND.REFERS_TO }]),
} as const;

interface LineageRow {
  root: string;
  symbol: string;
  depth: number;
  recaller: string;
  recalled: string;
  verbs: string;
  paragraphs: string;
}

interface HopRow {
  step: number;
  src: string;
  dst: string;
  paragraphId: string;
  verb: string;
}

type Walk = Prepared<{ symbols: string; maxDepth: number }, LineageRow>;

export class SqliteLineage {
  readonly #ancestors: Walk;
  readonly #descendants: Walk;
  readonly #path: Prepared<{ from: string; to: string; maxDepth: number; resolutionKind: string }, HopRow>;

  constructor(db: Database.Database) {
    this.#ancestors = prepare(db, LINEAGE_SQL.ancestors);
    this.#descendants = prepare(db, LINEAGE_SQL.descendants);
    this.#path = prepare(db, LINEAGE_SQL.citationPath);
  }

  /** One statement for all the roots; one list per root, in the roots' order. */
  lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): LineageEntry[][] {
    if (symbols.length === 0) return [];
    const statement = direction === "ancestors" ? this.#ancestors : this.#descendants;
    const rows = statement.all({ symbols: keysParam(symbols), maxDepth });
    return manyPerKey(symbols, rows, (row) => row.root, (row) => ({ symbol: row.symbol, depth: row.depth, via: recallOf(row) }));
  }

  citationPath(from: string, to: string, maxDepth: number): PathHop[] | null {
    if (from === to) return [];
    const rows = this.#path.all({ from, to, maxDepth, resolutionKind: REF_KIND.REFERS_TO });
    if (rows.length === 0) return null;
    return rows.map((row) => ({ from: row.src, to: row.dst, paragraphId: row.paragraphId, verb: row.verb }));
  }
}
