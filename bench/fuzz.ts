// Fuzz over HTTP (issue 12): BENCH_FUZZ_CASES random requests (default 10,000) from the arbitraries
// of test/helpers/graphql-fuzz.ts (the same ones `npm test` runs about 500 of), sent one at a time
// to a server started in this process on the seeds in an in-memory SQLite store. Every case is run
// and judged (no stop at the first failure, no shrinking): the figures are the statuses, the
// requests that broke the property (5xx, no response, leaks, non-JSON from /graphql), whether the
// store is as before, and the memory and time it took. The goal is 0 of each failure.
//
//   npx tsx bench/fuzz.ts                 BENCH_FUZZ_CASES=2000  BENCH_FUZZ_SEED=7 (or `random`)
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { GraphStore } from "../src/graph/port.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { collectInputFiles } from "../src/loader/input-files.js";
import { ingestFiles } from "../src/loader/ingest-files.js";
import { createLogger } from "../src/logger.js";
import { SEEDS_DIR } from "../src/package-root.js";
import { startServer } from "../src/server.js";
import {
  CrashWatch,
  describeRequest,
  FUZZ_ALLOWED_ORIGIN,
  fuzzArbitraries,
  judge,
  PROCESS_EVENT,
  prototypeKeys,
  sendFuzzRequest,
  type FuzzKind,
} from "../test/helpers/graphql-fuzz.js";
import { snapshot } from "../test/helpers/store-snapshot.js";
import { mb, startRssSampler } from "./memory.js";
import { fmt, quantile } from "./stats.js";

const THIS_FILE = fileURLToPath(import.meta.url);
const DEFAULT_SEED = 12;
/** Client-side limit per request: past the server's own 10 s timeout, so a hang is the server's. */
const CLIENT_TIMEOUT_MS = 30_000;

export interface FuzzSettings {
  cases: number;
  seed: number;
}

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const cases = Number(env.BENCH_FUZZ_CASES ?? 10_000);
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`BENCH_FUZZ_CASES: expected a positive integer, got ${env.BENCH_FUZZ_CASES}`);
  const rawSeed = env.BENCH_FUZZ_SEED;
  const seed = rawSeed === "random" ? Date.now() % 2 ** 31 : Number(rawSeed ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error(`BENCH_FUZZ_SEED: expected an integer or "random", got ${rawSeed}`);
  return { cases, seed };
}

/** One kind of failure, the first request that showed it, and how often it came. */
export interface FuzzFailure {
  problem: string;
  count: number;
  request: string;
}

export interface FuzzFigures {
  cases: number;
  seed: number;
  byKind: Record<FuzzKind, number>;
  /** Status → responses; `none` when there was no response. */
  statuses: Record<string, number>;
  /** `extensions.code` → responses carrying it. */
  codes: Record<string, number>;
  /** Responses ≥ 500 other than an allowed 503 (TIMEOUT, SERVICE_UNAVAILABLE). */
  serverErrors: number;
  allowed503: number;
  /** Requests with no response (connection reset, hang) and errors the process did not handle. */
  crashes: number;
  processEvents: string[];
  /** Cases that broke the property for any reason (5xx, crash, leak, non-JSON /graphql answer). */
  failedCases: number;
  failures: FuzzFailure[];
  /** Allowed but worth a look: responses whose error code is INTERNAL_SERVER_ERROR (a masked bug). */
  internalErrors: number;
  internalExamples: FuzzFailure[];
  storeUnchanged: boolean;
  prototypeUnchanged: boolean;
  /** `{ stats { resolutions } }` after the run gave the store's count. */
  stillAnswers: boolean;
  rssBefore: number;
  rssAfter: number;
  peakRss: number;
  seconds: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
}

/** A failure's message without what varies between requests of the same kind (numbers, quotes). */
const failureKey = (problem: string): string =>
  problem
    .replace(/….*$/s, "")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, "N")
    .slice(0, 120);

function tally(into: Map<string, FuzzFailure>, problem: string, request: string, key = failureKey(problem)): void {
  const known = into.get(key);
  if (known) known.count++;
  else into.set(key, { problem, count: 1, request });
}

async function seededSqlite(): Promise<GraphStore> {
  const store = openSqliteStore(":memory:");
  await ingestFiles(store, collectInputFiles([SEEDS_DIR]), { logger: createLogger("silent") });
  return store;
}

async function statsAnswer(url: string): Promise<number | undefined> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { resolutions } }" }) });
  const json = (await res.json()) as { data?: { stats?: { resolutions?: number } } };
  return json.data?.stats?.resolutions;
}

export async function benchFuzz(settings: FuzzSettings = fuzzSettings(), log: (line: string) => void = () => {}): Promise<FuzzFigures> {
  const store = await seededSqlite();
  const logger = createLogger("silent");
  const server = await startServer({ store, port: 0, host: "127.0.0.1", logger, corsOrigins: [FUZZ_ALLOWED_ORIGIN] });
  const crashes = new CrashWatch().start();
  const target = { host: "127.0.0.1", port: server.port };
  const before = { ...(await snapshot(store)), graph: await store.graphCounts() };
  const prototypeBefore = prototypeKeys();
  const { request } = fuzzArbitraries();

  const byKind: Record<FuzzKind, number> = { valid: 0, broken: 0, get: 0, shape: 0, http: 0 };
  const statuses = new Map<string, number>();
  const codes = new Map<string, number>();
  const failures = new Map<string, FuzzFailure>();
  const internals = new Map<string, FuzzFailure>();
  const times: number[] = [];
  let serverErrors = 0;
  let allowed503 = 0;
  let noResponse = 0;
  let byProcessEvent = 0;
  let failedCases = 0;
  let internalErrors = 0;
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

  const rssBefore = process.memoryUsage.rss();
  const sampler = await startRssSampler();
  const started = performance.now();
  try {
    // fast-check drives generation (same seed, same cases); the property never fails, so every case
    // runs and nothing is shrunk: this is a census, the test is the one that stops and shrinks.
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const outcome = await sendFuzzRequest(target, r, { timeoutMs: CLIENT_TIMEOUT_MS, crashes });
        const verdict = judge(r, outcome);
        times.push(outcome.ms);
        byKind[r.kind]++;
        bump(statuses, verdict.status === undefined ? "none" : String(verdict.status));
        for (const code of new Set(verdict.codes)) bump(codes, code);
        if (verdict.problems.some((p) => p.startsWith(PROCESS_EVENT))) byProcessEvent++;
        if (verdict.status === undefined) noResponse++;
        else if (verdict.status >= 500) {
          if (verdict.notes.some((n) => n.startsWith("503"))) allowed503++;
          else serverErrors++;
        }
        if (verdict.problems.length > 0) failedCases++;
        for (const problem of verdict.problems) tally(failures, problem, describeRequest(r));
        if (verdict.codes.includes("INTERNAL_SERVER_ERROR")) {
          internalErrors++;
          const body = "response" in outcome ? outcome.response.body.slice(0, 200) : "";
          tally(internals, `${verdict.status}: ${body}`, describeRequest(r), `${verdict.status} ${failureKey(body)}`);
        }
        const done = times.length;
        if (done % 1000 === 0) log(`fuzz: ${done} of ${settings.cases} cases, ${failedCases} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }),
      { numRuns: settings.cases, seed: settings.seed },
    );
  } finally {
    crashes.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const memory = await sampler.stop();
  const rssAfter = process.memoryUsage.rss();

  let storeUnchanged = false;
  let stillAnswers = false;
  try {
    const after = { ...(await snapshot(store)), graph: await store.graphCounts() };
    storeUnchanged = JSON.stringify(after) === JSON.stringify(before);
    stillAnswers = (await statsAnswer(server.url)) === before.counts.resolutions;
  } finally {
    await server.close();
    await store.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const record = (map: Map<string, number>): Record<string, number> => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
  return {
    cases: times.length,
    seed: settings.seed,
    byKind,
    statuses: record(statuses),
    codes: record(codes),
    serverErrors,
    allowed503,
    // A process event fails the request in flight (counted in noResponse); one between requests
    // fails none, and counts here.
    crashes: noResponse + Math.max(0, crashes.events.length - byProcessEvent),
    processEvents: [...new Set(crashes.events)],
    failedCases,
    failures: [...failures.values()].sort((a, b) => b.count - a.count),
    internalErrors,
    internalExamples: [...internals.values()].sort((a, b) => b.count - a.count),
    storeUnchanged,
    prototypeUnchanged: JSON.stringify(prototypeKeys()) === JSON.stringify(prototypeBefore),
    stillAnswers,
    rssBefore,
    rssAfter,
    peakRss: memory.peakRss,
    seconds,
    p50ms: quantile(sorted, 0.5),
    p99ms: quantile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

/** True when the run met every goal: no 5xx, no crash, no failed case, store and prototype intact. */
export const fuzzPassed = (f: FuzzFigures): boolean =>
  f.serverErrors === 0 && f.crashes === 0 && f.failedCases === 0 && f.storeUnchanged && f.prototypeUnchanged && f.stillAnswers;

export function printFuzz(f: FuzzFigures): void {
  const yes = (b: boolean): string => (b ? "yes" : "NO");
  const counts = (r: Record<string, number>): string => Object.entries(r).map(([k, n]) => `${k} ${n.toLocaleString("en-US")}`).join(", ");
  console.log(`Fuzz over HTTP (seed ${f.seed}; replay with BENCH_FUZZ_SEED=${f.seed} BENCH_FUZZ_CASES=${f.cases})`);
  console.log(`  cases run             ${f.cases.toLocaleString("en-US")} (${counts(f.byKind)})`);
  console.log(`  statuses              ${counts(f.statuses)}`);
  console.log(`  error codes           ${counts(f.codes) || "none"}`);
  console.log(`  5xx (goal 0)          ${f.serverErrors}${f.allowed503 > 0 ? ` (plus ${f.allowed503} allowed 503 TIMEOUT/SERVICE_UNAVAILABLE)` : ""}`);
  console.log(`  crashes (goal 0)      ${f.crashes}${f.processEvents.length > 0 ? `: ${f.processEvents.join("; ")}` : ""}`);
  console.log(`  failed cases (goal 0) ${f.failedCases} (5xx, no response, leaks, a /graphql answer that is not JSON)`);
  console.log(`  store unchanged       ${yes(f.storeUnchanged)}; Object.prototype unchanged ${yes(f.prototypeUnchanged)}; still answers { stats } ${yes(f.stillAnswers)}`);
  console.log(`  RSS                   ${mb(f.rssBefore)} before, ${mb(f.rssAfter)} after, peak ${mb(f.peakRss)}`);
  console.log(`  time                  ${fmt(f.seconds, 1)} s (${fmt(f.cases / f.seconds, 0)} cases/s; per request p50 ${fmt(f.p50ms, 1)} ms, p99 ${fmt(f.p99ms, 1)} ms, max ${fmt(f.maxMs, 0)} ms)`);
  if (f.internalErrors > 0) console.log(`  allowed but masked: ${f.internalErrors} responses carry INTERNAL_SERVER_ERROR`);
  for (const x of f.internalExamples.slice(0, 5)) console.log(`    ${x.count}× ${x.problem.replace(/\s+/g, " ")}\n      e.g. ${x.request.replace(/\n/g, "\n      ")}`);
  for (const x of f.failures.slice(0, 10)) console.log(`  FAILED ${x.count}×: ${x.problem.replace(/\s+/g, " ").slice(0, 300)}\n    e.g. ${x.request.replace(/\n/g, "\n    ")}`);
}

if (path.resolve(process.argv[1] ?? "") === THIS_FILE) {
  console.log(`resgraph fuzz over HTTP, Node ${process.version}, ${new Date().toISOString()}\n`);
  const figures = await benchFuzz(fuzzSettings(), (line) => console.error(line));
  printFuzz(figures);
  // Alone (`npm run bench:fuzz`), a missed goal is a failed run, for CI; bench/run.ts decides for itself.
  if (!fuzzPassed(figures)) process.exitCode = 1;
}
