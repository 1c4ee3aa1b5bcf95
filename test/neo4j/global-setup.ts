// Global setup of the `neo4j` test project (vitest.config.ts): one Neo4j server for the whole run,
// shared by every file of the project (they run one at a time: each empties the database first).
//
// - NEO4J_URI set: that server is used as it is (a CI service container, a developer's own). Its
//   database is EMPTIED by the tests.
// - Otherwise a throwaway server is started with `startNeo4j()` (scripts/neo4j-server.mjs, the code
//   behind `npm run neo4j`) and stopped at the end; the first run ever builds it (Maven download).
// Where Java is missing the config leaves this project out with one line; under CI=true it keeps it,
// and this setup fails the run instead, so that CI can never go green without the Neo4j runs.

import type { TestProject } from "vitest/node";
import { missingTools, startNeo4j } from "../../scripts/neo4j-server.mjs";
import type { Neo4jTarget } from "../helpers/store-under-test.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    project.provide("neo4j", { uri: NEO4J_URI, user: NEO4J_USER ?? "neo4j", password: NEO4J_PASSWORD ?? "", database: NEO4J_DATABASE });
    console.warn(`neo4j: using the server at ${NEO4J_URI} (NEO4J_URI); its database is emptied by the tests`);
    return undefined;
  }
  const missing = missingTools();
  if (missing) throw new Error(`neo4j: cannot start a server for the Neo4j runs: ${missing} (CI=true requires them)`);
  const started = Date.now();
  const server = await startNeo4j({ quiet: true });
  console.warn(`neo4j: test server up at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4j", { uri: server.uri, user: server.user, password: server.password, database: undefined });
  return () => server.stop();
}
