// Full-text indexing deferred to the end of a batch (schema v5, DocumentWriter.batch) indexes
// exactly what indexing row by row does: same index content, same search results, both integrity
// checks clean, nothing left deferred, whatever the batch holds (a document replaced within the
// batch, one replaced from an earlier batch, one that fails half-written and rolls back).

import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { BatchItem } from "../../src/graph/port.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/graph/sqlite/schema.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { parseSource } from "../../src/ingest/source.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { failingLate, hrc3322, hrc3632, hrc3632Revised, source, tinyDocument } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();

function seedItems(): BatchItem[] {
  const items: BatchItem[] = [];
  for (const file of collectInputFiles([SEEDS_DIR])) {
    try {
      const parsed = parseSource(readFileSync(file, "utf8"), file);
      if (parsed.kind === "resolution") items.push({ doc: parsed.document, source: { path: file, hash: `${file}`.padEnd(64, "0") } });
    } catch {
      // Not a resolution: not this test's concern.
    }
  }
  return items;
}

const QUERIES = ["human rights", "\"Security Council\"", "peace OR war", "resol*", "myanmar", "decides NOT council"];

function fullText(db: Database.Database) {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab('main', 'paragraphs_fts', 'instance')");
  return {
    // Keyed by paragraph id, not rowid: the same content must be indexed under the same paragraph.
    instances: db
      .prepare("SELECT v.term, p.id, v.offset FROM temp.vocab AS v JOIN paragraphs AS p ON p.pk = v.doc ORDER BY v.term, p.id, v.offset")
      .raw()
      .all(),
    searches: QUERIES.map((q) =>
      db.prepare("SELECT p.id FROM paragraphs_fts AS f JOIN paragraphs AS p ON p.pk = f.rowid WHERE paragraphs_fts MATCH ? ORDER BY f.rank, p.id").pluck().all(q),
    ),
    indexedRows: db.prepare("SELECT count(*) FROM paragraphs_fts_docsize").pluck().get(),
    paragraphs: db.prepare("SELECT count(*) FROM paragraphs").pluck().get(),
    deferred: db.prepare("SELECT (SELECT count(*) FROM fts_pending) + (SELECT count(*) FROM fts_deferral)").pluck().get(),
  };
}

function checkIntegrity(db: Database.Database): void {
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(db.pragma("foreign_key_check")).toEqual([]);
  // Throws SQLITE_CORRUPT_VTAB when the index and the paragraphs disagree.
  db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe("full-text indexing deferred to the end of a batch", () => {
  it("indexes what row-by-row indexing does, through replacements and a rolled-back document", { timeout: 60_000 }, async () => {
    const seeds = seedItems();
    expect(seeds.length).toBeGreaterThan(10);
    const half = Math.floor(seeds.length / 2);
    const batches: BatchItem[][] = [
      [
        ...seeds.slice(0, half),
        { doc: hrc3632, source: source("A/HRC/RES/36/32") },
        // Fails after its paragraphs are written: rolled back to its savepoint, its pending rows with it.
        { doc: failingLate(tinyDocument("A/RES/99/1", "2020-01-01")), source: source("A/RES/99/1") },
        // Replaced within the same batch, while its paragraphs are still waiting to be indexed.
        { doc: hrc3632Revised, source: source("A/HRC/RES/36/32", 2) },
        { doc: hrc3322, source: source("A/HRC/RES/33/22") },
      ],
      // Replaced from the batch before, whose paragraphs are indexed already.
      [...seeds.slice(half), { doc: hrc3632, source: source("A/HRC/RES/36/32", 3) }],
    ];

    const rowByRow = scratch.path();
    const one = openSqliteStore(rowByRow);
    for (const item of batches.flat()) await one.upsertDocument(item.doc, item.source).catch(() => undefined);
    await one.close();

    const batched = scratch.path();
    const many = openSqliteStore(batched);
    const outcomes = [];
    for (const batch of batches) outcomes.push(...(await many.upsertDocuments(batch)));
    await many.close();
    expect(outcomes.filter((o) => o instanceof Error)).toHaveLength(1);

    const expected = withRawDb(rowByRow, (db) => {
      checkIntegrity(db);
      return fullText(db);
    });
    const actual = withRawDb(batched, (db) => {
      checkIntegrity(db);
      return fullText(db);
    });
    expect(actual.deferred).toBe(0);
    expect(actual.indexedRows).toBe(actual.paragraphs);
    expect(actual.searches.every((hits) => hits.length > 0)).toBe(true);
    expect(actual).toEqual(expected);
  });

  it("a single upsertDocument outside any batch still indexes at once", async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    const { hits } = await store.search({ text: "Myanmar", first: 10 });
    expect(hits.length).toBeGreaterThan(0);
    await store.close();
    withRawDb(path, (db) => {
      checkIntegrity(db);
      expect(fullText(db).deferred).toBe(0);
    });
  });

  it("another connection writing paragraphs (no deferral of its own) indexes them at once", async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await store.upsertDocument(tinyDocument("A/RES/1/1", "1946-01-24"), source("A/RES/1/1"));
    await store.close();
    withRawDb(path, (db) => {
      db.prepare("INSERT INTO paragraphs (id, resolution, key, kind, ordinal, verb, text) VALUES ('A/RES/1/1#op2', 'A/RES/1/1', 'op2', 'operative', 2, 'Notes', 'Notes the zebra.')").run();
      expect(db.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'zebra'").pluck().get()).toBe(1);
      checkIntegrity(db);
    });
  });

  it("a v4 database, indexed by its old triggers, migrates to v5 and keeps its index consistent", async () => {
    const path = scratch.path();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.pragma("foreign_keys = ON");
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
      raw.exec(m.sql);
      m.data?.(raw);
    }
    raw.pragma("user_version = 4");
    raw.prepare("INSERT INTO resolutions (symbol, stub, title, body, adopted_on, meeting, vote_method, source_path, source_hash) VALUES ('A/RES/1/1', 0, 't', 'General Assembly', '', '', '', 'p', 'h')").run();
    raw.prepare("INSERT INTO paragraphs (id, resolution, key, kind, ordinal, verb, text) VALUES ('A/RES/1/1#op1', 'A/RES/1/1', 'op1', 'operative', 1, 'Notes', 'Notes the zebra.')").run();
    raw.close();

    const store = openSqliteStore(path);
    expect((await store.search({ text: "zebra", first: 5 })).hits).toHaveLength(1);
    // Replaced in a batch: the old row's entry leaves the index at once, the new one at the end of the batch.
    await store.upsertDocuments([{ doc: tinyDocument("A/RES/1/1", "1946-01-24"), source: source("A/RES/1/1") }, ...seedItems().slice(0, 3)]);
    expect((await store.search({ text: "zebra", first: 5 })).hits).toHaveLength(0);
    await store.close();
    withRawDb(path, (db) => {
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      checkIntegrity(db);
      const state = fullText(db);
      expect(state.deferred).toBe(0);
      expect(state.indexedRows).toBe(state.paragraphs);
    });
  });
});
