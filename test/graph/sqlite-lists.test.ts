// TCK-style checks on the SQL of the API's lists: how a filter becomes a shape, SQL and bound
// values (input in, statement + parameters out); that the text depends on the shape only, never on
// a value; the batched reads run one query per call; and every selective filter is served by an index.

import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ENTITY_SQL } from "../../src/graph/features/entities/sqlite.js";
import {
  NO_PARAGRAPH_FILTER,
  NO_RESOLUTION_FILTER as NO_FILTER,
  type ParagraphListShape,
  type ResolutionListShape,
} from "../../src/graph/features/lists/shape.js";
import { findParagraphsSql as paragraphStatements, findResolutionsSql as resolutionStatements, LIST_SQL, paragraphListQuery, resolutionListQuery } from "../../src/graph/features/lists/sqlite.js";
import { RELATION_SQL } from "../../src/graph/features/relations/sqlite.js";
import { registerFunctions } from "../../src/graph/sqlite/open.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { cambodia, gaMyanmar, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";
import { fullScans, ownNames } from "./query-plans.js";

const scratch = scratchDir();

/** The text of a shape's page and total statements. */
const findResolutionsSql = (shape: ResolutionListShape) => {
  const { page, total } = resolutionStatements(shape);
  return { page: page.sql, total: total.sql };
};
const findParagraphsSql = (shape: ParagraphListShape) => {
  const { page, total } = paragraphStatements(shape);
  return { page: page.sql, total: total.sql };
};

/** The batched reads of the API's fields: keys as one JSON array. */
const GRAPH_BATCHED_READS = { ...RELATION_SQL, resolutionsOfCountries: LIST_SQL.resolutionsOfCountries };
type GraphBatchedRead = keyof typeof GRAPH_BATCHED_READS;
const FIND_ENTITIES = ENTITY_SQL.findEntities.sql;

const RESOLUTION_FIELDS = ["body", "yearFrom", "yearTo", "session", "concerns", "mentions", "references", "text", "includeStubs"] as const;
const PARAGRAPH_FIELDS = ["resolution", "kind", "verb", "mentions", "text"] as const;

/** Every shape: 2^9 field combinations x 3 orders, and 2^5 for paragraphs. */
const allResolutionShapes = (): ResolutionListShape[] =>
  Array.from({ length: 2 ** RESOLUTION_FIELDS.length }, (_, bits) => bits).flatMap((bits) =>
    (["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"] as const).map((orderBy) => ({
      ...Object.fromEntries(RESOLUTION_FIELDS.map((f, i) => [f, (bits & (1 << i)) !== 0])),
      mentions: (bits & (1 << RESOLUTION_FIELDS.indexOf("mentions"))) !== 0 ? "Country" : null,
      orderBy,
    })) as ResolutionListShape[],
  );
const allParagraphShapes = (): ParagraphListShape[] =>
  Array.from({ length: 2 ** PARAGRAPH_FIELDS.length }, (_, bits) => ({
    ...Object.fromEntries(PARAGRAPH_FIELDS.map((f, i) => [f, (bits & (1 << i)) !== 0])),
    mentions: (bits & (1 << PARAGRAPH_FIELDS.indexOf("mentions"))) !== 0 ? "Country" : null,
  })) as unknown as ParagraphListShape[];

const namedParams = (sql: string): string[] => [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ""))].sort();

describe("findResolutions: filter in, shape and bound values out", () => {
  it("an empty filter: loaded only, the order, the page", () => {
    expect(resolutionListQuery({ filter: {}, orderBy: "ADOPTED_ASC", first: 10, offset: 20 })).toEqual({
      shape: NO_FILTER,
      params: { first: 10, offset: 20 },
    });
    expect(findResolutionsSql(NO_FILTER)).toEqual({
      page: `SELECT symbol, stub, title, body, adopted_on AS adoptedOn, meeting, vote_method AS voteMethod,
  votes_yes AS votesYes, votes_no AS votesNo, votes_abstain AS votesAbstain, source_path AS sourcePath, source_hash AS sourceHash,
  source_format AS sourceFormat, metadata_title AS metadataTitle, metadata_adopted_on AS metadataAdoptedOn,
  metadata_meeting AS metadataMeeting, adoption_type AS adoptionType, originating_document AS originatingDocument, committee,
  agenda_item AS agendaItem, verbatim_record AS verbatimRecord, metadata_votes_yes AS metadataVotesYes,
  metadata_votes_no AS metadataVotesNo, metadata_votes_abstain AS metadataVotesAbstain, metadata_path AS metadataPath,
  metadata_hash AS metadataHash FROM resolutions AS r
WHERE r.stub = 0
ORDER BY r.adopted_on, r.symbol
LIMIT @first OFFSET @offset`,
      total: `SELECT count(*) AS n FROM resolutions AS r
WHERE r.stub = 0`,
    });
  });

  it("every field: one fragment each, values bound, the text through the FTS query builder", () => {
    const query = resolutionListQuery({
      filter: {
        body: "Human Rights Council",
        yearFrom: 2015,
        yearTo: 2019,
        session: "36",
        concerns: "KHM",
        mentions: { label: "Law", key: "KHM:Land Law" },
        references: "A/RES/70/1",
        text: 'land "law',
        includeStubs: true,
      },
      orderBy: "ADOPTED_DESC",
      first: 5,
      offset: 0,
    });
    expect(query).toEqual({
      shape: { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: "Law", references: true, text: true, subject: false, sponsor: false, includeStubs: true, orderBy: "ADOPTED_DESC" },
      params: {
        first: 5,
        offset: 0,
        body: "Human Rights Council",
        yearFrom: 2015,
        yearTo: 2019,
        session: "36",
        concerns: "KHM",
        countryLabel: "Country",
        mentionsLabel: "Law",
        mentionsKey: "KHM:Land Law",
        references: "A/RES/70/1",
        text: `"land" "law"`,
        undated: "",
      },
    });
    const { page, total } = findResolutionsSql(query!.shape);
    expect(page).not.toContain("r.stub = 0");
    // A stub sorts by its metadata's date.
    expect(page).toContain("ORDER BY coalesce(r.adopted_on, r.metadata_adopted_on, @undated) DESC, r.symbol");
    expect(namedParams(page)).toEqual(Object.keys(query!.params).sort());
    expect(namedParams(total)).toEqual(Object.keys(query!.params).filter((p) => !["first", "offset", "undated"].includes(p)).sort());
  });

  it.each([
    [{ body: "x" }, ["r.body = @body"]],
    [{ yearFrom: 1 }, ["r.year >= @yearFrom"]],
    [{ yearTo: 1 }, ["r.year <= @yearTo"]],
    [{ session: "x" }, ["r.session = @session"]],
    [{ concerns: "x" }, ["c.country = @concerns"]],
    [{ mentions: { label: "Person" as const, key: "x" } }, ["m.label = @mentionsLabel AND m.entity_key = @mentionsKey"]],
    [{ references: "x" }, ["x.target = @references"]],
    [{ text: "x" }, ["paragraphs_fts MATCH @text"]],
  ])("%j adds exactly its own condition", (filter, fragments) => {
    const query = resolutionListQuery({ filter, orderBy: "SYMBOL_ASC", first: 1, offset: 0 });
    const { page } = findResolutionsSql(query!.shape);
    for (const f of fragments) expect(page).toContain(f);
    expect(page.match(/\n {2}AND /g) ?? []).toHaveLength(1);
    expect(page).toContain("ORDER BY r.symbol\n");
  });

  it("null fields are absent fields (GraphQL passes null for an omitted input)", () => {
    const withNulls = { body: null, yearFrom: null, mentions: null, text: null } as unknown as FindFilter;
    expect(resolutionListQuery({ filter: withNulls, orderBy: "ADOPTED_ASC", first: 1, offset: 0 })?.shape).toEqual(NO_FILTER);
  });

  it("no query for a text with nothing to search", () => {
    expect(resolutionListQuery({ filter: { text: "«»" }, orderBy: "ADOPTED_ASC", first: 1, offset: 0 })).toBeNull();
  });
});

type FindFilter = Parameters<typeof resolutionListQuery>[0]["filter"];

describe("findParagraphs: filter in, shape and bound values out", () => {
  it("every field, the verb as a whole-word prefix", () => {
    const query = paragraphListQuery({
      filter: { resolution: "A/RES/74/246", kind: "preambular", verb: "  Recalling   ALSO ", mentions: { label: "Country", key: "MMR" }, text: "human rights" },
      first: 3,
      offset: 6,
    });
    expect(query).toEqual({
      shape: { resolution: true, kind: true, verb: true, mentions: "Country", text: true },
      params: {
        first: 3,
        offset: 6,
        resolution: "A/RES/74/246",
        kind: "preambular",
        verb: "recalling also",
        verbWord: "recalling also ",
        mentionsLabel: "Country",
        mentionsKey: "MMR",
        text: `"human" "rights"`,
      },
    });
    const { page, total } = findParagraphsSql(query!.shape);
    expect(page).toContain("(fold_case(p.verb) = @verb OR instr(fold_case(p.verb), @verbWord) = 1)");
    expect(page).toContain("ORDER BY r.adopted_on, r.symbol, p.ordinal\nLIMIT @first OFFSET @offset");
    expect(namedParams(page)).toEqual(Object.keys(query!.params).sort());
    expect(namedParams(total)).toEqual(Object.keys(query!.params).filter((p) => p !== "first" && p !== "offset").sort());
  });

  it("an empty filter has no WHERE", () => {
    expect(paragraphListQuery({ filter: {}, first: 1, offset: 0 })).toEqual({ shape: NO_PARAGRAPH_FILTER, params: { first: 1, offset: 0 } });
    expect(findParagraphsSql(NO_PARAGRAPH_FILTER).page).not.toContain("WHERE");
    expect(paragraphListQuery({ filter: { text: "***" }, first: 1, offset: 0 })).toBeNull();
  });
});

describe("the composed SQL depends on the shape only", () => {
  const hostile = "' OR 1=1; DROP TABLE resolutions; --";
  it("a value never reaches the text: hostile and benign values give the same statement", () => {
    const benign = resolutionListQuery({
      filter: { body: "a", session: "b", concerns: "c", mentions: { label: "Law", key: "d" }, references: "e", text: "f" },
      orderBy: "ADOPTED_ASC",
      first: 1,
      offset: 0,
    });
    const evil = resolutionListQuery({
      filter: { body: hostile, session: hostile, concerns: hostile, mentions: { label: "Law", key: hostile }, references: hostile, text: `${hostile} x` },
      orderBy: "ADOPTED_ASC",
      first: 1,
      offset: 0,
    });
    expect(evil?.shape).toEqual(benign?.shape);
    expect(JSON.stringify(findResolutionsSql(evil!.shape))).not.toContain("DROP");
  });

  it.each([
    ["findResolutions", allResolutionShapes().map((s) => findResolutionsSql(s))],
    ["findParagraphs", allParagraphShapes().map((s) => findParagraphsSql(s))],
  ])("%s: no string literal in any of its statements", (_name, statements) => {
    expect(statements.length).toBeGreaterThanOrEqual(32);
    for (const { page, total } of statements) {
      expect(page.match(/'[^']*'|"[^"]*"/g) ?? []).toEqual([]);
      expect(total.match(/'[^']*'|"[^"]*"/g) ?? []).toEqual([]);
      expect(page).not.toMatch(/\$\{|undefined|null\b|\[object/);
    }
  });

  it("every shape's statements compile against the schema", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    withRawDb(path, (db) => {
      registerFunctions(db);
      for (const { page, total } of [...allResolutionShapes().map(findResolutionsSql), ...allParagraphShapes().map(findParagraphsSql)]) {
        expect(() => db.prepare(page)).not.toThrow();
        expect(() => db.prepare(total)).not.toThrow();
      }
    });
  });

  it("the batched reads and the entity look-up have no string literal and take the keys as one JSON array", () => {
    for (const sql of [...Object.values(GRAPH_BATCHED_READS).map((s) => s.sql), FIND_ENTITIES]) expect(sql.match(/'[^']*'|"[^"]*"/g) ?? []).toEqual([]);
    for (const sql of Object.values(GRAPH_BATCHED_READS).map((s) => s.sql)) {
      expect(sql).toMatch(/IN \(SELECT value FROM json_each\(@keys\)\)|SELECT DISTINCT value FROM json_each\(@keys\)/);
      // No positional parameter, and no key smuggled in as a literal (the CASE ranks are code).
      expect(sql).not.toContain("?");
      expect(sql.replace(/THEN \d|ELSE \d/g, "")).not.toMatch(/\d/);
    }
  });
});

describe("SQLite execution of the API's reads", () => {
  let store: GraphStore | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await store?.close();
  });

  async function tracedStore(): Promise<{ store: GraphStore; executed: string[] }> {
    const executed: string[] = [];
    store = openSqliteStore(":memory:", { trace: (sql) => executed.push(sql) });
    for (const doc of [hrc3632, cambodia, gaMyanmar]) await store.upsertDocument(doc, source(doc.resolution.symbol));
    executed.length = 0;
    return { store, executed };
  }

  const calls: Record<GraphBatchedRead, (s: GraphStore, keys: string[]) => Promise<unknown>> = {
    recallsOut: (s, keys) => s.recallsOf(keys, "out"),
    recallsIn: (s, keys) => s.recallsOf(keys, "in"),
    concernsOf: (s, keys) => s.concernsOf(keys),
    votesOf: (s, keys) => s.votesOf(keys),
    sponsorsOf: (s, keys) => s.sponsorsOf(keys),
    resolutionsOfCountries: (s, keys) => s.resolutionsOfCountries(keys, { first: 5, offset: 0 }),
  };

  it.each(Object.keys(calls) as GraphBatchedRead[])("%s: one query for 3000 keys, none for no keys", async (read) => {
    const { store: s, executed } = await tracedStore();
    await calls[read](s, Array.from({ length: 3000 }, (_, i) => (i % 2 ? `K/${i}` : "A/RES/74/246")));
    expect(executed).toHaveLength(1);
    expect(executed[0]).toContain("json_each('[");
    executed.length = 0;
    await calls[read](s, []);
    expect(executed).toEqual([]);
  });

  it("findResolutions and findParagraphs: the page and the total in one read transaction", async () => {
    const { store: s, executed } = await tracedStore();
    await s.findResolutions({ filter: { body: "Human Rights Council" }, orderBy: "ADOPTED_ASC", first: 2, offset: 0 });
    expect(executed.map((sql) => sql.split(/\s/)[0])).toEqual(["BEGIN", "SELECT", "SELECT", "COMMIT"]);
    executed.length = 0;
    await s.findParagraphs({ filter: { verb: "Recalling" }, first: 2, offset: 0 });
    expect(executed.map((sql) => sql.split(/\s/)[0])).toEqual(["BEGIN", "SELECT", "SELECT", "COMMIT"]);
    executed.length = 0;
    // Nothing to search: no query at all.
    await s.findParagraphs({ filter: { text: "***" }, first: 2, offset: 0 });
    expect(executed).toEqual([]);
  });

  it("prepares the fixed statements once, and each filter shape's once, on its first use", async () => {
    const { store: s } = await tracedStore();
    await s.findResolutions({ filter: { concerns: "KHM" }, orderBy: "ADOPTED_ASC", first: 2, offset: 0 });
    await s.findParagraphs({ filter: { mentions: { label: "Country", key: "MMR" } }, first: 2, offset: 0 });
    const prepare = vi.spyOn(Database.prototype, "prepare");
    await s.recallsOf(["A/RES/74/246"], "out");
    await s.recallsOf(["A/RES/74/246"], "in");
    await s.concernsOf(["A/RES/74/246"]);
    await s.votesOf(["A/RES/74/246"]);
    await s.resolutionsOfCountries(["MMR"], { first: 5, offset: 0 });
    await s.lineages(["A/RES/74/246"], "ancestors", 3);
    await s.findEntities("Country", "my", 5);
    await s.findResolutions({ filter: { concerns: "MMR" }, orderBy: "ADOPTED_ASC", first: 5, offset: 1 });
    await s.findParagraphs({ filter: { mentions: { label: "Country", key: "KHM" } }, first: 5, offset: 1 });
    expect(prepare).not.toHaveBeenCalled();
    // A new shape prepares its page and total statements, once.
    await s.findResolutions({ filter: { session: "36" }, orderBy: "SYMBOL_ASC", first: 5, offset: 0 });
    await s.findResolutions({ filter: { session: "74" }, orderBy: "SYMBOL_ASC", first: 5, offset: 0 });
    expect(prepare).toHaveBeenCalledTimes(2);
  });
});

function plan(path: string, sql: string, params: Record<string, unknown>): string[] {
  return withRawDb(path, (db) => {
    registerFunctions(db);
    return db
      .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((row) => row.detail);
  });
}


describe("query plans of the API's reads", () => {
  it("excuses scans of a statement's own CTEs and their aliases only", () => {
    const sql = "WITH keys(code) AS (SELECT 1), hits AS MATERIALIZED (SELECT 2) SELECT * FROM keys AS k JOIN hits AS h JOIN concerns AS c";
    expect([...ownNames(sql)].sort()).toEqual(["h", "hits", "k", "keys"]);
    expect(fullScans(["SCAN k", "SCAN h", "SCAN (subquery-3)", "SCAN c", "SCAN concerns"], sql)).toEqual(["SCAN c", "SCAN concerns"]);
  });

  const values = {
    keys: "[]",
    undated: "",
    yes: "yes",
    no: "no",
    first: 10,
    offset: 0,
    body: "b",
    yearFrom: 2000,
    yearTo: 2010,
    session: "36",
    concerns: "KHM",
    countryLabel: "Country",
    mentionsLabel: "Country",
    mentionsKey: "MMR",
    references: "A/RES/70/1",
    text: '"x"',
    resolution: "A/RES/1/1",
    kind: "operative",
    verb: "recalling",
    verbWord: "recalling ",
    metadata: "metadata",
    subject: "UNBIS:HUMAN RIGHTS",
    sponsor: "FIN",
  };
  const only = (sql: string) => Object.fromEntries(Object.entries(values).filter(([k]) => sql.includes(`@${k}`)));

  it.each(Object.entries(GRAPH_BATCHED_READS).map(([name, s]) => [name, s.sql] as const))("%s reads through indexes", async (_name, sql) => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    expect(fullScans(plan(path, sql, only(sql)), sql)).toEqual([]);
  });

  it("findEntities reads one label's primary-key range", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    const details = plan(path, FIND_ENTITIES, { label: "Country", name: "my", limit: 5 });
    expect(details.join("\n")).toMatch(/SEARCH entities USING (COVERING )?(PRIMARY KEY|INDEX) \(label=\?\)/);
    expect(fullScans(details)).toEqual([]);
  });

  // Each selective filter, alone and with the others that cannot use an index (kind, verb, year…).
  it.each<[string, Partial<ResolutionListShape>]>([
    ["no filter (the partial index gives the order)", {}],
    ["body", { body: true }],
    ["yearFrom", { yearFrom: true }],
    ["yearTo", { yearTo: true }],
    ["session", { session: true }],
    ["concerns", { concerns: true }],
    ["mentions", { mentions: "Person" }],
    ["references", { references: true }],
    ["text", { text: true }],
    ["subject", { subject: true }],
    ["sponsor", { sponsor: true }],
    ["concerns + mentions + references + text, stubs too", { concerns: true, mentions: "Law", references: true, text: true, includeStubs: true }],
  ])("findResolutions by %s reads through indexes", async (_name, partial) => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    for (const orderBy of ["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"] as const) {
      const { page, total } = findResolutionsSql({ ...NO_FILTER, ...partial, orderBy });
      expect(fullScans(plan(path, page, only(page))), page).toEqual([]);
      expect(fullScans(plan(path, total, only(total))), total).toEqual([]);
    }
  });

  it.each<[string, Partial<ParagraphListShape>]>([
    ["resolution", { resolution: true }],
    ["resolution + kind + verb", { resolution: true, kind: true, verb: true }],
    ["mentions", { mentions: "Country" }],
    ["mentions + kind + verb", { mentions: "Organization", kind: true, verb: true }],
    ["text", { text: true }],
    ["text + kind", { text: true, kind: true }],
  ])("findParagraphs by %s reads through indexes", async (_name, partial) => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    const { page, total } = findParagraphsSql({ ...NO_PARAGRAPH_FILTER, ...partial });
    expect(fullScans(plan(path, page, only(page))), page).toEqual([]);
    expect(fullScans(plan(path, total, only(total))), total).toEqual([]);
  });

  it("kind or verb alone has no index to narrow by: a paragraph scan, which the plan shows", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    const { page } = findParagraphsSql({ ...NO_PARAGRAPH_FILTER, verb: true });
    expect(fullScans(plan(path, page, only(page)))).toEqual(["SCAN p"]);
  });
});
