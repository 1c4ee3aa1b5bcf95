// GraphiQL in a real browser (Debian's headless Chromium): the page the app serves loads its own
// bundle, runs an example query against the API and shows the answer. No request leaves the machine.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { browserTestsRun, launchChromium } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { buildGraphiqlBundle } from "../helpers/graphiql-bundle.js";
import { quietLogger, seededStore } from "../helpers/seeded-store.js";

// CI installs Chromium (.ci/run); elsewhere the test says it was skipped rather than fail on a missing browser.
const available = browserTestsRun("GraphiQL test");

describe.runIf(available)("GraphiQL in Chromium", () => {
  let server: RunningServer;
  let store: GraphStore;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    ({ store } = await seededStore());
    server = await startServer({ store, port: 0, host: "127.0.0.1", logger: quietLogger, graphiqlDir: buildGraphiqlBundle() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("runs an example query from examples/ and shows its result", async () => {
    const page = await browser.newPage({ userAgent: "resgraph-test" });
    page.on("request", (r) => {
      if (!r.url().startsWith(new URL(server.url).origin) && !r.url().startsWith("data:")) outside.push(r.url());
    });
    const query = readFileSync(path.join(PACKAGE_ROOT, "examples/resolution.graphql"), "utf8");
    const url = `${server.url}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"symbol": "A/HRC/RES/36/32"}')}`;
    await page.goto(url);
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".result-window");
    await expect.poll(async () => (await result.textContent()) ?? "", { timeout: 20_000 }).toContain("Advisory services and technical assistance for Cambodia");
    const text = (await result.textContent()) ?? "";
    expect(text).toContain('"verb": "Reaffirms"');
    expect(outside).toEqual([]);
  });
});
