// Abuse benchmark (issue 12, "a server that stays up"): single abusive requests sent to the real CLI
// server (a child process, `serve --seed`), each timed with its status and error code, while a cheap
// lookup is sent at the same moment and timed too: one request must not stall everyone else's.
// The issue's replay is the first row: "one POST of 400 KB (a `search` whose text repeats one word
// 60,000 times) froze the server at 100 % CPU for more than ten minutes"; its cost grew with the
// square of the word count (1,000 / 2,000 / 4,000 distinct words: 2.7 / 9 / 35 s on the seeds).
//
// Every request has a hard client-side cap (ABUSE_CAP_SECONDS, default 30), so a frozen server
// cannot hang the bench; a server still busy after an abusive request is stopped (SIGKILL when
// SIGTERM is not enough, reported) and a fresh one started for the next row, so that each row
// measures its own request. Then: the per-client rate limit (a flood of lookups from one address),
// SIGTERM while the most expensive request of the run is in flight, and the final stop.
//
// `npx tsx bench/abuse.ts`; ABUSE_N=5000 also runs every row on the synthetic database of that size
// (bench/.cache, built once with the CLI's ingest).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SEEDS_DIR } from "../src/package-root.js";
import {
  builtCliNote,
  cachedDatabase,
  errorCode,
  graphqlAnswer,
  httpRequest,
  int,
  msText,
  postGraphql,
  sleep,
  startServerChild,
  stopText,
  type HttpOutcome,
  type ServerChild,
  type StopResult,
} from "./server-child.js";
import { quantile } from "./stats.js";

/** One abusive request. */
interface AbuseCase {
  name: string;
  /** Said under the table: what the row's name has no room for. */
  note?: string;
  query: string;
  variables: Record<string, unknown>;
}

/** How an abusive request ended, as a reader of the table needs it. */
interface Answer {
  /** `200 data`, `400 QUERY_TOO_COMPLEX`, `503 TIMEOUT`, `no answer within 30 s`, `reset (ECONNRESET)` … */
  text: string;
  status?: number;
  code?: string;
  /** The first error message, shortened. */
  message?: string;
  ms: number;
}

/** Cheap lookups sent while an abusive request was running. */
interface LookupsDuring {
  n: number;
  firstMs: number;
  maxMs: number;
  /** Lookups that got no right answer within the cap (timeout, error, wrong data). */
  failed: number;
}

export interface AbuseRow {
  name: string;
  note?: string;
  bodyBytes: number;
  answer: Answer;
  lookups: LookupsDuring;
  /** `responsive`, or how the server had to be replaced before the next row. */
  after: string;
}

export interface FloodFigures {
  limit: number;
  windowSeconds: number;
  sent: number;
  /** Status → count. */
  statuses: Record<string, number>;
  /** The Retry-After header of the first 429, if any. */
  retryAfter?: string;
}

export interface ShutdownDuring {
  request: string;
  /** When the signal was sent, ms after the request. */
  signalAfterMs: number;
  graceMs: number;
  answer: Answer;
  stop: StopResult;
}

export interface AbuseRun {
  database: string;
  lookupSymbol: string;
  startupMs: number;
  idle: { n: number; p50: number; max: number };
  rows: AbuseRow[];
  flood: FloodFigures;
  shutdown: ShutdownDuring;
  finalStop: StopResult;
  restarts: number;
}

export interface AbuseFigures {
  capMs: number;
  note?: string;
  runs: AbuseRun[];
}

const LOOKUP_GOAL_MS = 50;
/** Grace the server children are given for a shutdown (RESGRAPH_SHUTDOWN_GRACE_MS). */
const GRACE_MS = 5_000;
/** Rate limit of the flood row's server: small, so a short flood crosses it. */
const FLOOD_LIMIT = 30;
const FLOOD_WINDOW_SECONDS = 60;

const capMs = (): number => {
  const raw = process.env.ABUSE_CAP_SECONDS;
  const seconds = raw === undefined || raw === "" ? 30 : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`ABUSE_CAP_SECONDS must be a positive number, got ${raw}`);
  return seconds * 1000;
};

// --- the requests ------------------------------------------------------------------------------------

/** Distinct words of the seed texts in order of appearance (real words: the index holds them, so a search has work to do), made-up ones after them when more are asked. */
function seedWords(count: number): string[] {
  const seen = new Set<string>();
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()) {
    for (const [word] of readFileSync(path.join(SEEDS_DIR, file), "utf8").matchAll(/\p{L}{3,}/gu)) {
      // Compared as search compares words (case and diacritics folded), so that n words are n terms.
      seen.add(word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase());
      if (seen.size >= count) return [...seen];
    }
  }
  const words = [...seen];
  for (let i = 0; words.length < count; i++) words.push(`zq${i.toString(36)}`);
  return words;
}

const SEARCH = `query($t: String!) { search(text: $t, first: 10) { totalCount nodes { score snippet paragraph { key } } } }`;

/** Introspection, as much as finding list arguments needs. */
interface IntroType {
  kind: string;
  name: string | null;
  ofType: IntroType | null;
}
interface IntroInput {
  name: string;
  defaultValue: string | null;
  type: IntroType;
}
interface IntroSchema {
  queryType: { fields: { name: string; args: IntroInput[]; type: IntroType }[] };
  types: { name: string; kind: string; inputFields: IntroInput[] | null; enumValues: { name: string }[] | null }[];
}

const TYPE_REF = "fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";
const INTROSPECTION = `{ __schema { queryType { fields { name args { name defaultValue type { ...T } } type { ...T } } }
  types { name kind inputFields { name defaultValue type { ...T } } enumValues { name } } } } ${TYPE_REF}`;

const named = (t: IntroType): IntroType => (t.ofType ? named(t.ofType) : t);
const nullable = (t: IntroType): IntroType => (t.kind === "NON_NULL" && t.ofType ? t.ofType : t);
const typeText = (t: IntroType): string =>
  t.kind === "NON_NULL" && t.ofType ? `${typeText(t.ofType)}!` : t.kind === "LIST" && t.ofType ? `[${typeText(t.ofType)}]` : (t.name ?? "");

/**
 * The largest list argument the schema takes: for the first Query field with a list argument
 * (directly, or as a field of an input object argument), a request whose list holds some 800 KB of
 * items (under the 1 MiB body limit, so the server has to read it), other required arguments
 * filled with plain values. When the schema has no list argument, the same list is sent as a
 * variable where a String is expected, which makes the server read and refuse it.
 */
function hugeListCase(schema: IntroSchema | undefined, symbol: string): AbuseCase {
  const types = new Map((schema?.types ?? []).map((t) => [t.name, t]));
  const sample = (t: IntroType): unknown => {
    const base = named(t);
    if (base.kind === "ENUM") return types.get(base.name ?? "")?.enumValues?.[0]?.name;
    if (base.name === "Int" || base.name === "Float") return 1;
    if (base.name === "Boolean") return true;
    if (base.kind === "SCALAR") return symbol;
    return undefined;
  };
  const literal = (t: IntroType): string | undefined => {
    const value = sample(t);
    if (value === undefined) return undefined;
    return named(t).kind === "ENUM" ? String(value) : JSON.stringify(value);
  };
  const list = (element: IntroType): unknown[] => {
    const item = sample(element);
    const count = Math.floor(800_000 / (JSON.stringify(item).length + 1));
    return new Array<unknown>(count).fill(item);
  };
  for (const field of schema?.queryType.fields ?? []) {
    const selection = ["OBJECT", "INTERFACE", "UNION"].includes(named(field.type).kind) ? " { __typename }" : "";
    for (const arg of field.args) {
      const direct = nullable(arg.type).kind === "LIST";
      const input = types.get(named(arg.type).name ?? "");
      const nested = !direct && input?.kind === "INPUT_OBJECT" ? input.inputFields?.find((f) => nullable(f.type).kind === "LIST") : undefined;
      if (!direct && !nested) continue;
      const elementOf = direct ? nullable(arg.type).ofType : nullable(nested!.type).ofType;
      if (!elementOf || sample(elementOf) === undefined) continue;
      // Other required arguments (and required fields beside the list in an input object).
      const others: string[] = [];
      let fillable = true;
      for (const other of field.args) {
        if (other === arg || other.type.kind !== "NON_NULL" || other.defaultValue !== null) continue;
        const value = literal(other.type);
        if (value === undefined) fillable = false;
        else others.push(`${other.name}: ${value}`);
      }
      const value: unknown = direct ? list(elementOf) : Object.fromEntries([[nested!.name, list(elementOf)]]);
      if (nested) {
        for (const f of input?.inputFields ?? []) {
          if (f === nested || f.type.kind !== "NON_NULL" || f.defaultValue !== null) continue;
          const v = sample(f.type);
          if (v === undefined) fillable = false;
          else (value as Record<string, unknown>)[f.name] = v;
        }
      }
      if (!fillable) continue;
      const items = direct ? (value as unknown[]).length : ((value as Record<string, unknown[]>)[nested!.name] ?? []).length;
      return {
        name: `list: ${int(items)} items`,
        note: `the list argument ${field.name}(${arg.name}${nested ? `: { ${nested.name} }` : ""})`,
        query: `query($v: ${typeText(arg.type)}) { ${field.name}(${[`${arg.name}: $v`, ...others].join(", ")})${selection} }`,
        variables: { v: value },
      };
    }
  }
  const items = new Array<string>(Math.floor(800_000 / (symbol.length + 3))).fill(symbol);
  return {
    name: `list: ${int(items.length)} items as a String variable`,
    note: schema ? "the schema has no list argument, so the list goes where a String is expected" : "introspection failed: the list goes where a String is expected",
    query: `query($s: String!) { resolution(symbol: $s) { symbol } }`,
    variables: { s: items },
  };
}

function abusiveCases(symbol: string, schema: IntroSchema | undefined): AbuseCase[] {
  const words = seedWords(4_000);
  const distinct = (n: number): AbuseCase => ({ name: `search: ${int(n)} distinct words`, query: SEARCH, variables: { t: words.slice(0, n).join(" ") } });
  let deep = "symbol";
  for (let i = 0; i < 800; i++) deep = `recalls { nodes { ${deep} } }`;
  const lineageAlias = (i: number): string =>
    `a${i}: resolution(symbol: ${JSON.stringify(symbol)}) { lineage(direction: DESCENDANTS, maxDepth: 10) { resolution { paragraphs { text mentions { surface entity { name } } } } } }`;
  return [
    { name: "search: one word × 60,000 (the issue's POST)", query: SEARCH, variables: { t: "rights ".repeat(60_000) } },
    distinct(1_000),
    distinct(2_000),
    distinct(4_000),
    { name: "search: 4,000 words joined by hyphens (one term)", query: SEARCH, variables: { t: words.join("-") } },
    { name: "search: one word × 300,000 (over 1 MiB)", query: SEARCH, variables: { t: "rights ".repeat(300_000) } },
    {
      name: "resolution(symbol:) of 300 KB",
      query: `query($s: String!) { resolution(symbol: $s) { symbol } }`,
      variables: { s: `A/HRC/RES/${"36/".repeat(100_000)}32` },
    },
    { name: "country(name:) of 300 KB (prefix match)", query: `query($s: String!) { country(name: $s) { code } }`, variables: { s: "a".repeat(300_000) } },
    {
      name: "citationPath(from:, to:) of 150 KB each",
      query: `query($a: String!, $b: String!) { citationPath(from: $a, to: $b) { verb } }`,
      variables: { a: `resolution ${"660 ".repeat(37_500)}`, b: `S/RES/${"1/".repeat(75_000)}` },
    },
    hugeListCase(schema, symbol),
    { name: "deep: 800 nested recalls { nodes { … } }", query: `{ resolution(symbol: ${JSON.stringify(symbol)}) { ${deep} } }`, variables: {} },
    { name: "wide: one field 4,900 times (under the token limit)", query: `{ resolution(symbol: ${JSON.stringify(symbol)}) { ${"symbol ".repeat(4_900)}} }`, variables: {} },
    {
      name: "wide: 20 aliases × lineage depth 10 × paragraphs",
      query: `{ ${Array.from({ length: 20 }, (_, i) => lineageAlias(i)).join(" ")} }`,
      variables: {},
    },
  ];
}

// --- measuring -----------------------------------------------------------------------------------------

const lookupQuery = (symbol: string): string => `{ resolution(symbol: ${JSON.stringify(symbol)}) { symbol } }`;

/** One cheap lookup on a fresh connection (not queued behind the abusive one); its time when answered right. */
async function lookup(server: ServerChild, symbol: string, timeoutMs: number): Promise<{ ok: boolean; ms: number }> {
  const outcome = await httpRequest(server.url, { body: JSON.stringify({ query: lookupQuery(symbol) }), timeoutMs });
  if (outcome.kind !== "response" || outcome.status !== 200) return { ok: false, ms: outcome.ms };
  const found = graphqlAnswer(outcome.body)?.data?.resolution as { symbol?: unknown } | null | undefined;
  return { ok: found?.symbol === symbol, ms: outcome.ms };
}

const shorten = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describe(outcome: HttpOutcome, cap: number): Answer {
  switch (outcome.kind) {
    case "timeout":
      return { text: `no answer within ${msText(cap)}`, ms: outcome.ms };
    case "refused":
    case "reset":
      return { text: `${outcome.kind} (${outcome.code})`, ms: outcome.ms };
    case "response": {
      const answer = graphqlAnswer(outcome.body);
      const code = errorCode(answer) ?? (answer?.errors?.length ? "error without a code" : undefined);
      const message = answer?.errors?.[0]?.message;
      const what = !outcome.complete ? "body cut short" : code ?? (answer?.data ? "data" : answer ? "no data" : "not JSON");
      return { text: `${outcome.status} ${what}`, status: outcome.status, ...(code ? { code } : {}), ...(message ? { message: shorten(message) } : {}), ms: outcome.ms };
    }
  }
}

/**
 * Sends `abuse` and, 25 ms later (its body is on the wire by then, on loopback) and then every 250
 * ms until it is answered, a cheap lookup on a connection of its own: the first lookup is the one
 * "sent at the same moment", the others show whether the stall lasts.
 */
async function measureCase(server: ServerChild, c: AbuseCase, symbol: string, cap: number): Promise<{ answer: Answer; lookups: LookupsDuring; bodyBytes: number }> {
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  let done = false;
  const abusive = httpRequest(server.url, { body, timeoutMs: cap }).then((outcome) => {
    done = true;
    return outcome;
  });
  const times: number[] = [];
  let failed = 0;
  await sleep(25);
  do {
    const { ok, ms } = await lookup(server, symbol, cap);
    times.push(ms);
    if (!ok) failed++;
    if (!done) await Promise.race([abusive, sleep(250)]);
  } while (!done);
  return {
    answer: describe(await abusive, cap),
    lookups: { n: times.length, firstMs: times[0] ?? Number.NaN, maxMs: Math.max(...times), failed },
    bodyBytes: Buffer.byteLength(body),
  };
}

interface Served {
  server: ServerChild;
  restarts: number;
}

/**
 * After a row: the server must answer a lookup within 3 s, or it is still busy with the abusive
 * request (which nothing cancels) and would spoil the next row; then it is stopped (SIGTERM, SIGKILL
 * after 3 s) and a fresh one started on the same database.
 */
async function settle(served: Served, start: () => Promise<ServerChild>, symbol: string): Promise<string> {
  const server = served.server;
  if (server.exitInfo()) {
    const e = server.exitInfo()!;
    served.server = await start();
    served.restarts++;
    return `CRASHED (exit ${e.code ?? e.signal}); restarted`;
  }
  const probe = await lookup(server, symbol, 3_000);
  if (probe.ok) return "responsive";
  const stop = await server.stop("SIGTERM", 3_000);
  served.server = await start();
  served.restarts++;
  return `busy: ${stop.killed ? "SIGTERM ignored, SIGKILLed" : `exited ${stop.code ?? stop.exitSignal} on SIGTERM`}; restarted`;
}

async function introspect(server: ServerChild): Promise<IntroSchema | undefined> {
  const outcome = await postGraphql(server.url, INTROSPECTION, {}, { timeoutMs: 10_000 });
  if (outcome.kind !== "response") return undefined;
  return graphqlAnswer(outcome.body)?.data?.__schema as IntroSchema | undefined;
}

async function flood(db: string, symbol: string): Promise<FloodFigures> {
  const server = await startServerChild({
    db,
    env: { RESGRAPH_RATE_LIMIT: String(FLOOD_LIMIT), RESGRAPH_RATE_WINDOW_SECONDS: String(FLOOD_WINDOW_SECONDS), RESGRAPH_SHUTDOWN_GRACE_MS: String(GRACE_MS) },
  });
  const statuses: Record<string, number> = {};
  let retryAfter: string | undefined;
  const sent = FLOOD_LIMIT * 2;
  try {
    for (let i = 0; i < sent; i++) {
      const outcome = await httpRequest(server.url, { body: JSON.stringify({ query: lookupQuery(symbol) }), timeoutMs: 10_000 });
      const key = outcome.kind === "response" ? String(outcome.status) : outcome.kind;
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (outcome.kind === "response" && outcome.status === 429 && retryAfter === undefined) {
        const header = outcome.headers["retry-after"];
        retryAfter = Array.isArray(header) ? header.join(", ") : (header ?? "(none)");
      }
    }
  } finally {
    await server.stop("SIGTERM", GRACE_MS + 3_000);
  }
  return { limit: FLOOD_LIMIT, windowSeconds: FLOOD_WINDOW_SECONDS, sent, statuses, ...(retryAfter !== undefined ? { retryAfter } : {}) };
}

async function runOn(database: string, db: string, seed: boolean, cap: number, symbolOf: (server: ServerChild) => Promise<string>): Promise<AbuseRun> {
  // The rate limit is off for the rows (their lookups must not be limited); the flood row sets it.
  const env = { RESGRAPH_RATE_LIMIT: "0", RESGRAPH_SHUTDOWN_GRACE_MS: String(GRACE_MS) };
  const first = await startServerChild({ db, seed, env });
  const start = (): Promise<ServerChild> => startServerChild({ db, env });
  const served: Served = { server: first, restarts: 0 };
  try {
    const symbol = await symbolOf(first);
    const idleTimes: number[] = [];
    for (let i = 0; i < 20; i++) idleTimes.push((await lookup(served.server, symbol, cap)).ms);
    idleTimes.sort((a, b) => a - b);
    const cases = abusiveCases(symbol, await introspect(served.server));
    const rows: AbuseRow[] = [];
    for (const c of cases) {
      const { answer, lookups, bodyBytes } = await measureCase(served.server, c, symbol, cap);
      const after = await settle(served, start, symbol);
      rows.push({ name: c.name, ...(c.note ? { note: c.note } : {}), bodyBytes, answer, lookups, after });
      console.error(`  ${c.name}: ${answer.text} in ${msText(answer.ms)}; lookup ${msText(lookups.firstMs)} (max ${msText(lookups.maxMs)}); ${after}`);
    }
    // The most expensive request of the run, replayed, and SIGTERM as soon as its body is sent: the
    // request is the server's by then, and a replay may run faster than the row did (warm caches),
    // so any later signal could come after the answer.
    const heaviest = rows.reduce((a, b) => (b.answer.ms > a.answer.ms ? b : a));
    const replay = cases.find((c) => c.name === heaviest.name)!;
    const t0 = performance.now();
    let sent: () => void = () => undefined;
    const bodySent = new Promise<void>((resolve) => (sent = resolve));
    const inFlight = httpRequest(served.server.url, {
      body: JSON.stringify({ query: replay.query, variables: replay.variables }),
      timeoutMs: cap,
      onSent: () => sent(),
    });
    await Promise.race([bodySent, inFlight]);
    const signalAfterMs = performance.now() - t0;
    const stop = await served.server.stop("SIGTERM", GRACE_MS + 3_000);
    const shutdown: ShutdownDuring = { request: replay.name, signalAfterMs, graceMs: GRACE_MS, answer: describe(await inFlight, cap), stop };
    served.server = await start();
    const floodFigures = await flood(db, symbol);
    return {
      database,
      lookupSymbol: symbol,
      startupMs: first.startupMs,
      idle: { n: idleTimes.length, p50: quantile(idleTimes, 0.5), max: idleTimes.at(-1) ?? Number.NaN },
      rows,
      flood: floodFigures,
      shutdown,
      finalStop: await served.server.stop("SIGTERM", 5_000),
      restarts: served.restarts,
    };
  } finally {
    // On an error above, whatever still runs (the exit hook would SIGKILL it anyway).
    if (!served.server.exitInfo()) await served.server.stop("SIGTERM", 3_000);
  }
}

export async function benchAbuse(options: { n?: number; log?: (line: string) => void } = {}): Promise<AbuseFigures> {
  const log = options.log ?? ((line: string) => console.error(line));
  const cap = capMs();
  const note = builtCliNote();
  const runs: AbuseRun[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), "resgraph-abuse-"));
  try {
    log("  abuse on the seed database …");
    runs.push(await runOn("seed database (serve --seed)", path.join(scratch, "seed.db"), true, cap, async () => "A/HRC/RES/36/32"));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const raw = options.n ?? (process.env.ABUSE_N ? Number(process.env.ABUSE_N) : undefined);
  if (raw !== undefined) {
    if (!Number.isSafeInteger(raw) || raw < 10) throw new Error(`ABUSE_N must be an integer ≥ 10, got ${raw}`);
    const { db } = await cachedDatabase(raw, log);
    log(`  abuse on the ${int(raw)}-resolution database …`);
    runs.push(
      await runOn(`synthetic database, ${int(raw)} resolutions`, db, false, cap, async (server) => {
        const outcome = await postGraphql(server.url, `{ resolutions(first: 1, orderBy: SYMBOL_ASC) { nodes { symbol } } }`, {}, { timeoutMs: cap });
        const nodes = outcome.kind === "response" ? ((graphqlAnswer(outcome.body)?.data?.resolutions as { nodes?: { symbol: string }[] } | undefined)?.nodes ?? []) : [];
        if (!nodes[0]) throw new Error("the synthetic database lists no resolution");
        return nodes[0].symbol;
      }),
    );
  }
  return { capMs: cap, ...(note ? { note } : {}), runs };
}

const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

export function printAbuse(f: AbuseFigures): void {
  console.log(
    `abuse (the CLI server as a child process; one abusive request at a time, a cheap lookup sent 25 ms after it; client cap ${msText(f.capMs)} per request; ` +
      `lookup goal < ${LOOKUP_GOAL_MS} ms)`,
  );
  if (f.note) console.log(`  ${f.note}`);
  for (const run of f.runs) {
    console.log(`  ${run.database}: up in ${msText(run.startupMs)}; lookup resolution(symbol: "${run.lookupSymbol}") idle p50 ${msText(run.idle.p50)}, max ${msText(run.idle.max)} (${run.idle.n})`);
    console.log(`    ${"request".padEnd(52)} ${"body".padStart(7)}  ${"answer".padEnd(30)} ${"time".padStart(7)}  ${"lookup during: first / max (n)".padEnd(34)} after`);
    for (const r of run.rows) {
      const met = r.lookups.failed === 0 && r.lookups.maxMs < LOOKUP_GOAL_MS;
      const lookups = `${msText(r.lookups.firstMs)} / ${msText(r.lookups.maxMs)} (${r.lookups.n})${r.lookups.failed ? `, ${r.lookups.failed} failed` : ""}${met ? "" : " ✗"}`;
      console.log(
        `    ${r.name.padEnd(52)} ${kb(r.bodyBytes).padStart(7)}  ${r.answer.text.padEnd(30)} ${msText(r.answer.ms).padStart(7)}  ${lookups.padEnd(34)} ${r.after}`,
      );
    }
    const said = run.rows.filter((r) => r.answer.message || r.note);
    if (said.length > 0) {
      console.log("    error messages and notes:");
      for (const r of said) console.log(`      ${shorten(r.name, 52).padEnd(52)} ${[r.answer.message, r.note && `(${r.note})`].filter(Boolean).join(" ")}`);
    }
    const met = run.rows.filter((r) => r.lookups.failed === 0 && r.lookups.maxMs < LOOKUP_GOAL_MS).length;
    console.log(`    lookup goal met during ${met} of ${run.rows.length} abusive requests; servers replaced because still busy or gone: ${run.restarts}`);
    const fl = run.flood;
    const statuses = Object.entries(fl.statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ");
    const limited = fl.statuses["429"] ?? 0;
    console.log(
      `    rate limit (RESGRAPH_RATE_LIMIT=${fl.limit} per ${fl.windowSeconds} s), ${fl.sent} lookups from one address: ${statuses}` +
        (limited > 0 ? `; Retry-After: ${fl.retryAfter} (the bench's start-up probe was the window's first request)` : "; no request was limited"),
    );
    const sd = run.shutdown;
    const when = sd.answer.ms > sd.signalAfterMs ? "" : ", answered before the signal";
    console.log(
      `    SIGTERM once the body of "${sd.request}" was sent (${msText(sd.signalAfterMs)}; RESGRAPH_SHUTDOWN_GRACE_MS=${sd.graceMs}): ` +
        `the request: ${sd.answer.text} after ${msText(sd.answer.ms)}${when}; the server: ${stopText(sd.stop)}`,
    );
    console.log(`    end: SIGTERM, the server: ${stopText(run.finalStop)}`);
  }
}

// Run directly (`npx tsx bench/abuse.ts`), not when bench/run.ts imports it.
if (path.resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  console.log(`resgraph abuse benchmark, Node ${process.version}, ${new Date().toISOString()}\n`);
  printAbuse(await benchAbuse());
}
