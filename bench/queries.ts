// Query latency on the database the ingest benchmark wrote (N = BENCH_N synthetic resolutions):
// the port's graph queries, p50 / p99 in ms. A method the store does not have yet is reported as
// "not available yet", never a failure. Samples are taken over a seeded random choice of series
// members and pairs from the corpus manifest, so that runs compare.
import { existsSync } from "node:fs";
import type { GraphQueries, GraphStore } from "../src/graph/port.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { quantile } from "./stats.js";
import { type GeneratedCorpus, type ManifestEntry, readManifest } from "./synthetic/generate.js";
import { Rng } from "./synthetic/prng.js";

type Store = GraphStore & Partial<GraphQueries>;

export interface Latency {
  name: string;
  /** Absent when the store lacks the method. */
  samples?: number[];
  /** What the calls returned, for the reader ("5.2 ancestors on average"). */
  note?: string;
  error?: string;
}

export interface QueryFigures {
  db: string;
  resolutions: number;
  results: Latency[];
}

/** Stops a measurement loop after this long, whatever is left: a slow method must not stall the run. */
const BUDGET_MS = 20_000;

export async function measure<T>(
  name: string,
  inputs: readonly T[],
  call: (input: T) => Promise<number>,
  label: (total: number, calls: number) => string,
  budgetMs = BUDGET_MS,
): Promise<Latency> {
  const samples: number[] = [];
  let total = 0;
  const started = performance.now();
  try {
    // Warm-up: statement caches, page cache, JIT.
    for (const input of inputs.slice(0, Math.min(10, inputs.length))) await call(input);
    for (const input of inputs) {
      const t0 = performance.now();
      total += await call(input);
      samples.push(performance.now() - t0);
      if (performance.now() - started > budgetMs) break;
    }
  } catch (error) {
    return { name, error: (error as Error).message.split("\n")[0] ?? "failed" };
  }
  return { name, samples: samples.sort((a, b) => a - b), note: label(total, samples.length) };
}

const unavailable = (name: string): Latency => ({ name });

/** Series of the corpus (members oldest first), from the manifest. */
function seriesOf(corpus: Pick<GeneratedCorpus, "manifest">, limit: number): { series: Map<number, string[]>; entries: ManifestEntry[] } {
  const series = new Map<number, string[]>();
  const entries: ManifestEntry[] = [];
  for (const e of readManifest(corpus)) {
    if (entries.length >= limit) break;
    entries.push(e);
    (series.get(e.series) ?? series.set(e.series, []).get(e.series)!).push(e.symbol);
  }
  return { series, entries };
}

export async function benchQueries(
  db: string,
  corpus: Pick<GeneratedCorpus, "manifest" | "seed">,
  n: number,
  open: (db: string) => Store = openSqliteStore,
): Promise<QueryFigures> {
  if (!existsSync(db)) throw new Error(`no database at ${db}: run the ingest benchmark first`);
  const store: Store = open(db);
  try {
    return { db, ...(await benchQueriesOn(store, corpus, n)) };
  } finally {
    await store.close();
  }
}

/**
 * The same measurements on an open store (any engine), which stays open. The inputs depend only on
 * the corpus and its seed, so two stores holding the same corpus are asked the same questions.
 */
export async function benchQueriesOn(
  store: Store,
  corpus: Pick<GeneratedCorpus, "manifest" | "seed">,
  n: number,
  budgetMs = BUDGET_MS,
): Promise<Omit<QueryFigures, "db">> {
  const rng = new Rng(corpus.seed ^ 0x51ed);
  const { series, entries } = seriesOf(corpus, n);
  const multi = [...series.values()].filter((m) => m.length >= 2);
  // A tiny corpus may have no series of two yet: then a member is its own pair.
  const long = multi.length > 0 ? multi : [...series.values()].map((m) => [m[0]!, m[0]!]);
  const results: Latency[] = [];
  const resolutions = (await store.counts()).resolutions;

  // lineage depth 5 from 200 random members of series, both ways.
  const members = Array.from({ length: 200 }, () => rng.pick(rng.pick(long)));
  for (const direction of ["ancestors", "descendants"] as const) {
    const name = `lineage(${direction}, depth 5), 200 series members`;
    results.push(
      typeof store.lineage !== "function"
        ? unavailable(name)
        : await measure(name, members, async (s) => (await store.lineage!(s, direction, 5)).length, (t, c) => `${(t / c).toFixed(1)} resolutions reached on average`, budgetMs),
    );
  }

  // citationPath: later member → earlier member of one series; and between two series.
  const within = Array.from({ length: 200 }, () => {
    const m = rng.pick(long);
    const a = rng.int(m.length - 1);
    const b = a + 1 + rng.int(m.length - a - 1);
    return [m[b]!, m[a]!] as const;
  });
  const across = Array.from({ length: 200 }, () => [rng.pick(entries).symbol, rng.pick(entries).symbol] as const);
  for (const [name, pairs] of [
    ["citationPath within a series (later → earlier), max depth 10", within],
    ["citationPath across series (random pairs), max depth 10", across],
  ] as const) {
    results.push(
      typeof store.citationPath !== "function"
        ? unavailable(name)
        : await measure(name, pairs, async ([from, to]) => ((await store.citationPath!(from, to, 10)) === null ? 0 : 1), (t, c) => `${Math.round((100 * t) / c)}% found`, budgetMs),
    );
  }

  // search: terms in most texts, and terms in few.
  const terms = {
    common: ["human rights", "Secretary-General", "international peace and security", "Member States"],
    rare: ["Tuvalu", "trypanosomosis", "Helms-Burton", "Foreign Agents"],
  };
  for (const [kind, list] of Object.entries(terms)) {
    const name = `search, ${kind} terms, first 20`;
    const inputs = Array.from({ length: 20 }, () => list).flat();
    results.push(
      typeof store.search !== "function"
        ? unavailable(name)
        : await measure(name, inputs, async (text) => (await store.search!({ text, first: 20 })).total, (t, c) => `${list.join(", ")}: ${Math.round(t / c).toLocaleString("en-US")} hits on average`, budgetMs),
    );
  }

  // resolutionsBySymbols: one symbol, and a batch of 100 (what DataLoader sends).
  const singles = Array.from({ length: 1000 }, () => [rng.pick(entries).symbol]);
  const batches = Array.from({ length: 200 }, () => Array.from({ length: 100 }, () => rng.pick(entries).symbol));
  for (const [name, inputs] of [
    ["resolutionsBySymbols, 1 symbol", singles],
    ["resolutionsBySymbols, batch of 100", batches],
  ] as const) {
    results.push(
      await measure(name, inputs, async (keys) => (await store.resolutionsBySymbols(keys)).filter((r) => r !== null).length, (t, c) => `${(t / c).toFixed(1)} found per call`, budgetMs),
    );
  }

  const name = "graphCounts (whole graph)";
  results.push(
    typeof store.graphCounts !== "function"
      ? unavailable(name)
      : await measure(name, Array.from({ length: 20 }, (_, i) => i), async () => Object.keys((await store.graphCounts!()).nodes).length, (t, c) => `${Math.round(t / c)} node labels`, budgetMs),
  );
  return { resolutions, results };
}

const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(7);

export function printQueries(f: QueryFigures): void {
  console.log(`graph queries on the ingested database (${f.resolutions.toLocaleString("en-US")} resolutions), latency in ms`);
  const width = Math.max(...f.results.map((r) => r.name.length));
  for (const r of f.results) {
    const head = `  ${r.name.padEnd(width)}`;
    if (r.error) console.log(`${head}  failed: ${r.error}`);
    else if (!r.samples) console.log(`${head}  not available yet`);
    else {
      const s = r.samples;
      console.log(`${head}  p50 ${ms(quantile(s, 0.5))}  p99 ${ms(quantile(s, 0.99))}  (${s.length} calls; ${r.note ?? ""})`);
    }
  }
  console.log("  goal: lineage depth 5 under 5 ms");
}
