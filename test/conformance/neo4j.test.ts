// Runs the store-agnostic contract on Neo4jStore when a server is configured (NEO4J_URI, and
// NEO4J_PASSWORD, NEO4J_USER, NEO4J_DATABASE as for the CLI); CI starts one (docker-compose.yml,
// .github/workflows/ci.yml). The database is emptied before each test: point it at a scratch one.

import neo4j from "neo4j-driver";
import { afterAll, describe, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { CLEAR_DATABASE } from "../../src/graph/neo4j/statements.js";
import { openNeo4jStore } from "../../src/graph/neo4j/store.js";
import { describeStoreContract } from "./store-contract.js";

const uri = process.env.NEO4J_URI;

if (uri) {
  const config = loadConfig({ ...process.env, RESGRAPH_STORE: "neo4j" });
  const { user, password = "", database } = config.neo4j;
  const admin = neo4j.driver(uri, neo4j.auth.basic(user, password));
  afterAll(() => admin.close());

  describeStoreContract("Neo4jStore", async () => {
    // Open first: it applies the schema, which the clearing statement does not touch.
    const store = await openNeo4jStore(config);
    await admin.executeQuery(CLEAR_DATABASE.cypher, {}, { database });
    return store;
  });
} else {
  console.warn("conformance: NEO4J_URI not set, Neo4jStore suite skipped");
  describe.skip("GraphStore contract: Neo4jStore (NEO4J_URI not set)", () => {
    it("needs a Neo4j server", () => undefined);
  });
}
