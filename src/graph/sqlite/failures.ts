// Turns low-level failures (file system, SQLite result codes) into StoreUnavailableError with a
// short reason a user can act on. Constraint violations are NOT mapped: they mean the document
// given to the store is inconsistent, which is the caller's bug, not an unavailable store.

import Database from "better-sqlite3";
import { ResgraphError, StoreUnavailableError } from "../../errors.js";

/** Primary SQLite result codes (extended codes such as SQLITE_IOERR_WRITE share the prefix). */
const SQLITE_REASONS: ReadonlyArray<readonly [prefix: string, reason: string]> = [
  ["SQLITE_NOTADB", "not a SQLite database"],
  ["SQLITE_CORRUPT", "the database file is corrupt"],
  ["SQLITE_READONLY", "the database is read-only"],
  ["SQLITE_CANTOPEN", "the file cannot be opened"],
  ["SQLITE_PERM", "permission denied"],
  ["SQLITE_AUTH", "permission denied"],
  ["SQLITE_BUSY", "the database is locked by another process"],
  ["SQLITE_LOCKED", "the database is locked"],
  ["SQLITE_FULL", "the disk is full"],
  ["SQLITE_IOERR", "input/output error"],
];

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOTDIR: "a parent of the path is not a directory",
  EEXIST: "a parent of the path is not a directory",
  EISDIR: "it is a directory",
  ENOSPC: "the disk is full",
  ENAMETOOLONG: "the path is too long",
};

const errorCode = (err: unknown): string | undefined => {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  return typeof err.code === "string" ? err.code : undefined;
};

/** The reason to report when `err` means the store cannot be used, or undefined when it does not. */
export function unavailableReason(err: unknown): string | undefined {
  const code = errorCode(err);
  if (code === undefined) return undefined;
  if (err instanceof Database.SqliteError) {
    return SQLITE_REASONS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1];
  }
  return FS_REASONS[code];
}

/** For failures while opening: everything that is not already typed becomes StoreUnavailableError. */
export function openFailure(path: string, err: unknown): ResgraphError {
  if (err instanceof ResgraphError) return err;
  const firstLine = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
  return new StoreUnavailableError(path, unavailableReason(err) ?? firstLine, { cause: err });
}

/** For failures while in use: only those that mean "unavailable" are wrapped; the rest propagate. */
export function useFailure(path: string, err: unknown): unknown {
  const reason = unavailableReason(err);
  return reason === undefined ? err : new StoreUnavailableError(path, reason, { cause: err });
}
