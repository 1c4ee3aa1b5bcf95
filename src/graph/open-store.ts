// Picks and opens the configured store. The rest of the program only sees the GraphStore port.
// Async because opening Neo4j means connecting and applying the schema before the first query.

import type { Config } from "../config/config.js";
import { openNeo4jStore } from "./neo4j/store.js";
import type { GraphStore } from "./port.js";
import { MEMORY_PATH } from "./sqlite/open.js";
import { withReadPool } from "./sqlite/read-pool.js";
import { openSqliteStore } from "./sqlite/store.js";

export async function openStore(config: Pick<Config, "store" | "dbPath" | "neo4j"> & Partial<Pick<Config, "requestTimeoutMs">>): Promise<GraphStore> {
  if (config.store === "neo4j") return openNeo4jStore(config);
  return openSqliteStore(config.dbPath);
}

/**
 * The store as the API serves it: a file-backed SQLite store answers its costly reads on worker
 * threads with a deadline (sqlite/read-pool.ts); Neo4j runs them on its own server, with a
 * transaction timeout on each (neo4j/sessions.ts); an in-memory database cannot be shared.
 */
export function servingStore(store: GraphStore, config: Pick<Config, "store" | "dbPath" | "readWorkers" | "requestTimeoutMs">): GraphStore {
  if (config.store !== "sqlite" || config.readWorkers === 0 || config.dbPath === MEMORY_PATH) return store;
  return withReadPool(store, config.dbPath, { threads: config.readWorkers, timeoutMs: config.requestTimeoutMs });
}
