// The Neo4j graph version's own statements (features/metrics/neo4j.ts GRAPH_VERSION_CYPHER), linted
// as test/graph/neo4j-cypher.test.ts lints the model's: Neo4j's parser and semantic analysis, zero
// diagnostics under Cypher 5 and 25. Their label and properties are the store's bookkeeping, outside
// the graph model, so the schema here is the model's plus exactly those; and they stay out of every
// statement that reads the model.

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { GRAPH_VERSION_CYPHER, VersionedSessions } from "../../src/graph/features/metrics/neo4j.js";
import { NODES, NODE_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES } from "../../src/graph/model.js";
import { allStatements } from "../../src/graph/neo4j/statements.js";

type LanguageSupport = typeof import("@neo4j-cypher/language-support");
const { lintCypherQuery, testData } = createRequire(import.meta.url)("@neo4j-cypher/language-support") as LanguageSupport;
type DbSchema = Parameters<LanguageSupport["lintCypherQuery"]>[1];

const META_LABEL = "GraphMeta";
const META_PROPERTIES = ["key", "epoch", "version"];

function dbSchema(params: readonly string[], version: "CYPHER 5" | "CYPHER 25"): DbSchema {
  return {
    labels: [...NODE_LABELS, META_LABEL],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [
      ...new Set([...Object.values(NODES).flatMap((n) => Object.keys(n.properties)), ...Object.values(RELATIONSHIPS).flatMap((r) => Object.keys(r.properties)), ...META_PROPERTIES]),
    ],
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    procedures: {},
    functions: testData.mockSchema.functions ?? {},
    defaultLanguage: version,
  };
}

describe("the graph version's Cypher", () => {
  it("the linter is live: an unknown label is reported", () => {
    expect(lintCypherQuery("MATCH (m:GraphMetaX) RETURN m", dbSchema([], "CYPHER 5"))).not.toHaveLength(0);
  });

  it.each((["CYPHER 5", "CYPHER 25"] as const).flatMap((v) => Object.entries(GRAPH_VERSION_CYPHER).map(([name, s]) => [v, name, s] as const)))(
    "%s: %s has zero errors and zero warnings",
    (version, _name, s) => {
      const shown = lintCypherQuery(s.cypher, dbSchema(s.params, version)).map((d) => d.message);
      expect(shown, s.cypher).toEqual([]);
    },
  );

  it("uses its own label only, which no statement of the model reads", () => {
    for (const s of Object.values(GRAPH_VERSION_CYPHER)) expect(s.cypher).toContain(`:${META_LABEL}`);
    expect(allStatements().filter(([, s]) => s.cypher.includes(META_LABEL)).map(([name]) => name)).toEqual([]);
  });
});

describe("VersionedSessions", () => {
  /** A driver whose every statement reports `updates` in its summary, recording what was sent. */
  function fakeDriver(updates: (cypher: string) => boolean) {
    const sent: string[] = [];
    const tx = {
      run: async (cypher: string) => {
        sent.push(cypher);
        return { records: [], summary: { counters: { containsUpdates: () => updates(cypher) } } };
      },
    };
    const session = { executeWrite: async <T>(work: (t: typeof tx) => Promise<T>) => work(tx), close: async () => undefined };
    const driver = { session: () => session, close: async () => undefined } as unknown as Driver;
    return { sessions: new VersionedSessions(driver, { uri: "neo4j://fake:7687", user: "neo4j", password: "x" }), sent };
  }

  it("ends a write transaction that changed the graph by bumping the version, in the same transaction", async () => {
    const { sessions, sent } = fakeDriver((cypher) => cypher.startsWith("CREATE"));
    await sessions.write(async (t) => {
      await t.run("MATCH (n) RETURN n");
      await t.run("CREATE (n:Resolution)");
    });
    expect(sent).toEqual(["MATCH (n) RETURN n", "CREATE (n:Resolution)", GRAPH_VERSION_CYPHER.bump.cypher]);
  });

  it("leaves the version of a write transaction that changed nothing (an unchanged text)", async () => {
    const { sessions, sent } = fakeDriver(() => false);
    await sessions.write(async (t) => {
      await t.run("MATCH (r:Resolution {symbol: $s}) RETURN r.sourceHash", { s: "A/RES/1/1" });
    });
    expect(sent).toEqual(["MATCH (r:Resolution {symbol: $s}) RETURN r.sourceHash"]);
  });
});
