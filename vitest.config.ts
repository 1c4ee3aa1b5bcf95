import { defineConfig } from "vitest/config";

export default defineConfig({
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
