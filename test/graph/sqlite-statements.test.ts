// TCK-style checks on the SQL itself: no value is ever spliced into a statement, each batched read
// is one query with its keys as one JSON parameter, statements are prepared once, and every
// lookup is served by an index.

import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DOCUMENT_SQL } from "../../src/graph/features/documents/sqlite.js";
import { BATCHED_READS, type BatchedRead } from "../../src/graph/features/lookups/sqlite.js";
import { registerFunctions } from "../../src/graph/sqlite/open.js";
import { allSql } from "../../src/graph/sqlite/statements.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";
import { fullScans } from "./query-plans.js";

const scratch = scratchDir();

const allStatements: Array<[string, string]> = allSql().map(([name, statement]) => [name, statement.sql]);

/** SQL text with string literals, if any, so a leaked value would show up. */
const stringLiterals = (sql: string): string[] => sql.match(/'[^']*'|"[^"]*"/g) ?? [];

describe("SQL statements", () => {
  it("are all found (the scan below is not vacuous)", () => {
    expect(allStatements.length).toBeGreaterThanOrEqual(50);
  });

  it.each(allStatements)("%s has no string literal: values only ever come as parameters", (_name, sql) => {
    expect(stringLiterals(sql)).toEqual([]);
    expect(sql).not.toMatch(/\$\{|undefined|null\b|\[object/);
  });

  it("are named once each", () => {
    expect(new Set(allStatements.map(([name]) => name)).size).toBe(allStatements.length);
  });

  it.each(Object.entries(BATCHED_READS).map(([name, s]) => [name, s.sql] as const))("batched read %s takes its keys as exactly one JSON array parameter", (_name, sql) => {
    expect(sql.match(/\?/g)).toHaveLength(1);
    expect(sql).toContain("IN (SELECT value FROM json_each(?))");
    expect(sql).not.toMatch(/[@$:][a-z]/i);
    // No number in the text either: no LIMIT or key smuggled in as a literal.
    expect(sql).not.toMatch(/\d/);
  });
});

describe("SQLite store execution", () => {
  let store: GraphStore | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await store?.close();
  });

  /** A store whose executed statements (with values expanded by SQLite) are recorded. */
  async function tracedStore(): Promise<{ store: GraphStore; executed: string[] }> {
    const executed: string[] = [];
    store = openSqliteStore(":memory:", { trace: (sql) => executed.push(sql) });
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    executed.length = 0;
    return { store, executed };
  }

  const keysFor: Record<BatchedRead, string[]> = {
    resolutionsBySymbols: ["A/HRC/RES/36/32", "missing", "A/HRC/RES/36/32"],
    paragraphsOfResolutions: ["A/HRC/RES/33/22", "A/HRC/RES/36/32"],
    paragraphsByIds: ["A/HRC/RES/36/32#op1", "A/HRC/RES/33/22#pp1"],
    referencesFromParagraphs: ["A/HRC/RES/36/32#pp1", "A/HRC/RES/36/32#pp1"],
    referencesToTargets: ["A/RES/70/1", "A/HRC/RES/33/22"],
    mentionsInParagraphs: ["A/HRC/RES/36/32#op1"],
    resolutionNodes: ["A/RES/70/1", "A/HRC/RES/36/32", "missing"],
  };
  const call = (s: GraphStore, read: BatchedRead, keys: string[]): Promise<unknown> => s[read](keys);

  it.each(Object.keys(BATCHED_READS) as BatchedRead[])(
    "%s runs one query, the constant, with the deduplicated keys bound as one JSON text",
    async (read) => {
      const { store: s, executed } = await tracedStore();
      const keys = keysFor[read];
      await call(s, read, keys);
      expect(executed).toHaveLength(1);
      // SQLite's trace shows the statement with its parameter expanded as a quoted literal, cut
      // after a few dozen bytes with a `/*+N bytes*/` note: put `?` back and compare.
      const traced = executed[0] ?? "";
      const literal = /'((?:[^']|'')*)'(?:\/\*\+(\d+) bytes\*\/)?/;
      const [, shown = "", cut = "0"] = traced.match(literal) ?? [];
      expect(traced.replace(literal, "?")).toBe(BATCHED_READS[read].sql);
      const json = JSON.stringify([...new Set(keys)]);
      expect(json.startsWith(shown.replaceAll("''", "'"))).toBe(true);
      expect(shown.length + Number(cut)).toBe(json.length);
    },
  );

  it.each(Object.keys(BATCHED_READS) as BatchedRead[])("%s runs one query for 3000 keys too", async (read) => {
    const { store: s, executed } = await tracedStore();
    await call(s, read, Array.from({ length: 3000 }, (_, i) => `K/${i}`));
    expect(executed).toHaveLength(1);
  });

  it("runs no query at all for an empty batch", async () => {
    const { store: s, executed } = await tracedStore();
    for (const read of Object.keys(BATCHED_READS) as BatchedRead[]) await call(s, read, []);
    expect(executed).toEqual([]);
  });

  it("prepares every statement once, in the constructor, never per call", async () => {
    const { store: s } = await tracedStore();
    const prepare = vi.spyOn(Database.prototype, "prepare");
    for (const read of Object.keys(BATCHED_READS) as BatchedRead[]) await call(s, read, keysFor[read]);
    await s.upsertDocument(hrc3632, source("A/HRC/RES/36/32", 2));
    await s.upsertDocument(hrc3632, source("A/HRC/RES/36/32", 2));
    await s.listResolutions({ first: 1 });
    await s.listResolutions({ first: 1, after: { adoptedOn: "", symbol: "" } });
    await s.symbolForSourceHash("x");
    await s.counts();
    await s.entitiesByKeys([{ label: "Country", key: "MMR" }]);
    await s.citingParagraphs([{ label: "Resolution", key: "A/RES/70/1" }]);
    await s.coMentions({ label: "Country", key: "MMR" }, 5);
    await s.lineage("A/HRC/RES/36/32", "ancestors", 3);
    await s.lineage("A/RES/70/1", "descendants", 3);
    await s.citationPath("A/HRC/RES/36/32", "A/RES/70/1", 3);
    await s.search({ text: "resolution", first: 5 });
    await s.graphCounts();
    await s.upsertDocuments([{ doc: hrc3322, source: source("A/HRC/RES/33/22", 2) }]);
    await s.deleteDocument("A/HRC/RES/33/22");
    await s.resolutionNodes(["A/RES/70/1"]);
    expect(prepare).not.toHaveBeenCalled();
  });

  it("answers the batched graph reads with one query whose keys are one JSON parameter", async () => {
    const { store: s, executed } = await tracedStore();
    const many = Array.from({ length: 3000 }, (_, i) => ({ label: "Country" as const, key: `K${i}` }));
    await s.entitiesByKeys(many);
    await s.citingParagraphs([...many, { label: "Resolution", key: "A/RES/70/1" }, { label: "Document", key: "' OR 1=1 --" }]);
    expect(executed).toHaveLength(2);
    expect(executed[0]).toContain("json_each('[[");
    expect(executed[1]).toContain("json_each('[[");
    executed.length = 0;
    await s.entitiesByKeys([]);
    await s.citingParagraphs([]);
    expect(executed).toEqual([]);
  });

  it("batches: one transaction, one savepoint per document", async () => {
    const { store: s, executed } = await tracedStore();
    await s.upsertDocuments([
      { doc: hrc3632, source: source("A/HRC/RES/36/32", 2) },
      { doc: hrc3322, source: source("A/HRC/RES/33/22", 2) },
    ]);
    const control = executed.filter((sql) => /^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/.test(sql)).map((sql) => sql.split(" ")[0]);
    expect(control).toEqual(["BEGIN", "SAVEPOINT", "RELEASE", "SAVEPOINT", "RELEASE", "COMMIT"]);
  });

  it("writes nothing for an unchanged document: only the hash lookup runs", async () => {
    const { store: s, executed } = await tracedStore();
    expect((await s.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    expect(executed.filter((sql) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql))).toEqual([]);
    expect(executed.filter((sql) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql))).toEqual([
      DOCUMENT_SQL.selectSourceHash.sql.replace("?", "'A/HRC/RES/36/32'"),
    ]);
  });

  it("does not commit anything for an unchanged document (seen from another connection)", async () => {
    const path = scratch.path();
    store = openSqliteStore(path);
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    const watcher = new Database(path);
    try {
      const version = (): unknown => watcher.pragma("data_version", { simple: true });
      const before = version();
      await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
      expect(version()).toBe(before);
      await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
      expect(version()).not.toBe(before);
    } finally {
      watcher.close();
    }
  });
});

describe("query plans", () => {
  const planned = allSql().map(([name, statement]) => [name, statement] as const);

  it.each(planned)("%s reads its tables through an index, never a full scan, unless it says why", async (_name, statement) => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    const details = withRawDb(path, (db) => {
      registerFunctions(db);
      return db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${statement.sql}`)
        .all(...statement.plan)
        .map((row) => row.detail);
    });
    // A query has a plan; a plain INSERT or a truncating DELETE reads nothing and may have none.
    if (/^(SELECT|WITH)\b/.test(statement.sql)) expect(details.length).toBeGreaterThan(0);
    // A full scan shows as "SCAN <table>" without "USING ... INDEX"; json_each is the key list itself.
    const scans = fullScans(details, statement.sql);
    // A statement that says why it scans must really scan, or the reason is stale.
    if (statement.scans === undefined) expect(scans).toEqual([]);
    else expect(scans, statement.scans).not.toEqual([]);
  });
});
