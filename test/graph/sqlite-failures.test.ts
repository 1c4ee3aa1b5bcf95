// Which low-level failures mean "the store is unavailable" and which are the caller's bug.
// Disk-full or I/O errors cannot be provoked reliably in a test, so the mapping is checked directly.

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { NotFoundError, StoreUnavailableError } from "../../src/errors.js";
import { openFailure, useFailure } from "../../src/graph/sqlite/failures.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, source, withDuplicateKey } from "../conformance/documents.js";

const sqliteError = (code: string, message = "boom"): Error => new Database.SqliteError(message, code);
const fsError = (code: string): Error => Object.assign(new Error(`${code}: something`), { code });

describe("failures while the store is in use", () => {
  it.each([
    ["SQLITE_FULL", "the disk is full"],
    ["SQLITE_IOERR_WRITE", "input/output error"],
    ["SQLITE_BUSY", "the database is locked by another process"],
    ["SQLITE_READONLY_DBMOVED", "the database is read-only"],
    ["SQLITE_CORRUPT", "the database file is corrupt"],
  ])("%s becomes StoreUnavailableError (%s), keeping the cause", (code, reason) => {
    const cause = sqliteError(code);
    const mapped = useFailure("/data/graph.db", cause);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped).toMatchObject({ store: "/data/graph.db", reason, cause });
  });

  it.each(["SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_FOREIGNKEY", "SQLITE_MISMATCH", "SQLITE_ERROR"])(
    "%s propagates unchanged: it is a bad document or a bug, not an unavailable store",
    (code) => {
      const err = sqliteError(code);
      expect(useFailure("/data/graph.db", err)).toBe(err);
    },
  );

  it("does not mistake a prefix for a code (SQLITE_FULLX is not SQLITE_FULL)", () => {
    const err = sqliteError("SQLITE_FULLX");
    expect(useFailure("/data/graph.db", err)).toBe(err);
  });

  it("lets errors that are not SQLite's through", () => {
    const err = new RangeError("whatever");
    expect(useFailure("/data/graph.db", err)).toBe(err);
  });

  it("propagates the constraint error itself from upsertDocument", async () => {
    const store = openSqliteStore(":memory:");
    await expect(store.upsertDocument(withDuplicateKey(hrc3322), source("A/HRC/RES/33/22"))).rejects.toMatchObject({
      code: "SQLITE_CONSTRAINT_UNIQUE",
    });
    await store.close();
  });
});

describe("failures while opening", () => {
  it("keeps errors that are already typed", () => {
    const typed = new NotFoundError("resolution", "A/RES/1");
    expect(openFailure("/x.db", typed)).toBe(typed);
  });

  it.each([
    ["EACCES", "permission denied"],
    ["EROFS", "read-only file system"],
    ["ENOTDIR", "a parent of the path is not a directory"],
  ])("file system error %s reads as %s", (code, reason) => {
    expect(openFailure("/x.db", fsError(code))).toMatchObject({ code: "STORE_UNAVAILABLE", reason });
  });

  it("falls back to the first line of an unknown error's message", () => {
    const err = openFailure("/x.db", new Error("first line\n    at somewhere (file.js:1:1)"));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toBe("cannot open /x.db: first line");
  });
});
