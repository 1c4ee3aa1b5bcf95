// API benchmark: p50/p99 latency and requests/s over HTTP (autocannon, 1 and 8 connections, every
// response checked) for a lookup, a nested query, lineage depth 5, a shortest path and a search, on
// the synthetic corpus in SQLite; and, in the same run, the API's latency over the bare store calls
// that fetch the same data (GraphQL executed in-process with the server's compiled executor, so HTTP
// is not in the ratio).
import autocannon from "autocannon";
import { parse, type DocumentNode } from "graphql";
import type { GraphStore } from "../src/graph/port.js";
import { defaultReadThreads, withReadPool } from "../src/graph/sqlite/read-pool.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { createLogger } from "../src/logger.js";
import { createContext } from "../src/api/context.js";
import { buildResgraphSchema } from "../src/api/schema.js";
import { startServer } from "../src/server.js";
import { executeCompiled } from "../src/server/executor.js";
import { Rng } from "./synthetic/prng.js";
import type { GeneratedCorpus } from "./synthetic/generate.js";
import { fmt, median } from "./stats.js";

export interface Operation {
  name: string;
  query: string;
  /** Variables for the i-th request. */
  variables: (i: number) => Record<string, unknown>;
  /** The store calls the resolvers make for the same data, done directly. */
  bare: (store: GraphStore, variables: Record<string, unknown>) => Promise<unknown>;
  /** A response is right when this holds of its data. */
  check: (data: Record<string, unknown>) => boolean;
}

export interface ApiFigures {
  rows: {
    name: string;
    /** Where the server's store reads ran: as `resgraph serve` runs them (worker threads), or inline. */
    reads: "workers" | "main thread";
    connections: number;
    p50: number;
    p99: number;
    rps: number;
    requests: number;
    bad: number;
  }[];
  overhead: { name: string; apiP50: number; bareP50: number; ratio: number }[];
}

// The bare side makes the calls the resolvers make for the same selection, no more and no fewer:
// keys once each (a request's loaders ask for a key once), none already read, no call without keys.
const unseen = (keys: string[], seen: string[]): string[] => [...new Set(keys)].filter((k) => !seen.includes(k));
const nonEmpty = async <T>(keys: string[], read: (keys: string[]) => Promise<T>): Promise<T | undefined> =>
  keys.length > 0 ? read(keys) : undefined;

export function operations(symbols: string[], pairs: [string, string][], terms: string[]): Operation[] {
  const pick = <T>(list: T[], i: number): T => list[i % list.length]!;
  return [
    {
      name: "lookup",
      query: `query($s: String!) { resolution(symbol: $s) { symbol title adoptedOn } }`,
      variables: (i) => ({ s: pick(symbols, i) }),
      bare: (store, v) => store.resolutionNodes([v.s as string]),
      check: (d) => (d.resolution as { symbol?: string } | null)?.symbol !== undefined,
    },
    {
      name: "nested (paragraphs × mentions × entity, recalls)",
      query: `query($s: String!) { resolution(symbol: $s) { symbol
          paragraphs { key verb mentions { start end entity { key name } } }
          recalls(first: 10) { edges { verbs node { symbol adoptedOn } } } } }`,
      variables: (i) => ({ s: pick(symbols, i) }),
      // No entitiesByKeys: a mention carries its entity's key and name (the resolvers read no more
      // for `entity { key name }`), as it would for a direct caller.
      bare: async (store, v) => {
        const s = v.s as string;
        const [node] = await store.resolutionNodes([s]);
        const [[paragraphs], [recalls]] = await Promise.all([store.paragraphsOfResolutions([s]), store.recallsOf([s], "out")]);
        await nonEmpty((paragraphs ?? []).map((p) => p.id), (ids) => store.mentionsInParagraphs(ids));
        await nonEmpty(unseen((recalls ?? []).slice(0, 10).map((r) => r.to), [s]), (symbols) => store.resolutionNodes(symbols));
        return node;
      },
      check: (d) => Array.isArray((d.resolution as { paragraphs?: unknown[] } | null)?.paragraphs),
    },
    {
      name: "lineage depth 5 (ancestors)",
      query: `query($s: String!) { resolution(symbol: $s) { lineage(direction: ANCESTORS, maxDepth: 5) { depth resolution { symbol } } } }`,
      variables: (i) => ({ s: pick(symbols, i) }),
      bare: async (store, v) => {
        const s = v.s as string;
        await store.resolutionNodes([s]);
        const entries = await store.lineage(s, "ancestors", 5);
        return nonEmpty(unseen(entries.map((e) => e.symbol), [s]), (symbols) => store.resolutionNodes(symbols));
      },
      check: (d) => Array.isArray((d.resolution as { lineage?: unknown[] } | null)?.lineage),
    },
    {
      name: "shortest path (within a series)",
      query: `query($a: String!, $b: String!) { citationPath(from: $a, to: $b, maxDepth: 10) { verb from { symbol } to { symbol } } }`,
      variables: (i) => ({ a: pick(pairs, i)[0], b: pick(pairs, i)[1] }),
      bare: async (store, v) => {
        const ends = [v.a as string, v.b as string];
        await store.resolutionNodes(unseen(ends, []));
        const hops = await store.citationPath(ends[0]!, ends[1]!, 10);
        return nonEmpty(unseen((hops ?? []).flatMap((h) => [h.from, h.to]), ends), (symbols) => store.resolutionNodes(symbols));
      },
      check: (d) => Array.isArray(d.citationPath),
    },
    {
      name: "search (rare terms, first 10)",
      query: `query($t: String!) { search(text: $t, first: 10) { totalCount nodes { score snippet paragraph { key } } } }`,
      variables: (i) => ({ t: pick(terms, i) }),
      bare: async (store, v) => {
        const { hits } = await store.search({ text: v.t as string, first: 10, offset: 0 });
        return nonEmpty(unseen(hits.map((h) => h.paragraphId), []), (ids) => store.paragraphsByIds(ids));
      },
      check: (d) => typeof (d.search as { totalCount?: number } | null)?.totalCount === "number",
    },
  ];
}

export async function overheadOf(store: GraphStore, op: Operation, samples: number): Promise<ApiFigures["overhead"][number]> {
  const schema = buildResgraphSchema();
  const document: DocumentNode = parse(op.query);
  const api: number[] = [];
  const bare: number[] = [];
  const timed = async (run: () => unknown): Promise<number> => {
    const t = performance.now();
    await run();
    return performance.now() - t;
  };
  // Interleaved, so both see the same machine load. Both must also find the data equally warm:
  // whichever side reads a sample's resolution first finds its pages out of the CPU's caches (a
  // larger SQLite page cache or mmap does not change this) and pays some 40 µs more on the nested
  // query. So each sample's data is read once, untimed, and then both sides are timed, taking turns
  // to go first: the ratio is the API's own cost over the store's, both warm. (Both cold would add
  // the same cost to each side and only make the ratio smaller.)
  for (let i = 0; i < samples; i++) {
    const variables = op.variables(i);
    await op.bare(store, variables);
    const runApi = (): unknown => executeCompiled(schema, document, variables, createContext(store));
    const runBare = (): unknown => op.bare(store, variables);
    if (i % 2 === 0) {
      api.push(await timed(runApi));
      bare.push(await timed(runBare));
    } else {
      bare.push(await timed(runBare));
      api.push(await timed(runApi));
    }
  }
  const apiP50 = median(api.slice(samples / 5));
  const bareP50 = median(bare.slice(samples / 5));
  return { name: op.name, apiP50, bareP50, ratio: apiP50 / bareP50 };
}

/** What the operations are asked about: 500 loaded symbols, pairs (a resolution, one it recalls) and rare terms, seeded. */
export interface ApiInputs {
  symbols: string[];
  pairs: [string, string][];
  terms: string[];
}

export async function apiInputs(store: GraphStore, corpus: Pick<GeneratedCorpus, "seed">): Promise<ApiInputs> {
  const rng = new Rng(corpus.seed ^ 0xa91);
  const loaded = (await store.listResolutions({ first: 100_000 })).items.map((r) => r.symbol);
  const symbols = Array.from({ length: 500 }, () => rng.pick(loaded));
  const recalled = (await store.recallsOf(symbols, "out")).flatMap((edges, i) => edges.map((e) => [symbols[i]!, e.to] as [string, string]));
  const pairs = recalled.length > 0 ? recalled : symbols.map((s) => [s, s] as [string, string]);
  const terms = ["impunity tribunal", "desertification", "mercenaries", "landmines", "cholera", "piracy", "apartheid", "refugees camps"];
  return { symbols, pairs, terms };
}

/** One load run: POSTs of `query` with the i-th request's variables, every response checked. */
export interface LoadSpec {
  query: string;
  variables: (i: number) => Record<string, unknown>;
  check: (data: Record<string, unknown>) => boolean;
}

export type LoadRow = Omit<ApiFigures["rows"][number], "reads">;

export async function loadTest(url: string, name: string, spec: LoadSpec, connections: number, seconds: number): Promise<LoadRow> {
  let i = 0;
  let bad = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: spec.query, variables: spec.variables(i++) }) }),
        onResponse: (status, body) => {
          try {
            const json = JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] };
            if (status !== 200 || json.errors || !json.data || !spec.check(json.data)) bad++;
          } catch {
            bad++;
          }
        },
      },
    ],
  });
  return {
    name,
    connections,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    bad: bad + result.non2xx + result.errors,
  };
}

export async function benchApi(db: string, corpus: Pick<GeneratedCorpus, "manifest" | "seed">, seconds = 4): Promise<ApiFigures> {
  const store = openSqliteStore(db);
  const { symbols, pairs, terms } = await apiInputs(store, corpus);
  const ops = operations(symbols, pairs, terms);
  const server = await startServer({ store, port: 0, host: "127.0.0.1", logger: createLogger("silent"), requestTimeoutMs: 60_000 });
  // The same file as `resgraph serve` serves it: reads on worker threads (RESGRAPH_READ_WORKERS).
  const pooled = withReadPool(openSqliteStore(db), db, { threads: defaultReadThreads(), timeoutMs: 60_000 });
  const pooledServer = await startServer({ store: pooled, port: 0, host: "127.0.0.1", logger: createLogger("silent"), requestTimeoutMs: 60_000 });
  const figures: ApiFigures = { rows: [], overhead: [] };
  try {
    // In-process ratios first: autocannon shares this process, and the garbage a load run leaves
    // behind would be collected during whatever is measured next. One discarded round first, so
    // that the first operation measured does not also pay for the process's warm-up.
    for (const op of ops) await overheadOf(store, op, 500);
    for (const op of ops) figures.overhead.push(await overheadOf(store, op, 2000));
    for (const op of ops) {
      for (const connections of [1, 8]) {
        figures.rows.push({ ...(await loadTest(pooledServer.url, op.name, op, connections, seconds)), reads: "workers" });
        figures.rows.push({ ...(await loadTest(server.url, op.name, op, connections, seconds)), reads: "main thread" });
      }
    }
  } finally {
    await pooledServer.close();
    await pooled.close();
    await server.close();
    await store.close();
  }
  return figures;
}

export function printApi(f: ApiFigures): void {
  console.log(
    `API over HTTP (autocannon; every response checked; autocannon reports whole milliseconds, so 0 means under 1 ms); reads on ${defaultReadThreads()} worker threads as \`resgraph serve\` runs them, and on the main thread`,
  );
  for (const r of f.rows) {
    console.log(
      `  ${r.name.padEnd(48)} ${r.reads.padEnd(11)} ${String(r.connections).padStart(2)} conn: p50 ${fmt(r.p50, 2)} ms, p99 ${fmt(r.p99, 2)} ms, ${fmt(r.rps, 0)} req/s` +
        (r.bad > 0 ? `, ${r.bad} of ${r.requests} responses WRONG` : `, ${r.requests} responses ok`),
    );
  }
  console.log("API (GraphQL in-process) over the bare store calls for the same data, p50 (data read once untimed; the two sides take turns going first)");
  for (const o of f.overhead) {
    console.log(`  ${o.name.padEnd(48)} API ${fmt(o.apiP50, 3)} ms, store ${fmt(o.bareP50, 3)} ms: ${fmt(o.ratio, 2)}×`);
  }
}


