// The CLI server as a child process, for the benchmarks of a server that stays up (bench/abuse.ts,
// bench/soak.ts): started as an operator starts it (`node dist/cli.js serve …`), so the figures are
// those of whatever the built server does today (its limits, workers, signals), not of an in-process
// copy; stopped by signal with a deadline and SIGKILL after it; its memory, descriptors and CPU read
// from /proc; and a small HTTP client that tells apart the ways a request can end (answered,
// refused, reset, cut short, no answer in time), which autocannon and fetch blur together.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { constants as osConstants } from "node:os";
import path from "node:path";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { CACHE_DIR, cachedCorpus, DEFAULT_SEED, GENERATOR_VERSION, type GeneratedCorpus } from "./synthetic/generate.js";

/** The built CLI: what `npm start` and the `resgraph` bin run. */
export const CLI = path.join(PACKAGE_ROOT, "dist", "cli.js");

// --- the built CLI ------------------------------------------------------------------------------------

/** Sources under src/ whose compiled file in dist/ is missing or older (the build is incremental). */
function staleSources(dir: string, stale: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) staleSources(full, stale);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      const built = path.join(PACKAGE_ROOT, "dist", path.relative(path.join(PACKAGE_ROOT, "src"), full)).replace(/\.ts$/, ".js");
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(full).mtimeMs) stale.push(path.relative(PACKAGE_ROOT, full));
    }
  }
  return stale;
}

/**
 * Says so when dist/ is missing or older than src/: the benches measure the built server, and a
 * stale build would measure yesterday's code. The bench does not build itself: src/ may be half
 * edited, and dist/ is shared with whoever else works in the checkout.
 */
export function builtCliNote(): string | undefined {
  if (!existsSync(CLI)) return `${path.relative(PACKAGE_ROOT, CLI)} is missing: run \`npm run -s build\` first`;
  const stale = staleSources(path.join(PACKAGE_ROOT, "src"));
  if (stale.length === 0) return undefined;
  return `note: ${stale.length} source file${stale.length === 1 ? " has" : "s have"} changed since the last build (${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""}); these figures are those of dist/ (\`npm run -s build\` to measure the sources)`;
}

// --- starting and stopping ------------------------------------------------------------------------------

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when the exit was seen. */
  at: number;
}

export interface StopResult {
  signal: NodeJS.Signals;
  /** From the signal to the exit, ms (to the SIGKILL's effect when one was needed). */
  ms: number;
  code: number | null;
  exitSignal: NodeJS.Signals | null;
  /** The process had not exited within the deadline and was killed with SIGKILL. */
  killed: boolean;
  /** The process had exited before the signal was sent (a crash, or an earlier stop). */
  alreadyExited: boolean;
}

export interface ServerChild {
  pid: number;
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:41234/graphql`. */
  url: string;
  /** `http://127.0.0.1:41234`, for /healthz and /readyz. */
  origin: string;
  /** From spawn to the first answered GraphQL request, ms (includes `--seed`'s ingest). */
  startupMs: number;
  exited: Promise<ExitInfo>;
  /** How the process ended, or undefined while it runs. */
  exitInfo(): ExitInfo | undefined;
  /** The last lines the server wrote (stdout and stderr), to explain a crash. */
  outputTail(): string;
  /** `signal`, then SIGKILL if the process is still there after `deadlineMs`. */
  stop(signal?: NodeJS.Signals, deadlineMs?: number): Promise<StopResult>;
}

export interface ServerChildOptions {
  db: string;
  /** `serve --seed`: ingest the bundled seeds/ first. */
  seed?: boolean;
  /** Environment of the server on top of this process's (RESGRAPH_* from here are not passed on). */
  env?: Record<string, string>;
  /** How long to wait for the first answer; `--seed` ingests first. */
  startTimeoutMs?: number;
}

const live = new Set<ChildProcess>();
let exitHooked = false;

/**
 * A bench that crashes or is interrupted must not leave a server behind (a frozen one would hold
 * a core): children are SIGKILLed when this process exits, and on SIGINT/SIGTERM to it.
 */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const killAll = (): void => {
    for (const child of live) child.kill("SIGKILL");
  };
  process.once("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

/** A port free right now on 127.0.0.1 (the server is given it rather than asked to print one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// Variables of the server's own configuration that the user's shell might carry: the bench sets
// what it measures, and nothing else leaks in (a RESGRAPH_REQUEST_TIMEOUT_MS=600000 in a shell
// would change every figure here).
const OWN_CONFIG = /^(RESGRAPH_|NEO4J_|PORT$|HOST$|LOG_LEVEL$|NODE_ENV$)/;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`'s value, or undefined after `ms`; the timer is cleared so that it holds nothing open. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts `node dist/cli.js serve --db FILE --port P --host 127.0.0.1 [--seed]` and waits until it
 * answers a GraphQL request. Readiness is an answered `{ __typename }` rather than the line serve
 * prints, so a change of that line's wording cannot break the bench.
 */
export async function startServerChild(options: ServerChildOptions): Promise<ServerChild> {
  hookExit();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!OWN_CONFIG.test(key)) env[key] = value;
  Object.assign(env, { LOG_LEVEL: "warn" }, options.env ?? {});
  const args = [CLI, "serve", "--db", options.db, "--port", String(port), "--host", "127.0.0.1", ...(options.seed ? ["--seed"] : [])];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  live.add(child);
  // Always drained (a full pipe would block the server's writes), only the tail kept.
  let tail = "";
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exit: ExitInfo | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal, at: performance.now() };
      live.delete(child);
      resolve(exit);
    });
  });
  child.once("error", (error) => {
    keep(Buffer.from(`\n(spawn failed: ${error.message})\n`));
  });
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  const deadline = t0 + (options.startTimeoutMs ?? 120_000);
  for (;;) {
    if (exit) throw new Error(`the server exited while starting (code ${exit.code}, signal ${exit.signal}):\n${tail.trim()}`);
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer within ${options.startTimeoutMs ?? 120_000} ms:\n${tail.trim()}`);
    }
    const probe = await httpRequest(url, { body: JSON.stringify({ query: "{ __typename }" }), timeoutMs: 2_000 });
    if (probe.kind === "response" && probe.status === 200) break;
    await sleep(100);
  }
  const startupMs = performance.now() - t0;
  const pid = child.pid;
  if (pid === undefined) throw new Error("the server has no pid");

  const stop = async (signal: NodeJS.Signals = "SIGTERM", deadlineMs = 5_000): Promise<StopResult> => {
    if (exit) return { signal, ms: 0, code: exit.code, exitSignal: exit.signal, killed: false, alreadyExited: true };
    const sentAt = performance.now();
    child.kill(signal);
    const timely = await within(exited, deadlineMs);
    if (timely) return { signal, ms: timely.at - sentAt, code: timely.code, exitSignal: timely.signal, killed: false, alreadyExited: false };
    child.kill("SIGKILL");
    const late = await exited;
    return { signal, ms: late.at - sentAt, code: late.code, exitSignal: late.signal, killed: true, alreadyExited: false };
  };
  return { pid, url, origin, startupMs, exited, exitInfo: () => exit, outputTail: () => tail, stop };
}

// --- the process as the kernel sees it ------------------------------------------------------------

export interface ProcessSample {
  /** Since the sampler's start, seconds. */
  t: number;
  /** Resident set size, bytes (VmRSS). */
  rss: number;
  /** Open file descriptors (entries of /proc/PID/fd): sockets, the database and its WAL, pipes. */
  fds: number;
  threads: number;
  /** user + system CPU time of the process so far, seconds. */
  cpuSeconds: number;
}

// Linux's USER_HZ is 100 on every architecture Node supports.
const CLOCK_TICKS = 100;

/** One reading of /proc/PID; undefined once the process is gone (or off Linux). */
export function sampleProcess(pid: number, t = 0): ProcessSample | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const threads = /^Threads:\s+(\d+)/m.exec(status);
    // Fields after the command name (which may hold spaces and parentheses): utime and stime are
    // fields 14 and 15 of the line, the 12th and 13th after the closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuSeconds = (Number(after[11]) + Number(after[12])) / CLOCK_TICKS;
    const fds = readdirSync(`/proc/${pid}/fd`).length;
    return { t, rss: Number(rssKb?.[1] ?? 0) * 1024, fds, threads: Number(threads?.[1] ?? 0), cpuSeconds };
  } catch {
    return undefined;
  }
}

// --- HTTP -----------------------------------------------------------------------------------------------

/** How one request ended. */
export type HttpOutcome =
  | {
      kind: "response";
      status: number;
      ms: number;
      headers: http.IncomingHttpHeaders;
      body: string;
      /** False when the connection ended before the whole body (as declared) arrived. */
      complete: boolean;
    }
  /** No connection: nothing listens on the port (a server that has stopped accepting). */
  | { kind: "refused"; ms: number; code: string }
  /** The connection was closed before a status line arrived: the request was not answered. */
  | { kind: "reset"; ms: number; code: string }
  /** No answer within the client's own cap; the request was abandoned. */
  | { kind: "timeout"; ms: number };

export interface RequestOptions {
  method?: "GET" | "POST";
  /** A POST body (JSON). */
  body?: string;
  /** Keep-alive pool to use; by default a fresh connection that is closed after the answer. */
  agent?: http.Agent;
  /** The client's hard cap: a frozen server must not hang the bench. */
  timeoutMs: number;
  /** Called once the whole request (body included) has been handed to the operating system. */
  onSent?: () => void;
}

/** One HTTP request, never rejecting: every way it can end is an outcome. */
export function httpRequest(url: string, options: RequestOptions): Promise<HttpOutcome> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const t0 = performance.now();
  const ms = (): number => performance.now() - t0;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: HttpOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const headers: http.OutgoingHttpHeaders = {};
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = Buffer.byteLength(options.body);
    }
    const req = http.request(url, { method, headers, agent: options.agent ?? false });
    const timer = setTimeout(() => {
      settle({ kind: "timeout", ms: ms() });
      req.destroy();
    }, options.timeoutMs);
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      // "close" comes after "end" on a whole body, and alone when the connection is cut mid-body.
      res.on("close", () => {
        settle({ kind: "response", status: res.statusCode ?? 0, ms: ms(), headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), complete: res.complete });
      });
      res.on("error", () => undefined);
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      // After a status line, the response's own "close" says how the body ended (whole or cut short).
      if (answered) return;
      const code = error.code ?? error.message;
      settle(code === "ECONNREFUSED" ? { kind: "refused", ms: ms(), code } : { kind: "reset", ms: ms(), code });
    });
    if (options.onSent) req.once("finish", options.onSent);
    req.end(options.body);
  });
}

/** A GraphQL answer as far as the benches read it. */
export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The body as a GraphQL answer, or undefined when it is not JSON of that shape. */
export function graphqlAnswer(body: string): GraphqlAnswer | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const answer = value as GraphqlAnswer;
    if (answer.errors !== undefined && !Array.isArray(answer.errors)) return undefined;
    return answer;
  } catch {
    return undefined;
  }
}

/** The first error's `extensions.code`, if the answer has one. */
export function errorCode(answer: GraphqlAnswer | undefined): string | undefined {
  const code = answer?.errors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

export const postGraphql = (url: string, query: string, variables: Record<string, unknown>, options: Omit<RequestOptions, "body" | "method">): Promise<HttpOutcome> =>
  httpRequest(url, { ...options, method: "POST", body: JSON.stringify({ query, variables }) });

// --- the synthetic database, built once ------------------------------------------------------------------

export interface CachedDatabase {
  db: string;
  n: number;
  corpus: GeneratedCorpus & { cached: boolean };
  /** Undefined when the database was already there. */
  built?: { seconds: number; summary: string };
}

/**
 * The synthetic corpus of N resolutions (bench/synthetic, cached under bench/.cache like the other
 * benches') ingested into a SQLite file with the built CLI's `ingest` (the code path of the ingest
 * bench's loader runs), kept under bench/.cache for the next run: at N = 50,000 an ingest is about a
 * minute of both cores. Built aside and renamed into place, so an interrupted build is never reused.
 * Delete bench/.cache/db-*.sqlite after a change to the parser or the store's tables.
 */
export async function cachedDatabase(n: number, log: (line: string) => void = () => undefined): Promise<CachedDatabase> {
  const corpus = cachedCorpus(n, DEFAULT_SEED, (done) => {
    if (done % 5_000 === 0) log(`  generating the synthetic corpus: ${done.toLocaleString("en-US")} / ${n.toLocaleString("en-US")}`);
  });
  const db = path.join(CACHE_DIR, `db-v${GENERATOR_VERSION}-n${n}-s${DEFAULT_SEED}.sqlite`);
  if (existsSync(db)) return { db, n, corpus };
  const scratch = `${db}.tmp-${process.pid}`;
  const files = (base: string): string[] => ["", "-wal", "-shm"].map((suffix) => base + suffix);
  for (const file of files(scratch)) rmSync(file, { force: true });
  log(`  ingesting ${n.toLocaleString("en-US")} resolutions into ${path.relative(PACKAGE_ROOT, db)} (once; reused by later runs) …`);
  const t0 = performance.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "ingest", corpus.dir, "--db", scratch], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    hookExit();
    const collect = (chunk: Buffer): void => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(line);
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", (chunk: Buffer) => {
      collect(chunk);
      // The CLI's own progress lines (one every tenth of the way) say the build is moving.
      for (const line of chunk.toString("utf8").split("\n")) if (line.startsWith("ingest:")) log(`    ${line}`);
    });
    child.once("error", reject);
    child.once("exit", (exitCode) => {
      live.delete(child);
      resolve(exitCode);
    });
  });
  // 1 means some files were refused (reported, and the rest loaded); anything else is a failure.
  if (code !== 0 && code !== 1) {
    for (const file of files(scratch)) rmSync(file, { force: true });
    throw new Error(`resgraph ingest exited with ${code}:\n${lines.slice(-20).join("\n")}`);
  }
  files(scratch).forEach((from, i) => {
    if (existsSync(from)) renameSync(from, files(db)[i]!);
  });
  const summary = lines.find((l) => /files?:/.test(l) && !l.startsWith("ingest:")) ?? lines.at(-1) ?? "";
  return { db, n, corpus, built: { seconds: (performance.now() - t0) / 1000, summary } };
}

// --- figures ---------------------------------------------------------------------------------------------

/** How the process ended: an exit code, or a signal (a handler that re-raises the signal ends so, status 128 + n). */
export const endText = (code: number | null, signal: NodeJS.Signals | null): string =>
  code !== null ? `exit code ${code}` : `ended by ${signal} (status ${128 + (signal ? osConstants.signals[signal] : 0)})`;

export const stopText = (s: StopResult): string =>
  s.alreadyExited
    ? `had already ended (${endText(s.code, s.exitSignal)})`
    : s.killed
      ? `still running at the deadline: SIGKILLed, gone after ${msText(s.ms)}`
      : `${endText(s.code, s.exitSignal)} after ${msText(s.ms)}`;

export const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
export const int = (n: number): string => Math.round(n).toLocaleString("en-US");
/** Milliseconds, with the precision the size deserves. */
export const msText = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
