import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.js";
import { ConfigError } from "../src/errors.js";

const configError = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("defaults to the embedded store under ./data on port 4000", () => {
    const c = loadConfig({}, {}, "/srv/app");
    expect(c).toMatchObject({ port: 4000, host: "localhost", store: "sqlite", logLevel: "info", development: false });
    expect(c.dbPath).toBe(path.resolve("/srv/app", "data/resgraph.db"));
    expect(c.neo4j.uri).toBeUndefined();
  });

  it("reads environment variables and lets flags win", () => {
    const env = { PORT: "8080", RESGRAPH_DB: "/tmp/x.db", LOG_LEVEL: "debug", NODE_ENV: "development" };
    expect(loadConfig(env, {}, "/")).toMatchObject({ port: 8080, dbPath: "/tmp/x.db", logLevel: "debug", development: true });
    expect(loadConfig(env, { port: "9090", db: "y.db" }, "/w")).toMatchObject({ port: 9090, dbPath: "/w/y.db" });
  });

  it("runs the fast execution path unless RESGRAPH_FAST_EXECUTION turns it off", () => {
    expect(loadConfig({}, {}, "/").fastExecution).toBe(true);
    expect(loadConfig({ RESGRAPH_FAST_EXECUTION: "0" }, {}, "/").fastExecution).toBe(false);
    expect(loadConfig({ RESGRAPH_FAST_EXECUTION: "false" }, {}, "/").fastExecution).toBe(false);
    expect(loadConfig({ RESGRAPH_FAST_EXECUTION: "1" }, {}, "/").fastExecution).toBe(true);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", LOG_LEVEL: "" }, {}, "/").port).toBe(4000);
  });

  it.each([
    ["PORT", "eighty", "integer port"],
    ["PORT", "70000", "integer port"],
    ["PORT", "-1", "integer port"],
    ["LOG_LEVEL", "loud", "one of fatal"],
    ["RESGRAPH_STORE", "postgres", "one of sqlite, neo4j"],
    ["NEO4J_URI", "http://localhost:7474", "neo4j://"],
    ["HOST", "local host", "host name"],
    ["RESGRAPH_FAST_EXECUTION", "maybe", "1 or 0"],
  ])("names %s=%s and what it expects", (variable, value, expected) => {
    const error = configError(() => loadConfig({ [variable]: value }, {}, "/"));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.message).toContain(expected);
  });

  it("names the flag when the bad value came from a flag", () => {
    expect(configError(() => loadConfig({}, { port: "x" }, "/")).variable).toBe("--port");
  });

  it("requires NEO4J_URI when the neo4j store is chosen", () => {
    expect(configError(() => loadConfig({ RESGRAPH_STORE: "neo4j" }, {}, "/")).variable).toBe("NEO4J_URI");
    expect(loadConfig({ RESGRAPH_STORE: "neo4j", NEO4J_URI: "neo4j://db:7687" }, {}, "/").neo4j.uri).toBe("neo4j://db:7687");
  });
});
