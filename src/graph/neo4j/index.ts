// Public surface of the Neo4j store: everything else in this folder is an implementation detail.

export { Neo4jStore, openNeo4jStore } from "./store.js";
