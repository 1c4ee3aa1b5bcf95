// Configuration comes from flags and environment variables (flags win) and is validated once, at
// start, so that a bad value stops the program with one line naming the variable and what it expects.

import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../errors.js";
import { defaultReadThreads } from "../graph/sqlite/read-pool.js";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "../server/input-limits.js";
import { DEFAULT_LIMITS, type QueryLimits } from "../server/limits.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const STORE_KINDS = ["sqlite", "neo4j"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface Config {
  port: number;
  host: string;
  store: StoreKind;
  /** SQLite file used by the embedded store. */
  dbPath: string;
  neo4j: { uri: string | undefined; user: string; password: string | undefined; database: string | undefined };
  logLevel: LogLevel;
  /** Stack traces may reach API clients only in development. */
  development: boolean;
  limits: QueryLimits;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Longest a request may take before it is answered with a timeout, in ms. */
  requestTimeoutMs: number;
  /** Origins allowed by CORS (`*` for any); empty: no CORS headers. */
  corsOrigins: string[];
  /** Largest string and list arguments (server/input-limits.ts). */
  inputLimits: InputLimits;
  /** SQLite read worker threads for the API; 0 reads on the main thread (server/read-pool.ts). */
  readWorkers: number;
  /** On SIGTERM/SIGINT, how long requests in flight may still take before the server exits, in ms. */
  shutdownGraceMs: number;
  /** Requests per client address per `rateWindowSeconds`; 0 turns the limit off. */
  rateLimit: number;
  rateWindowSeconds: number;
  /** The fast execution path (api/fast-path.ts: resolvers called directly, operations compiled with graphql-jit); false runs plain type-graphql under graphql-js. */
  fastExecution: boolean;
}

/** Flags a command may pass; each overrides the environment variable named in `SETTINGS`. */
export interface ConfigFlags {
  port?: string;
  host?: string;
  store?: string;
  db?: string;
  logLevel?: string;
  cors?: string;
}

function limit(variable: string, what: string, fallback: number) {
  return {
    variable,
    flag: undefined,
    expected: `a positive integer (${what})`,
    schema: z.coerce.number().int().positive(),
    fallback: String(fallback),
  } as const;
}

/** As `limit`, where 0 is meaningful (it turns the feature off, or means none). */
function count(variable: string, what: string, fallback: number | undefined) {
  return {
    variable,
    flag: undefined,
    expected: `a non-negative integer (${what})`,
    schema: z.coerce.number().int().min(0),
    fallback: fallback === undefined ? undefined : String(fallback),
  } as const;
}

// One row per setting: its variable, the flag that overrides it, its rule and default. The README's
// configuration table is written from the same list (see test/config.test.ts).
export const SETTINGS = {
  port: {
    variable: "PORT",
    flag: "--port",
    expected: "an integer port between 0 and 65535",
    schema: z.coerce.number().int().min(0).max(65535),
    fallback: "4000",
  },
  host: {
    variable: "HOST",
    flag: "--host",
    expected: "a host name or IP address to listen on",
    schema: z.string().regex(/^[\w.:-]+$/),
    fallback: "localhost",
  },
  store: {
    variable: "RESGRAPH_STORE",
    flag: "--store",
    expected: `one of ${STORE_KINDS.join(", ")}`,
    schema: z.enum(STORE_KINDS),
    fallback: "sqlite",
  },
  dbPath: {
    variable: "RESGRAPH_DB",
    flag: "--db",
    expected: "a file path for the SQLite database",
    schema: z.string().min(1),
    fallback: "data/resgraph.db",
  },
  neo4jUri: {
    variable: "NEO4J_URI",
    flag: undefined,
    expected: "a Neo4j URI such as neo4j://localhost:7687 or bolt://host:7687",
    schema: z.string().regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/),
    fallback: undefined,
  },
  neo4jUser: {
    variable: "NEO4J_USER",
    flag: undefined,
    expected: "a Neo4j user name",
    schema: z.string().min(1),
    fallback: "neo4j",
  },
  neo4jPassword: {
    variable: "NEO4J_PASSWORD",
    flag: undefined,
    expected: "the Neo4j password",
    schema: z.string().min(1),
    fallback: undefined,
  },
  neo4jDatabase: {
    variable: "NEO4J_DATABASE",
    flag: undefined,
    expected: "a Neo4j database name",
    schema: z.string().regex(/^[A-Za-z][\w.-]*$/),
    fallback: undefined,
  },
  maxDepth: limit("RESGRAPH_MAX_DEPTH", "deepest selection nesting", DEFAULT_LIMITS.maxDepth),
  maxAliases: limit("RESGRAPH_MAX_ALIASES", "aliases in one query", DEFAULT_LIMITS.maxAliases),
  maxTokens: limit("RESGRAPH_MAX_TOKENS", "lexical tokens in one query", DEFAULT_LIMITS.maxTokens),
  maxCost: limit("RESGRAPH_MAX_COST", "query cost (objects and scalars weighted by depth and page sizes)", DEFAULT_LIMITS.maxCost),
  maxDirectives: limit("RESGRAPH_MAX_DIRECTIVES", "directives in one query", DEFAULT_LIMITS.maxDirectives),
  maxBodyBytes: limit("RESGRAPH_MAX_BODY_BYTES", "request body size in bytes", 1024 * 1024),
  requestTimeoutMs: limit("RESGRAPH_REQUEST_TIMEOUT_MS", "milliseconds a request may take", 10_000),
  maxStringChars: limit("RESGRAPH_MAX_STRING_CHARS", "characters of a string argument: symbols, names, keys, filters", DEFAULT_INPUT_LIMITS.maxStringChars),
  maxTextChars: limit("RESGRAPH_MAX_TEXT_CHARS", "characters of a full-text query", DEFAULT_INPUT_LIMITS.maxTextChars),
  maxListItems: limit("RESGRAPH_MAX_LIST_ITEMS", "items of a list argument", DEFAULT_INPUT_LIMITS.maxListItems),
  readWorkers: count("RESGRAPH_READ_WORKERS", "SQLite read threads for the API; 0 reads on the main thread; default one per core, 2 to 4", undefined),
  shutdownGraceMs: limit("RESGRAPH_SHUTDOWN_GRACE_MS", "milliseconds requests in flight may still take after SIGTERM", 10_000),
  rateLimit: count("RESGRAPH_RATE_LIMIT", "requests per client address per window; 0 turns the limit off", 2_000),
  rateWindowSeconds: limit("RESGRAPH_RATE_WINDOW_SECONDS", "the rate limit's window in seconds", 10),
  corsOrigins: {
    variable: "RESGRAPH_CORS_ORIGINS",
    flag: "--cors",
    expected: "`*` or a comma-separated list of origins such as https://app.example.org",
    schema: z.string().regex(/^(\*|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)?$/),
    fallback: "",
  },
  fastExecution: {
    variable: "RESGRAPH_FAST_EXECUTION",
    flag: undefined,
    expected: "1 or 0 (true or false): the fast execution path, on by default",
    schema: z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true"),
    fallback: "1",
  },
  logLevel: {
    variable: "LOG_LEVEL",
    flag: "--log-level",
    expected: `one of ${LOG_LEVELS.join(", ")}`,
    schema: z.enum(LOG_LEVELS),
    fallback: "info",
  },
} as const;

type SettingName = keyof typeof SETTINGS;
type SettingValue<K extends SettingName> = z.infer<(typeof SETTINGS)[K]["schema"]>;

function read<K extends SettingName>(
  name: K,
  env: NodeJS.ProcessEnv,
  flagValue: string | undefined,
): SettingValue<K> | undefined {
  const setting = SETTINGS[name];
  const fromFlag = flagValue !== undefined;
  const raw = fromFlag ? flagValue : (env[setting.variable] ?? setting.fallback);
  // An empty variable means "not set", as shells make it easy to export one by accident.
  if (raw === undefined || (raw === "" && !fromFlag)) {
    return setting.fallback === undefined ? undefined : (setting.schema.parse(setting.fallback) as SettingValue<K>);
  }
  const parsed = setting.schema.safeParse(raw.trim());
  if (!parsed.success) {
    throw new ConfigError(fromFlag && setting.flag ? setting.flag : setting.variable, raw, setting.expected);
  }
  return parsed.data as SettingValue<K>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}, cwd = process.cwd()): Config {
  const store = read("store", env, flags.store) ?? "sqlite";
  const neo4jUri = read("neo4jUri", env, undefined);
  if (store === "neo4j" && neo4jUri === undefined) {
    throw new ConfigError("NEO4J_URI", env.NEO4J_URI ?? "", "a Neo4j URI when the neo4j store is selected");
  }
  return {
    port: read("port", env, flags.port) ?? 4000,
    host: read("host", env, flags.host) ?? "localhost",
    store,
    dbPath: path.resolve(cwd, read("dbPath", env, flags.db) ?? "data/resgraph.db"),
    neo4j: {
      uri: neo4jUri,
      user: read("neo4jUser", env, undefined) ?? "neo4j",
      password: read("neo4jPassword", env, undefined),
      database: read("neo4jDatabase", env, undefined),
    },
    logLevel: read("logLevel", env, flags.logLevel) ?? "info",
    development: env.NODE_ENV === "development",
    limits: {
      maxDepth: read("maxDepth", env, undefined) ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: read("maxAliases", env, undefined) ?? DEFAULT_LIMITS.maxAliases,
      maxTokens: read("maxTokens", env, undefined) ?? DEFAULT_LIMITS.maxTokens,
      maxCost: read("maxCost", env, undefined) ?? DEFAULT_LIMITS.maxCost,
      maxDirectives: read("maxDirectives", env, undefined) ?? DEFAULT_LIMITS.maxDirectives,
    },
    maxBodyBytes: read("maxBodyBytes", env, undefined) ?? 1024 * 1024,
    requestTimeoutMs: read("requestTimeoutMs", env, undefined) ?? 10_000,
    corsOrigins: (read("corsOrigins", env, flags.cors) ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    inputLimits: {
      maxStringChars: read("maxStringChars", env, undefined) ?? DEFAULT_INPUT_LIMITS.maxStringChars,
      maxTextChars: read("maxTextChars", env, undefined) ?? DEFAULT_INPUT_LIMITS.maxTextChars,
      maxListItems: read("maxListItems", env, undefined) ?? DEFAULT_INPUT_LIMITS.maxListItems,
    },
    readWorkers: read("readWorkers", env, undefined) ?? defaultReadThreads(),
    shutdownGraceMs: read("shutdownGraceMs", env, undefined) ?? 10_000,
    rateLimit: read("rateLimit", env, undefined) ?? 2_000,
    rateWindowSeconds: read("rateWindowSeconds", env, undefined) ?? 10,
    fastExecution: read("fastExecution", env, undefined) ?? true,
  };
}
