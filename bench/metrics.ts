// Graph metrics at scale (issue 14): on the synthetic corpus of N = BENCH_N resolutions (default
// 50,000), through the port and MetricsService as the API calls them (no HTTP):
//   - mostCited, first page of 20, for a 10-year window (citations made 2006–2015) and for all years;
//   - influential (PageRank over the window's RECALLS subgraph), first page of 20, same windows;
// each cold (a fresh MetricsService: the store's read, PageRank, the page's resolutions; the
// database's pages warm, as on a running server) and cached (the same call again: one version read
// and a cache hit), p50 of several runs, with the goals (10-year window: cold under 1 s, cached
// under 10 ms). Cold influential is broken down: the subgraph read, PageRank, the rest.
//
//   npx tsx bench/metrics.ts     (the cached database of server-child.ts's cachedDatabase, copied so
//                                 that opening it may migrate it; or as a section of `npm run bench`,
//                                 on the database its ingest section wrote)
//   npx tsx bench/metrics.ts --neo4j
//                                (Neo4j beside SQLite: BENCH_METRICS_NEO4J_N resolutions, default
//                                 20,000 as bench/neo4j.ts, ingested by the loader into a throwaway
//                                 Neo4j server this process starts (heap 2 GB, page cache 1 GB, full
//                                 JIT, as bench/neo4j.ts) and into a fresh SQLite file, the same
//                                 measurements on each; about three minutes of both cores)

import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startNeo4j } from "../scripts/neo4j-server.mjs";
import { loadConfig } from "../src/config/config.js";
import { openNeo4jStore } from "../src/graph/neo4j/store.js";
import type { CitationWindow, GraphStore } from "../src/graph/port.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { ingestFiles } from "../src/loader/ingest-files.js";
import { createLogger } from "../src/logger.js";
import { pageRank } from "../src/metrics/pagerank.js";
import { MetricsService } from "../src/metrics/service.js";
import { benchN } from "./ingest.js";
import { cachedDatabase } from "./server-child.js";
import { quantile } from "./stats.js";
import { cachedCorpus, corpusFileList } from "./synthetic/generate.js";

/** The decade the goal names; the synthetic corpus spans 1976–2025. */
export const TEN_YEARS: CitationWindow = { yearFrom: 2006, yearTo: 2015 };
const WINDOWS: ReadonlyArray<[name: string, window: CitationWindow]> = [
  ["10 years (2006-2015)", TEN_YEARS],
  ["all years", {}],
];
const PAGE = 20;
const COLD_RUNS = 7;
const CACHED_RUNS = 200;

export const GOALS = { coldMs: 1000, cachedMs: 10 } as const;

export interface MetricRow {
  name: string;
  window: string;
  coldMs: number[];
  cachedMs: number[];
  note: string;
}

export interface MetricsFigures {
  store: string;
  resolutions: number;
  rows: MetricRow[];
  /** Cold influential of the 10-year window, in parts (p50 ms): the subgraph read, PageRank. */
  parts: { subgraphMs: number; pageRankMs: number; nodes: number; edges: number };
}

const p50 = (xs: readonly number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await work();
  return [performance.now() - t0, out];
}

/** The measurements on an open store (any engine), which stays open. */
export async function benchMetricsOn(store: GraphStore, log: (line: string) => void = () => undefined): Promise<Omit<MetricsFigures, "store">> {
  const resolutions = (await store.counts()).resolutions;
  const rows: MetricRow[] = [];
  for (const [windowName, window] of WINDOWS) {
    for (const name of ["mostCited", "influential"] as const) {
      const call = (service: MetricsService): Promise<{ totalCount: number; items: { node: { symbol: string } }[] }> =>
        name === "mostCited" ? service.mostCited({ ...window, first: PAGE }) : service.influential(window, PAGE);
      const coldMs: number[] = [];
      const cachedMs: number[] = [];
      let note = "";
      for (let run = 0; run < COLD_RUNS; run++) {
        const service = new MetricsService(store);
        const [ms, page] = await time(() => call(service));
        coldMs.push(ms);
        note = `${page.totalCount.toLocaleString("en-US")} ranked; top: ${page.items[0]?.node.symbol ?? "none"}`;
        if (run === COLD_RUNS - 1) {
          for (let i = 0; i < CACHED_RUNS; i++) cachedMs.push((await time(() => call(service)))[0]);
        }
      }
      log(`    ${name}, ${windowName}: cold p50 ${p50(coldMs).toFixed(1)} ms`);
      rows.push({ name, window: windowName, coldMs, cachedMs, note });
    }
  }
  const subgraphMs: number[] = [];
  const pageRankMs: number[] = [];
  let size = { nodes: 0, edges: 0 };
  for (let run = 0; run < COLD_RUNS; run++) {
    const [readMs, subgraph] = await time(() => store.recallsInWindow(TEN_YEARS));
    const [rankMs] = await time(async () => pageRank(subgraph));
    subgraphMs.push(readMs);
    pageRankMs.push(rankMs);
    size = { nodes: subgraph.symbols.length, edges: subgraph.sources.length };
  }
  return { resolutions, rows, parts: { subgraphMs: p50(subgraphMs), pageRankMs: p50(pageRankMs), ...size } };
}

/** On the SQLite database `db` (default: a copy of the cached N-resolution database). */
export async function benchMetrics(options: { db?: string; log?: (line: string) => void } = {}): Promise<MetricsFigures> {
  const log = options.log ?? (() => undefined);
  let scratch: string | undefined;
  let db = options.db;
  if (db === undefined) {
    const cached = await cachedDatabase(benchN(), log);
    scratch = mkdtempSync(path.join(tmpdir(), "resgraph-metrics-bench-"));
    db = path.join(scratch, "graph.db");
    for (const suffix of ["", "-wal"]) if (existsSync(cached.db + suffix)) copyFileSync(cached.db + suffix, db + suffix);
  }
  const store = openSqliteStore(db);
  try {
    return { store: "SQLite", ...(await benchMetricsOn(store, log)) };
  } finally {
    await store.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(8);

export function printMetrics(f: MetricsFigures): void {
  console.log(`graph metrics on ${f.store} (${f.resolutions.toLocaleString("en-US")} resolutions), first page of ${PAGE}, ms`);
  const width = Math.max(...f.rows.map((r) => `${r.name}, ${r.window}`.length));
  for (const r of f.rows) {
    console.log(
      `  ${`${r.name}, ${r.window}`.padEnd(width)}  cold p50 ${ms(p50(r.coldMs))} (${r.coldMs.length} runs)  cached p50 ${ms(p50(r.cachedMs))} p99 ${ms(quantile([...r.cachedMs].sort((a, b) => a - b), 0.99))} (${r.cachedMs.length} calls)  ${r.note}`,
    );
  }
  const p = f.parts;
  console.log(
    `  influential, 10 years, cold, in parts: subgraph read ${p.subgraphMs.toFixed(1)} ms (${p.nodes.toLocaleString("en-US")} resolutions, ${p.edges.toLocaleString("en-US")} citing pairs), PageRank ${p.pageRankMs.toFixed(1)} ms`,
  );
  const decade = f.rows.filter((r) => r.window === WINDOWS[0]![0]);
  const met = decade.every((r) => p50(r.coldMs) < GOALS.coldMs && p50(r.cachedMs) < GOALS.cachedMs);
  console.log(`  goal: a 10-year window under ${GOALS.coldMs} ms cold and under ${GOALS.cachedMs} ms cached: ${met ? "met" : "NOT met"}`);
}

/**
 * Neo4j beside SQLite on the same N synthetic resolutions, each store ingested by the loader (what
 * `resgraph ingest` runs), then measured alike. The Neo4j server is started here and stopped after.
 */
export async function benchMetricsNeo4j(n: number, log: (line: string) => void = () => undefined): Promise<MetricsFigures[]> {
  const corpus = cachedCorpus(n);
  const files = corpusFileList(corpus, n);
  const scratch = mkdtempSync(path.join(tmpdir(), "resgraph-metrics-neo4j-"));
  log(`  starting a throwaway Neo4j server …`);
  const server = await startNeo4j({ quiet: true, heap: "2g", pagecache: "1g", jvm: ["-XX:TieredStopAtLevel=4"] });
  const figures: MetricsFigures[] = [];
  try {
    const stores: Array<[string, () => Promise<GraphStore>]> = [
      ["SQLite", async () => openSqliteStore(path.join(scratch, "graph.db"))],
      ["Neo4j", () => openNeo4jStore(loadConfig({ ...process.env, RESGRAPH_STORE: "neo4j", NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password }))],
    ];
    for (const [name, open] of stores) {
      const store = await open();
      try {
        const t0 = performance.now();
        await ingestFiles(store, files, { logger: createLogger("silent") });
        log(`  ${name}: ${files.length.toLocaleString("en-US")} files ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
        figures.push({ store: name, ...(await benchMetricsOn(store, log)) });
      } finally {
        await store.close();
      }
    }
  } finally {
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

if (path.resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  const log = (line: string): void => console.error(line);
  if (process.argv.includes("--neo4j")) {
    const raw = process.env.BENCH_METRICS_NEO4J_N;
    const n = raw ? Number(raw) : 20_000;
    if (!Number.isSafeInteger(n) || n < 10) throw new Error(`BENCH_METRICS_NEO4J_N must be an integer ≥ 10, got ${raw}`);
    for (const f of await benchMetricsNeo4j(n, log)) {
      printMetrics(f);
      console.log("");
    }
  } else printMetrics(await benchMetrics({ log }));
}
