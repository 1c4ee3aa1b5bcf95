// The commands a user runs against Neo4j, as real processes: `resgraph ingest --store neo4j` killed
// with SIGKILL in the middle leaves no document half-written; run again it completes to exactly
// what SQLite holds for the same files, and a third run changes nothing; `resgraph serve --store
// neo4j --seed` answers over HTTP. Runs in the `neo4j` project only (vitest.config.ts).

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";
import { cliProcess } from "../helpers/cli.js";
import { quietLogger } from "../helpers/seeded-store.js";
import { clearNeo4j, neo4jEnv, openNeo4jTestStore } from "../helpers/store-under-test.js";

const CLI = path.join(PACKAGE_ROOT, "src/cli.ts");
/** 953 real GA and SC texts: enough for several write transactions of 100 documents. */
const CORPUS = path.join(PACKAGE_ROOT, "bench/corpus");

function resgraph(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, ...neo4jEnv(), LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

async function loadedSymbols(store: GraphStore): Promise<string[]> {
  const page = await store.findResolutions({ filter: {}, orderBy: "SYMBOL_ASC", first: 10_000, offset: 0 });
  return page.items.map((r) => r.symbol);
}

/** Everything the store holds about these resolutions: their records, paragraphs, references and mentions. */
async function contentOf(store: GraphStore, symbols: string[]): Promise<unknown> {
  const paragraphs = (await store.paragraphsOfResolutions(symbols)).map((ps) => ps);
  const ids = paragraphs.flat().map((p) => p.id);
  return {
    resolutions: await store.resolutionsBySymbols(symbols),
    paragraphs,
    references: await store.referencesFromParagraphs(ids),
    mentions: await store.mentionsInParagraphs(ids),
  };
}

describe("resgraph ingest --store neo4j", () => {
  let sqlite: GraphStore;
  let neo4j: GraphStore;

  beforeAll(async () => {
    // The same files through the same loader into SQLite: what a whole ingest must give.
    sqlite = openSqliteStore(":memory:");
    await ingestFiles(sqlite, collectInputFiles([CORPUS]), { logger: quietLogger });
    neo4j = await openNeo4jTestStore();
  });
  afterAll(async () => {
    await sqlite?.close();
    await neo4j?.close();
  });

  it("killed by SIGKILL mid-ingest, leaves only whole documents; run again, holds what SQLite holds; a third run changes nothing", { timeout: 600_000 }, async () => {
    await clearNeo4j();
    const total = (await sqlite.counts()).resolutions;

    const child = resgraph(["ingest", "--store", "neo4j", CORPUS]);
    const exit = exited(child);
    let running = true;
    void exit.then(() => (running = false));
    // Kill once at least one transaction of documents has committed, so the kill lands between or
    // inside later ones (a transaction holds up to 100 documents).
    let loaded = 0;
    while (running && loaded < 150) {
      await new Promise((r) => setTimeout(r, 100));
      loaded = (await neo4j.counts()).resolutions;
    }
    expect(running, "the ingest finished before it could be killed").toBe(true);
    child.kill("SIGKILL");
    expect(await exit).toEqual({ code: null, signal: "SIGKILL" });

    const symbols = await loadedSymbols(neo4j);
    expect(symbols.length).toBeGreaterThanOrEqual(100);
    expect(symbols.length).toBeLessThan(total);
    // Each resolution there is whole: the same paragraphs, references and mentions as a full ingest.
    expect(await contentOf(neo4j, symbols)).toEqual(await contentOf(sqlite, symbols));

    const second = cliProcess(["ingest", "--store", "neo4j", CORPUS], neo4jEnv());
    expect(second.stderr).not.toMatch(/error|failed/i);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/953 files: \d+ new, \d+ replaced, \d+ unchanged, 0 failed/);
    expect(await neo4j.graphCounts()).toEqual(await sqlite.graphCounts());
    expect(await neo4j.counts()).toEqual(await sqlite.counts());
    const all = await loadedSymbols(sqlite);
    expect(await loadedSymbols(neo4j)).toEqual(all);
    expect(await contentOf(neo4j, all.slice(0, 200))).toEqual(await contentOf(sqlite, all.slice(0, 200)));

    // Again: nothing new. (Two files of the corpus print the same symbol, so each run replaces one
    // by the other, on SQLite as well: the report must say what SQLite's says.)
    const before = await neo4j.graphCounts();
    const again = await ingestFiles(sqlite, collectInputFiles([CORPUS]), { logger: quietLogger });
    const third = cliProcess(["ingest", "--store", "neo4j", CORPUS], neo4jEnv());
    expect(third.code).toBe(0);
    expect(again.created).toBe(0);
    expect(third.stdout).toContain(`953 files: 0 new, ${again.replaced} replaced, ${again.unchanged + again.skipped} unchanged, 0 failed`);
    expect(await neo4j.graphCounts()).toEqual(before);
    expect(await neo4j.graphCounts()).toEqual(await sqlite.graphCounts());
  });
});

describe("resgraph serve --store neo4j --seed", () => {
  it("ingests the seeds into Neo4j, prints the store, and answers over HTTP", { timeout: 120_000 }, async () => {
    await clearNeo4j();
    const child = resgraph(["serve", "--store", "neo4j", "--seed", "--port", "0", "--host", "127.0.0.1"]);
    try {
      let stdout = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout?.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const m = /GraphQL API at (http:\/\/\S+)/.exec(stdout);
          if (m && /store neo4j:bolt:.*\d+ resolutions/.test(stdout)) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
      });
      expect(stdout).toMatch(/seeds: \d+ files: \d+ new/);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ resolution(symbol: "A/HRC/RES/36/32") { title paragraphs { key } } }' }),
      });
      const body = (await res.json()) as { data: { resolution: { title: string; paragraphs: unknown[] } } };
      expect(body.data.resolution.title).toBe("Advisory services and technical assistance for Cambodia");
      expect(body.data.resolution.paragraphs).toHaveLength(44);
    } finally {
      child.kill("SIGTERM");
      await exited(child);
    }
  });
});
