// Opening a database file: pragmas, schema versioning, and every way a path can be unusable.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreSchemaMismatchError, StoreUnavailableError } from "../../src/errors.js";
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "../../src/graph/sqlite/schema.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { BUSY_TIMEOUT_MS, openDatabase } from "../../src/graph/sqlite/open.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();

/** The typed error `open` throws, so its fields can be asserted. */
function openError(path: string): unknown {
  try {
    openSqliteStore(path);
  } catch (err) {
    return err;
  }
  throw new Error(`expected opening ${path} to fail`);
}

function expectUnavailable(path: string, reason: RegExp): void {
  const err = openError(path);
  expect(err).toBeInstanceOf(StoreUnavailableError);
  const unavailable = err as StoreUnavailableError;
  expect(unavailable.code).toBe("STORE_UNAVAILABLE");
  expect(unavailable.store).toBe(path);
  expect(unavailable.reason).toMatch(reason);
  // One line a CLI can print: the path and why, no SQLite internals or stack frames.
  expect(unavailable.message).toBe(`cannot open ${path}: ${unavailable.reason}`);
  expect(unavailable.message).not.toContain("\n");
}

describe("opening a SQLite store", () => {
  it("creates missing parent directories and describes itself by path", async () => {
    const path = join(scratch.path(), "deeper", "still", "graph.db");
    const store = openSqliteStore(path);
    expect(store.description).toBe(`sqlite:${path}`);
    await store.close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("turns on WAL, foreign keys and a busy timeout on the connection the store uses", () => {
    const path = scratch.path();
    // openDatabase is what SqliteStore's constructor calls; its connection is the store's.
    const db = openDatabase(path);
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(db.pragma("busy_timeout", { simple: true })).toBe(BUSY_TIMEOUT_MS);
    } finally {
      db.close();
    }
    // journal_mode=WAL is persistent in the file, so any later connection gets it too.
    withRawDb(path, (raw) => expect(raw.pragma("journal_mode", { simple: true })).toBe("wal"));
  });

  it("keeps foreign keys on in memory, where WAL does not apply", () => {
    const db = openDatabase(":memory:");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("enforces foreign keys on its own connection (cascade on replace leaves no orphans)", async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    await store.upsertDocument({ ...hrc3632, paragraphs: hrc3632.paragraphs.slice(0, 1), references: [], mentions: [] }, source("A/HRC/RES/36/32", 2));
    await store.close();
    withRawDb(path, (db) => {
      expect(db.pragma("foreign_key_check")).toEqual([]);
      expect(db.prepare("SELECT count(*) AS n FROM refs").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM mentions").get()).toEqual({ n: 0 });
    });
  });

  it("records the schema version and the resgraph application id", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    withRawDb(path, (db) => {
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'paragraphs_fts_%' ORDER BY name")
        .all();
      expect(tables.map((t) => t.name)).toEqual([
        "about",
        "analyses",
        "concerns",
        "documents",
        "entities",
        "fts_deferral",
        "fts_pending",
        "mentions",
        "paragraphs",
        "paragraphs_fts",
        "quotes",
        "recalls",
        "refs",
        "resolutions",
        "sponsorships",
        "subjects",
        "votes",
      ]);
      const indexes = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all();
      expect(indexes.map((i) => i.name).sort()).toEqual([
        "about_by_subject",
        "analyses_by_resolution",
        "analyses_by_source_hash",
        "concerns_by_country",
        "entities_by_country",
        "mentions_by_entity",
        "recalls_by_dst",
        "refs_by_target",
        "resolutions_by_adoption",
        "resolutions_by_body",
        "resolutions_by_session",
        "resolutions_by_source_hash",
        "resolutions_by_year",
        "sponsorships_by_analysis",
        "sponsorships_by_country",
        "sponsorships_by_resolution",
        "sponsorships_from_metadata",
        "votes_by_country",
      ]);
      const triggers = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
      expect(triggers.map((t) => t.name)).toEqual([
        "paragraphs_fts_delete",
        "paragraphs_fts_insert",
        "paragraphs_fts_insert_deferred",
        "paragraphs_fts_update",
      ]);
    });
  });

  it("numbers migrations 1, 2, 3 … and takes the last as the schema version", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it("works in memory", async () => {
    const store = openSqliteStore(":memory:");
    expect(store.description).toBe("sqlite::memory:");
    expect((await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).status).toBe("created");
    await store.close();
  });

  it("keeps the data across close and reopen, and re-ingest after reopen is unchanged", async () => {
    const path = scratch.path();
    const first = openSqliteStore(path);
    await first.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    await first.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    const counts = await first.counts();
    const page = await first.listResolutions({ first: 10 });
    await first.close();

    const second = openSqliteStore(path);
    expect(await second.counts()).toEqual(counts);
    expect(await second.listResolutions({ first: 10 })).toStrictEqual(page);
    expect((await second.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    await second.close();
  });

  it("refuses a database with a newer schema version and leaves it untouched", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    withRawDb(path, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));

    const err = openError(path);
    expect(err).toBeInstanceOf(StoreSchemaMismatchError);
    expect(err).toMatchObject({ code: "STORE_SCHEMA_MISMATCH", store: path, found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    withRawDb(path, (db) => expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 1));
  });

  it("refuses a path under a regular file", () => {
    const file = join(scratch.path("file"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "just a file\n");
    expectUnavailable(join(file, "graph.db"), /not a directory/);
    expectUnavailable(join(file, "sub", "graph.db"), /not a directory/);
  });

  it("refuses a directory", () => {
    const dir = scratch.path("a-directory");
    mkdirSync(dir, { recursive: true });
    expectUnavailable(dir, /is a directory/);
  });

  it("refuses a file that is not a SQLite database, without changing it", () => {
    const path = scratch.path("notes.txt");
    mkdirSync(dirname(path), { recursive: true });
    const content = "Resolution 36/32 notes: not a database.\n".repeat(50);
    writeFileSync(path, content);
    expectUnavailable(path, /^not a SQLite database$/);
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  it("refuses another application's SQLite database, without adding tables to it", () => {
    const path = scratch.path("other.db");
    mkdirSync(dirname(path), { recursive: true });
    withRawDb(path, (db) => db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY)"));
    expectUnavailable(path, /not a resgraph database/);
    withRawDb(path, (db) => {
      const names = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema").all();
      expect(names.map((n) => n.name)).toEqual(["customers"]);
    });

    const tagged = scratch.path("tagged.db");
    mkdirSync(dirname(tagged), { recursive: true });
    withRawDb(tagged, (db) => db.pragma("application_id = 42"));
    expectUnavailable(tagged, /another application/);
  });

  it("opens an empty existing file as a new store", async () => {
    const path = scratch.path("empty.db");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, "");
    const store = openSqliteStore(path);
    expect(await store.counts()).toEqual({ resolutions: 0, paragraphs: 0, references: 0, mentions: 0, analyses: 0 });
    await store.close();
  });
});

describe("a closed SQLite store", () => {
  it("rejects every call with StoreUnavailableError, and closing twice is harmless", async () => {
    const store = openSqliteStore(":memory:");
    await store.close();
    await store.close();
    await expect(store.counts()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.resolutionsBySymbols(["A/RES/70/1"])).rejects.toMatchObject({ code: "STORE_UNAVAILABLE", reason: "the store is closed" });
    await expect(store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.listResolutions({ first: 1 })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
