// Full-text search on SQLite: paragraph text through the FTS5 index, ranked by bm25; snippets as
// on Neo4j (snippet.ts).

import type Database from "better-sqlite3";
import type { SearchArgs, SearchHit } from "../../port.js";
import { given } from "../../port-checks.js";
import { prepare, sql, type Prepared, type SqlStatement } from "../../sqlite/sql.js";
import { toFtsQuery } from "./fts-query.js";
import { snippetsFor } from "./snippet.js";

const SEARCH_FILTERS = `paragraphs_fts MATCH @query
  AND (@body IS NULL OR r.body = @body)
  AND (@yearFrom IS NULL OR r.year >= @yearFrom)
  AND (@yearTo IS NULL OR r.year <= @yearTo)`;

/** The hits, scored: from the index alone, or joined to their resolutions when body or year filter them. */
const SCORED_HITS: Record<"all" | "filtered", string> = {
  all: `SELECT rowid AS pk, round(-bm25(paragraphs_fts), 6) AS score FROM paragraphs_fts WHERE paragraphs_fts MATCH @query`,
  filtered: `SELECT paragraphs_fts.rowid AS pk, round(-bm25(paragraphs_fts), 6) AS score FROM paragraphs_fts
    JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
    JOIN resolutions AS r ON r.symbol = p.resolution
    WHERE ${SEARCH_FILTERS}`,
};

/**
 * A page of ranked hits. bm25 is lower-is-better: negated, and rounded so that float noise cannot
 * reorder equal scores; ties go by paragraph id. A common term matches tens of thousands of
 * paragraphs, so the work is kept off the rows that cannot be on the page: every hit is scored
 * from the index, but only those scoring at least the page's last score (the cutoff; ties
 * included, since the id decides among them) are joined to their paragraphs and ordered, and only
 * the page's rows carry their text, for the snippet both stores make the same way (snippet.ts).
 */
export function searchSql(filtered: boolean): { page: SqlStatement; total: SqlStatement } {
  const filters = { query: "x", body: null, yearFrom: null, yearTo: null };
  return {
    page: sql(
      `WITH scored AS MATERIALIZED (${SCORED_HITS[filtered ? "filtered" : "all"]}),
cutoff AS (SELECT score FROM scored ORDER BY score DESC LIMIT 1 OFFSET @offset + @first - 1),
page AS (
  SELECT p.pk, p.id, p.resolution, s.score FROM scored AS s
  JOIN paragraphs AS p ON p.pk = s.pk
  WHERE s.score >= (SELECT score FROM cutoff) OR NOT EXISTS (SELECT 1 FROM cutoff)
  ORDER BY s.score DESC, p.id
  LIMIT @first OFFSET @offset
)
SELECT page.id, page.resolution, page.score, p.text
FROM page JOIN paragraphs AS p ON p.pk = page.pk
ORDER BY page.score DESC, page.id`,
      [{ ...filters, first: 1, offset: 0 }],
    ),
    // Every index row is a loaded paragraph's (the triggers keep them in step), so without filters
    // the index alone counts the hits.
    total: filtered
      ? sql(
          `SELECT count(*) AS n
FROM paragraphs_fts
JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
JOIN resolutions AS r ON r.symbol = p.resolution
WHERE ${SEARCH_FILTERS}`,
          [filters],
        )
      : sql(`SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH @query`, [{ query: "x" }]),
  };
}

interface Filters {
  query: string;
  body: string | null;
  yearFrom: number | null;
  yearTo: number | null;
}

interface HitRow {
  id: string;
  resolution: string;
  score: number;
  text: string;
}

type Statements = {
  page: Prepared<Filters & Record<string, unknown>, HitRow>;
  total: Prepared<Filters, { n: number }>;
};

export class SqliteSearch {
  /** By whether body or year filter the hits: the unfiltered search reads the index alone. */
  readonly #statements: Record<"all" | "filtered", Statements>;
  readonly #both: Database.Transaction<(filters: Filters, first: number, offset: number) => { hits: HitRow[]; total: number }>;

  constructor(db: Database.Database) {
    const prepared = (filtered: boolean): Statements => {
      const statements = searchSql(filtered);
      return { page: prepare(db, statements.page), total: prepare(db, statements.total) };
    };
    this.#statements = { all: prepared(false), filtered: prepared(true) };
    // One read transaction: the page and the total come from the same snapshot.
    this.#both = db.transaction((filters: Filters, first: number, offset: number) => {
      const filtered = filters.body !== null || filters.yearFrom !== null || filters.yearTo !== null;
      const statements = this.#statements[filtered ? "filtered" : "all"];
      return {
        hits: statements.page.all({ ...filters, first, offset }),
        total: statements.total.get(filters)?.n ?? 0,
      };
    });
  }

  search(args: SearchArgs): { hits: SearchHit[]; total: number } {
    const first = args.first;
    const offset = args.offset ?? 0;
    const filters = {
      body: args.body ?? null,
      yearFrom: given(args.yearFrom) ? args.yearFrom : null,
      yearTo: given(args.yearTo) ? args.yearTo : null,
    };
    const query = toFtsQuery(args.text);
    if (query === null) return { hits: [], total: 0 };
    const { hits, total } = this.#both.deferred({ query, ...filters }, first, offset);
    const snippetOf = snippetsFor(args.text);
    return {
      hits: hits.map((row) => ({ paragraphId: row.id, resolution: row.resolution, score: row.score, snippet: snippetOf(row.text) })),
      total,
    };
  }
}
