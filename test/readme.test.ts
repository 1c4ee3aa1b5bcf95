// The README shows real output: each example query, run on the seeds, gives exactly what is printed,
// on SQLite and (in the `neo4j` project) on Neo4j. One difference is allowed, and documented: a
// search hit's `score` is each engine's own BM25 (FTS5 or Lucene), so on Neo4j the scores are
// compared by the order they give, not by value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../src/graph/port.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { readmeExamples, runExample } from "./helpers/readme-examples.js";
import { seededStore } from "./helpers/seeded-store.js";
import { STORE_KIND } from "./helpers/store-under-test.js";

const readme = readFileSync(path.join(PACKAGE_ROOT, "README.md"), "utf8");
const examples = readmeExamples(readme);
let store: GraphStore;
beforeAll(async () => {
  ({ store } = await seededStore());
});
afterAll(() => store.close());

/** The printed JSON with every search score replaced by a mark (the order of the hits stays checked). */
const withoutScores = (json: string): string => json.replace(/"score": -?[\d.e+-]+/g, '"score": "(engine)"');

describe("README examples (refresh with `npm run readme`)", () => {
  it("has at least three", () => expect(examples.length).toBeGreaterThanOrEqual(3));
  it.each(examples.map((e, i) => [i + 1, e] as const))("example %i prints the API's real answer", async (_i, ex) => {
    const output = await runExample(store, ex.query);
    if (STORE_KIND === "sqlite") expect(ex.output).toBe(output);
    else expect(withoutScores(ex.output)).toBe(withoutScores(output));
  });
});
