// How the Neo4j store's features reach the database: a session per call. Writes run in
// executeWrite, so that the driver retries transient failures (leader switch, deadlock) by
// re-running the function: every write function is free of side effects outside the transaction.
// Reads run as auto-commit queries: an explicit transaction adds a BEGIN and a COMMIT to each call
// (about 0.8 ms of a 2.5 ms lookup, measured), and buys a read nothing, since Neo4j reads at READ
// COMMITTED either way; a read that fails transiently is run again here, as executeRead would.
// Failures become StoreUnavailableError (driver.ts) in one place.

import { bookmarkManager, isRetryableError, Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { StoreUnavailableError, TimeoutError } from "../../errors.js";
import { uniqueKeys } from "../per-key.js";
import { releaseDriver, useFailure, type Neo4jSettings } from "./driver.js";

import type { QueryRunner } from "./statement.js";

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;
export type ReadWork<T> = (q: QueryRunner) => Promise<T>;

/** Neo4j's codes for a transaction stopped by its timeout (the second since 5.x, for a client-set one). */
const isTimedOut = (err: unknown): boolean =>
  err instanceof Neo4jError && /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(err.code);

/** A read that fails transiently (a cluster member going away) is tried this many times in all. */
const READ_ATTEMPTS = 3;

export class Neo4jSessions {
  readonly description: string;
  readonly #driver: Driver;
  readonly #settings: Neo4jSettings;
  /**
   * Shared by every session of the store: in a cluster a read may be routed to a follower, and the
   * bookmarks make it wait until that follower has the store's own earlier writes (read-your-writes).
   */
  readonly #bookmarks: BookmarkManager = bookmarkManager();
  #closed = false;

  constructor(driver: Driver, settings: Neo4jSettings) {
    this.#driver = driver;
    this.#settings = settings;
    this.description = `neo4j:${settings.uri}${settings.database ? ` (database ${settings.database})` : ""}`;
  }

  async read<T>(work: ReadWork<T>): Promise<T> {
    const timeout = this.#settings.readTimeoutMs;
    for (let attempt = 1; ; attempt++) {
      const session = this.#open("READ");
      // The server stops a read past the deadline, so that a costly query cannot hold its threads.
      const runner: QueryRunner = timeout === undefined ? session : { run: (query, parameters) => session.run(query, parameters, { timeout }) };
      try {
        return await work(runner);
      } catch (err) {
        if (timeout !== undefined && isTimedOut(err)) throw new TimeoutError("a Neo4j read", timeout, { cause: err });
        if (attempt >= READ_ATTEMPTS || !isRetryableError(err)) throw useFailure(this.description, err);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }

  async write<T>(work: Work<T>): Promise<T> {
    const session = this.#open("WRITE");
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw useFailure(this.description, err);
    } finally {
      await session.close();
    }
  }

  /**
   * A long read (the export): one session and one explicit read transaction for everything `work`
   * runs, its records streamed (the driver pulls `fetchSize` records at a time, as they are
   * consumed), with no client timeout: a CLI export of a large graph takes minutes, which the
   * API's request deadline is not for. Not retried: records may already be out. Ended (rolled
   * back: it wrote nothing) when `work` ends, fails or is abandoned.
   */
  async *streamRead<T>(fetchSize: number, work: (tx: QueryRunner) => AsyncIterable<T>): AsyncGenerator<T> {
    if (this.#closed) throw new StoreUnavailableError(this.description, "the store is closed");
    const session = this.#driver.session({ database: this.#settings.database, defaultAccessMode: "READ", bookmarkManager: this.#bookmarks, fetchSize });
    try {
      const tx = session.beginTransaction();
      try {
        for await (const item of work(tx)) yield item;
      } catch (err) {
        throw useFailure(this.description, err);
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } finally {
      await session.close();
    }
  }

  /** A batched read: deduplicated keys as one list parameter; no query at all for no keys. */
  async batch<Row>(keys: readonly string[], work: (tx: QueryRunner, keys: string[]) => Promise<Row[]>): Promise<Row[]> {
    const unique = uniqueKeys(keys);
    if (unique.length === 0) return [];
    return this.read((tx) => work(tx, unique));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await releaseDriver(this.#settings, this.#driver);
  }

  #open(mode: "READ" | "WRITE") {
    if (this.#closed) throw new StoreUnavailableError(this.description, "the store is closed");
    return this.#driver.session({
      database: this.#settings.database,
      defaultAccessMode: mode,
      bookmarkManager: this.#bookmarks,
    });
  }
}
