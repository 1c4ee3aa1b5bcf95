// `npm run neo4j` (scripts/neo4j.mjs, neo4j/): a throwaway Neo4j 5 server from Java and Maven, no
// Docker. Started here through its programmatic API, as a test setup would: it accepts the printed
// credentials over Bolt, and stopping it ends the JVM with status 0 and removes its temporary folder.
// Skipped, with the reason, where Java 17+ (or Maven, before the first build) is missing. The first
// run ever downloads Neo4j into ~/.m2 and builds the launcher (a minute or two), hence the timeout.

import { existsSync } from "node:fs";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { missingTools, startNeo4j } from "../../scripts/neo4j-server.mjs";

const missing = missingTools();

if (missing) {
  console.warn(`neo4j launcher: ${missing}; test skipped`);
  describe.skip(`npm run neo4j (skipped: ${missing})`, () => {
    it("needs Java 17+ and Maven", () => undefined);
  });
} else {
  describe("npm run neo4j", () => {
    it("starts a server that accepts its printed credentials, and stops it cleanly", { timeout: 600_000 }, async () => {
      const server = await startNeo4j({ quiet: true });
      try {
        expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
        expect(server.user).toBe("neo4j");
        expect(server.temporary).toBe(true);
        expect(server.dataDir && existsSync(server.dataDir)).toBe(true);

        const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
        try {
          const { records } = await driver.executeQuery("RETURN 1 AS one");
          expect(records[0]?.get("one").toNumber()).toBe(1);
          // Auth is on: a wrong password is refused.
          const wrong = neo4j.driver(server.uri, neo4j.auth.basic(server.user, `${server.password}-wrong`));
          await expect(wrong.executeQuery("RETURN 1")).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
          await wrong.close();
        } finally {
          await driver.close();
        }
      } finally {
        await server.stop();
      }
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(existsSync(server.dataDir ?? "")).toBe(false);
    });
  });
}
