// Opens (creating if needed) a resgraph SQLite database and brings its schema up to date.
// Any failure becomes a typed error naming the path, and leaves no connection open behind it.

import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreUnavailableError } from "../../errors.js";
import { openFailure } from "./failures.js";
import { checkSchema, migrate } from "./schema.js";

export const MEMORY_PATH = ":memory:";

/** How long a writer waits for another process's lock before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Called with every statement executed (values expanded); for tests and debugging. */
  trace?: (sql: string) => void;
  /**
   * A reader's connection (the API's read workers): the file must exist with a current schema;
   * nothing is created, migrated or written.
   */
  readonly?: boolean;
}

const isFileBacked = (path: string): boolean => path !== MEMORY_PATH && path !== "";

function prepareLocation(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  // better-sqlite3 would only say "unable to open database file"; name the actual problem.
  if (stats?.isDirectory()) throw new StoreUnavailableError(path, "it is a directory");
  if (stats === undefined) mkdirSync(dirname(path), { recursive: true });
}

function configure(db: Database.Database, path: string): void {
  // Reading user_version is the first real read: a non-database file fails here, before any write.
  checkSchema(db, path);
  if (isFileBacked(path)) {
    // WAL: readers (the API) never block the writer (ingest), and a crash mid-write only leaves
    // uncommitted frames that are ignored on reopen.
    db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL cannot corrupt the database; it only risks the last commit on power loss,
    // which a re-ingest restores.
    db.pragma("synchronous = NORMAL");
  }
  // Per connection and off by default in SQLite: without it, ON DELETE CASCADE does nothing.
  db.pragma("foreign_keys = ON");
  // Temporary files in memory, above all the statement journal: every document of a batch runs in
  // its own SAVEPOINT, whose journal (the original of each page the document changes, about 40)
  // went to a temporary file, one write call per page and per record, and was rewritten for every
  // document: a third of the write time, all of it system calls. In memory it is one document's
  // pages at most (SQLite truncates it when the savepoint is released), so memory stays flat.
  db.pragma("temp_store = MEMORY");
  migrate(db, path);
}

/**
 * SQL functions the statements use that SQLite lacks. `fold_case` lower-cases with full Unicode
 * case mapping (SQLite's own lower() only folds ASCII), as Neo4j's toLower() does, so that the
 * case-insensitive matches of findEntities and the verb filter agree between the stores. Only
 * queries use it, never the schema: other tools can still open and write the file.
 */
export function registerFunctions(db: Database.Database): void {
  db.function("fold_case", { deterministic: true }, (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value));
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    const readonly = options.readonly === true;
    if (isFileBacked(path) && !readonly) prepareLocation(path);
    const trace = options.trace;
    db = new Database(path, {
      timeout: BUSY_TIMEOUT_MS,
      ...(readonly ? { readonly: true, fileMustExist: true } : {}),
      ...(trace ? { verbose: (message?: unknown) => trace(String(message)) } : {}),
    });
    if (readonly) {
      checkSchema(db, path);
      db.pragma("temp_store = MEMORY");
    } else configure(db, path);
    registerFunctions(db);
    return db;
  } catch (err) {
    db?.close();
    throw openFailure(path, err);
  }
}
