// Abusive queries are refused before any store call, each with a code and a message that says why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { countCalls, type CountingStore } from "../helpers/counting-store.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

let server: RunningServer;
let inner: GraphStore;
let counting: CountingStore;

beforeAll(async () => {
  ({ store: inner } = await seededStore());
  counting = countCalls(inner);
  server = await startServer({ store: counting.store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir: buildGraphiqlBundle() });
});
afterAll(async () => {
  await server?.close();
  await inner?.close();
});

async function post(body: unknown): Promise<{ status: number; json: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as never };
}

/** Runs the request and checks that the store was never asked anything. */
async function refused(body: unknown) {
  counting.calls.clear();
  const res = await post(body);
  expect(counting.total(), `store calls: ${JSON.stringify(Object.fromEntries(counting.calls))}`).toBe(0);
  return res;
}

const nest = (depth: number): string => {
  let inner = "symbol";
  for (let i = 0; i < depth; i++) inner = i % 2 === 0 ? `paragraphs { resolution { ${inner} } }` : `citedBy { edges { node { ${inner} } } }`;
  return `{ resolution(symbol: "A/HRC/RES/36/32") { ${inner} } }`;
};

describe("query limits", () => {
  it("accepts an ordinary nested query", async () => {
    const res = await post({ query: nest(3) });
    expect(res.json.errors).toBeUndefined();
  });

  it("refuses deep nesting", async () => {
    const { json } = await refused({ query: nest(10) });
    expect(json.errors?.every((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")).toBe(true);
    expect(json.errors?.find((e) => e.extensions?.limit === "maxDepth")?.message).toMatch(/query too complex: .*depth limit of 12/i);
  });

  it("refuses a walk down the lineage nested past the depth limit, before any store call", async () => {
    let walk = "symbol";
    for (let i = 0; i < 4; i++) walk = `recalls { edges { node { ${walk} } } }`;
    const { json } = await refused({ query: `{ resolution(symbol: "S/RES/687 (1991)") { ${walk} } }` });
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxDepth" });
  });

  it("refuses a page size beyond the maximum on a nested list without reading that relation", async () => {
    counting.calls.clear();
    const { json } = await post({ query: `{ resolutions(first: 1) { nodes { citedBy(first: 1000) { totalCount } } } }` });
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(json.errors?.[0]?.message).toMatch(/first: must be between 1 and 100, got 1000/);
    // The parent list is read (its resolver runs first); the relation asked of it is not.
    expect(Object.fromEntries(counting.calls)).toEqual({ findResolutions: 1 });
  });

  it("refuses 500 aliases", async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: stats { resolutions }`).join(" ");
    const { json } = await refused({ query: `{ ${aliases} }` });
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxAliases" });
  });

  it("refuses a fragment cycle", async () => {
    const { json } = await refused({
      query: `query { resolution(symbol: "x") { ...A } }
        fragment A on Resolution { paragraphs { resolution { ...B } } }
        fragment B on Resolution { citedBy { edges { node { ...A } } } }`,
    });
    expect(json.errors?.some((e) => /cannot spread fragment/i.test(e.message))).toBe(true);
  });

  it("refuses a page size beyond the maximum, naming the bound", async () => {
    const { json } = await refused({ query: `{ resolutions(first: 101) { totalCount } }` });
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it("refuses first: 99999999 by its cost, before the resolver runs", async () => {
    const { json } = await refused({ query: `{ resolutions(first: 99999999) { totalCount } }` });
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxCost" });
  });

  it("refuses a 1 MB query: over the body limit with 413, under it by the token limit", async () => {
    const huge = `{ ${"stats { resolutions } ".repeat(50_000)} }`;
    expect(huge.length).toBeGreaterThan(1024 * 1024);
    expect((await refused({ query: huge })).status).toBe(413);
    const big = `{ ${"stats { resolutions } ".repeat(20_000)} }`;
    const { json } = await refused({ query: big });
    expect(json.errors?.map((e) => e.extensions?.limit)).toContain("maxTokens");
  });

  it("refuses too many directives", async () => {
    const { json } = await refused({ query: `{ stats ${"@include(if: true) ".repeat(60)} { resolutions } }` });
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxDirectives" });
  });

  it("refuses batched requests", async () => {
    const { status } = await refused([{ query: "{ stats { resolutions } }" }, { query: "{ stats { resolutions } }" }]);
    expect(status).toBe(400);
  });
});
