// The compiled executor the server runs answers exactly what graphql-js's own executor answers:
// data, errors, codes and paths, on the README's example queries and on failing ones.
import { readFileSync } from "node:fs";
import path from "node:path";
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { createContext } from "../../src/resolvers/context.js";
import { buildResgraphSchema } from "../../src/schema/build.js";
import { executeCompiled } from "../../src/server/executor.js";
import { readmeExamples } from "../helpers/readme-examples.js";
import { seededStore } from "../helpers/seeded-store.js";

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await seededStore());
});
afterAll(() => store.close());

const queries = [
  ...readmeExamples(readFileSync(path.join(PACKAGE_ROOT, "README.md"), "utf8")).map((e) => e.query),
  `{ resolutions(first: 0) { totalCount } }`,
  `{ resolution(symbol: "36/99999") { symbol } }`,
  `{ node(id: "Nope:1") { id } }`,
];

describe("compiled executor", () => {
  it.each(queries.map((q, i) => [i + 1, q] as const))("query %i: same answer as graphql-js", async (_i, query) => {
    const schema = buildResgraphSchema();
    const document = parse(query);
    const plain = await execute({ schema, document, contextValue: createContext(store) });
    const compiled = await executeCompiled(schema, document, undefined, createContext(store));
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(plain)));
    for (const error of compiled.errors ?? []) expect(error.extensions).toEqual(expect.any(Object));
  });
});
