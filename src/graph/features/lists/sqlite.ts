// The API's lists on SQLite: every loaded resolution by keyset (listResolutions), the resolutions of
// each state (batched), and the filtered, offset-paged lists of resolutions and paragraphs, composed
// from fixed fragments by shape (shape.ts); each shape's statements are prepared once, on first use.
// A page and its total are read in one transaction, so from the same snapshot.

import type Database from "better-sqlite3";
import { manyPerKey } from "../../per-key.js";
import type { FindParagraphsArgs, FindResolutionsArgs, ListResolutionsArgs, Page, PageWindow, ParagraphRecord, ResolutionNode, ResolutionPage } from "../../port.js";
import { toResolutionNode, toResolutionRecord, type ResolutionFields } from "../../records.js";
import { datedOrder, keysParam, prepare, sql, type Prepared, type SqlStatement } from "../../sqlite/sql.js";
import { PARAGRAPH_COLUMNS, paragraphOf, RESOLUTION_COLUMNS, type ParagraphRow } from "../lookups/sqlite.js";
import { toFtsQuery } from "../search/fts-query.js";
import { paragraphList, resolutionList, type ParagraphListShape, type ResolutionListShape } from "./shape.js";

/** The constants the statements compare with, bound rather than spliced. */
const CONSTANTS = { undated: "", countryLabel: "Country" } as const;

/** Columns of `resolutions` as they are (for CTEs that select `r.*`). */
const RESOLUTION_TABLE_COLUMNS = `symbol, stub, title, body, adopted_on, meeting, vote_method,
  votes_yes, votes_no, votes_abstain, source_path, source_hash, source_format, metadata_title,
  metadata_adopted_on, metadata_meeting, adoption_type, originating_document,
  committee, agenda_item, verbatim_record, metadata_votes_yes, metadata_votes_no, metadata_votes_abstain,
  metadata_path, metadata_hash`;

export const LIST_SQL = {
  countResolutions: sql(`SELECT count(*) AS n FROM resolutions WHERE stub = 0`),
  /** `stub = 0` spelled exactly as in the partial index, so that the index serves the order. */
  listFirst: sql(
    `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE stub = 0
ORDER BY adopted_on, symbol
LIMIT ?`,
    [10],
  ),
  /** Row-value comparison so that the (adopted_on, symbol) index serves the seek. */
  listAfter: sql(
    `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE stub = 0 AND (adopted_on, symbol) > (?, ?)
ORDER BY adopted_on, symbol
LIMIT ?`,
    ["2017-01-01", "A/RES/1", 10],
  ),
  /**
   * Loaded resolutions concerning (CONCERNS) or naming (MENTIONS) each state, by (adoptedOn,
   * symbol), one page per state (rows @offset < n <= @offset + @first) with its total. A state's
   * last row comes too, even off the page, so that an empty page still carries the total. CROSS
   * JOIN keeps SQLite's planner walking from the few keys into the indexes, not the other way.
   */
  resolutionsOfCountries: sql(
    `WITH keys(code) AS (SELECT DISTINCT value FROM json_each(@keys)),
hits(code, symbol) AS (
  SELECT k.code, c.resolution FROM keys AS k
  CROSS JOIN concerns AS c ON c.label = @countryLabel AND c.country = k.code
  UNION
  SELECT k.code, p.resolution FROM keys AS k
  CROSS JOIN mentions AS m ON m.label = @countryLabel AND m.entity_key = k.code
  JOIN paragraphs AS p ON p.id = m.paragraph_id
),
ranked AS (
  SELECT h.code AS owner, ${RESOLUTION_TABLE_COLUMNS.split(",").map((c) => `r.${c.trim()}`).join(", ")},
    row_number() OVER (PARTITION BY h.code ORDER BY r.adopted_on, r.symbol) AS n,
    count(*) OVER (PARTITION BY h.code) AS total
  FROM hits AS h JOIN resolutions AS r ON r.symbol = h.symbol AND NOT r.stub
)
SELECT owner, total, n > @offset AND n <= @offset + @first AS onPage, ${RESOLUTION_COLUMNS} FROM ranked
WHERE n = total OR (n > @offset AND n <= @offset + @first)
ORDER BY owner, n`,
    [{ keys: '["k"]', countryLabel: "Country", first: 5, offset: 0 }],
  ),
} as const;

// --- filtered lists: SQL composed from fixed fragments --------------------------------------------

/** Each present field adds its condition (ANDed); `r.symbol IN (…)` lets the index of the sub-select drive. */
const RESOLUTION_CONDITIONS: Record<Exclude<keyof ResolutionListShape, "includeStubs" | "orderBy">, string> = {
  body: `r.body = @body`,
  yearFrom: `r.year >= @yearFrom`,
  yearTo: `r.year <= @yearTo`,
  session: `r.session = @session`,
  concerns: `r.symbol IN (SELECT c.resolution FROM concerns AS c WHERE c.label = @countryLabel AND c.country = @concerns)`,
  mentions: `r.symbol IN (SELECT p.resolution FROM mentions AS m JOIN paragraphs AS p ON p.id = m.paragraph_id
    WHERE m.label = @mentionsLabel AND m.entity_key = @mentionsKey)`,
  references: `r.symbol IN (SELECT p.resolution FROM refs AS x JOIN paragraphs AS p ON p.id = x.paragraph_id
    WHERE x.target = @references)`,
  text: `r.symbol IN (SELECT p.resolution FROM paragraphs_fts JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
    WHERE paragraphs_fts MATCH @text)`,
  subject: `r.symbol IN (SELECT a.resolution FROM about AS a WHERE a.subject = @subject)`,
  sponsor: `r.symbol IN (SELECT s.resolution FROM sponsorships AS s WHERE s.label = @countryLabel AND s.country = @sponsor)`,
};

/** Loaded rows always have adopted_on (a CHECK says so), so without stubs the partial index serves the order. */
const RESOLUTION_ORDERS: Record<ResolutionListShape["orderBy"], { loaded: string; withStubs: string }> = {
  ADOPTED_ASC: { loaded: `r.adopted_on, r.symbol`, withStubs: `${datedOrder("r")}, r.symbol` },
  ADOPTED_DESC: { loaded: `r.adopted_on DESC, r.symbol`, withStubs: `${datedOrder("r")} DESC, r.symbol` },
  SYMBOL_ASC: { loaded: `r.symbol`, withStubs: `r.symbol` },
};

const where = (conditions: string[]): string => (conditions.length === 0 ? "" : `\nWHERE ${conditions.join("\n  AND ")}`);

function resolutionConditions(shape: ResolutionListShape): string[] {
  const conditions = shape.includeStubs ? [] : [`r.stub = 0`];
  for (const field of Object.keys(RESOLUTION_CONDITIONS) as Array<keyof typeof RESOLUTION_CONDITIONS>) {
    if (shape[field]) conditions.push(RESOLUTION_CONDITIONS[field]);
  }
  return conditions;
}

/** Named parameters of a text, each with a value of the right type, to plan it with. */
function planParams(text: string): Record<string, unknown> {
  const names = [...new Set([...text.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ""))];
  const numeric = new Set(["yearFrom", "yearTo", "first", "offset"]);
  return Object.fromEntries(names.map((n) => [n, numeric.has(n) ? 1 : "x"]));
}

const planned = (text: string, scans?: string): SqlStatement => sql(text, [planParams(text)], scans);

/** The page (`@first`, `@offset`) and the total of a findResolutions shape: two statements, one read transaction. */
export function findResolutionsSql(shape: ResolutionListShape): { page: SqlStatement; total: SqlStatement } {
  const filter = where(resolutionConditions(shape));
  const order = RESOLUTION_ORDERS[shape.orderBy][shape.includeStubs ? "withStubs" : "loaded"];
  const unfiltered = Object.keys(RESOLUTION_CONDITIONS).every((field) => !shape[field as keyof typeof RESOLUTION_CONDITIONS]);
  const scans =
    unfiltered && shape.includeStubs && shape.orderBy !== "SYMBOL_ASC"
      ? "every resolution, stubs too, by date: a stub sorts by its metadata's, so no index gives that order"
      : undefined;
  return {
    page: planned(
      `SELECT ${RESOLUTION_COLUMNS} FROM resolutions AS r${filter}
ORDER BY ${order}
LIMIT @first OFFSET @offset`,
      scans,
    ),
    total: planned(`SELECT count(*) AS n FROM resolutions AS r${filter}`),
  };
}

const PARAGRAPH_CONDITIONS: Record<keyof ParagraphListShape, string> = {
  resolution: `p.resolution = @resolution`,
  kind: `p.kind = @kind`,
  /** Whole-word prefix: the folded verb is @verb, or starts with @verbWord (= @verb followed by a space). */
  verb: `(fold_case(p.verb) = @verb OR instr(fold_case(p.verb), @verbWord) = 1)`,
  mentions: `p.id IN (SELECT m.paragraph_id FROM mentions AS m WHERE m.label = @mentionsLabel AND m.entity_key = @mentionsKey)`,
  text: `p.pk IN (SELECT paragraphs_fts.rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH @text)`,
};

/** Paragraphs belong to loaded resolutions only, whose adopted_on is never NULL. */
export function findParagraphsSql(shape: ParagraphListShape): { page: SqlStatement; total: SqlStatement } {
  const conditions = (Object.keys(PARAGRAPH_CONDITIONS) as Array<keyof ParagraphListShape>)
    .filter((field) => shape[field])
    .map((field) => PARAGRAPH_CONDITIONS[field]);
  const filter = where(conditions);
  // Kind and verb narrow nothing an index can find: alone, they read every paragraph.
  const scans =
    !shape.resolution && !shape.mentions && !shape.text && (shape.kind || shape.verb)
      ? "kind and verb have no index: every paragraph is read and tested"
      : undefined;
  return {
    page: planned(
      `SELECT ${PARAGRAPH_COLUMNS}
FROM paragraphs AS p
JOIN resolutions AS r ON r.symbol = p.resolution${filter}
ORDER BY r.adopted_on, r.symbol, p.ordinal
LIMIT @first OFFSET @offset`,
      scans,
    ),
    total: planned(`SELECT count(*) AS n FROM paragraphs AS p${filter}`, scans),
  };
}

export interface ListQuery<Shape> {
  shape: Shape;
  params: Record<string, string | number>;
}

/**
 * The shape and the bound values of a findResolutions call (shape.ts), with what SQLite binds
 * besides: the labels compared with, and "" for a stub's missing date. Null: nothing to search for.
 */
export function resolutionListQuery(args: FindResolutionsArgs): ListQuery<ResolutionListShape> | null {
  const call = resolutionList(args, toFtsQuery);
  if (call === null) return null;
  const { shape } = call;
  const params: Record<string, string | number> = { ...call.values, first: call.first, offset: call.offset };
  if (shape.concerns || shape.sponsor) params.countryLabel = CONSTANTS.countryLabel;
  if (shape.mentions) params.mentionsLabel = shape.mentions;
  if (shape.includeStubs && shape.orderBy !== "SYMBOL_ASC") params.undated = CONSTANTS.undated;
  return { shape, params };
}

/** As resolutionListQuery, for findParagraphs. */
export function paragraphListQuery(args: FindParagraphsArgs): ListQuery<ParagraphListShape> | null {
  const call = paragraphList(args, toFtsQuery);
  if (call === null) return null;
  const params: Record<string, string | number> = { ...call.values, first: call.first, offset: call.offset };
  if (call.shape.mentions) params.mentionsLabel = call.shape.mentions;
  return { shape: call.shape, params };
}

interface ListStatements {
  page: Prepared<Record<string, string | number>, unknown>;
  total: Prepared<Record<string, string | number>, { n: number }>;
}

/** What only the page's statement takes: the total's has no paging and no ordering. */
const PAGE_ONLY = new Set(["first", "offset", "undated"]);

type CountryResolutionRow = ResolutionFields & { owner: string; total: number; onPage: number };

export class SqliteLists {
  readonly #db: Database.Database;
  readonly #countResolutions: Prepared<[], { n: number }>;
  readonly #listFirst: Prepared<[number], ResolutionFields>;
  readonly #listAfter: Prepared<[string, string, number], ResolutionFields>;
  readonly #resolutionsOfCountries: Prepared<{ keys: string; countryLabel: string; first: number; offset: number }, CountryResolutionRow>;
  /** Prepared statements per shape: at most one pair per combination of fields, so bounded. */
  readonly #resolutionLists = new Map<string, ListStatements>();
  readonly #paragraphLists = new Map<string, ListStatements>();
  readonly #inSnapshot: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#countResolutions = prepare(db, LIST_SQL.countResolutions);
    this.#listFirst = prepare(db, LIST_SQL.listFirst);
    this.#listAfter = prepare(db, LIST_SQL.listAfter);
    this.#resolutionsOfCountries = prepare(db, LIST_SQL.resolutionsOfCountries);
    this.#inSnapshot = db.transaction((work: () => unknown) => work());
  }

  listResolutions({ first, after }: ListResolutionsArgs): ResolutionPage {
    return this.#snapshot(() => {
      // One row more than asked tells whether a next page exists without a second count.
      const rows = after ? this.#listAfter.all(after.adoptedOn, after.symbol, first + 1) : this.#listFirst.all(first + 1);
      return {
        items: rows.slice(0, first).map(toResolutionRecord),
        totalCount: this.#countResolutions.get()?.n ?? 0,
        hasNextPage: rows.length > first,
      };
    });
  }

  resolutionsOfCountries(codes: readonly string[], { first, offset }: PageWindow): Page<ResolutionNode>[] {
    if (codes.length === 0) return [];
    const rows = this.#resolutionsOfCountries.all({ keys: keysParam(codes), countryLabel: CONSTANTS.countryLabel, first, offset });
    return manyPerKey(codes, rows, (r) => r.owner).map((list) => ({
      items: list.filter((r) => r.onPage === 1).map(toResolutionNode),
      totalCount: list[0]?.total ?? 0,
    }));
  }

  findResolutions(args: FindResolutionsArgs): Page<ResolutionNode> {
    const query = resolutionListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const statements = this.#prepared(this.#resolutionLists, query.shape, findResolutionsSql);
    return this.#page(statements, query.params, (row) => toResolutionNode(row as ResolutionFields));
  }

  findParagraphs(args: FindParagraphsArgs): Page<ParagraphRecord> {
    const query = paragraphListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const statements = this.#prepared(this.#paragraphLists, query.shape, findParagraphsSql);
    return this.#page(statements, query.params, (row) => paragraphOf(row as ParagraphRow));
  }

  #page<T>(statements: ListStatements, params: Record<string, string | number>, toRecord: (row: unknown) => T): Page<T> {
    const filters = Object.fromEntries(Object.entries(params).filter(([name]) => !PAGE_ONLY.has(name)));
    return this.#snapshot(() => ({
      items: params.first === 0 ? [] : statements.page.all(params).map(toRecord),
      totalCount: statements.total.get(filters)?.n ?? 0,
    }));
  }

  #snapshot<T>(read: () => T): T {
    return this.#inSnapshot.deferred(read) as T;
  }

  #prepared<Shape extends object>(
    cache: Map<string, ListStatements>,
    shape: Shape,
    statementsOf: (shape: Shape) => { page: SqlStatement; total: SqlStatement },
  ): ListStatements {
    const key = JSON.stringify(shape);
    let statements = cache.get(key);
    if (!statements) {
      const text = statementsOf(shape);
      statements = { page: prepare(this.#db, text.page), total: prepare(this.#db, text.total) };
      cache.set(key, statements);
    }
    return statements;
  }
}
