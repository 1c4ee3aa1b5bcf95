// The citation explorer (/explore): its pure pieces (URL state, citation marks, graph model, the
// operations it sends), the server's route, and the page in a real browser (Debian's headless
// Chromium): it draws the lineage of S/RES/687 (1991) from the Security Council texts in
// test/fixtures/sc, shows the citing paragraph of a clicked node, restores a shared URL, and is
// worked by keyboard, with no request leaving the machine. A screenshot is kept in test/artifacts.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import type { Browser, Page } from "playwright-core";
import { browserTestsRun, launchChromium } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { buildGraph, STUB_COLOR } from "../../web/explore/graph-model.js";
import type { ExploreHook } from "../../web/explore/hook.js";
import { markCitations, printedNumber } from "../../web/explore/highlight.js";
import { OPERATIONS, type NodeFields } from "../../web/explore/queries.js";
import { DEFAULT_STATE, parseState, serializeState } from "../../web/explore/state.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger } from "../helpers/seeded-store.js";

// CI installs Chromium (.ci/run); elsewhere the browser tests say they were skipped rather than fail.
const available = browserTestsRun("explorer browser tests");
const FIXTURES = path.join(PACKAGE_ROOT, "test/fixtures/sc");
const ARTIFACTS = path.join(PACKAGE_ROOT, "test/artifacts");
const ROOT = "S/RES/687 (1991)";

/** Both bundles, built once for the file into temp folders (as `npm run build` builds them into dist/). */
let built: { graphiqlDir: string; exploreDir: string } | undefined;
function bundles(): { graphiqlDir: string; exploreDir: string } {
  if (!built) {
    const exploreDir = mkdtempSync(path.join(tmpdir(), "resgraph-explore-"));
    execFileSync(process.execPath, [path.join(PACKAGE_ROOT, "scripts/build-explore.mjs"), exploreDir], { stdio: "pipe" });
    built = { graphiqlDir: buildGraphiqlBundle(), exploreDir };
  }
  return built;
}

describe("explorer: URL state", () => {
  it("round-trips every field through the query string, leaving defaults out", () => {
    const state = { symbol: "S/RES/687 (1991)", direction: "both" as const, depth: 4, pathTo: "resolution 660 (1990)", selected: "S/RES/661 (1990)" };
    expect(parseState(serializeState(state))).toEqual(state);
    expect(serializeState(DEFAULT_STATE)).toBe("");
    expect(serializeState({ ...DEFAULT_STATE, symbol: "A/HRC/RES/36/32" })).toBe("?symbol=A%2FHRC%2FRES%2F36%2F32");
  });

  it("reads a malformed or hand-edited query string as the nearest valid state", () => {
    expect(parseState("?symbol=%20&direction=sideways&depth=99")).toEqual({ ...DEFAULT_STATE, depth: 10 });
    expect(parseState("depth=0&to=&selected=S/RES/1 (1946)")).toEqual({ ...DEFAULT_STATE, depth: 1, selected: "S/RES/1 (1946)" });
    expect(parseState("?depth=abc").depth).toBe(DEFAULT_STATE.depth);
  });
});

describe("explorer: citation marks", () => {
  const marked = (text: string, symbol: string) => markCitations(text, [symbol]).filter((p) => p.marked).map((p) => p.text);

  it("marks a citation by the number the text prints, in each symbol shape", () => {
    expect(printedNumber("S/RES/660 (1990)")).toBe("660 (1990)");
    expect(marked("Recalling its resolutions 660 (1990) of 2 August 1990, 661 (1990)", "S/RES/660 (1990)")).toEqual(["660 (1990)"]);
    expect(marked("recalling resolution 660(1990) and 1660 (1990)", "S/RES/660 (1990)")).toEqual(["660(1990)"]);
    expect(marked("Recalling Human Rights Council resolution 36/32 and 136/32", "A/HRC/RES/36/32")).toEqual(["36/32"]);
    expect(marked("as set out in A/RES/60/251 of 15 March 2006", "A/RES/60/251")).toEqual(["A/RES/60/251"]);
    expect(marked("the Universal Declaration, resolution 217 A (III)", "A/RES/217 A (III)")).toEqual(["217 A (III)"]);
  });

  it("falls back to the bare number only where the full form is absent, and keeps the text whole", () => {
    expect(marked("paragraph 2 of resolution 660, and resolution 6600", "S/RES/660 (1990)")).toEqual(["660"]);
    expect(marked("resolution 661 (1990)", "S/RES/660 (1990)")).toEqual([]);
    const text = "Recalling 660 (1990) and 661 (1990),";
    expect(markCitations(text, ["S/RES/660 (1990)", "S/RES/661 (1990)"]).map((p) => p.text).join("")).toBe(text);
  });
});

describe("explorer: graph model", () => {
  const node = (symbol: string, extra: Partial<NodeFields> = {}): NodeFields => ({
    symbol,
    stub: false,
    body: "Security Council",
    year: 1990,
    adoptedOn: null,
    title: null,
    citationCount: 0,
    references: [],
    ...extra,
  });
  const via = (from: string, to: string) => ({ from: { symbol: from }, to: { symbol: to }, verbs: ["Recalling"] });

  it("colours by body, sizes by citations, keeps stubs grey in a lane below the loaded texts", () => {
    const model = buildGraph({
      root: node("C", { references: [{ kind: "RESOLUTION", target: "A" }, { kind: "RESOLUTION", target: "B" }, { kind: "DOCUMENT", target: "S/2000/1" }] }),
      ancestors: [
        { depth: 1, resolution: node("B", { citationCount: 1, references: [{ kind: "RESOLUTION", target: "A" }] }), via: via("C", "B") },
        { depth: 1, resolution: node("A", { citationCount: 9 }), via: via("C", "A") },
        { depth: 1, resolution: node("S", { stub: true, body: null, citationCount: 3 }), via: via("C", "S") },
        { depth: 2, resolution: node("G", { body: "General Assembly" }), via: via("B", "G") },
      ],
      descendants: [],
      path: null,
    });
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    expect(byId.get("A")!.size).toBeGreaterThan(byId.get("B")!.size);
    expect(byId.get("S")!.color).toBe(STUB_COLOR);
    expect(byId.get("G")!.color).not.toBe(byId.get("A")!.color);
    expect(model.legend.map((l) => l.body)).toEqual(["Security Council", "General Assembly", "not loaded (stub)"]);
    const loadedY = model.nodes.filter((n) => !n.stub).map((n) => n.position.y);
    expect(byId.get("S")!.position.y).toBeGreaterThan(Math.max(...loadedY));
    // Ancestors left of the root, further ones further left.
    expect(byId.get("A")!.position.x).toBeLessThan(byId.get("C")!.position.x);
    expect(byId.get("G")!.position.x).toBeLessThan(byId.get("A")!.position.x);
    // The lineage's tree edges plus B → A, which the tree did not use; a document citation draws nothing.
    expect(model.edges.map((e) => [e.source, e.target, e.lineage])).toEqual([
      ["C", "B", true],
      ["C", "A", true],
      ["C", "S", true],
      ["B", "G", true],
      ["B", "A", false],
    ]);
  });

  it("adds a citation path's resolutions and marks its edges", () => {
    const model = buildGraph({
      root: node("C"),
      ancestors: [],
      descendants: [],
      path: [
        { from: node("C"), to: node("B"), verb: "Recalling", paragraph: { key: "pp1" } },
        { from: node("B"), to: node("A"), verb: "Recalling", paragraph: { key: "pp2" } },
      ],
    });
    expect(model.nodes.map((n) => [n.id, n.depth, n.onPath])).toEqual([
      ["C", 0, true],
      ["B", -1, true],
      ["A", -2, true],
    ]);
    expect(model.edges.every((e) => e.onPath)).toBe(true);
  });
});

describe("explorer: operations", () => {
  it("every operation the page sends is valid against the schema the server prints", () => {
    const schema = buildSchema(readFileSync(path.join(PACKAGE_ROOT, "schema.graphql"), "utf8"));
    for (const op of OPERATIONS) {
      const errors = validate(schema, parse(op.text)).map((e) => e.message);
      expect({ operation: op.name, errors }).toEqual({ operation: op.name, errors: [] });
    }
  });
});

describe("explorer: the server's route", () => {
  let server: RunningServer | undefined;
  let store: GraphStore | undefined;
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it("serves the page with a strict CSP and its bundle, or says how to build it", async () => {
    store = openSqliteStore(":memory:");
    const { graphiqlDir, exploreDir } = bundles();
    server = await startServer({ store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir, exploreDir });
    const origin = new URL(server.url).origin;
    const page = await fetch(`${origin}/explore?symbol=S/RES/687`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("connect-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('src="/explore/explore.js"');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${origin}/explore/explore.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await fetch(`${origin}/explore/nothing.js`)).status).toBe(404);
    await server.close();

    // A bundle that was never built: the server still starts, and /explore says what to do.
    const empty = mkdtempSync(path.join(tmpdir(), "resgraph-explore-empty-"));
    server = await startServer({ store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir, exploreDir: empty });
    const missing = await fetch(`${new URL(server.url).origin}/explore`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/not built .*npm run build/);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe.runIf(available)("explorer in Chromium", () => {
  let server: RunningServer;
  let store: GraphStore;
  let browser: Browser;
  let origin: string;
  let dbDir: string;

  beforeAll(async () => {
    dbDir = mkdtempSync(path.join(tmpdir(), "resgraph-explore-db-"));
    store = openSqliteStore(path.join(dbDir, "sc.db"));
    const report = await ingestFiles(store, collectInputFiles([FIXTURES]), { logger: quietLogger });
    expect(report.failed).toBe(0);
    expect(report.created).toBe(13);
    server = await startServer({
      store,
      port: 0,
      host: "127.0.0.1",
      logger: quietLogger,
      ...bundles(),
    });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });

  /** A page that refuses, and records, every request outside this server, and records console errors. */
  async function openPage(search: string): Promise<{ page: Page; outside: string[]; consoleErrors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, userAgent: "resgraph-test" });
    const outside: string[] = [];
    const consoleErrors: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith("data:")) await route.continue();
      else {
        outside.push(url);
        await route.abort();
      }
    });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(`${origin}/explore${search}`);
    await ready(page);
    return { page, outside, consoleErrors };
  }

  // Code run in the page is written as strings: this file is compiled without the DOM's types.
  /** Until the expression, evaluated in the page, is true. */
  // (Polled from here: page.waitForFunction evaluates a string with eval, which the page's CSP refuses.)
  const until = (page: Page, expression: string) => expect.poll(() => page.evaluate(expression), { timeout: 30_000, interval: 50 }).toBe(true);
  /** The page has settled: the explorer is loaded and waits for nothing. */
  const ready = (page: Page) => until(page, `window.__explore !== undefined && window.__explore.status !== "loading"`);
  /** Reads the test hook (its functions run in the page). */
  const hook = <T>(page: Page, read: (h: ExploreHook) => T): Promise<T> =>
    page.evaluate(`(${read.toString()})(window.__explore)`) as Promise<T>;
  const panelTitle = (symbol: string) => `document.querySelector("#panel h2")?.textContent === ${JSON.stringify(symbol)}`;

  /** The expectation, from the API itself (not through the explorer): the root and its ancestors. */
  async function lineageFromApi(symbol: string, depth: number): Promise<{ symbol: string; stub: boolean }[]> {
    const query = `query($s: String!, $d: Int!) { resolution(symbol: $s) { symbol stub lineage(direction: ANCESTORS, maxDepth: $d) { resolution { symbol stub } } } }`;
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { s: symbol, d: depth } }) });
    const body = (await response.json()) as { data: { resolution: { symbol: string; stub: boolean; lineage: { resolution: { symbol: string; stub: boolean } }[] } } };
    const r = body.data.resolution;
    return [{ symbol: r.symbol, stub: r.stub }, ...r.lineage.map((s) => s.resolution)];
  }

  it("draws the lineage of S/RES/687 (1991), shows a clicked node's citing paragraph, and asks nothing outside", async () => {
    const { page, outside, consoleErrors } = await openPage(`?symbol=${encodeURIComponent("S/RES/687(1991)")}&depth=2`);
    expect(await hook(page, (h) => h.status)).toBe("ready");
    expect(await hook(page, (h) => h.state.symbol)).toBe(ROOT);

    const nodes = await hook(page, (h) => h.nodes());
    const expected = await lineageFromApi(ROOT, 2);
    expect(nodes.map((n) => ({ symbol: n.id, stub: n.stub })).sort((a, b) => a.symbol.localeCompare(b.symbol))).toEqual(
      expected.sort((a, b) => a.symbol.localeCompare(b.symbol)),
    );
    // Facts checked by reading the texts: 687 recalls 660 … 686 in its first paragraph; 678 is not
    // among the fixtures (nor in the corpus), so it is a stub.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(nodes).toHaveLength(14);
    expect(byId.get(ROOT)).toMatchObject({ role: "root", depth: 0 });
    expect(byId.get("S/RES/660 (1990)")).toMatchObject({ stub: false, body: "Security Council", depth: -1, role: "ancestor" });
    expect(byId.get("S/RES/678 (1990)")).toMatchObject({ stub: true, body: null });
    // Sized by citations: ten of the fixtures cite 660, one cites 686.
    expect(byId.get("S/RES/660 (1990)")!.citations).toBe(10);
    expect(byId.get("S/RES/660 (1990)")!.size).toBeGreaterThan(byId.get("S/RES/686 (1991)")!.size);
    // Stubs drawn apart: below every loaded resolution on the screen.
    const stubY = (await hook(page, (h) => h.nodePosition("S/RES/678 (1990)")))!.y;
    for (const n of nodes.filter((x) => !x.stub)) {
      const y = (await page.evaluate(`window.__explore.nodePosition(${JSON.stringify(n.id)})`)) as { y: number };
      expect(y.y).toBeLessThan(stubY);
    }
    expect(await hook(page, (h) => h.legend().map((l) => l.body))).toEqual(["Security Council", "not loaded (stub)"]);

    // A click on 660's place in the canvas selects it; the panel shows 687's paragraph citing it, marked.
    const at = (await hook(page, (h) => h.nodePosition("S/RES/660 (1990)")))!;
    await page.mouse.click(at.x, at.y);
    await until(page, `document.querySelector('#panel .citing[data-citer="S/RES/687 (1991)"] mark') !== null`);
    expect(await hook(page, (h) => h.selected)).toBe("S/RES/660 (1990)");
    const citing = page.locator('#panel .citing[data-citer="S/RES/687 (1991)"] blockquote').first();
    expect(await citing.textContent()).toContain("Recalling its resolutions 660 (1990) of 2 August 1990, 661 (1990)");
    expect(await citing.locator("mark").allTextContents()).toEqual(["660 (1990)"]);
    // Its mentions and votes are in the panel too (660 names Iraq and Kuwait; 14 votes in favour).
    expect(await page.locator("#panel .mentions").textContent()).toContain("Kuwait");
    expect(await page.locator("#panel .votes").textContent()).toContain("14 in favour");
    expect(new URL(page.url()).searchParams.get("selected")).toBe("S/RES/660 (1990)");

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "explore-687.png") });
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("restores a shared URL: lineage, direction, depth, path and selection", async () => {
    const search = serializeState({ symbol: ROOT, direction: "both", depth: 1, pathTo: "resolution 660 (1990)", selected: "S/RES/661 (1990)" });
    const { page, outside } = await openPage(search);
    await until(page, panelTitle("S/RES/661 (1990)"));
    expect(await hook(page, (h) => h.state)).toEqual({ symbol: ROOT, direction: "both", depth: 1, pathTo: "resolution 660 (1990)", selected: "S/RES/661 (1990)" });
    expect(await page.locator("#direction").inputValue()).toBe("both");
    expect(await page.locator("#depth").inputValue()).toBe("1");
    expect(await page.locator("#path-to").inputValue()).toBe("resolution 660 (1990)");
    const edges = await hook(page, (h) => h.edges());
    expect(edges.filter((e) => e.onPath).map((e) => [e.source, e.target])).toEqual([[ROOT, "S/RES/660 (1990)"]]);
    expect(await page.locator('#node-list button[aria-pressed="true"]').getAttribute("data-id")).toBe("S/RES/661 (1990)");
    expect(outside).toEqual([]);
    await page.close();
  });

  it("is worked by keyboard: search, choose with Enter, reach the node list by Tab, select with Enter", async () => {
    const { page, outside } = await openPage("");
    expect(await hook(page, (h) => h.status)).toBe("empty");
    await page.keyboard.press("Tab"); // the GraphiQL link in the header
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.id")).toBe("search");
    await page.keyboard.type("687 (1991)");
    await page.waitForSelector("#search-results [role=option]", { timeout: 30_000 });
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#search").getAttribute("aria-activedescendant")).toBe("search-option-0");
    await page.keyboard.press("Enter");
    await until(page, `window.__explore.status === "ready"`);
    expect(await hook(page, (h) => h.state.symbol)).toBe(ROOT);

    let onNode: string | null = null;
    for (let i = 0; i < 20 && onNode === null; i++) {
      await page.keyboard.press("Tab");
      onNode = (await page.evaluate("document.activeElement?.dataset.id ?? null")) as string | null;
    }
    expect(onNode).toBe(ROOT); // the list starts at the root
    await page.keyboard.press("ArrowDown");
    const focused = (await page.evaluate("document.activeElement?.dataset.id")) as string;
    expect(focused).not.toBe(ROOT);
    await page.keyboard.press("Enter");
    await until(page, panelTitle(focused));
    expect(await hook(page, (h) => h.selected)).toBe(focused);
    // Focus is visible: the focused control has an outline.
    expect(await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).not.toBe("none");
    expect(outside).toEqual([]);
    await page.close();
  });
});
