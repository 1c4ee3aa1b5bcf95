// `npm run bench:neo4j`, and the last section of `npm run bench`: the Neo4j store beside SQLite, on
// the same synthetic corpus (BENCH_NEO4J_N resolutions, default 20,000) in one run, so that every
// ratio compares figures taken minutes apart on the same machine:
//   - ingest through the real loader (ingestFiles, what `resgraph ingest` runs) into a fresh store,
//     one child process per store: resolutions/s, paragraphs/s, the Node process's peak RSS; for
//     Neo4j also the JVM's own RSS (/proc/<pid>/status of the server), reported apart;
//   - the port's queries (bench/queries.ts's measurements, same inputs), p50 / p99;
//   - the API over HTTP (bench/api.ts's operations and autocannon runs), 1 and 8 connections;
//   - resgraph's API against @neo4j/graphql's, both over HTTP on the same Neo4j database, with the
//     same logical queries.
//
// The Neo4j server is a throwaway one this process starts (scripts/neo4j-server.mjs, stopped at the
// end, also on error or Ctrl-C), or the one NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD name: then its
// database must be empty, or BENCH_NEO4J_WIPE=1 lets this run delete everything in it first.
// Settings: BENCH_NEO4J_N, BENCH_NEO4J_HEAP (2g), BENCH_NEO4J_PAGECACHE (1g), BENCH_NEO4J_API_SECONDS
// (3 per row), BENCH_NEO4J_QUERY_BUDGET_MS (10,000 per query kind).
//
// Dependency: @neo4j/graphql 7.x (devDependency) is the reference Neo4j GraphQL library, Neo4j's own
// GraphQL-to-Cypher layer. It is used here only to compare against, served by @apollo/server over
// type definitions derived from src/graph/model.ts; nothing in src/ imports it.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { missingTools, NEO4J_VERSION, startNeo4j, type Neo4jServer } from "../scripts/neo4j-server.mjs";
import { loadConfig } from "../src/config/config.js";
import { NODES, RELATIONSHIPS, type PropertySpec, type PropertyType } from "../src/graph/model.js";
import { openNeo4jStore } from "../src/graph/neo4j/store.js";
import type { GraphQueries, GraphStore, StoreCounts } from "../src/graph/port.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { ingestFiles } from "../src/loader/ingest-files.js";
import { createLogger } from "../src/logger.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { startServer, type RunningServer } from "../src/server.js";
import { apiInputs, loadTest, operations, type LoadRow, type LoadSpec } from "./api.js";
import { RUN_DIR } from "./ingest.js";
import { mb, type RssReport, startRssSampler } from "./memory.js";
import { benchQueriesOn, type Latency } from "./queries.js";
import { fmt, quantile } from "./stats.js";
import { cachedCorpus, corpusFileList, DEFAULT_SEED, type GeneratedCorpus } from "./synthetic/generate.js";

export type StoreName = "sqlite" | "neo4j";
const STORE_LABEL: Record<StoreName, string> = { sqlite: "SQLite", neo4j: "Neo4j" };

// --- settings ----------------------------------------------------------------------------------------

export interface Neo4jBenchSettings {
  n: number;
  heap: string;
  pagecache: string;
  apiSeconds: number;
  queryBudgetMs: number;
}

const positiveInt = (env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number => {
  const raw = env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${raw}`);
  return value;
};

const memorySize = (env: NodeJS.ProcessEnv, name: string, fallback: string): string => {
  const value = env[name] || fallback;
  if (!/^\d+[kmg]$/i.test(value)) throw new Error(`${name} must be a size such as 512m or 2g, got ${value}`);
  return value.toLowerCase();
};

export function neo4jBenchSettings(env: NodeJS.ProcessEnv = process.env): Neo4jBenchSettings {
  return {
    n: positiveInt(env, "BENCH_NEO4J_N", 20_000, 10),
    heap: memorySize(env, "BENCH_NEO4J_HEAP", "2g"),
    pagecache: memorySize(env, "BENCH_NEO4J_PAGECACHE", "1g"),
    apiSeconds: positiveInt(env, "BENCH_NEO4J_API_SECONDS", 3),
    queryBudgetMs: positiveInt(env, "BENCH_NEO4J_QUERY_BUDGET_MS", 10_000),
  };
}

// --- small pure helpers ------------------------------------------------------------------------------

export interface ProcMemory {
  /** Resident set size now (bytes). */
  rss?: number;
  /** Peak resident set size since the process started (bytes). */
  hwm?: number;
}

/** VmRSS and VmHWM of a /proc/<pid>/status text. */
export function parseProcStatus(text: string): ProcMemory {
  const kib = (field: string): number | undefined => {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(text);
    return m ? Number(m[1]) * 1024 : undefined;
  };
  const rss = kib("VmRSS");
  const hwm = kib("VmHWM");
  return { ...(rss !== undefined ? { rss } : {}), ...(hwm !== undefined ? { hwm } : {}) };
}

/** User + system CPU seconds of a /proc/<pid>/stat text (fields 14 and 15, in clock ticks of 1/100 s). */
export function parseProcCpuSeconds(text: string, ticksPerSecond = 100): number | undefined {
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / ticksPerSecond : undefined;
}

function procMemory(pid: number | undefined): ProcMemory {
  if (pid === undefined) return {};
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return {};
  }
}

function procCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return parseProcCpuSeconds(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

/** A figure: a number with an optional unit, `a / b`, or n/a; right-aligned in a table. */
const FIGURE = /^(n\/a|failed|[-+<>≤≥]?[\d.,]+(×| ms| MB| s)?( \/ [\d.,]+( ms)?)?)$/;

/** Columns padded to their widest cell; figures (FIGURE) right-aligned, the rest left. */
export function table(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i > 0 && FIGURE.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join(" | ")
        .trimEnd(),
  );
}

/** a / b as `1.23×`, or `n/a`. */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return "n/a";
  const r = a / b;
  return `${r >= 100 ? Math.round(r) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

const int = (n: number): string => Math.round(n).toLocaleString("en-US");
const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? "n/a" : x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(1) : int(x));

function sizeOnDisk(target: string): number {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const entry of readdirSync(target)) total += sizeOnDisk(path.join(target, entry));
  return total;
}

/**
 * The same object, with every method call reported first (by name). Methods run on the target itself,
 * so that classes with private fields work through it.
 */
export function counting<T extends object>(target: T, onCall: (method: string) => void): T {
  return new Proxy(target, {
    get(t, name) {
      const value: unknown = Reflect.get(t, name, t);
      if (typeof value !== "function") return value;
      return (...args: unknown[]): unknown => {
        onCall(String(name));
        return (value as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
  });
}

// --- @neo4j/graphql: type definitions from the model ---------------------------------------------------

const GRAPHQL_TYPE: Readonly<Record<PropertyType, string>> = {
  STRING: "String",
  INTEGER: "Int",
  FLOAT: "Float",
  BOOLEAN: "Boolean",
  "LIST<STRING>": "[String!]",
};

const fieldsOf = (properties: Readonly<Record<string, PropertySpec>>): string =>
  Object.entries(properties)
    .map(([name, spec]) => `  ${name}: ${GRAPHQL_TYPE[spec.type]}${spec.required ? "!" : ""}`)
    .join("\n");

const rel = (type: keyof typeof RELATIONSHIPS): string => type;

/**
 * @neo4j/graphql type definitions over the database the Neo4j store writes: the Resolution and
 * Paragraph labels with their properties as src/graph/model.ts declares them, and the relationships
 * the comparison walks (HAS_PARAGRAPH, RECALLS with its properties, REFERS_TO with its properties).
 */
export function referenceTypeDefs(): string {
  return `type Resolution @node {
${fieldsOf(NODES.Resolution.properties)}
  paragraphs: [Paragraph!]! @relationship(type: "${rel("HAS_PARAGRAPH")}", direction: OUT)
  recalls: [Resolution!]! @relationship(type: "${rel("RECALLS")}", direction: OUT, properties: "Recalls")
  recalledBy: [Resolution!]! @relationship(type: "${rel("RECALLS")}", direction: IN, properties: "Recalls")
}

type Paragraph @node {
${fieldsOf(NODES.Paragraph.properties)}
  resolution: [Resolution!]! @relationship(type: "${rel("HAS_PARAGRAPH")}", direction: IN)
  refersTo: [Resolution!]! @relationship(type: "${rel("REFERS_TO")}", direction: OUT, properties: "RefersTo")
}

type Recalls @relationshipProperties {
${fieldsOf(RELATIONSHIPS.RECALLS.properties)}
}

type RefersTo @relationshipProperties {
${fieldsOf(RELATIONSHIPS.REFERS_TO.properties)}
}
`;
}

/** One logical query, written for each API, with what both must answer (normalised for comparing). */
export interface Comparison {
  name: string;
  resgraph: LoadSpec;
  reference: LoadSpec;
  /** The answer of each side, in a shape both share; undefined when the response is not an answer. */
  resgraphAnswer: (data: Record<string, unknown>) => unknown;
  referenceAnswer: (data: Record<string, unknown>) => unknown;
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj | undefined => (x !== null && typeof x === "object" && !Array.isArray(x) ? (x as Obj) : undefined);
const list = (x: unknown): unknown[] | undefined => (Array.isArray(x) ? x : undefined);
const first = (x: unknown): Obj | undefined => obj(list(x)?.[0]);
/** Resolutions as [symbol, title], sorted: both sides order them, but nulls (stubs' dates) may sort apart. */
const titled = (items: unknown[] | undefined): [unknown, unknown][] | undefined =>
  items?.map((r) => [obj(r)?.symbol, obj(r)?.title] as [unknown, unknown]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const nested = (items: unknown[] | undefined, inner: (r: Obj) => unknown[] | undefined): unknown =>
  items
    ?.map((r) => [obj(r)?.symbol, obj(r)?.title, titled(inner(obj(r) ?? {}))] as const)
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const RECALLS_FIRST = 50;
/** Two levels of 50 exceed resgraph's default query cost (10,000): 10 a level, on both sides. */
const NESTED_FIRST = 10;
const SORT = `sort: [{ adoptedOn: ASC }, { symbol: ASC }]`;

/** The three logical queries: a resolution with its paragraphs; with what it recalls; two levels of that. */
export function comparisons(symbols: readonly string[], recalling: readonly string[]): Comparison[] {
  const pick = (xs: readonly string[], i: number): string => xs[i % xs.length]!;
  const bySymbol = (xs: readonly string[]) => (i: number) => ({ s: pick(xs, i) });
  const withRecalls = recalling.length > 0 ? recalling : symbols;
  const recallsOf = (r: Obj | undefined): unknown[] | undefined => list(obj(r?.recalls)?.nodes);
  return [
    {
      name: "resolution + paragraphs",
      resgraph: {
        query: `query($s: String!) { resolution(symbol: $s) { symbol title paragraphs { key ordinal text } } }`,
        variables: bySymbol(symbols),
        check: (d) => Array.isArray(obj(d.resolution)?.paragraphs),
      },
      reference: {
        query: `query($s: String!) { resolutions(where: { symbol: { eq: $s } }) { symbol title paragraphs(sort: [{ ordinal: ASC }]) { label ordinal text } } }`,
        variables: bySymbol(symbols),
        check: (d) => Array.isArray(first(d.resolutions)?.paragraphs),
      },
      resgraphAnswer: (d) => list(obj(d.resolution)?.paragraphs)?.map((p) => [obj(p)?.key, obj(p)?.ordinal, obj(p)?.text]),
      referenceAnswer: (d) => list(first(d.resolutions)?.paragraphs)?.map((p) => [obj(p)?.label, obj(p)?.ordinal, obj(p)?.text]),
    },
    {
      name: "resolution + recalled (symbol, title)",
      resgraph: {
        query: `query($s: String!) { resolution(symbol: $s) { symbol title recalls(first: ${RECALLS_FIRST}) { nodes { symbol title } } } }`,
        variables: bySymbol(withRecalls),
        check: (d) => Array.isArray(recallsOf(obj(d.resolution))),
      },
      reference: {
        query: `query($s: String!) { resolutions(where: { symbol: { eq: $s } }) { symbol title recalls(limit: ${RECALLS_FIRST}, ${SORT}) { symbol title } } }`,
        variables: bySymbol(withRecalls),
        check: (d) => Array.isArray(first(d.resolutions)?.recalls),
      },
      resgraphAnswer: (d) => titled(recallsOf(obj(d.resolution))),
      referenceAnswer: (d) => titled(list(first(d.resolutions)?.recalls)),
    },
    {
      name: "nested: recalled → their recalled",
      resgraph: {
        query: `query($s: String!) { resolution(symbol: $s) { symbol title recalls(first: ${NESTED_FIRST}) { nodes { symbol title recalls(first: ${NESTED_FIRST}) { nodes { symbol title } } } } } }`,
        variables: bySymbol(withRecalls),
        check: (d) => Array.isArray(recallsOf(obj(d.resolution))),
      },
      reference: {
        query: `query($s: String!) { resolutions(where: { symbol: { eq: $s } }) { symbol title recalls(limit: ${NESTED_FIRST}, ${SORT}) { symbol title recalls(limit: ${NESTED_FIRST}, ${SORT}) { symbol title } } } }`,
        variables: bySymbol(withRecalls),
        check: (d) => Array.isArray(first(d.resolutions)?.recalls),
      },
      resgraphAnswer: (d) => nested(recallsOf(obj(d.resolution)), recallsOf),
      referenceAnswer: (d) => nested(list(first(d.resolutions)?.recalls), (r) => list(r.recalls)),
    },
  ];
}

// --- the Neo4j server ---------------------------------------------------------------------------------

interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** The throwaway server this run started; undefined when NEO4J_URI named one. */
  server: Neo4jServer | undefined;
}

export interface ServerInfo {
  version: string;
  edition: string;
  own: boolean;
  /** As asked of the launcher (own server), else unknown. */
  heapSetting?: string;
  /** The JVM's maximum heap as the server reports it (JMX), bytes. */
  heapMax?: number;
  pagecache?: string;
  dataDir?: string;
}

async function serverInfo(driver: Driver, target: Neo4jTarget, settings: Neo4jBenchSettings): Promise<ServerInfo> {
  const session = driver.session({ ...(target.database ? { database: target.database } : {}) });
  const info: ServerInfo = { version: NEO4J_VERSION, edition: "unknown", own: target.server !== undefined };
  if (target.server) {
    info.heapSetting = settings.heap;
    if (target.server.dataDir) info.dataDir = target.server.dataDir;
  }
  try {
    const components = await session.run("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition");
    const c = components.records[0];
    if (c) {
      info.version = String(c.get("version"));
      info.edition = String(c.get("edition"));
    }
    try {
      const pc = await session.run(`SHOW SETTINGS YIELD name, value WHERE name = "server.memory.pagecache.size" RETURN value`);
      const value = pc.records[0]?.get("value");
      if (value !== undefined && value !== null) info.pagecache = String(value);
    } catch {
      // an older server or missing privileges: unknown
    }
    try {
      const jmx = await session.run(`CALL dbms.queryJmx("java.lang:type=Memory") YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max`);
      const max = jmx.records[0]?.get("max");
      const n = typeof max === "number" ? max : neo4j.isInt(max) ? max.toNumber() : undefined;
      if (n !== undefined && n > 0) info.heapMax = n;
    } catch {
      // JMX procedures disabled: unknown
    }
  } finally {
    await session.close();
  }
  return info;
}

/** Undoes the launcher's -XX:TieredStopAtLevel=1 (the last occurrence of an option wins). */
const FULL_JIT = "-XX:TieredStopAtLevel=4";

async function connect(settings: Neo4jBenchSettings, log: (line: string) => void): Promise<Neo4jTarget> {
  const env = process.env;
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error("NEO4J_URI is set but NEO4J_PASSWORD is not");
    log(`  using the Neo4j server at ${env.NEO4J_URI} (NEO4J_URI)`);
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER || "neo4j", password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined, server: undefined };
  }
  log(`  starting a throwaway Neo4j ${NEO4J_VERSION} server (heap ${settings.heap}, page cache ${settings.pagecache}, full JIT) …`);
  // The launcher's C1-only default suits a test run's few seconds; over minutes of ingest and load
  // the optimising compiler doubles the server's throughput (measured: 102 → 205 documents/s of
  // writes alone), and it is what a production Neo4j runs with.
  const server = await startNeo4j({ quiet: true, heap: settings.heap, pagecache: settings.pagecache, jvm: [FULL_JIT] });
  return { uri: server.uri, user: server.user, password: server.password, database: undefined, server };
}

/** A database of someone else's must be empty, or emptied on request: the benchmark ingests from scratch. */
async function ensureEmpty(driver: Driver, target: Neo4jTarget, log: (line: string) => void): Promise<void> {
  const session = driver.session({ ...(target.database ? { database: target.database } : {}) });
  try {
    const count = await session.run("MATCH (n) RETURN count(n) AS n");
    const nodes = Number(count.records[0]?.get("n") ?? 0);
    if (nodes === 0) return;
    if (target.server === undefined && process.env.BENCH_NEO4J_WIPE !== "1") {
      throw new Error(
        `the Neo4j database at ${target.uri} holds ${int(nodes)} nodes: the benchmark needs an empty one. ` +
          "Unset NEO4J_URI to let it start its own server, or set BENCH_NEO4J_WIPE=1 to delete everything in that database first.",
      );
    }
    log(`  emptying the database (${int(nodes)} nodes) …`);
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

const storeEnv = (target: Neo4jTarget): NodeJS.ProcessEnv => ({
  RESGRAPH_STORE: "neo4j",
  NEO4J_URI: target.uri,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password,
  ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
});

const openNeo4j = (env: NodeJS.ProcessEnv): Promise<GraphStore> => openNeo4jStore(loadConfig(env));

// --- ingest: one child process per store -------------------------------------------------------------

export interface StoreIngest {
  store: StoreName;
  files: number;
  seconds: number;
  /** CPU time of the Node process (user + system). */
  cpuSeconds: number;
  /** Documents written (created or replaced) and their paragraphs, as the loader reports them. */
  written: number;
  paragraphsWritten: number;
  failed: number;
  counts: StoreCounts;
  rss: RssReport;
  /** Files done and seconds elapsed at each quarter of the run. */
  quarters: { n: number; seconds: number }[];
}

const THIS_FILE = fileURLToPath(import.meta.url);
const CHILD_FLAG = "--neo4j-bench-ingest";
const RESULT_PREFIX = "NEO4J_BENCH_INGEST ";

async function ingestChild(store: StoreName, corpusDir: string, n: number, sqlitePath: string): Promise<StoreIngest> {
  const corpus = JSON.parse(readFileSync(path.join(corpusDir, "done.json"), "utf8")) as GeneratedCorpus;
  const files = corpusFileList(corpus, n);
  const target = store === "sqlite" ? openSqliteStore(sqlitePath) : await openNeo4j(process.env);
  const quarterAt = new Set([1, 2, 3, 4].map((q) => Math.round((q * files.length) / 4)));
  const quarters: StoreIngest["quarters"] = [];
  const sampler = await startRssSampler(100);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let done = 0;
  const report = await ingestFiles(target, files, {
    logger: createLogger("silent"),
    onFile: () => {
      done += 1;
      if (quarterAt.has(done)) quarters.push({ n: done, seconds: (performance.now() - t0) / 1000 });
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu0);
  const rss = await sampler.stop();
  const counts = await target.counts();
  await target.close();
  return {
    store,
    files: files.length,
    seconds,
    cpuSeconds: (user + system) / 1e6,
    written: report.created + report.replaced,
    paragraphsWritten: report.paragraphs,
    failed: report.failed,
    counts,
    rss,
    quarters,
  };
}

function runIngestChild(store: StoreName, corpus: GeneratedCorpus, n: number, sqlitePath: string, target: Neo4jTarget): Promise<StoreIngest> {
  return new Promise((resolve, reject) => {
    // Same Node flags as ours: under tsx they carry its loader.
    const proc = spawn(process.execPath, [...process.execArgv, THIS_FILE, CHILD_FLAG, store, corpus.dir, String(n), sqlitePath], {
      cwd: PACKAGE_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, LOG_LEVEL: "silent", ...(store === "neo4j" ? storeEnv(target) : {}) },
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`ingest child (${store}, ${n}) exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as StoreIngest);
    });
  });
}

// --- the whole section -------------------------------------------------------------------------------

export interface JvmFigures {
  pid: number | undefined;
  atStart: ProcMemory;
  /** After the Neo4j ingest: hwm is the peak of the start and the ingest. */
  afterIngest: ProcMemory;
  /** Largest RSS sampled (every 250 ms) during the ingest. */
  ingestSampledPeak?: number;
  /** At the end of the run: hwm is the peak of the whole run (queries and load included). */
  atEnd: ProcMemory;
  /** CPU seconds the JVM spent during the Neo4j ingest. */
  ingestCpuSeconds?: number;
}

export interface StoreQueries {
  store: StoreName;
  resolutions: number;
  results: Latency[];
}

export interface ComparisonRow {
  name: string;
  connections: number;
  resgraph: LoadRow;
  reference: LoadRow;
}

export interface AnswerCheck {
  name: string;
  compared: number;
  same: number;
  /** Per request, on average: resgraph's store calls (each one Neo4j read transaction) and @neo4j/graphql's sessions. */
  resgraphStoreCalls: number;
  referenceSessions: number;
  /** The first difference, for the reader. */
  example?: string;
}

export interface Neo4jBenchFigures {
  settings: Neo4jBenchSettings;
  seed: number;
  corpus: GeneratedCorpus & { cached: boolean };
  server: ServerInfo;
  ingest: StoreIngest[];
  onDisk: Partial<Record<StoreName, number>>;
  jvm: JvmFigures;
  queries: StoreQueries[];
  api: { name: string; connections: number; rows: Partial<Record<StoreName, LoadRow>> }[];
  reference: { version: string; rows: ComparisonRow[]; answers: AnswerCheck[] } | { error: string };
  seconds: number;
}

/** Why the section cannot run here (no NEO4J_URI, and no Java 17+ / Maven to start a server), or null. */
export function neo4jUnavailable(): string | null {
  return process.env.NEO4J_URI ? null : missingTools();
}

function referenceVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "node_modules", "@neo4j", "graphql", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: { message?: string }[] };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join("; "));
  return json.data;
}

interface CallCounts {
  store: number;
  sessions: number;
}

async function compareAnswers(c: Comparison, resgraphUrl: string, referenceUrl: string, samples: number, counts: CallCounts): Promise<AnswerCheck> {
  const check: AnswerCheck = { name: c.name, compared: 0, same: 0, resgraphStoreCalls: 0, referenceSessions: 0 };
  const [store0, sessions0] = [counts.store, counts.sessions];
  for (let i = 0; i < samples; i++) {
    const [a, b] = await Promise.all([
      post(resgraphUrl, c.resgraph.query, c.resgraph.variables(i)),
      post(referenceUrl, c.reference.query, c.reference.variables(i)),
    ]);
    const left = JSON.stringify(a ? c.resgraphAnswer(a) : null);
    const right = JSON.stringify(b ? c.referenceAnswer(b) : null);
    check.compared += 1;
    if (left === right) check.same += 1;
    else check.example ??= `${JSON.stringify(c.resgraph.variables(i))}: resgraph ${left.slice(0, 200)} / @neo4j/graphql ${right.slice(0, 200)}`;
  }
  check.resgraphStoreCalls = (counts.store - store0) / samples;
  check.referenceSessions = (counts.sessions - sessions0) / samples;
  return check;
}

export async function benchNeo4j(options: { settings?: Neo4jBenchSettings; seed?: number; log?: (line: string) => void } = {}): Promise<Neo4jBenchFigures> {
  const settings = options.settings ?? neo4jBenchSettings();
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const corpus = cachedCorpus(settings.n, seed, (done) => log(`  generating synthetic corpus: ${int(done)} / ${int(settings.n)}`));
  const sqlitePath = path.join(RUN_DIR, `neo4j-section-sqlite-n${settings.n}.db`);
  const removeSqlite = (): void => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(sqlitePath + suffix, { force: true });
    // The run's folder too, once nothing else of the run is in it.
    if (existsSync(RUN_DIR) && readdirSync(RUN_DIR).length === 0) rmSync(RUN_DIR, { recursive: true, force: true });
  };
  removeSqlite();
  mkdirSync(RUN_DIR, { recursive: true });

  const target = await connect(settings, log);
  // Ctrl-C: stop our server (its temporary folder goes with it) before leaving.
  const onSignal = (signal: NodeJS.Signals): void => {
    void (target.server?.stop() ?? Promise.resolve()).finally(() => {
      removeSqlite();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  const closers: (() => Promise<void>)[] = [];
  try {
    await driver.verifyConnectivity();
    await ensureEmpty(driver, target, log);
    const server = await serverInfo(driver, target, settings);
    const pid = target.server?.pid;
    const jvm: JvmFigures = { pid, atStart: procMemory(pid), afterIngest: {}, atEnd: {} };

    // Ingest, SQLite first, then Neo4j while the JVM is sampled.
    const ingest: StoreIngest[] = [];
    log(`  ingesting ${int(settings.n)} resolutions into SQLite (loader) …`);
    ingest.push(await runIngestChild("sqlite", corpus, settings.n, sqlitePath, target));
    log(`  ingesting ${int(settings.n)} resolutions into Neo4j (loader) …`);
    const cpuBefore = procCpuSeconds(pid);
    let sampledPeak = 0;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, procMemory(pid).rss ?? 0)), 250);
    try {
      ingest.push(await runIngestChild("neo4j", corpus, settings.n, sqlitePath, target));
    } finally {
      clearInterval(sampler);
    }
    const cpuAfter = procCpuSeconds(pid);
    jvm.afterIngest = procMemory(pid);
    if (sampledPeak > 0) jvm.ingestSampledPeak = sampledPeak;
    if (cpuBefore !== undefined && cpuAfter !== undefined) jvm.ingestCpuSeconds = cpuAfter - cpuBefore;
    const onDisk: Neo4jBenchFigures["onDisk"] = { sqlite: sizeOnDisk(sqlitePath) + sizeOnDisk(`${sqlitePath}-wal`) };
    if (server.dataDir) onDisk.neo4j = sizeOnDisk(path.join(server.dataDir, "data"));

    // Both stores open in this process from here on.
    const sqlite = openSqliteStore(sqlitePath) as GraphStore & Partial<GraphQueries>;
    closers.push(() => sqlite.close());
    const neo = await openNeo4j(storeEnv(target));
    closers.push(() => neo.close());
    const stores: [StoreName, GraphStore][] = [
      ["sqlite", sqlite],
      ["neo4j", neo],
    ];

    const queries: StoreQueries[] = [];
    for (const [name, store] of stores) {
      log(`  port queries on ${STORE_LABEL[name]} …`);
      queries.push({ store: name, ...(await benchQueriesOn(store, corpus, settings.n, settings.queryBudgetMs)) });
    }

    // The API: one resgraph server per store, the same requests, rows taken in turns.
    const { symbols, pairs, terms } = await apiInputs(sqlite, corpus);
    const ops = operations(symbols, pairs, terms);
    const servers = {} as Record<StoreName, RunningServer>;
    for (const [name, store] of stores) {
      const running = await startServer({ store, port: 0, host: "127.0.0.1", logger: createLogger("silent"), requestTimeoutMs: 60_000 });
      servers[name] = running;
      closers.push(async () => {
        await running.close();
      });
    }
    const api: Neo4jBenchFigures["api"] = [];
    for (const op of ops) {
      log(`  API over HTTP: ${op.name} …`);
      for (const connections of [1, 8]) {
        const rows: Partial<Record<StoreName, LoadRow>> = {};
        for (const [name] of stores) rows[name] = await loadTest(servers[name].url, op.name, op, connections, settings.apiSeconds);
        api.push({ name: op.name, connections, rows });
      }
    }

    // resgraph against @neo4j/graphql, both on the Neo4j database.
    let reference: Neo4jBenchFigures["reference"];
    try {
      const version = referenceVersion();
      log(`  @neo4j/graphql ${version}: same queries over HTTP …`);
      // Each side counted apart: resgraph's store calls, @neo4j/graphql's sessions (one transaction each).
      const counts: CallCounts = { store: 0, sessions: 0 };
      const countedDriver = counting(driver, (method) => {
        if (method === "session") counts.sessions += 1;
      });
      const schema = await new Neo4jGraphQL({ typeDefs: referenceTypeDefs(), driver: countedDriver }).getSchema();
      const apollo = new ApolloServer({ schema });
      const { url } = await startStandaloneServer(apollo, {
        listen: { port: 0, host: "127.0.0.1" },
        context: async () => (target.database ? { sessionConfig: { database: target.database } } : {}),
      });
      closers.push(() => apollo.stop());
      // resgraph's own server again, over the same store counted.
      const countedStore = counting(neo, (method) => {
        if (method !== "close") counts.store += 1;
      });
      const resgraphServer = await startServer({ store: countedStore, port: 0, host: "127.0.0.1", logger: createLogger("silent"), requestTimeoutMs: 60_000 });
      closers.push(async () => {
        await resgraphServer.close();
      });
      const recalling = [...new Set(pairs.map(([from]) => from))];
      const list = comparisons(symbols, recalling);
      const answers: AnswerCheck[] = [];
      for (const c of list) answers.push(await compareAnswers(c, resgraphServer.url, url, 30, counts));
      const rows: ComparisonRow[] = [];
      for (const c of list) {
        for (const connections of [1, 8]) {
          const resgraph = await loadTest(resgraphServer.url, c.name, c.resgraph, connections, settings.apiSeconds);
          const ref = await loadTest(url, c.name, c.reference, connections, settings.apiSeconds);
          rows.push({ name: c.name, connections, resgraph, reference: ref });
        }
      }
      reference = { version, rows, answers };
    } catch (error) {
      reference = { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
    }
    jvm.atEnd = procMemory(pid);
    return { settings, seed, corpus, server, ingest, onDisk, jvm, queries, api, reference, seconds: (performance.now() - started) / 1000 };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await driver.close().catch(() => undefined);
    if (target.server) {
      log("  stopping the Neo4j server …");
      await target.server.stop();
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    removeSqlite();
  }
}

// --- printing ----------------------------------------------------------------------------------------

const GOALS = {
  ingest: 500,
  lineageP50: 5,
  reference: 2,
};

const rps = (r: LoadRow | undefined): string => (r ? int(r.rps) : "n/a");
const latency = (r: LoadRow | undefined): string => (r ? `${r.p50} / ${r.p99}` : "n/a");
const wrong = (rows: (LoadRow | undefined)[]): string[] =>
  rows.filter((r): r is LoadRow => r !== undefined && r.bad > 0).map((r) => `${r.name} (${r.connections} conn): ${r.bad} of ${r.requests} responses WRONG`);

export function printNeo4j(f: Neo4jBenchFigures): void {
  const s = f.server;
  const heap = s.heapSetting ? `heap ${s.heapSetting} (-Xmx${s.heapMax ? `, JVM reports ${mb(s.heapMax)}` : ""})` : s.heapMax ? `heap max ${mb(s.heapMax)}` : "heap unknown";
  console.log(`Neo4j beside SQLite (synthetic corpus, N = ${int(f.settings.n)}, seed ${f.seed}; BENCH_NEO4J_N sets N), both in this run`);
  console.log(
    `  Neo4j ${s.version} ${s.edition}${s.own ? ", a throwaway server this run started (scripts/neo4j-server.mjs, full JIT)" : " (NEO4J_URI)"}; ` +
      `${heap}, page cache ${s.pagecache ?? (s.own ? f.settings.pagecache : "unknown")}`,
  );
  console.log(
    `  corpus: ${int(f.corpus.n)} files, ${int(f.corpus.paragraphs)} paragraphs, ${mb(f.corpus.bytes)}; ` +
      `on disk after ingest: SQLite ${f.onDisk.sqlite !== undefined ? mb(f.onDisk.sqlite) : "n/a"}, Neo4j ${f.onDisk.neo4j !== undefined ? mb(f.onDisk.neo4j) : "n/a"}; ` +
      `whole section ${f.seconds.toFixed(0)} s`,
  );

  // Ingest.
  console.log("");
  console.log("  ingest: ingestFiles (as `resgraph ingest`), fresh store, one child process per store; Node RSS excludes the JVM");
  const by = (name: StoreName): StoreIngest | undefined => f.ingest.find((r) => r.store === name);
  const ingestRow = (r: StoreIngest): string[] => {
    const q = r.quarters;
    const last = q.length === 4 ? (q[3]!.n - q[2]!.n) / (q[3]!.seconds - q[2]!.seconds) : undefined;
    return [
      STORE_LABEL[r.store],
      int(r.files / r.seconds),
      int(r.paragraphsWritten / r.seconds),
      r.seconds.toFixed(1),
      r.cpuSeconds.toFixed(1),
      mb(r.rss.peakRss),
      last === undefined ? "n/a" : int(last),
      `${int(r.counts.resolutions)} / ${int(r.counts.paragraphs)} / ${int(r.counts.references)} / ${int(r.counts.mentions)}${r.failed ? `, ${r.failed} failed` : ""}`,
    ];
  };
  const [sq, nj] = [by("sqlite"), by("neo4j")];
  const rows: string[][] = [["store", "resolutions/s", "paragraphs/s", "seconds", "Node CPU s", "Node peak RSS", "last quarter res/s", "resolutions / paragraphs / references / mentions"]];
  for (const r of [sq, nj]) if (r) rows.push(ingestRow(r));
  if (sq && nj) {
    rows.push([
      "Neo4j / SQLite",
      ratio(nj.files / nj.seconds, sq.files / sq.seconds),
      ratio(nj.paragraphsWritten / nj.seconds, sq.paragraphsWritten / sq.seconds),
      ratio(nj.seconds, sq.seconds),
      ratio(nj.cpuSeconds, sq.cpuSeconds),
      ratio(nj.rss.peakRss, sq.rss.peakRss),
      "",
      JSON.stringify(nj.counts) === JSON.stringify(sq.counts) ? "same counts" : "COUNTS DIFFER",
    ]);
  }
  for (const line of table(rows)) console.log(line);
  const j = f.jvm;
  if (j.pid !== undefined) {
    const cpu = j.ingestCpuSeconds !== undefined && nj ? `; JVM CPU during the Neo4j ingest ${j.ingestCpuSeconds.toFixed(1)} s (${Math.round((100 * j.ingestCpuSeconds) / nj.seconds)}% of one core)` : "";
    console.log(
      `  JVM (pid ${j.pid}) RSS: ${j.atStart.rss ? mb(j.atStart.rss) : "n/a"} started, ` +
        `peak ${j.afterIngest.hwm ? mb(j.afterIngest.hwm) : "n/a"} by the end of the ingest (${j.afterIngest.rss ? mb(j.afterIngest.rss) : "n/a"} then), ` +
        `peak ${j.atEnd.hwm ? mb(j.atEnd.hwm) : "n/a"} over the whole run (${j.atEnd.rss ? mb(j.atEnd.rss) : "n/a"} at its end)${cpu}`,
    );
  } else {
    console.log("  JVM RSS: not measured (a server this run did not start)");
  }
  if (nj) {
    const r = nj.files / nj.seconds;
    console.log(`  goal Neo4j ≥ ${GOALS.ingest} resolutions/s: ${r >= GOALS.ingest ? "met" : "NOT met"} (${int(r)})`);
  }

  // Port queries.
  console.log("");
  console.log("  port queries (bench/queries.ts's inputs, same on both stores), ms");
  const qs = (name: StoreName): StoreQueries | undefined => f.queries.find((q) => q.store === name);
  const [qsq, qnj] = [qs("sqlite"), qs("neo4j")];
  const qrows: string[][] = [["query", "SQLite p50", "p99", "Neo4j p50", "p99", "Neo4j/SQLite p50", "Neo4j calls", "answers (Neo4j)"]];
  const p = (l: Latency | undefined, q: number): number | undefined => (l?.samples && l.samples.length > 0 ? quantile(l.samples, q) : undefined);
  const cell = (l: Latency | undefined, q: number): string => (l?.error ? "failed" : l && !l.samples ? "n/a" : ms(p(l, q)));
  for (const l of qnj?.results ?? qsq?.results ?? []) {
    const a = qsq?.results.find((x) => x.name === l.name);
    const b = qnj?.results.find((x) => x.name === l.name);
    qrows.push([
      l.name,
      cell(a, 0.5),
      cell(a, 0.99),
      cell(b, 0.5),
      cell(b, 0.99),
      ratio(p(b, 0.5), p(a, 0.5)),
      String(b?.samples?.length ?? 0),
      b?.error ? `failed: ${b.error}` : (b?.note ?? ""),
    ]);
  }
  for (const line of table(qrows)) console.log(line);
  const lineageAndPath = (qnj?.results ?? []).filter((l) => /^lineage|^citationPath/.test(l.name));
  const met = lineageAndPath.filter((l) => (p(l, 0.5) ?? Infinity) <= GOALS.lineageP50);
  const short = (name: string): string => name.replace(/, 200 series members|, max depth 10|\(random pairs\)|\(later → earlier\)/g, "").replace(/\s+/g, " ").trim();
  console.log(
    `  goal lineage / path p50 ≤ ${GOALS.lineageP50} ms on Neo4j: ${lineageAndPath.length > 0 && met.length === lineageAndPath.length ? "met" : `NOT met on ${lineageAndPath.length - met.length} of ${lineageAndPath.length}`} ` +
      `(${lineageAndPath.map((l) => `${short(l.name)} ${ms(p(l, 0.5))}`).join("; ")})`,
  );

  // API.
  console.log("");
  console.log(`  API over HTTP, the same resgraph server on each store (autocannon ${f.settings.apiSeconds} s a row, every response checked; whole ms, so 0 means under 1 ms)`);
  const arows: string[][] = [["query", "conn", "SQLite p50 / p99 ms", "req/s", "Neo4j p50 / p99 ms", "req/s", "Neo4j/SQLite req/s"]];
  for (const a of f.api) {
    arows.push([a.name, String(a.connections), latency(a.rows.sqlite), rps(a.rows.sqlite), latency(a.rows.neo4j), rps(a.rows.neo4j), ratio(a.rows.neo4j?.rps, a.rows.sqlite?.rps)]);
  }
  for (const line of table(arows)) console.log(line);
  const apiWrong = wrong(f.api.flatMap((a) => [a.rows.sqlite, a.rows.neo4j]));
  console.log(apiWrong.length ? `  ${apiWrong.join("; ")}` : "  every response correct");

  // @neo4j/graphql.
  console.log("");
  if ("error" in f.reference) {
    console.log(`  @neo4j/graphql: not measured: ${f.reference.error}`);
    return;
  }
  const ref = f.reference;
  console.log(`  resgraph against @neo4j/graphql ${ref.version} (Apollo Server, type defs from src/graph/model.ts), both on this Neo4j database, same queries, same connections`);
  const crows: string[][] = [["query", "conn", "resgraph p50 / p99 ms", "req/s", "@neo4j/graphql p50 / p99 ms", "req/s", "resgraph / @neo4j/graphql req/s"]];
  for (const r of ref.rows) {
    crows.push([r.name, String(r.connections), latency(r.resgraph), rps(r.resgraph), latency(r.reference), rps(r.reference), ratio(r.resgraph.rps, r.reference.rps)]);
  }
  for (const line of table(crows)) console.log(line);
  const refWrong = wrong(ref.rows.flatMap((r) => [r.resgraph, r.reference]));
  console.log(refWrong.length ? `  ${refWrong.join("; ")}` : "  every response correct");
  for (const a of ref.answers) {
    console.log(
      `  ${a.name}: answers ${a.same} of ${a.compared} identical; per request resgraph makes ${fmt(a.resgraphStoreCalls, 1)} store calls ` +
        `(one Neo4j read each, in sequence level by level), @neo4j/graphql ${fmt(a.referenceSessions, 1)} (one Cypher statement)` +
        (a.example ? `; first difference ${a.example}` : ""),
    );
  }
  const ratios = ref.rows.map((r) => r.resgraph.rps / r.reference.rps);
  const worst = Math.min(...ratios);
  console.log(`  goal resgraph ≥ ${GOALS.reference}× @neo4j/graphql (req/s): ${worst >= GOALS.reference ? "met" : "NOT met"} on ${ratios.filter((r) => r >= GOALS.reference).length} of ${ratios.length} rows (lowest ${ratio(worst, 1)})`);
}

// --- entry points ------------------------------------------------------------------------------------

if (process.argv[2] === CHILD_FLAG) {
  const [store, corpusDir, n, sqlitePath] = process.argv.slice(3);
  const run = await ingestChild(store as StoreName, corpusDir!, Number(n), sqlitePath!);
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(run)}\n`);
  process.exit(0);
} else if (path.resolve(process.argv[1] ?? "") === THIS_FILE) {
  const why = neo4jUnavailable();
  if (why) {
    console.error(`bench:neo4j: cannot start a Neo4j server here: ${why}`);
    process.exit(1);
  }
  console.log(`resgraph benchmarks, Neo4j section, Node ${process.version}, ${new Date().toISOString()}\n`);
  printNeo4j(await benchNeo4j({ log: (line) => console.error(line) }));
}
