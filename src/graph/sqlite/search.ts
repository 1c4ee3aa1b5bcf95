// Full-text search over paragraph text through the FTS5 index, ranked by bm25.

import type Database from "better-sqlite3";
import type { SearchArgs, SearchHit } from "../port.js";
import { given } from "../port-checks.js";
import { toFtsQuery } from "./fts-query.js";
import { searchSql } from "./statements.js";

/** Marks around each match in a snippet, as the port promises. */
export const SNIPPET_OPEN = "«";
export const SNIPPET_CLOSE = "»";
const SNIPPET_ELLIPSIS = "…";
/** Tokens of context in a snippet (FTS5 caps it at 64). */
const SNIPPET_TOKENS = 16;

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
  snippet: string;
}

type Statements = {
  page: Database.Statement<[Filters & Record<string, unknown>], HitRow>;
  total: Database.Statement<[Filters], { n: number }>;
};

export class SearchQueries {
  /** By whether body or year filter the hits: the unfiltered search reads the index alone. */
  readonly #statements: Record<"all" | "filtered", Statements>;
  readonly #both: Database.Transaction<(filters: Filters, first: number, offset: number) => { hits: SearchHit[]; total: number }>;

  constructor(db: Database.Database) {
    const prepare = (filtered: boolean): Statements => {
      const sql = searchSql(filtered);
      return { page: db.prepare(sql.page), total: db.prepare(sql.total) };
    };
    this.#statements = { all: prepare(false), filtered: prepare(true) };
    // One read transaction: the page and the total come from the same snapshot.
    this.#both = db.transaction((filters: Filters, first: number, offset: number) => {
      const filtered = filters.body !== null || filters.yearFrom !== null || filters.yearTo !== null;
      const statements = this.#statements[filtered ? "filtered" : "all"];
      return {
        hits: statements.page
          .all({ ...filters, first, offset, open: SNIPPET_OPEN, close: SNIPPET_CLOSE, ellipsis: SNIPPET_ELLIPSIS, tokens: SNIPPET_TOKENS })
          .map((row) => ({ paragraphId: row.id, resolution: row.resolution, score: row.score, snippet: row.snippet })),
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
    return this.#both.deferred({ query, ...filters }, first, offset);
  }
}
