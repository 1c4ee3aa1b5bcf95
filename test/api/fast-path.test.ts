// The fast execution path (api/fast-path.ts's direct resolvers, and graphql-jit's compiled
// operations, both behind the one `fastExecution` switch) answers exactly what plain type-graphql
// under graphql-js answers: data, errors, codes and paths, on the README's example queries, on
// queries that reach every type, and on failing ones.
import { readFileSync } from "node:fs";
import path from "node:path";
import { execute, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { createContext } from "../../src/api/context.js";
import { buildResgraphSchema } from "../../src/api/schema.js";
import { executeCompiled } from "../../src/server/executor.js";
import { readmeExamples } from "../helpers/readme-examples.js";
import { seededStore } from "../helpers/seeded-store.js";
import { apiClient } from "./client.js";

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
  // Every relation of a resolution, nested: the fields the fast path calls directly.
  `{ resolutions(first: 3) { totalCount edges { cursor node { id symbol stub title body year adoptedOn meeting voteMethod
      voteCounts { yes no abstain } adoptionType committee agendaItem originatingDocument
      subjects { scheme key label } sponsorships { source additional country { code name } } sponsors { code }
      votes { vote country { code } } concerns { code name }
      paragraphs(kind: OPERATIVE) { id key kind verb text footnotes { mark text } references { kind target verb }
        mentions { surface start end entity { __typename id name } } }
      references { kind target } cites { document { symbol } paragraph { key } }
      citedBy(first: 2) { totalCount nodes { symbol } edges { cursor verb date paragraph { key } node { symbol } } }
      recalls(first: 5) { totalCount edges { verbs paragraphs { key } node { symbol stub } } }
      recalledBy(first: 5) { totalCount edges { verbs node { symbol } } }
      analyses { key title } } } } }`,
  `{ resolution(symbol: "A/HRC/RES/36/32") { lineage(direction: ANCESTORS, maxDepth: 3) { depth resolution { symbol stub } via { verbs } } } }`,
  `{ country(code: "KHM") { name resolutions(first: 3) { totalCount edges { node { symbol } } } votes { totalCount } mentionedIn(first: 2) { totalCount edges { node { symbol } } } } }`,
  `{ search(text: "human rights", first: 3) { totalCount edges { node { snippet paragraph { key resolution { symbol } } } } } }`,
  `{ stats { resolutions paragraphs nodes { name count } relationships { name count } } }`,
  `{ resolution(symbol: "36/32") { symbol } }`,
  `{ resolutions(first: -1) { totalCount } }`,
  `{ resolution(symbol: "A/RES/77/7") { citationCount predecessor { symbol } successor { symbol } series { link titleSimilarity resolution { symbol } paragraphs { key } }
      diff { before { symbol } summary { kept reworded added dropped moved stronger weaker }
        changes { status similarity textChanged before { key } after { key } words { op text }
          verb { before after change beforePlacement { verb canonical scale rank rung } afterPlacement { rung } } } } } }`,
  `{ resolution(symbol: "A/RES/77/7") { diff(against: "A/RES/77/7") { summary { kept } } } }`,
  `{ mostCited(first: 5, yearFrom: 2000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor citations node { symbol stub } } }
     influential(first: 5, body: "Human Rights Council") { totalCount edges { cursor rank score node { symbol } } } }`,
  `{ mostCited(first: 0) { totalCount } }`,
];

describe("the fast execution path", () => {
  it("is a different schema object from the plain one, with its resolvers replaced", () => {
    const fast = buildResgraphSchema({ fast: true });
    const plain = buildResgraphSchema({ fast: false });
    expect(fast).not.toBe(plain);
    const symbolOf = (s: typeof fast) => s.getQueryType()!.getFields()["resolution"]!.resolve;
    expect(symbolOf(fast)).not.toBe(symbolOf(plain));
  });

  it.each(queries.map((q, i) => [i + 1, q] as const))("query %i: same answer as plain type-graphql under graphql-js", async (_i, query) => {
    const document = parse(query);
    const plain = await execute({ schema: buildResgraphSchema({ fast: false }), document, contextValue: createContext(store) });
    const compiled = await executeCompiled(buildResgraphSchema({ fast: true }), document, undefined, createContext(store));
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(plain)));
    for (const error of compiled.errors ?? []) expect(error.extensions).toEqual(expect.any(Object));
    // Every query is valid: a misspelt field would only compare two identical errors.
    expect(validate(buildResgraphSchema(), document)).toEqual([]);
  });
});

describe("the server's switch", () => {
  it("serves the same answers through Apollo with the fast path off as with it on", async () => {
    const fast = await apiClient(store, { fastExecution: true });
    const plain = await apiClient(store, { fastExecution: false });
    try {
      for (const query of queries) expect(await plain.query(query)).toEqual(await fast.query(query));
    } finally {
      await Promise.all([fast.stop(), plain.stop()]);
    }
  });
});
