// What a SQL statement of the embedded store is: its text, and how to plan it. Every feature module
// declares its statements with `sql()`, and statements.ts gathers them all, so that the tests check
// every statement the store runs (no value spliced into the text, every lookup through an index)
// without a list to keep in step by hand.

import type Database from "better-sqlite3";

export interface SqlStatement {
  readonly sql: string;
  /**
   * Parameters to plan the statement with (EXPLAIN QUERY PLAN in the tests): positional values, or
   * one object of named ones. Their values do not matter, their names and count do.
   */
  readonly plan: readonly unknown[];
  /** Why this statement reads a whole table (it reads every row by design); absent: it must not. */
  readonly scans?: string;
}

export const sql = (text: string, plan: readonly unknown[] = [], scans?: string): SqlStatement =>
  scans === undefined ? { sql: text.trim(), plan } : { sql: text.trim(), plan, scans };

/** A prepared statement with its parameters and row type. */
export type Prepared<P, R = unknown> = Database.Statement<P extends unknown[] ? P : [P], R>;

/**
 * Prepares a declared statement. Its parameters and row type are the caller's to state, as the
 * type of the field it is assigned to (better-sqlite3 cannot know them from the text).
 */
export const prepare = <S = Prepared<unknown[]>>(db: Database.Database, statement: SqlStatement): S =>
  db.prepare(statement.sql) as unknown as S;

/** The one parameter a batched statement takes: keys as a JSON array, deduplicated, expanded by json_each. */
export const keysParam = (keys: readonly string[]): string => JSON.stringify([...new Set(keys)]);

/** (label, key) pairs as one JSON parameter of two-element arrays, deduplicated; `->> 0` / `->> 1` take them apart. */
export function pairsParam(refs: readonly { label: string; key: string }[]): string {
  const seen = new Map<string, [string, string]>();
  for (const { label, key } of refs) seen.set(JSON.stringify([label, key]), [label, key]);
  return JSON.stringify([...seen.values()]);
}

/** JSON text a statement returns (a list stored as text), decoded. */
export const decodeJson = <T>(text: string): T => JSON.parse(text) as T;

/**
 * The values of the schema's enumerated columns that statements compare with, bound as parameters
 * rather than spliced into the text.
 */
export const REF_KIND = { REFERS_TO: "resolution", CITES: "document" } as const;

/**
 * Where a resolution sorts by date (bind `@undated` = ""): a loaded text by its own date (never NULL,
 * a CHECK says so), a stub by its metadata's, else "" (first), ties by symbol, as on Neo4j.
 */
export const datedOrder = (r: string): string => `coalesce(${r}.adopted_on, ${r}.metadata_adopted_on, @undated)`;
