import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNotModified, loadGraphiqlAssets, wantsGraphiql, type GraphiqlAssets } from "../../src/server/graphiql.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CDN = /https?:\/\/[^\s"'`)]*(unpkg|jsdelivr|cdnjs|esm\.sh)/i;

let outDir: string;
let assets: GraphiqlAssets;

beforeAll(async () => {
  // Build into a temp dir so the test never depends on (or clobbers) a developer's dist/.
  outDir = mkdtempSync(path.join(tmpdir(), "resgraph-graphiql-"));
  await promisify(execFile)(process.execPath, [path.join(root, "scripts/build-graphiql.mjs"), outDir], { cwd: root });
  assets = loadGraphiqlAssets(outDir);
}, 60_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe("GraphiQL page", () => {
  it("points GraphiQL at the endpoint the server chooses", () => {
    const html = assets.page("/api/graphql");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("<title>resgraph — GraphiQL</title>");
    expect(html).toMatch(/<div id="graphiql" data-endpoint="\/api\/graphql"/);
  });

  it("references only local assets and no URL at all", () => {
    const html = assets.page("/graphql", { defaultQuery: "{ __typename }" });
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)="\/\//);
    const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual(expect.arrayContaining(["/graphiql/graphiql.css", "/graphiql/graphiql.js"]));
    for (const ref of refs) {
      expect(ref === "data:," || assets.asset(ref ?? "") !== undefined, `unserved reference ${ref}`).toBe(true);
    }
  });

  it("escapes attribute values", () => {
    const html = assets.page(`/g"><script>alert(1)</script>`, { defaultQuery: `{ a(x: "<&>") }` });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain('data-endpoint="/g&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('data-default-query="{ a(x: &quot;&lt;&amp;&gt;&quot;) }"');
  });
});

describe("GraphiQL assets", () => {
  it("serves the JS bundle", () => {
    const js = assets.asset("/graphiql/graphiql.js");
    expect(js?.contentType).toBe("text/javascript; charset=utf-8");
    expect(js?.body.length).toBeGreaterThan(100_000);
    expect(js?.body.toString("utf8")).not.toMatch(CDN);
  });

  it("serves the CSS with fonts inlined rather than fetched", () => {
    const css = assets.asset("/graphiql/graphiql.css");
    expect(css?.contentType).toBe("text/css; charset=utf-8");
    expect(css?.body.length).toBeGreaterThan(10_000);
    const text = css?.body.toString("utf8") ?? "";
    expect(text).not.toMatch(/url\(\s*["']?https?:/i);
    expect(text).not.toMatch(/@import/i);
    expect(text).not.toMatch(CDN);
  });

  it("answers only for built files", () => {
    expect(assets.asset("/graphiql/../package.json")).toBeUndefined();
    expect(assets.asset("/graphiql/")).toBeUndefined();
    expect(assets.asset("/graphql")).toBeUndefined();
  });

  it("gives assets a strong ETag usable for If-None-Match", () => {
    const js = assets.asset("/graphiql/graphiql.js");
    expect(js?.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(js?.cacheControl).toMatch(/must-revalidate|no-cache/);
    if (!js) return;
    expect(isNotModified(js, js.etag)).toBe(true);
    expect(isNotModified(js, `"other", ${js.etag}`)).toBe(true);
    expect(isNotModified(js, `"other"`)).toBe(false);
    expect(isNotModified(js, undefined)).toBe(false);
  });

  it("tells the user to build when the bundle is missing", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "resgraph-graphiql-empty-"));
    try {
      expect(() => loadGraphiqlAssets(empty)).toThrow(/run `npm run build`/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("wantsGraphiql", () => {
  const chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  it("is true for a browser navigating with GET", () => {
    expect(wantsGraphiql("GET", chrome)).toBe(true);
    expect(wantsGraphiql("get", "text/html")).toBe(true);
  });

  it("is false for GraphQL clients", () => {
    expect(wantsGraphiql("GET", "application/json")).toBe(false);
    expect(wantsGraphiql("GET", "application/graphql-response+json, application/json;q=0.9")).toBe(false);
    expect(wantsGraphiql("GET", "*/*")).toBe(false);
    expect(wantsGraphiql("GET", undefined)).toBe(false);
    expect(wantsGraphiql("GET", "application/json, text/html;q=0.5")).toBe(false);
    expect(wantsGraphiql("GET", "text/html;q=0")).toBe(false);
  });

  it("is false for POST even from a browser", () => {
    expect(wantsGraphiql("POST", chrome)).toBe(false);
  });
});
