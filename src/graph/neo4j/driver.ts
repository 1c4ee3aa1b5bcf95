// One driver per process and server: the driver owns the connection pool and the cluster routing
// table, which are meant to be long-lived and shared. Stores opened on the same server and user
// share it, and the last one closed closes it.
//
// Failures that mean "the store cannot be used" (server unreachable, bad credentials, unknown
// database) become StoreUnavailableError with a one-line reason; anything else (a constraint
// violated by an inconsistent document, a bug in a statement) propagates unchanged.

import neo4j, { Neo4jError, type Driver } from "neo4j-driver";
import { ResgraphError, StoreUnavailableError } from "../../errors.js";

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Each read is a transaction the server stops after this long (TimeoutError); none if absent. */
  readTimeoutMs?: number | undefined;
}

interface Shared {
  driver: Driver;
  users: number;
}

const shared = new Map<string, Shared>();

/** Identity of a pool: the password is part of it but never printed. */
const poolKey = (s: Neo4jSettings): string => JSON.stringify([s.uri, s.user, s.password]);

export function acquireDriver(settings: Neo4jSettings): Driver {
  const key = poolKey(settings);
  const existing = shared.get(key);
  if (existing) {
    existing.users += 1;
    return existing.driver;
  }
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Counts, ordinals and offsets are far below 2^53: plain numbers, as the domain has them.
    disableLosslessIntegers: true,
    // Fail an unreachable server in seconds rather than the default 30, at start-up especially.
    connectionTimeout: 10_000,
    userAgent: "resgraph",
  });
  shared.set(key, { driver, users: 1 });
  return driver;
}

export async function releaseDriver(settings: Neo4jSettings, driver: Driver): Promise<void> {
  const key = poolKey(settings);
  const entry = shared.get(key);
  if (!entry || entry.driver !== driver) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  shared.delete(key);
  await driver.close();
}

/** Server codes that mean the store cannot be used as configured, with what to tell the user. */
const REASONS: Readonly<Record<string, string>> = {
  "Neo.ClientError.Security.Unauthorized": "authentication failed: check NEO4J_USER and NEO4J_PASSWORD",
  "Neo.ClientError.Security.AuthenticationRateLimit": "too many failed logins: wait, then check NEO4J_PASSWORD",
  "Neo.ClientError.Security.CredentialsExpired": "the password has expired: change it on the server",
  "Neo.ClientError.Security.Forbidden": "permission denied",
  "Neo.ClientError.Database.DatabaseNotFound": "no such database: check NEO4J_DATABASE",
  "Neo.TransientError.General.DatabaseUnavailable": "the database is unavailable",
  "Neo.ClientError.Cluster.NotALeader": "no cluster leader is available for writes",
};

const firstLine = (message: string): string => (message.split("\n")[0] ?? "").trim();

/** The driver's connection messages are paragraphs; the root cause, or else the first sentence, is the reason. */
export function shortReason(message: string): string {
  const cause = /Caused by: (.+)$/s.exec(message)?.[1];
  const text = firstLine(cause ?? message);
  return (text.split(/\.\s/)[0] ?? text).replace(/\.$/, "");
}

/** The reason to report when `err` means the store cannot be used, or undefined when it does not. */
export function unavailableReason(err: unknown): string | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const known = REASONS[err.code];
  if (known) return known;
  if (err.code === neo4j.error.SERVICE_UNAVAILABLE || err.code === neo4j.error.SESSION_EXPIRED) {
    return `server unreachable (${shortReason(err.message)})`;
  }
  return undefined;
}

/** For failures while in use: only those that mean "unavailable" are wrapped; the rest propagate. */
export function useFailure(store: string, err: unknown): unknown {
  const reason = unavailableReason(err);
  return reason === undefined ? err : new StoreUnavailableError(store, reason, { cause: err });
}

/** For failures while opening: everything not already typed becomes StoreUnavailableError. */
export function openFailure(store: string, err: unknown): ResgraphError {
  if (err instanceof ResgraphError) return err;
  const reason = unavailableReason(err) ?? (err instanceof Error ? firstLine(err.message) : String(err));
  return new StoreUnavailableError(store, reason, { cause: err });
}
