// The API's lists on Neo4j: every loaded resolution by keyset (listResolutions), the resolutions of
// each state (batched), and the filtered, offset-paged lists of resolutions and paragraphs. Which
// fragments a filtered statement has depends only on its shape (shape.ts) and, for `mentions`, on
// the entity label (a closed set: Cypher takes no parameter for a label); values are always
// parameters. The first present of a few selective filters is the anchor the MATCH starts from (the
// full-text index, a key lookup); every other present field is a WHERE condition. Each list
// statement returns the total and the page in one row, so both come from one snapshot.

import { int, type Integer } from "neo4j-driver";
import type { EntityLabel } from "../../model.js";
import type {
  FindParagraphsArgs,
  FindResolutionsArgs,
  ListResolutionsArgs,
  Page,
  PageWindow,
  ParagraphRecord,
  ResolutionNode,
  ResolutionOrder,
  ResolutionPage,
} from "../../port.js";
import { toResolutionNode, toResolutionRecord } from "../../records.js";
import { FULLTEXT_INDEX } from "../../neo4j/schema.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { adoptedOrder, datedOrder, keyOf, projection, run, st, type Statement } from "../../neo4j/statement.js";
import { paragraphOf, type ParagraphProps, type ResolutionProps } from "../lookups/neo4j.js";
import { luceneQuery } from "../search/lucene.js";
import { paragraphList, resolutionList, type ListCall, type ParagraphListShape, type ResolutionListShape } from "./shape.js";

export const LIST_CYPHER = {
  /** Loaded resolutions only: stubs have no record. One extra row tells whether a next page exists. */
  listResolutions: st(
    `MATCH (r:Resolution)
WHERE r.stub = false
WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
WHERE $afterSymbol IS NULL OR adoptedOn > $afterAdoptedOn OR (adoptedOn = $afterAdoptedOn AND r.symbol > $afterSymbol)
RETURN ${projection("r", "Resolution")} AS resolution
ORDER BY adoptedOn, r.symbol
LIMIT $limit`,
    ["afterSymbol", "afterAdoptedOn", "limit"],
  ),
  countResolutions: st(`RETURN COUNT { MATCH (r:Resolution) WHERE r.stub = false } AS n`, []),
  /**
   * Loaded resolutions concerning or naming each state, by (adoptedOn, symbol): the page and the
   * union's total per state (UNION keeps each resolution once per state). A state with none has no row.
   */
  resolutionsOfCountries: st(
    `CALL () {
  UNWIND $keys AS k
  MATCH (:Country {code: k})<-[:CONCERNS]-(r:Resolution)
  RETURN k, r
  UNION
  UNWIND $keys AS k
  MATCH (:Country {code: k})<-[:MENTIONS]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  RETURN k, r
}
WITH k, r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY k, adoptedOn, r.symbol
WHERE r.stub = false
WITH k, collect(r) AS hits
RETURN k AS owner, size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${projection("h", "Resolution")}] AS page`,
    ["keys", "offset", "first"],
  ),
} as const;

// --- filtered lists: Cypher composed from fixed fragments ----------------------------------------

interface Fragment {
  cypher: string;
  params: readonly string[];
}

const frag = (cypher: string, params: readonly string[] = []): Fragment => ({ cypher, params });

const fulltextAnchor = (node: string) =>
  `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $text) YIELD node${node === "node" ? "" : ` AS ${node}`}`;

/** `(:Law {key: $mentionsKey})`: the mentioned entity, by its label's key property. */
const mentionedEntity = (label: EntityLabel): string => `(:${label} {${keyOf(label)}: $mentionsKey})`;

/** Loaded texts by their own date; with stubs, a stub by its metadata's (datedOrder), as SQLite's RESOLUTION_ORDERS. */
const RESOLUTION_ORDER_CLAUSES: Record<ResolutionOrder, { loaded: string; withStubs: string }> = {
  ADOPTED_ASC: {
    loaded: `WITH r, ${adoptedOrder("r")} AS adoptedOn
ORDER BY adoptedOn, r.symbol`,
    withStubs: `WITH r, ${datedOrder("r")} AS adoptedOn
ORDER BY adoptedOn, r.symbol`,
  },
  ADOPTED_DESC: {
    loaded: `WITH r, ${adoptedOrder("r")} AS adoptedOn
ORDER BY adoptedOn DESC, r.symbol`,
    withStubs: `WITH r, ${datedOrder("r")} AS adoptedOn
ORDER BY adoptedOn DESC, r.symbol`,
  },
  SYMBOL_ASC: {
    loaded: `WITH r
ORDER BY r.symbol`,
    withStubs: `WITH r
ORDER BY r.symbol`,
  },
};

function composed(name: string, parts: readonly Fragment[]): Statement {
  const params = [...new Set(parts.flatMap((p) => p.params))];
  try {
    return st(parts.map((p) => p.cypher).join("\n"), params);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

const whereClause = (conditions: readonly Fragment[]): Fragment[] =>
  conditions.length === 0
    ? []
    : [frag(`WHERE ${conditions.map((c) => c.cypher).join("\n  AND ")}`, conditions.flatMap((c) => c.params))];

/** The findResolutions statement of a shape: one query giving the total and the page (`$offset`, `$first`). */
function buildFindResolutions(shape: ResolutionListShape): Statement {
  const anchor: "text" | "mentions" | "concerns" | "subject" | "sponsor" | null = shape.text
    ? "text"
    : shape.mentions
      ? "mentions"
      : shape.concerns
        ? "concerns"
        : shape.subject
          ? "subject"
          : shape.sponsor
            ? "sponsor"
            : null;
  const parts: Fragment[] = [];
  if (anchor === "text") {
    parts.push(frag(`${fulltextAnchor("node")}\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)\nWITH DISTINCT r`, ["text"]));
  } else if (anchor === "mentions" && shape.mentions) {
    parts.push(
      frag(`MATCH ${mentionedEntity(shape.mentions)}<-[:MENTIONS]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)\nWITH DISTINCT r`, [
        "mentionsKey",
      ]),
    );
  } else if (anchor === "concerns") {
    parts.push(frag(`MATCH (:Country {code: $concerns})<-[:CONCERNS]-(r:Resolution)`, ["concerns"]));
  } else if (anchor === "subject") {
    parts.push(frag(`MATCH (:Subject {key: $subject})<-[:ABOUT]-(r:Resolution)\nWITH DISTINCT r`, ["subject"]));
  } else if (anchor === "sponsor") {
    parts.push(frag(`MATCH (:Country {code: $sponsor})-[:SPONSORED]->(r:Resolution)\nWITH DISTINCT r`, ["sponsor"]));
  } else {
    parts.push(frag(`MATCH (r:Resolution)`));
  }
  const conditions: Fragment[] = [];
  if (!shape.includeStubs) conditions.push(frag(`r.stub = false`));
  if (shape.body) conditions.push(frag(`r.body = $body`, ["body"]));
  if (shape.yearFrom) conditions.push(frag(`r.year >= $yearFrom`, ["yearFrom"]));
  if (shape.yearTo) conditions.push(frag(`r.year <= $yearTo`, ["yearTo"]));
  if (shape.session) conditions.push(frag(`r.session = $session`, ["session"]));
  if (shape.concerns && anchor !== "concerns") {
    conditions.push(frag(`EXISTS { (r)-[:CONCERNS]->(:Country {code: $concerns}) }`, ["concerns"]));
  }
  if (shape.mentions && anchor !== "mentions") {
    conditions.push(frag(`EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->${mentionedEntity(shape.mentions)} }`, ["mentionsKey"]));
  }
  if (shape.references) {
    conditions.push(
      frag(
        `(EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:REFERS_TO]->(:Resolution {symbol: $references}) }
    OR EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Document {symbol: $references}) })`,
        ["references"],
      ),
    );
  }
  if (shape.subject && anchor !== "subject") conditions.push(frag(`EXISTS { (r)-[:ABOUT]->(:Subject {key: $subject}) }`, ["subject"]));
  if (shape.sponsor && anchor !== "sponsor") conditions.push(frag(`EXISTS { (r)<-[:SPONSORED]-(:Country {code: $sponsor}) }`, ["sponsor"]));
  parts.push(...whereClause(conditions));
  parts.push(frag(RESOLUTION_ORDER_CLAUSES[shape.orderBy][shape.includeStubs ? "withStubs" : "loaded"]));
  parts.push(
    frag(
      `WITH collect(r) AS hits
RETURN size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${projection("h", "Resolution")}] AS page`,
      ["offset", "first"],
    ),
  );
  return composed("findResolutions", parts);
}

/** The findParagraphs statement of a shape, ordered by the resolution's (adoptedOn, symbol), then ordinal. */
function buildFindParagraphs(shape: ParagraphListShape): Statement {
  const anchor: "text" | "resolution" | "mentions" | null = shape.text
    ? "text"
    : shape.resolution
      ? "resolution"
      : shape.mentions
        ? "mentions"
        : null;
  const parts: Fragment[] = [];
  if (anchor === "text") {
    parts.push(frag(`${fulltextAnchor("p")}\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)`, ["text"]));
  } else if (anchor === "resolution") {
    parts.push(frag(`MATCH (r:Resolution {symbol: $resolution})-[:HAS_PARAGRAPH]->(p:Paragraph)`, ["resolution"]));
  } else if (anchor === "mentions" && shape.mentions) {
    parts.push(
      frag(`MATCH ${mentionedEntity(shape.mentions)}<-[:MENTIONS]-(p:Paragraph)\nWITH DISTINCT p\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)`, [
        "mentionsKey",
      ]),
    );
  } else {
    parts.push(frag(`MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph)`));
  }
  const conditions: Fragment[] = [];
  if (shape.resolution && anchor !== "resolution") conditions.push(frag(`r.symbol = $resolution`, ["resolution"]));
  if (shape.kind) conditions.push(frag(`p.kind = $kind`, ["kind"]));
  // Whole-word prefix: the lower-cased verb is $verb, or starts with $verbWord ($verb and a space).
  if (shape.verb) conditions.push(frag(`(toLower(p.verb) = $verb OR toLower(p.verb) STARTS WITH $verbWord)`, ["verb", "verbWord"]));
  if (shape.mentions && anchor !== "mentions") {
    conditions.push(frag(`EXISTS { (p)-[:MENTIONS]->${mentionedEntity(shape.mentions)} }`, ["mentionsKey"]));
  }
  parts.push(...whereClause(conditions));
  parts.push(
    frag(
      `WITH r, p
ORDER BY ${adoptedOrder("r")}, r.symbol, p.ordinal
WITH collect({resolution: r.symbol, paragraph: ${projection("p", "Paragraph")}}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS page`,
      ["offset", "first"],
    ),
  );
  return composed("findParagraphs", parts);
}

function memo<Shape>(build: (shape: Shape) => Statement): (shape: Shape) => Statement {
  const cache = new Map<string, Statement>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let statement = cache.get(key);
    if (!statement) {
      statement = build(shape);
      cache.set(key, statement);
    }
    return statement;
  };
}

/** One Statement per shape, built once: at most one per combination of fields, labels and orders. */
export const findResolutionsStatement = memo(buildFindResolutions);
export const findParagraphsStatement = memo(buildFindParagraphs);

export type ListParams = Record<string, string | Integer>;

export interface ListQuery<Shape> {
  shape: Shape;
  statement: Statement;
  params: ListParams;
}

/** Integers go out as driver Integers: a JS number would be sent as a FLOAT, which `[a..b]` refuses. */
function paramsOf<Shape>(call: ListCall<Shape>): ListParams {
  const params: ListParams = {};
  for (const [name, value] of Object.entries(call.values)) {
    if (value !== undefined) params[name] = typeof value === "number" ? int(value) : value;
  }
  params.offset = int(call.offset);
  params.first = int(call.first);
  return params;
}

/** Null when the text has nothing to search for: the store answers an empty page without a query. */
export function resolutionListQuery(args: FindResolutionsArgs): ListQuery<ResolutionListShape> | null {
  const call = resolutionList(args, luceneQuery);
  return call === null ? null : { shape: call.shape, statement: findResolutionsStatement(call.shape), params: paramsOf(call) };
}

export function paragraphListQuery(args: FindParagraphsArgs): ListQuery<ParagraphListShape> | null {
  const call = paragraphList(args, luceneQuery);
  return call === null ? null : { shape: call.shape, statement: findParagraphsStatement(call.shape), params: paramsOf(call) };
}

export class Neo4jLists {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async listResolutions({ first, after }: ListResolutionsArgs): Promise<ResolutionPage> {
    // One read transaction, so that totalCount and the items come from the same snapshot.
    return this.#db.read(async (tx) => {
      const rows = await run<{ resolution: ResolutionProps }>(tx, LIST_CYPHER.listResolutions, {
        afterSymbol: after?.symbol ?? null,
        afterAdoptedOn: after?.adoptedOn ?? null,
        // One row more than asked tells whether a next page exists.
        limit: int(first + 1),
      });
      const [count] = await run<{ n: number }>(tx, LIST_CYPHER.countResolutions);
      return {
        items: rows.slice(0, first).map((r) => toResolutionRecord(r.resolution)),
        totalCount: count?.n ?? 0,
        hasNextPage: rows.length > first,
      };
    });
  }

  async resolutionsOfCountries(codes: readonly string[], { first, offset }: PageWindow): Promise<Page<ResolutionNode>[]> {
    type Row = { owner: string; total: number; page: ResolutionProps[] };
    const rows = await this.#db.batch(codes, (tx, keys) =>
      run<Row>(tx, LIST_CYPHER.resolutionsOfCountries, { keys, offset: int(offset), first: int(first) }),
    );
    const byCode = new Map(rows.map((r) => [r.owner, r]));
    return codes.map((code) => {
      const row = byCode.get(code);
      return { items: (row?.page ?? []).map(toResolutionNode), totalCount: row?.total ?? 0 };
    });
  }

  async findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>> {
    const query = resolutionListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const row = await this.#list<ResolutionProps>(query);
    return { totalCount: row.total, items: row.page.map(toResolutionNode) };
  }

  async findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>> {
    const query = paragraphListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const row = await this.#list<{ resolution: string; paragraph: ParagraphProps }>(query);
    return { totalCount: row.total, items: row.page.map((r) => paragraphOf(r.resolution, r.paragraph)) };
  }

  /** One filtered-list query: the total and the page, in one statement (so from one snapshot). */
  async #list<Item>({ statement, params }: ListQuery<unknown>): Promise<{ total: number; page: Item[] }> {
    const [row] = await this.#db.read((tx) => run<{ total: number; page: Item[] }>(tx, statement, params));
    return { total: row?.total ?? 0, page: row?.page ?? [] };
  }
}
