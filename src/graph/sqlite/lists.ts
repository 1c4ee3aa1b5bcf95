// The reads behind the GraphQL API's lists and fields: RECALLS edges, concerned states and recorded
// votes per resolution (batched: one query per call), entity look-up by name, and the filtered,
// offset-paged lists of resolutions and paragraphs. The filtered lists are composed from fixed
// fragments by shape (statements.ts); each shape's statements are prepared once, on first use.

import type Database from "better-sqlite3";
import type { EntityLabel } from "../model.js";
import type {
  CountryVoteRecord,
  EntityRecord,
  FindParagraphsArgs,
  FindResolutionsArgs,
  Page,
  PageWindow,
  ParagraphRecord,
  RecallEdge,
  ResolutionNode,
} from "../port.js";
import { given, verbPhrase } from "../port-checks.js";
import { keysParam, manyPerKey } from "./batch.js";
import { toFtsQuery } from "./fts-query.js";
import { toEntityRecord, toParagraphRecord, toResolutionNode, type EntityRow, type ParagraphRow, type ResolutionNodeRow } from "./rows.js";
import {
  FIND_ENTITIES,
  findParagraphsSql,
  findResolutionsSql,
  GRAPH_BATCHED_READS,
  type ParagraphListShape,
  type ResolutionListShape,
} from "./statements.js";

/** The constants the statements compare with, bound rather than spliced. */
const CONSTANTS = { undated: "", yes: "yes", no: "no", countryLabel: "Country" } as const;

export interface ListQuery<Shape> {
  shape: Shape;
  params: Record<string, string | number>;
}

/**
 * The shape and the bound values of a findResolutions call, or null when its text has nothing to
 * search for (answered with an empty page, as search does). Takes checked arguments (checked-store.ts).
 */
export function resolutionListQuery(args: FindResolutionsArgs): ListQuery<ResolutionListShape> | null {
  const f = args.filter;
  const params: Record<string, string | number> = {
    first: args.first,
    offset: args.offset,
  };
  const yearFrom = given(f.yearFrom) ? f.yearFrom : null;
  const yearTo = given(f.yearTo) ? f.yearTo : null;
  const text = given(f.text) ? toFtsQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const shape: ResolutionListShape = {
    body: given(f.body),
    yearFrom: yearFrom !== null,
    yearTo: yearTo !== null,
    session: given(f.session),
    concerns: given(f.concerns),
    mentions: given(f.mentions),
    references: given(f.references),
    text: text !== null,
    includeStubs: f.includeStubs === true,
    orderBy: args.orderBy,
  };
  if (given(f.body)) params.body = f.body;
  if (yearFrom !== null) params.yearFrom = yearFrom;
  if (yearTo !== null) params.yearTo = yearTo;
  if (given(f.session)) params.session = f.session;
  if (given(f.concerns)) {
    params.concerns = f.concerns;
    params.countryLabel = CONSTANTS.countryLabel;
  }
  if (given(f.mentions)) {
    params.mentionsLabel = f.mentions.label;
    params.mentionsKey = f.mentions.key;
  }
  if (given(f.references)) params.references = f.references;
  if (text !== null) params.text = text;
  if (shape.includeStubs && shape.orderBy !== "SYMBOL_ASC") params.undated = CONSTANTS.undated;
  return { shape, params };
}

/** As resolutionListQuery, for findParagraphs. */
export function paragraphListQuery(args: FindParagraphsArgs): ListQuery<ParagraphListShape> | null {
  const f = args.filter;
  const params: Record<string, string | number> = {
    first: args.first,
    offset: args.offset,
  };
  const verb = given(f.verb) ? verbPhrase(f.verb) : null;
  const text = given(f.text) ? toFtsQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const shape: ParagraphListShape = {
    resolution: given(f.resolution),
    kind: given(f.kind),
    verb: verb !== null,
    mentions: given(f.mentions),
    text: text !== null,
  };
  if (given(f.resolution)) params.resolution = f.resolution;
  if (given(f.kind)) params.kind = f.kind;
  if (verb !== null) {
    params.verb = verb;
    params.verbWord = `${verb} `;
  }
  if (given(f.mentions)) {
    params.mentionsLabel = f.mentions.label;
    params.mentionsKey = f.mentions.key;
  }
  if (text !== null) params.text = text;
  return { shape, params };
}

interface RecallRow {
  owner: string;
  src: string;
  dst: string;
  verbs: string;
  paragraphs: string;
}

type OwnedEntityRow = EntityRow & { owner: string };
type VoteRow = OwnedEntityRow & { vote: CountryVoteRecord["vote"] };
type CountryResolutionRow = ResolutionNodeRow & { owner: string; total: number; on_page: number };

interface ListStatements {
  page: Database.Statement<[Record<string, string | number>], unknown>;
  total: Database.Statement<[Record<string, string | number>], { n: number }>;
}

const PAGE_ONLY = new Set(["first", "offset", "undated"]);

const shapeKey = (shape: object): string => JSON.stringify(shape);

export class ListQueries {
  readonly #db: Database.Database;
  readonly #recallsOut: Database.Statement<[{ keys: string; undated: string }], RecallRow>;
  readonly #recallsIn: Database.Statement<[{ keys: string; undated: string }], RecallRow>;
  readonly #concerns: Database.Statement<[{ keys: string }], OwnedEntityRow>;
  readonly #sponsors: Database.Statement<[{ keys: string }], OwnedEntityRow>;
  readonly #votes: Database.Statement<[{ keys: string; yes: string; no: string }], VoteRow>;
  readonly #resolutionsOfCountries: Database.Statement<
    [{ keys: string; countryLabel: string; first: number; offset: number }],
    CountryResolutionRow
  >;
  readonly #entities: Database.Statement<[{ label: string; name: string; limit: number }], EntityRow>;
  /** Prepared statements per shape: at most one pair per combination of fields, so bounded. */
  readonly #resolutionLists = new Map<string, ListStatements>();
  readonly #paragraphLists = new Map<string, ListStatements>();
  readonly #inSnapshot: Database.Transaction<(work: () => unknown) => unknown>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#recallsOut = db.prepare(GRAPH_BATCHED_READS.recallsOut);
    this.#recallsIn = db.prepare(GRAPH_BATCHED_READS.recallsIn);
    this.#concerns = db.prepare(GRAPH_BATCHED_READS.concernsOf);
    this.#sponsors = db.prepare(GRAPH_BATCHED_READS.sponsorsOf);
    this.#votes = db.prepare(GRAPH_BATCHED_READS.votesOf);
    this.#resolutionsOfCountries = db.prepare(GRAPH_BATCHED_READS.resolutionsOfCountries);
    this.#entities = db.prepare(FIND_ENTITIES);
    // One read transaction: a page and its total come from the same snapshot.
    this.#inSnapshot = db.transaction((work: () => unknown) => work());
  }

  recallsOf(symbols: readonly string[], direction: "out" | "in"): RecallEdge[][] {
    if (symbols.length === 0) return [];
    const statement = direction === "out" ? this.#recallsOut : this.#recallsIn;
    const rows = statement.all({ keys: JSON.stringify([...new Set(symbols)]), undated: CONSTANTS.undated });
    return manyPerKey(symbols, rows, (r) => r.owner).map((list) =>
      list.map((r) => ({ from: r.src, to: r.dst, verbs: JSON.parse(r.verbs) as string[], paragraphs: JSON.parse(r.paragraphs) as string[] })),
    );
  }

  concernsOf(symbols: readonly string[]): EntityRecord[][] {
    if (symbols.length === 0) return [];
    const rows = this.#concerns.all({ keys: JSON.stringify([...new Set(symbols)]) });
    return manyPerKey(symbols, rows, (r) => r.owner).map((list) => list.map(toEntityRecord));
  }

  sponsorsOf(symbols: readonly string[]): EntityRecord[][] {
    if (symbols.length === 0) return [];
    const rows = this.#sponsors.all({ keys: JSON.stringify([...new Set(symbols)]) });
    return manyPerKey(symbols, rows, (r) => r.owner).map((list) => list.map(toEntityRecord));
  }

  votesOf(symbols: readonly string[]): CountryVoteRecord[][] {
    if (symbols.length === 0) return [];
    const rows = this.#votes.all({ keys: JSON.stringify([...new Set(symbols)]), yes: CONSTANTS.yes, no: CONSTANTS.no });
    return manyPerKey(symbols, rows, (r) => r.owner).map((list) => list.map((r) => ({ country: toEntityRecord(r), vote: r.vote })));
  }

  resolutionsOfCountries(codes: readonly string[], window: PageWindow): Page<ResolutionNode>[] {
    const first = window.first;
    const offset = window.offset;
    if (codes.length === 0) return [];
    const rows = this.#resolutionsOfCountries.all({ keys: keysParam(codes), countryLabel: CONSTANTS.countryLabel, first, offset });
    return manyPerKey(codes, rows, (r) => r.owner).map((list) => ({
      items: list.filter((r) => r.on_page === 1).map(toResolutionNode),
      totalCount: list[0]?.total ?? 0,
    }));
  }

  findEntities(label: EntityLabel, name: string, limit: number): EntityRecord[] {
    const checked = label;
    const n = limit;
    if (n === 0) return [];
    return this.#entities.all({ label: checked, name: name.toLowerCase(), limit: n }).map(toEntityRecord);
  }

  findResolutions(args: FindResolutionsArgs): Page<ResolutionNode> {
    const query = resolutionListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const statements = this.#prepared(this.#resolutionLists, query.shape, findResolutionsSql);
    return this.#page(statements, query.params, (row) => toResolutionNode(row as ResolutionNodeRow));
  }

  findParagraphs(args: FindParagraphsArgs): Page<ParagraphRecord> {
    const query = paragraphListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const statements = this.#prepared(this.#paragraphLists, query.shape, findParagraphsSql);
    return this.#page(statements, query.params, (row) => toParagraphRecord(row as ParagraphRow));
  }

  #page<T>(statements: ListStatements, params: Record<string, string | number>, toRecord: (row: unknown) => T): Page<T> {
    // The total's statement has no paging and no ordering: it takes the filter values only.
    const filters = Object.fromEntries(Object.entries(params).filter(([name]) => !PAGE_ONLY.has(name)));
    const read = (): Page<T> => ({
      items: params.first === 0 ? [] : statements.page.all(params).map(toRecord),
      totalCount: statements.total.get(filters)?.n ?? 0,
    });
    return this.#inSnapshot.deferred(read) as Page<T>;
  }

  #prepared<Shape extends object>(
    cache: Map<string, ListStatements>,
    shape: Shape,
    sql: (shape: Shape) => { page: string; total: string },
  ): ListStatements {
    const key = shapeKey(shape);
    let statements = cache.get(key);
    if (!statements) {
      const text = sql(shape);
      statements = { page: this.#db.prepare(text.page), total: this.#db.prepare(text.total) };
      cache.set(key, statements);
    }
    return statements;
  }
}
