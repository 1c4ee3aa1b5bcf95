// Timeouts and CORS: what the HTTP layer guarantees whatever the query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

let server: RunningServer;
let store: GraphStore;

/**
 * A store whose counts() takes 5 s, far past a 1 s request timeout; a plain lookup stays well within
 * it even on a loaded machine and over the network (Neo4j, its first query included).
 */
const slow = (inner: GraphStore): GraphStore =>
  new Proxy(inner, {
    get(target, prop, receiver) {
      // Answered after the timeout, when the file may have closed the store: its error goes nowhere.
      if (prop === "counts") return () => new Promise((r) => setTimeout(r, 5_000)).then(() => target.counts().catch(() => null));
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });

beforeAll(async () => {
  ({ store } = await seededStore());
  server = await startServer({
    store: slow(store),
    port: 0,
    host: "127.0.0.1",
    logger: quietLogger,
    graphiqlDir: buildGraphiqlBundle(),
    requestTimeoutMs: 1_000,
    corsOrigins: ["http://app.example.org"],
  });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

describe("HTTP policy", () => {
  it("answers a request that runs past the timeout with 503 and code TIMEOUT", async () => {
    const res = await post("{ stats { resolutions } }");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ errors: [{ message: "the request took longer than 1000 ms", extensions: { code: "TIMEOUT" } }] });
  });

  it("answers fast requests as usual", async () => {
    const res = await post(`{ resolution(symbol: "A/HRC/RES/36/32") { symbol } }`);
    expect(res.status).toBe(200);
  });

  it("allows the configured origin, preflight included", async () => {
    const pre = await fetch(server.url, {
      method: "OPTIONS",
      headers: { origin: "http://app.example.org", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://app.example.org");
    const res = await post(`{ resolution(symbol: "x") { symbol } }`, { origin: "http://app.example.org" });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://app.example.org");
  });

  it("sends no CORS header to other origins", async () => {
    const res = await post(`{ resolution(symbol: "x") { symbol } }`, { origin: "http://evil.example.com" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
