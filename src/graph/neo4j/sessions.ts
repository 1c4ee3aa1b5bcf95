// How the Neo4j store's features reach the database: a session per call, the work in
// executeRead/executeWrite so that the driver retries transient failures (leader switch, deadlock)
// by re-running the function. Every transaction function is therefore free of side effects outside
// the transaction. Failures become StoreUnavailableError (driver.ts) in one place.

import { bookmarkManager, type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { StoreUnavailableError } from "../../errors.js";
import { uniqueKeys } from "../per-key.js";
import { releaseDriver, useFailure, type Neo4jSettings } from "./driver.js";

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

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

  read<T>(work: Work<T>): Promise<T> {
    return this.#session("READ", work);
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.#session("WRITE", work);
  }

  /** A batched read: deduplicated keys as one list parameter; no query at all for no keys. */
  async batch<Row>(keys: readonly string[], work: (tx: ManagedTransaction, keys: string[]) => Promise<Row[]>): Promise<Row[]> {
    const unique = uniqueKeys(keys);
    if (unique.length === 0) return [];
    return this.read((tx) => work(tx, unique));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await releaseDriver(this.#settings, this.#driver);
  }

  async #session<T>(mode: "READ" | "WRITE", work: Work<T>): Promise<T> {
    if (this.#closed) throw new StoreUnavailableError(this.description, "the store is closed");
    const session = this.#driver.session({
      database: this.#settings.database,
      defaultAccessMode: mode,
      bookmarkManager: this.#bookmarks,
    });
    try {
      return mode === "READ" ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (err) {
      throw useFailure(this.description, err);
    } finally {
      await session.close();
    }
  }
}
