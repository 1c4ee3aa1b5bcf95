// What keeps the server up and lets it stop cleanly: health and readiness probes, the per-client
// rate limit, the shutdown's grace period, and the request deadline that stops a slow read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/errors.js";
import type { GraphStore } from "../../src/graph/port.js";
import { withReadPool } from "../../src/graph/sqlite/read-pool.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server.js";
import { siblingWorker } from "../../src/worker-module.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

let store: GraphStore;
const running: RunningServer[] = [];

async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer({ store, port: 0, host: "127.0.0.1", logger: quietLogger, ...options });
  running.push(server);
  return server;
}

const LOOKUP = `{ resolution(symbol: "A/HRC/RES/36/32") { symbol } }`;
const post = (server: RunningServer, query: string) =>
  fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
const at = (server: RunningServer, pathname: string) => fetch(new URL(pathname, server.url));

/** The store, with `search` held until `release()`: a request in flight for as long as a test wants. */
function holdingSearch(inner: GraphStore) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const held = new Promise<void>((resolve) => (entered = resolve));
  const wrapped = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== "search" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        entered();
        await released;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, release, held };
}

beforeAll(async () => {
  ({ store } = await seededStore());
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

afterAll(async () => {
  await store?.close();
});

describe("health and readiness", () => {
  it("answers /healthz without touching the store, and never says where the database is", async () => {
    const broken = new Proxy(store, {
      get: (target, property) => (property === "counts" ? () => Promise.reject(new StoreUnavailableError("sqlite:/secret/path.db", "gone")) : Reflect.get(target, property)),
    });
    const server = await serve({ store: broken });
    const health = await at(server, "/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    // The store fails: not ready, with a reason that names no path.
    const ready = await at(server, "/readyz");
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toEqual({ status: "unavailable", reason: "the store failed (STORE_UNAVAILABLE)" });
    expect(body).not.toContain("secret");
  });

  it("answers /readyz 200 when the store answers", async () => {
    const server = await serve();
    const ready = await at(server, "/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("rate limit per client address", () => {
  it("answers 429 with Retry-After past the limit, and does not count the probes", async () => {
    const server = await serve({ rateLimit: { requests: 3, windowSeconds: 60 } });
    for (let i = 0; i < 5; i++) expect((await at(server, "/healthz")).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await post(server, LOOKUP)).status).toBe(200);
    const refused = await post(server, LOOKUP);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED", retryAfter: seconds } }] });
    expect((await at(server, "/readyz")).status).toBe(200);
  });

  it("is off when the limit is 0", async () => {
    const server = await serve({ rateLimit: { requests: 0, windowSeconds: 1 } });
    for (let i = 0; i < 20; i++) expect((await post(server, LOOKUP)).status).toBe(200);
  });
});

describe("shutdown", () => {
  it("lets a request in flight finish, refuses new ones with 503 SHUTTING_DOWN, and reports a clean stop", async () => {
    const holding = holdingSearch(store);
    const server = await serve({ store: holding.store, shutdownGraceMs: 10_000 });
    const inFlight = post(server, `{ search(text: "rights") { totalCount } }`);
    await holding.held;
    const closing = server.close();
    // A new request on a fresh connection is refused (the listener is closed) or answered 503.
    const late = await post(server, LOOKUP).then(
      (res) => res.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);
    holding.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { data: { search: { totalCount: number } } }).data.search.totalCount).toBeGreaterThan(0);
    expect(await closing).toBe(0);
    running.splice(running.indexOf(server), 1);
  });

  it("ends after the grace period with the requests still running counted", async () => {
    const holding = holdingSearch(store);
    const server = await serve({ store: holding.store, shutdownGraceMs: 200 });
    const inFlight = post(server, `{ search(text: "rights") { totalCount } }`).then(
      (res) => res.status,
      () => "connection closed",
    );
    await holding.held;
    expect(await server.close()).toBe(1);
    expect(await inFlight).toBe("connection closed");
    holding.release();
    running.splice(running.indexOf(server), 1);
  });
});

describe("request deadline", () => {
  let dir: string;
  let fileStore: GraphStore;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "resgraph-deadline-"));
    const file = path.join(dir, "db.sqlite");
    const writer = openSqliteStore(file);
    await ingestFiles(writer, collectInputFiles([SEEDS_DIR]), { logger: quietLogger });
    fileStore = withReadPool(writer, file, { threads: 2, timeoutMs: 60_000, worker: siblingWorker(new URL("../graph/slow-read-worker.ts", import.meta.url).href, "slow-read-worker") });
    // Started and warm before the clock matters.
    await fileStore.graphCounts();
  }, 60_000);

  afterAll(async () => {
    await fileStore?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a read past the request timeout with 503 TIMEOUT, while other requests are answered", async () => {
    const server = await serve({ store: fileStore, requestTimeoutMs: 1_500 });
    const slow = post(server, `{ search(text: "slow:60000") { totalCount } }`);
    // Meanwhile, the event loop is free: a lookup and a pooled read are answered.
    const lookup = await post(server, LOOKUP);
    expect(await lookup.json()).toEqual({ data: { resolution: { symbol: "A/HRC/RES/36/32" } } });
    const timedOut = await slow;
    expect(timedOut.status).toBe(503);
    expect(await timedOut.json()).toMatchObject({ errors: [{ extensions: { code: "TIMEOUT" } }] });
    // The stopped worker was replaced: both threads answer again.
    const [a, b] = await Promise.all([post(server, `{ stats { resolutions } }`), post(server, `{ search(text: "rights") { totalCount } }`)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
  }, 30_000);
});
