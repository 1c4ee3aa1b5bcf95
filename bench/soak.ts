// Soak benchmark (issue 12, "a server that stays up"): the real CLI server (a child process, `serve
// --db FILE`) under a mixed workload at 8 connections for 10 minutes on the 50,000-resolution
// synthetic database, every response checked; its memory, descriptors and threads read from /proc
// every few seconds; then SIGTERM while the 8 connections are still busy: what happens to the
// requests in flight and to those sent after, and how long the process takes to go, with what status.
//
// `npx tsx bench/soak.ts`. SOAK_SECONDS (default 600) and SOAK_N (default 50,000) make a smoke run
// possible (SOAK_SECONDS=30 SOAK_N=5000); SOAK_CONNECTIONS (default 8). The database is built once
// per N with the CLI's ingest and kept under bench/.cache (bench/server-child.ts). The server runs
// with RESGRAPH_RATE_LIMIT=0 (the soak is one client address: it would measure the limiter) and
// RESGRAPH_SHUTDOWN_GRACE_MS=5000.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  builtCliNote,
  cachedDatabase,
  endText,
  errorCode,
  graphqlAnswer,
  httpRequest,
  int,
  mib,
  msText,
  postGraphql,
  sampleProcess,
  sleep,
  startServerChild,
  stopText,
  type GraphqlAnswer,
  type HttpOutcome,
  type ProcessSample,
  type ServerChild,
  type StopResult,
} from "./server-child.js";
import { quantile } from "./stats.js";
import { DEFAULT_SEED } from "./synthetic/generate.js";
import { Rng } from "./synthetic/prng.js";

/** The grace the server is given (RESGRAPH_SHUTDOWN_GRACE_MS), and what "exit in time" is held to. */
const GRACE_MS = 5_000;
/** Client cap per request: a stuck request shows as a timeout rather than a stuck soak. */
const REQUEST_CAP_MS = 30_000;

// --- the workload --------------------------------------------------------------------------------------

interface Inputs {
  symbols: string[];
  /** (a, b): a recalls b, so a citation path from a to b exists. */
  pairs: [string, string][];
  /** Rare terms (the API bench's), searched for most of the time. */
  rareTerms: string[];
}

/** One request of an operation, with what its answer must be. */
interface Planned {
  query: string;
  variables: Record<string, unknown>;
  /** Why the answer is wrong, or undefined when it is what was expected. */
  verdict: (status: number, answer: GraphqlAnswer) => string | undefined;
}

interface Operation {
  name: string;
  /** Share of the requests, relative to the others. */
  weight: number;
  plan: (rng: Rng, inputs: Inputs) => Planned;
}

type Data = Record<string, unknown>;
const obj = (value: unknown): Data | undefined => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Data) : undefined);
const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** Expects data without errors, and `ok` of it. */
const wantData =
  (ok: (data: Data) => boolean) =>
  (status: number, answer: GraphqlAnswer): string | undefined => {
    if (answer.errors?.length) return `${status} ${errorCode(answer) ?? "error"}: ${answer.errors[0]?.message ?? ""}`;
    if (status !== 200) return `status ${status}`;
    const data = obj(answer.data);
    return data && ok(data) ? undefined : "unexpected data";
  };

/**
 * Expects an error with one of `codes` (and no server error): the deliberate mistakes a client makes.
 * Parse and validation errors are 400, resolver errors 200; either is right.
 */
const wantError =
  (...codes: string[]) =>
  (status: number, answer: GraphqlAnswer): string | undefined => {
    const code = errorCode(answer);
    if (status >= 500) return `status ${status} ${code ?? ""}`;
    return code && codes.includes(code) ? undefined : `expected ${codes.join(" or ")}, got ${status} ${code ?? "no error"}`;
  };

const BODIES = ["General Assembly", "Human Rights Council", "Security Council"];
const COMMON_TERMS = ["human rights", "Member States"];

const OPERATIONS: Operation[] = [
  {
    name: "lookup",
    weight: 25,
    plan: (rng, { symbols }) => {
      const s = rng.pick(symbols);
      return {
        query: `query($s: String!) { resolution(symbol: $s) { symbol title adoptedOn } }`,
        variables: { s },
        verdict: wantData((d) => obj(d.resolution)?.symbol === s),
      };
    },
  },
  {
    name: "nested (paragraphs × mentions, recalls)",
    weight: 12,
    plan: (rng, { symbols }) => {
      const s = rng.pick(symbols);
      return {
        query: `query($s: String!) { resolution(symbol: $s) { symbol
          paragraphs { key verb mentions { start end entity { key name } } }
          recalls(first: 10) { edges { verbs node { symbol adoptedOn } } } } }`,
        variables: { s },
        verdict: wantData((d) => obj(d.resolution)?.symbol === s && list(obj(d.resolution)?.paragraphs) !== undefined),
      };
    },
  },
  {
    name: "lineage depth 5",
    weight: 12,
    plan: (rng, { symbols }) => {
      const s = rng.pick(symbols);
      const direction = rng.chance(0.5) ? "ANCESTORS" : "DESCENDANTS";
      return {
        query: `query($s: String!) { resolution(symbol: $s) { lineage(direction: ${direction}, maxDepth: 5) { depth resolution { symbol } } } }`,
        variables: { s },
        verdict: wantData((d) => {
          const steps = list(obj(d.resolution)?.lineage);
          return steps !== undefined && steps.every((step) => {
            const depth = obj(step)?.depth;
            return typeof depth === "number" && depth >= 1 && depth <= 5;
          });
        }),
      };
    },
  },
  {
    name: "citation path",
    weight: 10,
    plan: (rng, { pairs }) => {
      const [a, b] = rng.pick(pairs);
      return {
        query: `query($a: String!, $b: String!) { citationPath(from: $a, to: $b, maxDepth: 10) { verb from { symbol } to { symbol } } }`,
        variables: { a, b },
        // a recalls b: a path exists, from a, ending at b.
        verdict: wantData((d) => {
          const hops = list(d.citationPath);
          return hops !== undefined && hops.length >= 1 && obj(obj(hops[0])?.from)?.symbol === a && obj(obj(hops.at(-1))?.to)?.symbol === b;
        }),
      };
    },
  },
  {
    name: "search (rare terms; 1 in 6 common)",
    weight: 10,
    plan: (rng, { rareTerms }) => {
      const t = rng.chance(1 / 6) ? rng.pick(COMMON_TERMS) : rng.pick(rareTerms);
      return {
        query: `query($t: String!) { search(text: $t, first: 10) { totalCount nodes { score snippet paragraph { key } resolution { symbol } } } }`,
        variables: { t },
        verdict: wantData((d) => {
          const search = obj(d.search);
          const nodes = list(search?.nodes);
          return typeof search?.totalCount === "number" && nodes !== undefined && nodes.length <= 10 && nodes.length <= search.totalCount;
        }),
      };
    },
  },
  {
    name: "lists (filters, paragraphs, citedBy)",
    weight: 15,
    plan: (rng, { symbols }) => {
      const variant = rng.int(3);
      if (variant === 0) {
        const from = rng.range(1950, 2020);
        return {
          query: `query($b: String!, $y: Int!, $z: Int!) { resolutions(filter: { body: $b, yearFrom: $y, yearTo: $z }, orderBy: ADOPTED_DESC, first: 20) {
            totalCount pageInfo { hasNextPage endCursor } nodes { symbol adoptedOn body } } }`,
          variables: { b: rng.pick(BODIES), y: from, z: from + 5 },
          verdict: wantData((d) => {
            const page = obj(d.resolutions);
            const nodes = list(page?.nodes);
            return typeof page?.totalCount === "number" && nodes !== undefined && nodes.length <= 20;
          }),
        };
      }
      const s = rng.pick(symbols);
      if (variant === 1) {
        return {
          query: `query($s: String!) { paragraphs(filter: { resolution: $s, kind: OPERATIVE }, first: 50) { totalCount nodes { key verb } } }`,
          variables: { s },
          verdict: wantData((d) => typeof obj(d.paragraphs)?.totalCount === "number"),
        };
      }
      return {
        query: `query($s: String!) { resolution(symbol: $s) { citedBy(first: 20) { totalCount edges { verb node { symbol } paragraph { key } } }
          recalledBy(first: 20) { totalCount nodes { symbol } } } }`,
        variables: { s },
        verdict: wantData((d) => typeof obj(obj(d.resolution)?.citedBy)?.totalCount === "number"),
      };
    },
  },
  {
    name: "errors (deliberate)",
    weight: 16,
    plan: (rng, { symbols }) => {
      const s = rng.pick(symbols);
      switch (rng.int(7)) {
        case 0:
          return { query: `query($s: String!) { resolution(symbol: $s) { citedBy(first: 500) { totalCount } } }`, variables: { s }, verdict: wantError("BAD_USER_INPUT") };
        case 1:
          return { query: `{ resolution(symbol: "A/RES/99999/1") { symbol } }`, variables: {}, verdict: wantData((d) => d.resolution === null) };
        case 2:
          return { query: `{ resolution(symbol: "A/RES/1/1") { symbol `, variables: {}, verdict: wantError("GRAPHQL_PARSE_FAILED") };
        case 3:
          return { query: `query($s: String!) { resolution(symbol: $s) { symbol colour } }`, variables: { s }, verdict: wantError("GRAPHQL_VALIDATION_FAILED") };
        case 4: {
          let deep = "symbol";
          for (let i = 0; i < 14; i++) deep = `recalls { nodes { ${deep} } }`;
          return { query: `query($s: String!) { resolution(symbol: $s) { ${deep} } }`, variables: { s }, verdict: wantError("QUERY_TOO_COMPLEX") };
        }
        case 5:
          return { query: `{ search(text: "   ") { totalCount } }`, variables: {}, verdict: wantError("BAD_USER_INPUT") };
        default:
          // A variable of the wrong type: refused before execution, as the client's mistake.
          return { query: `query($n: Int!) { resolutions(first: $n) { totalCount } }`, variables: { n: s }, verdict: wantError("BAD_USER_INPUT") };
      }
    },
  },
];

/** Real symbols and citations, read through the API itself (every resolution, a page at a time). */
async function readInputs(server: ServerChild, seed: number): Promise<Inputs> {
  const all: string[] = [];
  const recalled: [string, string][] = [];
  let after: string | null = null;
  for (;;) {
    const outcome: HttpOutcome = await postGraphql(
      server.url,
      `query($after: String) { resolutions(first: 100, after: $after, orderBy: SYMBOL_ASC) { pageInfo { hasNextPage endCursor }
        nodes { symbol recalls(first: 3) { nodes { symbol } } } } }`,
      { after },
      { timeoutMs: REQUEST_CAP_MS },
    );
    const page = outcome.kind === "response" ? obj(graphqlAnswer(outcome.body)?.data?.resolutions) : undefined;
    if (!page) throw new Error(`listing the resolutions failed: ${outcome.kind === "response" ? outcome.body.slice(0, 300) : outcome.kind}`);
    for (const node of list(page.nodes) ?? []) {
      const symbol = obj(node)?.symbol;
      if (typeof symbol !== "string") continue;
      all.push(symbol);
      for (const to of list(obj(obj(node)?.recalls)?.nodes) ?? []) {
        const target = obj(to)?.symbol;
        if (typeof target === "string") recalled.push([symbol, target]);
      }
    }
    const info = obj(page.pageInfo);
    if (info?.hasNextPage !== true || typeof info.endCursor !== "string") break;
    after = info.endCursor;
  }
  if (all.length === 0) throw new Error("the database lists no resolution");
  const rng = new Rng(seed ^ 0x50a4);
  const symbols = Array.from({ length: Math.min(2_000, all.length) }, () => rng.pick(all));
  const pairs = recalled.length > 0 ? Array.from({ length: Math.min(2_000, recalled.length) }, () => rng.pick(recalled)) : symbols.map((s): [string, string] => [s, s]);
  const rareTerms = ["impunity tribunal", "desertification", "mercenaries", "landmines", "cholera", "piracy", "apartheid", "refugees camps"];
  return { symbols, pairs, rareTerms };
}

// --- running it ---------------------------------------------------------------------------------------------

/**
 * A request that ended after the signal, as much of it as the shutdown figures need (the bodies
 * are not kept: ten minutes of answers would be gigabytes).
 */
interface AroundSignal {
  startedAt: number;
  kind: HttpOutcome["kind"];
  status: number;
  complete: boolean;
  /** extensions.code of a 5xx answer. */
  code?: string;
  /** Why it is wrong; undefined when right. */
  wrong?: string;
}

/** What the load phase keeps per operation: latencies and the count of unexpected answers. */
interface OpTally {
  times: number[];
  unexpected: number;
}

export interface OpFigures {
  name: string;
  count: number;
  unexpected: number;
  p50: number;
  p99: number;
  max: number;
}

export interface HealthProbe {
  path: string;
  /** Status → count (`timeout`, `refused`, `reset` for no answer). */
  statuses: Record<string, number>;
  maxMs: number;
}

/** How requests ended around the signal. */
export interface ShutdownGroup {
  total: number;
  /** 200 with the expected data or error. */
  right: number;
  /** Answered, but not as expected, below 500 (a 429, wrong data …). */
  wrongAnswers: number;
  /** Connection refused: the server had stopped accepting. */
  refused: number;
  /** Closed before any status line: not answered, so safe to retry. */
  reset: number;
  /** 5xx, by status and code. */
  serverErrors: Record<string, number>;
  /** A status line, then the connection ended before the whole body. */
  truncated: number;
  timeouts: number;
}

export interface SoakFigures {
  n: number;
  db: string;
  built?: { seconds: number; summary: string };
  seconds: number;
  connections: number;
  note?: string;
  startupMs: number;
  requests: number;
  unexpected: number;
  /** First few unexpected answers, described. */
  examples: string[];
  ops: OpFigures[];
  samples: ProcessSample[];
  /** Index in `samples` of the sample taken when the load had warmed up. */
  warmIndex: number;
  idle?: ProcessSample;
  health: HealthProbe[];
  /** CPU seconds of this process (the client) over the soak. */
  clientCpuSeconds: number;
  shutdown: {
    graceMs: number;
    inFlight: ShutdownGroup;
    after: ShutdownGroup;
    stop: StopResult;
  };
  /** The server's last output when it ended otherwise than asked. */
  crash?: string;
}

const envNumber = (name: string, fallback: number, min: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got ${raw}`);
  return value;
};

function describeWrong(outcome: HttpOutcome, verdict: Planned["verdict"]): string | undefined {
  switch (outcome.kind) {
    case "timeout":
      return `no answer within ${msText(REQUEST_CAP_MS)}`;
    case "refused":
    case "reset":
      return `${outcome.kind} (${outcome.code})`;
    case "response": {
      if (!outcome.complete) return `${outcome.status}, body cut short`;
      const answer = graphqlAnswer(outcome.body);
      if (!answer) return `${outcome.status}, not a GraphQL answer: ${outcome.body.slice(0, 120)}`;
      return verdict(outcome.status, answer);
    }
  }
}

function emptyGroup(): ShutdownGroup {
  return { total: 0, right: 0, wrongAnswers: 0, refused: 0, reset: 0, serverErrors: {}, truncated: 0, timeouts: 0 };
}

function tally(group: ShutdownGroup, r: AroundSignal): void {
  group.total++;
  if (r.kind === "refused") group.refused++;
  else if (r.kind === "reset") group.reset++;
  else if (r.kind === "timeout") group.timeouts++;
  else if (!r.complete) group.truncated++;
  else if (r.status >= 500) {
    const key = `${r.status} ${r.code ?? ""}`.trim();
    group.serverErrors[key] = (group.serverErrors[key] ?? 0) + 1;
  } else if (r.wrong) group.wrongAnswers++;
  else group.right++;
}

async function probeHealth(server: ServerChild, probes: HealthProbe[]): Promise<void> {
  await Promise.all(
    probes.map(async (probe) => {
      const outcome = await httpRequest(`${server.origin}${probe.path}`, { method: "GET", timeoutMs: 5_000 });
      const key = outcome.kind === "response" ? String(outcome.status) : outcome.kind;
      probe.statuses[key] = (probe.statuses[key] ?? 0) + 1;
      probe.maxMs = Math.max(probe.maxMs, outcome.ms);
    }),
  );
}

export async function benchSoak(options: { seconds?: number; n?: number; connections?: number; log?: (line: string) => void } = {}): Promise<SoakFigures> {
  const log = options.log ?? ((line: string) => console.error(line));
  const seconds = options.seconds ?? envNumber("SOAK_SECONDS", 600, 1);
  const n = options.n ?? envNumber("SOAK_N", 50_000, 10);
  const connections = options.connections ?? envNumber("SOAK_CONNECTIONS", 8, 1);
  const note = builtCliNote();
  const { db, built } = await cachedDatabase(n, log);
  const server = await startServerChild({
    db,
    env: {
      RESGRAPH_RATE_LIMIT: "0",
      RESGRAPH_SHUTDOWN_GRACE_MS: String(GRACE_MS),
      // To compare reads on the main thread (0) with the pool's: the one server setting passed on.
      ...(process.env.RESGRAPH_READ_WORKERS ? { RESGRAPH_READ_WORKERS: process.env.RESGRAPH_READ_WORKERS } : {}),
    },
  });
  try {
    const idle = sampleProcess(server.pid);
    log(`  server up in ${msText(server.startupMs)}; reading symbols and citations through the API …`);
    const inputs = await readInputs(server, DEFAULT_SEED);
    log(`  soak: ${seconds} s at ${connections} connections (${int(inputs.symbols.length)} symbols, ${int(inputs.pairs.length)} citation pairs) …`);

    const weights = OPERATIONS.map((op) => op.weight);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const pickOp = (rng: Rng): number => {
      let x = rng.next() * totalWeight;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    };

    const tallies: OpTally[] = OPERATIONS.map(() => ({ times: [], unexpected: 0 }));
    const examples = new Set<string>();
    const aroundSignal: AroundSignal[] = [];
    let requests = 0;
    const t0 = performance.now();
    const endLoadAt = t0 + seconds * 1000;
    let signalAt = Number.POSITIVE_INFINITY;
    const cpu0 = process.cpuUsage();

    // A worker is one keep-alive connection, sending its next request as soon as the last is answered.
    // After the signal it goes on until the server refuses it or is gone: that is what a client sees.
    const worker = async (index: number): Promise<void> => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const rng = new Rng(DEFAULT_SEED + index * 7919);
      try {
        for (;;) {
          if (server.exitInfo()) return;
          if (performance.now() > signalAt + GRACE_MS + 5_000) return;
          const op = pickOp(rng);
          const planned = OPERATIONS[op]!.plan(rng, inputs);
          const startedAt = performance.now();
          const outcome = await httpRequest(server.url, {
            body: JSON.stringify({ query: planned.query, variables: planned.variables }),
            agent,
            timeoutMs: REQUEST_CAP_MS,
          });
          const endedAt = performance.now();
          const wrong = describeWrong(outcome, planned.verdict);
          if (endedAt <= signalAt) {
            requests++;
            tallies[op]!.times.push(endedAt - startedAt);
            if (wrong !== undefined) {
              tallies[op]!.unexpected++;
              if (examples.size < 8) examples.add(`${OPERATIONS[op]!.name}: ${wrong}`);
            }
          } else {
            const code = outcome.kind === "response" && outcome.status >= 500 ? errorCode(graphqlAnswer(outcome.body)) : undefined;
            aroundSignal.push({
              startedAt,
              kind: outcome.kind,
              status: outcome.kind === "response" ? outcome.status : 0,
              complete: outcome.kind === "response" && outcome.complete,
              ...(code !== undefined ? { code } : {}),
              ...(wrong !== undefined ? { wrong } : {}),
            });
          }
          if (startedAt > signalAt && (outcome.kind === "refused" || outcome.kind === "reset")) return;
          // Before the signal a refused connection would make this loop spin: pause instead.
          if (outcome.kind === "refused" || outcome.kind === "reset") await sleep(100);
        }
      } finally {
        agent.destroy();
      }
    };

    const samples: ProcessSample[] = [];
    const health: HealthProbe[] = [
      { path: "/healthz", statuses: {}, maxMs: 0 },
      { path: "/readyz", statuses: {}, maxMs: 0 },
    ];
    const sampleEvery = Math.max(1, Math.min(5, seconds / 12)) * 1000;
    let sampling = true;
    const sampler = (async () => {
      for (let tick = 1; sampling && !server.exitInfo(); tick++) {
        const s = sampleProcess(server.pid, (performance.now() - t0) / 1000);
        if (s) samples.push(s);
        await probeHealth(server, health);
        const next = t0 + tick * sampleEvery;
        await sleep(Math.max(0, Math.min(next, endLoadAt) - performance.now()));
        if (performance.now() >= endLoadAt) break;
      }
    })();

    const workers = Array.from({ length: connections }, (_, i) => worker(i));
    let lastProgress = t0;
    while (performance.now() < endLoadAt && !server.exitInfo()) {
      await sleep(Math.min(1_000, endLoadAt - performance.now()));
      if (performance.now() - lastProgress >= 60_000) {
        lastProgress = performance.now();
        const s = samples.at(-1);
        log(`    ${Math.round((lastProgress - t0) / 1000)} s: ${int(requests)} requests${s ? `, RSS ${mib(s.rss)}, ${s.fds} fds` : ""}`);
      }
    }
    sampling = false;
    await sampler;
    // The last sample under load, just before the signal.
    const last = sampleProcess(server.pid, (performance.now() - t0) / 1000);
    if (last) samples.push(last);

    const crashed = server.exitInfo();
    signalAt = performance.now();
    const stop = await server.stop("SIGTERM", GRACE_MS + 3_000);
    await Promise.all(workers);
    const cpu = process.cpuUsage(cpu0);

    const inFlight = emptyGroup();
    const after = emptyGroup();
    for (const r of aroundSignal) tally(r.startedAt <= signalAt ? inFlight : after, r);
    const ops: OpFigures[] = OPERATIONS.map((op, i) => {
      const { times, unexpected } = tallies[i]!;
      times.sort((a, b) => a - b);
      return { name: op.name, count: times.length, unexpected, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times.at(-1) ?? Number.NaN };
    });
    const warmAt = Math.min(seconds * 0.1, 60);
    const warmIndex = Math.max(0, samples.findIndex((s) => s.t >= warmAt));
    return {
      n,
      db,
      ...(built ? { built } : {}),
      seconds: (signalAt - t0) / 1000,
      connections,
      ...(note ? { note } : {}),
      startupMs: server.startupMs,
      requests,
      unexpected: ops.reduce((sum, op) => sum + op.unexpected, 0),
      examples: [...examples],
      ops,
      samples,
      warmIndex,
      ...(idle ? { idle } : {}),
      health,
      clientCpuSeconds: (cpu.user + cpu.system) / 1e6,
      shutdown: { graceMs: GRACE_MS, inFlight, after, stop },
      ...(crashed ? { crash: `the server ended during the soak (${endText(crashed.code, crashed.signal)}):\n${server.outputTail().trim()}` } : {}),
    };
  } finally {
    if (!server.exitInfo()) await server.stop("SIGKILL", 3_000);
  }
}

// --- printing --------------------------------------------------------------------------------------------------

const pct = (from: number, to: number): string => {
  const change = from > 0 ? ((to - from) / from) * 100 : Number.NaN;
  return `${change >= 0 ? "+" : ""}${change.toFixed(1)} %`;
};

function groupText(g: ShutdownGroup): string {
  if (g.total === 0) return "none";
  const parts = [`${g.right} answered right`];
  if (g.wrongAnswers) parts.push(`${g.wrongAnswers} answered wrong`);
  if (g.refused) parts.push(`${g.refused} refused (nothing listening)`);
  if (g.reset) parts.push(`${g.reset} closed before any answer`);
  for (const [key, count] of Object.entries(g.serverErrors)) parts.push(`${count} × ${key}`);
  if (g.truncated) parts.push(`${g.truncated} CUT SHORT mid-body`);
  if (g.timeouts) parts.push(`${g.timeouts} no answer within ${msText(REQUEST_CAP_MS)}`);
  return `${g.total}: ${parts.join(", ")}`;
}

export function printSoak(f: SoakFigures): void {
  console.log(
    `soak (the CLI server as a child process, synthetic database N = ${int(f.n)}, ${int(f.seconds)} s at ${f.connections} connections, ` +
      `mixed workload, every response checked; RESGRAPH_RATE_LIMIT=0; SOAK_SECONDS, SOAK_N set them)`,
  );
  if (f.note) console.log(`  ${f.note}`);
  console.log(
    `  database ${path.relative(process.cwd(), f.db)}${f.built ? ` (built now in ${f.built.seconds.toFixed(0)} s: ${f.built.summary})` : " (cached)"}; server up in ${msText(f.startupMs)}`,
  );
  console.log(
    `  ${int(f.requests)} requests, ${int(f.requests / f.seconds)} req/s, ${f.unexpected === 0 ? "0 unexpected answers" : `${int(f.unexpected)} UNEXPECTED answers`}`,
  );
  console.log(`    ${"operation".padEnd(40)} ${"count".padStart(8)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"max".padStart(8)}  unexpected`);
  for (const op of f.ops) {
    console.log(
      `    ${op.name.padEnd(40)} ${int(op.count).padStart(8)} ${msText(op.p50).padStart(8)} ${msText(op.p99).padStart(8)} ${msText(op.max).padStart(8)}  ${op.unexpected}`,
    );
  }
  for (const example of f.examples) console.log(`    unexpected: ${example}`);
  const s = f.samples;
  const warm = s[f.warmIndex];
  const end = s.at(-1);
  if (warm && end) {
    const maxRss = Math.max(...s.map((x) => x.rss));
    const maxFds = Math.max(...s.map((x) => x.fds));
    const cpu = end.cpuSeconds - (f.idle?.cpuSeconds ?? s[0]!.cpuSeconds);
    console.log(
      `  server process (/proc, ${s.length} samples): RSS ${f.idle ? `idle ${mib(f.idle.rss)}, ` : ""}at ${int(warm.t)} s ${mib(warm.rss)}, end ${mib(end.rss)} (${pct(warm.rss, end.rss)}; goal within 10 %), max ${mib(maxRss)}`,
    );
    console.log(
      `    open fds ${f.idle ? `idle ${f.idle.fds}, ` : ""}at ${int(warm.t)} s ${warm.fds}, end ${end.fds}, max ${maxFds}; threads ${warm.threads} → ${end.threads}; ` +
        `CPU ${cpu.toFixed(0)} s (${(cpu / f.seconds).toFixed(2)} cores); the client ${f.clientCpuSeconds.toFixed(0)} s (${(f.clientCpuSeconds / f.seconds).toFixed(2)} cores)`,
    );
  }
  for (const h of f.health) {
    const statuses = Object.entries(h.statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ");
    console.log(`    GET ${h.path.padEnd(8)} under load: ${statuses}, slowest ${msText(h.maxMs)}`);
  }
  const sd = f.shutdown;
  const inTime = !sd.stop.killed && sd.stop.ms <= sd.graceMs;
  console.log(`  SIGTERM with ${f.connections} connections busy (RESGRAPH_SHUTDOWN_GRACE_MS=${sd.graceMs}):`);
  console.log(`    in flight at the signal: ${groupText(sd.inFlight)}`);
  console.log(`    sent after the signal:   ${groupText(sd.after)}`);
  console.log(`    the server: ${stopText(sd.stop)} (goal: exit code 0 within the grace: ${sd.stop.code === 0 && inTime ? "met" : "NOT met"})`);
  if (f.crash) console.log(`  ${f.crash}`);
}

// Run directly (`npx tsx bench/soak.ts`), not when bench/run.ts imports it.
if (path.resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  console.log(`resgraph soak benchmark, Node ${process.version}, ${new Date().toISOString()}\n`);
  printSoak(await benchSoak());
}
