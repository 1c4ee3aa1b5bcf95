// Picks and opens the configured store. The rest of the program only sees the GraphStore port.
// Async because opening Neo4j means connecting and applying the schema before the first query.

import type { Config } from "../config/config.js";
import { openNeo4jStore } from "./neo4j/store.js";
import type { GraphStore } from "./port.js";
import { openSqliteStore } from "./sqlite/store.js";

export async function openStore(config: Pick<Config, "store" | "dbPath" | "neo4j">): Promise<GraphStore> {
  if (config.store === "neo4j") return openNeo4jStore(config);
  return openSqliteStore(config.dbPath);
}
