// The store-agnostic contract on Neo4jStore, against the server the `neo4j` project's global setup
// provides (vitest.config.ts; a throwaway `npm run neo4j` server, or NEO4J_URI's). The database is
// emptied before each test.

import { describeStoreContract } from "./store-contract.js";
import { openNeo4jTestStore } from "../helpers/store-under-test.js";

describeStoreContract("Neo4jStore", openNeo4jTestStore);
