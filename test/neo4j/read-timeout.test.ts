// On Neo4j every read is a transaction with a timeout (the request timeout, as the server passes it):
// the server itself stops a read past it, and the store reports TimeoutError (503 TIMEOUT in the
// API), not a store failure. Runs in the `neo4j` project only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimeoutError } from "../../src/errors.js";
import { acquireDriver, type Neo4jSettings } from "../../src/graph/neo4j/driver.js";
import { Neo4jSessions } from "../../src/graph/neo4j/sessions.js";
import { neo4jTarget } from "../helpers/store-under-test.js";

let settings: Neo4jSettings;
let sessions: Neo4jSessions;

beforeAll(() => {
  const target = neo4jTarget();
  settings = { uri: target.uri, user: target.user, password: target.password, database: target.database, readTimeoutMs: 300 };
  sessions = new Neo4jSessions(acquireDriver(settings), settings);
});

afterAll(async () => {
  await sessions?.close();
});

describe("Neo4j read timeout", () => {
  it("stops a read that runs past the timeout with TimeoutError", async () => {
    // Seconds of work on the server, whatever the data.
    const slow = sessions.read((q) => q.run("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n", {}));
    await expect(slow).rejects.toBeInstanceOf(TimeoutError);
    await expect(slow).rejects.toMatchObject({ code: "TIMEOUT", context: { ms: 300 } });
  });

  it("answers reads within it", async () => {
    const result = await sessions.read((q) => q.run("RETURN 1 AS one", {}));
    expect(result.records[0]?.get("one")).toBe(1);
  });
});
