// Picks and opens the configured store. The rest of the program only sees the GraphStore port.

import type { Config } from "../config/config.js";
import { ConfigError } from "../errors.js";
import type { GraphStore } from "./port.js";
import { openSqliteStore } from "./sqlite/store.js";

export function openStore(config: Pick<Config, "store" | "dbPath">): GraphStore {
  if (config.store === "neo4j") {
    // Named in the configuration already so that deployments can be written against it; the
    // Neo4j implementation of the port is the next milestone, and we refuse rather than pretend.
    throw new ConfigError("RESGRAPH_STORE", "neo4j", "sqlite: the Neo4j store is not available in this version yet");
  }
  return openSqliteStore(config.dbPath);
}
