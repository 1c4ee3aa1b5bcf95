// TCK-style checks on the SQL itself: no value is ever spliced into a statement, each batched read
// is one query with its keys as one JSON parameter, statements are prepared once, and every
// lookup is served by an index.

import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import * as statements from "../../src/graph/sqlite/statements.js";
import { BATCHED_READS, type BatchedRead } from "../../src/graph/sqlite/statements.js";
import { openSqliteStore, type SqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();

const allStatements: Array<[string, string]> = [
  ...Object.entries(statements as Record<string, unknown>).flatMap(([name, sql]): Array<[string, string]> =>
    typeof sql === "string" ? [[name, sql]] : [],
  ),
  ...Object.entries(BATCHED_READS).map(([name, sql]): [string, string] => [`BATCHED_READS.${name}`, sql]),
];

/** SQL text with string literals, if any, so a leaked value would show up. */
const stringLiterals = (sql: string): string[] => sql.match(/'[^']*'|"[^"]*"/g) ?? [];

describe("SQL statements", () => {
  it("are all found (the scan below is not vacuous)", () => {
    expect(allStatements.length).toBeGreaterThanOrEqual(15);
  });

  it.each(allStatements)("%s has no string literal: values only ever come as parameters", (_name, sql) => {
    expect(stringLiterals(sql)).toEqual([]);
    expect(sql).not.toMatch(/\$\{|undefined|null\b|\[object/);
  });

  it.each(Object.entries(BATCHED_READS))("batched read %s takes its keys as exactly one JSON array parameter", (_name, sql) => {
    expect(sql.match(/\?/g)).toHaveLength(1);
    expect(sql).toContain("IN (SELECT value FROM json_each(?))");
    expect(sql).not.toMatch(/[@$:][a-z]/i);
    // No number in the text either: no LIMIT or key smuggled in as a literal.
    expect(sql).not.toMatch(/\d/);
  });
});

describe("SQLite store execution", () => {
  let store: SqliteStore | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await store?.close();
  });

  /** A store whose executed statements (with values expanded by SQLite) are recorded. */
  async function tracedStore(): Promise<{ store: SqliteStore; executed: string[] }> {
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
      expect(traced.replace(literal, "?")).toBe(BATCHED_READS[read]);
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
    expect(prepare).not.toHaveBeenCalled();
  });

  it("writes nothing for an unchanged document: only the hash lookup runs", async () => {
    const { store: s, executed } = await tracedStore();
    expect((await s.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    expect(executed.filter((sql) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql))).toEqual([]);
    expect(executed.filter((sql) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql))).toEqual([
      statements.SELECT_SOURCE_HASH.replace("?", "'A/HRC/RES/36/32'"),
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
  const planned: Array<[string, string, unknown[]]> = [
    ...Object.entries(BATCHED_READS).map(([name, sql]): [string, string, unknown[]] => [name, sql, ['["k"]']]),
    ["LIST_RESOLUTIONS_FIRST", statements.LIST_RESOLUTIONS_FIRST, [10]],
    ["LIST_RESOLUTIONS_AFTER", statements.LIST_RESOLUTIONS_AFTER, ["2017-01-01", "A/RES/1", 10]],
    ["SELECT_SYMBOL_FOR_SOURCE_HASH", statements.SELECT_SYMBOL_FOR_SOURCE_HASH, [{ hash: "h" }]],
    ["SELECT_SOURCE_HASH", statements.SELECT_SOURCE_HASH, ["A/RES/1"]],
    ["DELETE_PARAGRAPHS_OF_RESOLUTION", statements.DELETE_PARAGRAPHS_OF_RESOLUTION, ["A/RES/1"]],
  ];

  it.each(planned)("%s reads its tables through an index, never a full scan", async (_name, sql, params) => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    const details = withRawDb(path, (db) =>
      db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((row) => row.detail),
    );
    expect(details.length).toBeGreaterThan(0);
    // A full scan shows as "SCAN <table>" without "USING ... INDEX"; json_each is the key list itself.
    const fullScans = details.filter((d) => /^SCAN /.test(d) && !/json_each|USING (COVERING )?INDEX/.test(d));
    expect(fullScans).toEqual([]);
  });
});
