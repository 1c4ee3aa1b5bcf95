import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships both index.js and index.mjs. Node (and so type-graphql and Apollo, loaded
  // natively) takes index.js; Vite would take index.mjs for our own imports, and a schema built by
  // one copy fails validation in the other ("from another module or realm"). One copy for all:
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Server and CLI tests spawn processes and compile the GraphiQL bundle: give them room on a
    // loaded 2-core machine, but no test asserts a wall-clock limit.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: "silent" },
  },
});
