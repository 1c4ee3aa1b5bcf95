// Which store a test file runs on. The `sqlite` project (vitest.config.ts) runs every file on an
// in-memory SQLite store; the `neo4j` project runs the store-agnostic files again with
// RESGRAPH_TEST_STORE=neo4j, on the one server its global setup started. Files that go through
// `openEmptyStore()` (and so `seededStore()`) run on both without knowing which.

import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { CLEAR_DATABASE } from "../../src/graph/neo4j/statements.js";
import { openNeo4jStore } from "../../src/graph/neo4j/store.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";

export type StoreKind = "sqlite" | "neo4j";

/** The server the `neo4j` project's global setup provides. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export const STORE_KIND: StoreKind = process.env.RESGRAPH_TEST_STORE === "neo4j" ? "neo4j" : "sqlite";

export function neo4jTarget(): Neo4jTarget {
  const target = inject("neo4j");
  if (!target) throw new Error("RESGRAPH_TEST_STORE=neo4j but no Neo4j server was provided: run through vitest.config.ts's neo4j project");
  return target;
}

/** The environment the CLI and `loadConfig` read, pointing at the test server. */
export function neo4jEnv(target = neo4jTarget()): Record<string, string> {
  return {
    RESGRAPH_STORE: "neo4j",
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
  };
}

let admin: Driver | undefined;

/** Deletes every node and relationship of the test database (the schema stays). */
export async function clearNeo4j(target = neo4jTarget()): Promise<void> {
  admin ??= neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  await admin.executeQuery(CLEAR_DATABASE.cypher, {}, { database: target.database });
}

export async function closeNeo4jAdmin(): Promise<void> {
  await admin?.close();
  admin = undefined;
}

export async function openNeo4jTestStore(): Promise<GraphStore> {
  // Open first: it applies the schema, which clearing does not touch.
  const store = await openNeo4jStore(loadConfig({ ...process.env, ...neo4jEnv() }));
  await clearNeo4j();
  return store;
}

/** An empty store of the kind this run is about: SQLite in memory, or the emptied Neo4j database. */
export async function openEmptyStore(kind: StoreKind = STORE_KIND): Promise<GraphStore> {
  return kind === "neo4j" ? openNeo4jTestStore() : openSqliteStore(":memory:");
}
