// The real server on a free port, queried over HTTP as a client would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

let server: RunningServer;
let store: GraphStore;

interface GraphQLResponse {
  data?: Record<string, any>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function query(q: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const res = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q, variables }),
  });
  expect(res.headers.get("content-type")).toContain("application/json");
  return (await res.json()) as GraphQLResponse;
}

beforeAll(async () => {
  ({ store } = await seededStore());
  server = await startServer({ store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir: buildGraphiqlBundle() });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe("GraphQL over HTTP", () => {
  it("answers resolution(symbol:) with the seed's header and its 44 paragraphs in order", async () => {
    const { data, errors } = await query(`{
      resolution(symbol: "A/HRC/RES/36/32") {
        symbol title body adoptedOn meeting voteMethod voteCounts { yes }
        paragraphs { id key kind ordinal verb }
      }
    }`);
    expect(errors).toBeUndefined();
    const r = data!.resolution;
    expect(r).toMatchObject({
      symbol: "A/HRC/RES/36/32",
      title: "Advisory services and technical assistance for Cambodia",
      body: "Human Rights Council",
      adoptedOn: "2017-09-29",
      meeting: "42nd meeting",
      voteMethod: "WITHOUT_A_VOTE",
      voteCounts: null,
    });
    expect(r.paragraphs).toHaveLength(44);
    expect(r.paragraphs.map((p: { ordinal: number }) => p.ordinal)).toEqual([...Array(44).keys()].map((i) => i + 1));
    expect(r.paragraphs[2]).toMatchObject({ id: "Paragraph:A/HRC/RES/36/32#pp3", key: "pp3", kind: "PREAMBULAR", verb: "Recalling also" });
    expect(r.paragraphs.find((p: { key: string }) => p.key === "op28(c)")).toMatchObject({ kind: "OPERATIVE", verb: null });
  });

  it("filters paragraphs by kind and walks back from a paragraph to its resolution", async () => {
    const { data } = await query(`{
      resolution(symbol: "A/HRC/RES/36/32") { paragraphs(kind: OPERATIVE) { key resolution { symbol } } }
    }`);
    const ops = data!.resolution.paragraphs;
    expect(ops[0].key).toBe("op1");
    expect(ops.every((p: { key: string; resolution: { symbol: string } }) => p.key.startsWith("op") && p.resolution.symbol === "A/HRC/RES/36/32")).toBe(true);
  });

  it("returns null for a symbol that is not loaded", async () => {
    const { data, errors } = await query(`{ resolution(symbol: "A/RES/1/1") { symbol } }`);
    expect(errors).toBeUndefined();
    expect(data!.resolution).toBeNull();
  });

  it("pages through all resolutions with cursors, each exactly once, with totalCount", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 100; guard++) {
      const { data, errors } = await query(
        `query($after: String) { resolutions(first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { symbol adoptedOn } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const page = data!.resolutions;
      total = page.totalCount;
      seen.push(...page.edges.map((e: { node: { symbol: string } }) => e.node.symbol));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe((await store.counts()).resolutions);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("shows real citation edges between loaded texts", async () => {
    const { data } = await query(`{
      resolution(symbol: "S/RES/660 (1990)") { citedBy { totalCount edges { verb node { symbol } paragraph { key resolution { symbol } } } } }
    }`);
    const edges = data!.resolution.citedBy.edges as { verb: string; node: { symbol: string }; paragraph: { resolution: { symbol: string } } }[];
    expect(edges.map((e) => e.node.symbol)).toContain("S/RES/661 (1990)");
    expect(edges.every((e) => e.paragraph.resolution.symbol === e.node.symbol)).toBe(true);
    expect(data!.resolution.citedBy.totalCount).toBe(edges.length);
  });

  it("links the seed analysis page to the resolution its quotes match, quote by quote", async () => {
    const { data, errors } = await query(`{
      resolution(symbol: "A/HRC/RES/36/32") { analyses { key score quotes { section score paragraph { key } } } }
    }`);
    expect(errors).toBeUndefined();
    const [analysis] = data!.resolution.analyses;
    expect(analysis.key).toBe("004_9cc71f49dc171673");
    expect(analysis.score).toBeGreaterThan(0.25);
    const keys = analysis.quotes.map((q: { paragraph: { key: string } | null }) => q.paragraph?.key ?? null);
    expect(keys).toContain("op29");
    expect(keys).toContain(null);
  });

  it("refuses a page size out of range with BAD_USER_INPUT and a message a person can act on", async () => {
    const { errors } = await query(`{ resolutions(first: 0) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/first: must be between 1 and 100/);
  });

  it("refuses a forged cursor with BAD_USER_INPUT", async () => {
    const { errors } = await query(`{ resolutions(after: "not-a-cursor") { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reports a malformed query as a GraphQL validation error, without a stack trace", async () => {
    const res = await query(`{ resolution(symbol: "x") { nope } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res)).not.toContain("stacktrace");
  });

  it("refuses a request body over the limit with 413 before parsing it", async () => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ stats { resolutions } }`, padding: "x".repeat(1024 * 1024 + 1) }),
    });
    expect(res.status).toBe(413);
  });

  it("serves GraphiQL to a browser, with no external URL in the page, and its assets from the app", async () => {
    const res = await fetch(server.url, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const a = await fetch(new URL(asset, server.url));
      expect(a.status).toBe(200);
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("answers the health and readiness probes", async () => {
    const health = await fetch(new URL("/healthz", server.url));
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(new URL("/readyz", server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
