import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { missingTools } from "./scripts/neo4j-server.mjs";

const require = createRequire(import.meta.url);

// Files that run on both stores: everything that reaches a store through test/helpers/store-under-test.ts
// (the HTTP API, the resolvers, the README examples) and the store contract; plus the Neo4j-only files.
const ON_NEO4J = ["test/conformance/neo4j.test.ts", "test/api/**/*.test.ts", "test/readme.test.ts", "test/neo4j/**/*.test.ts"];
const NEO4J_ONLY = ["test/conformance/neo4j.test.ts", "test/neo4j/**"];

/** Whether this run includes the `neo4j` project, and if not, the one line that says why. */
function neo4jRuns(): { run: boolean; why?: string } {
  const ci = process.env.CI === "true" || process.env.CI === "1";
  // CI never skips: the project stays in, and its global setup fails the run if no server can start.
  if (ci || process.env.NEO4J_URI) return { run: true };
  if (process.env.RESGRAPH_TEST_NEO4J === "0") return { run: false, why: "RESGRAPH_TEST_NEO4J=0" };
  const missing = missingTools();
  return missing ? { run: false, why: missing } : { run: true };
}

const neo4j = neo4jRuns();
if (!neo4j.run) console.warn(`neo4j: the Neo4j runs (store contract, API, README examples) are SKIPPED: ${neo4j.why}`);

export default defineConfig({
  // graphql 16 ships both index.js and index.mjs. Node (and so type-graphql and Apollo, loaded
  // natively) takes index.js; Vite would take index.mjs for our own imports, and a schema built by
  // one copy fails validation in the other ("from another module or realm"). One copy for all:
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    environment: "node",
    // Server and CLI tests spawn processes and compile the GraphiQL bundle: give them room on a
    // loaded 2-core machine, but no test asserts a wall-clock limit.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: "silent" },
    projects: [
      {
        extends: true,
        test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: NEO4J_ONLY },
      },
      ...(neo4j.run
        ? [
            {
              extends: true as const,
              test: {
                name: "neo4j",
                include: ON_NEO4J,
                env: { LOG_LEVEL: "silent", RESGRAPH_TEST_STORE: "neo4j" },
                globalSetup: ["test/neo4j/global-setup.ts"],
                setupFiles: ["test/neo4j/setup.ts"],
                // One database for the whole project: its files take turns, after the SQLite project
                // (a project with its own worker count needs its own group).
                fileParallelism: false,
                sequence: { groupOrder: 1 },
                // The first run ever builds the launcher (Maven downloads Neo4j, about two minutes).
                hookTimeout: 600_000,
              },
            },
          ]
        : []),
    ],
  },
});
