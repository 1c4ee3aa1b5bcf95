// A request that is wrong gets a 4xx with a stable code, never a server error: every string and
// list argument has a maximum, checked before any store call; operations the API cannot run
// (mutations, unknown names), variables of the wrong type and Apollo's own request errors are the
// client's mistake; a body sent where none is read does not cut the answer off.
import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { checkInputLimits, DEFAULT_INPUT_LIMITS } from "../../src/server/input-limits.js";
import { countCalls, type CountingStore } from "../helpers/counting-store.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

let server: RunningServer;
let store: GraphStore;
let counted: CountingStore;

async function post(body: unknown): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as never };
}

beforeAll(async () => {
  const seeded = await seededStore();
  store = seeded.store;
  counted = countCalls(store);
  server = await startServer({ store: counted.store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir: buildGraphiqlBundle(), inputLimits: { maxStringChars: 50, maxTextChars: 100, maxListItems: 3 } });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe("argument limits over HTTP", () => {
  it("refuses a search text over its limit with 400 BAD_USER_INPUT naming the argument, before any store call", async () => {
    counted.calls.clear();
    const { status, json } = await post({ query: `query ($t: String!) { search(text: $t) { totalCount } }`, variables: { t: "water ".repeat(60_000) } });
    expect(status).toBe(400);
    expect(json.errors?.[0]).toMatchObject({
      message: "Query.search(text:): at most 100 characters, got 360,000",
      extensions: { code: "BAD_USER_INPUT", argument: "Query.search(text:)", max: 100 },
    });
    expect(counted.total()).toBe(0);
  });

  it("checks literals, other string arguments and input object fields with their own limits", async () => {
    const long = "A".repeat(60);
    const literal = await post({ query: `{ resolution(symbol: "${long}") { symbol } }` });
    expect(literal.status).toBe(400);
    expect(literal.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "Query.resolution(symbol:)", max: 50 });
    const filter = await post({ query: `query ($f: ResolutionFilter) { resolutions(filter: $f) { totalCount } }`, variables: { f: { text: "x".repeat(101) } } });
    expect(filter.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "ResolutionFilter.text", max: 100 });
    // A full-text field takes the larger limit: 60 characters pass there.
    const ok = await post({ query: `query ($f: ResolutionFilter) { resolutions(filter: $f) { totalCount } }`, variables: { f: { text: `${"rights ".repeat(8)}` } } });
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
  });

  it("searches a word repeated past the 64-term limit as the word once", async () => {
    // 100 repeats: refused as 100 terms if repeats counted; answered as one word since they do not.
    const once = await store.search({ text: "rights", first: 5, offset: 0 });
    expect(await store.search({ text: "rights ".repeat(100), first: 5, offset: 0 })).toEqual(once);
    expect(once.total).toBeGreaterThan(0);
  });

  it("refuses a variable of the wrong type with 400 BAD_USER_INPUT, not a server error", async () => {
    for (const value of [["a", "b"], 42, { x: 1 }, null]) {
      const { status, json } = await post({ query: `query ($s: String!) { resolution(symbol: $s) { symbol } }`, variables: { s: value } });
      expect(status).toBe(400);
      expect(json.errors?.[0]?.message).toMatch(/^Variable "\$s" /);
      expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses an operation name that names no operation with 400, as graphql-js does", async () => {
    for (const operationName of ["", "other"]) {
      const { status, json } = await post({ query: "query one { __typename }", operationName });
      expect(status).toBe(400);
      expect(json.errors?.[0]).toMatchObject({ message: `Unknown operation named "${operationName}".`, extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
    }
    const named = await post({ query: "query one { __typename } query two { __typename }", operationName: "two" });
    expect(named.json).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses mutations and subscriptions as read-only, with 400 and no internal error", async () => {
    for (const operation of ["mutation { x }", "subscription { x }"]) {
      const { status, json } = await post({ query: operation });
      expect(status).toBe(400);
      expect(json.errors?.[0]?.message).toMatch(/this API is read-only: (mutation|subscription) operations are not supported/);
      expect(json.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });

  it("answers a persisted query whose hash does not match with 400 BAD_REQUEST and Apollo's reason", async () => {
    const { status, json } = await post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } });
    expect(status).toBe(400);
    expect(json.errors?.[0]).toEqual({ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } });
  });

  it("sends a whole asset even when the request carried a body it does not read", async () => {
    const html = await (await fetch(server.url, { headers: { accept: "text/html" } })).text();
    const asset = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+\.js)"/g)].map((m) => m[1]!)[0]!;
    const expected = (await (await fetch(new URL(asset, server.url))).arrayBuffer()).byteLength;
    const { request } = await import("node:http");
    const received = await new Promise<number>((resolve, reject) => {
      const url = new URL(asset, server.url);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "GET", headers: { connection: "close", "content-length": 200_000 } }, (res) => {
        let size = 0;
        let text = "";
        res.on("data", (chunk: Buffer) => ((size += chunk.length), (text += chunk.toString().slice(0, 200))));
        res.on("end", () => (res.statusCode === 200 ? resolve(size) : reject(new Error(`status ${res.statusCode}: ${text}`))));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end("x".repeat(200_000));
    });
    expect(received).toBe(expected);
  });

  it("answers a request target that is not a path with 400", async () => {
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.url);
      const req = request({ host: url.hostname, port: url.port, path: "http://[bad", method: "GET" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
  });
});

describe("checkInputLimits", () => {
  const schema = buildSchema(`
    input Filter { text: String, tags: [String!] }
    type Query { lookup(symbol: String!): Int, find(names: [String!], filter: Filter): Int }
  `);
  const check = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    return () => checkInputLimits(schema, document, operation, variables, { ...DEFAULT_INPUT_LIMITS, maxStringChars: 5, maxListItems: 2 });
  };

  it("counts list items and checks each item, in arguments and in input objects", () => {
    expect(check(`{ find(names: ["a", "b", "c"]) }`)).toThrow("Query.find(names:): at most 2 items, got 3");
    expect(check(`{ find(names: ["a", "toolong"]) }`)).toThrow("Query.find(names:): at most 5 characters, got 7");
    expect(check(`query ($f: Filter) { find(filter: $f) }`, { f: { tags: ["x", "y", "z"] } })).toThrow("Filter.tags: at most 2 items, got 3");
    expect(check(`{ find(names: ["a", "b"], filter: { text: "12345" }) }`)).not.toThrow();
  });

  it("checks fields inside fragments, and refuses variables that do not coerce", () => {
    expect(check(`query { ...F } fragment F on Query { lookup(symbol: "toolong") }`)).toThrow("Query.lookup(symbol:): at most 5 characters");
    expect(check(`query ($t: String!) { lookup(symbol: $t) }`, { t: 42 })).toThrow('Variable "$t" got invalid value 42; String cannot represent a non string value: 42');
  });
});
