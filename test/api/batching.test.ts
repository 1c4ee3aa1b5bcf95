// Proves the DataLoader wiring: the number of store calls depends on the query's shape, not on how
// many items each level returns.
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { createContext } from "../../src/resolvers/context.js";
import { buildResgraphSchema } from "../../src/schema/build.js";
import { countCalls } from "../helpers/counting-store.js";
import { seededStore } from "../helpers/seeded-store.js";

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await seededStore());
});
afterAll(() => store.close());

const NESTED = parse(`query($first: Int!) {
  resolutions(first: $first) {
    nodes {
      symbol
      paragraphs {
        key
        resolution { symbol }
        references { target from { symbol } resolution { symbol title } paragraph { key } }
      }
      citedBy { from { symbol } paragraph { key } }
    }
  }
}`);

async function run(first: number) {
  const counting = countCalls(store);
  const result = await execute({
    schema: buildResgraphSchema(),
    document: NESTED,
    variableValues: { first },
    contextValue: createContext(counting.store),
  });
  expect(result.errors).toBeUndefined();
  const nodes = (result.data as { resolutions: { nodes: { paragraphs: unknown[] }[] } }).resolutions.nodes;
  return { calls: counting.total(), byMethod: Object.fromEntries(counting.calls), nodes };
}

describe("DataLoader per request", () => {
  it("makes a bounded number of store calls, whether 2 or 20 resolutions (and hundreds of paragraphs) come back", async () => {
    const small = await run(2);
    const large = await run(20);
    const paragraphs = large.nodes.reduce((n, r) => n + r.paragraphs.length, 0);
    expect(large.nodes).toHaveLength(20);
    expect(paragraphs).toBeGreaterThan(200);
    // One call per relation and depth level (list; paragraphs and citedBy; references; then the
    // resolution and paragraph lookups of both reference lists), whatever the number of parents.
    const bound = 8;
    expect(small.calls).toBeLessThanOrEqual(bound);
    expect(large.calls).toBeLessThanOrEqual(bound);
    expect(large.byMethod.paragraphsOfResolutions).toBe(1);
    expect(large.byMethod.referencesFromParagraphs).toBe(1);
    expect(large.byMethod.referencesToTargets).toBe(1);
  });
});
