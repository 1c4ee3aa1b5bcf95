// A process killed in the middle of a batch (full-text indexing deferred, a document already
// released from its savepoint, the next one half-written) leaves the database exactly as the last
// committed ingest left it: same rows, same full-text index, nothing deferred, integrity clean.

import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();
const child = fileURLToPath(new URL("./fixtures/crash-mid-batch.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

function everything(db: Database.Database): unknown {
  const tables = ["resolutions", "paragraphs", "refs", "mentions", "entities", "documents", "recalls", "concerns", "votes"];
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab('main', 'paragraphs_fts', 'instance')");
  return {
    ...Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).raw().all().map((r) => JSON.stringify(r)).sort()])),
    fts: db.prepare("SELECT term, doc, offset FROM temp.vocab ORDER BY 1, 2, 3").raw().all(),
    deferred: db.prepare("SELECT (SELECT count(*) FROM fts_pending) + (SELECT count(*) FROM fts_deferral)").pluck().get(),
  };
}

describe("a crash in the middle of a batch", () => {
  it("leaves the database, full-text index included, as the last commit left it", { timeout: 60_000 }, async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await store.upsertDocuments([
      { doc: hrc3632, source: source("A/HRC/RES/36/32") },
      { doc: hrc3322, source: source("A/HRC/RES/33/22") },
    ]);
    await store.close();
    const before = withRawDb(path, everything);

    const run = spawnSync(process.execPath, ["--import", "tsx", child, path], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.signal).toBe("SIGKILL");
    const wal = `${path}-wal`;
    expect(existsSync(wal) && statSync(wal).size).toBeGreaterThan(1_000_000);

    withRawDb(path, (db) => {
      expect(everything(db)).toStrictEqual(before);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
    });

    // And the next batch goes in normally, indexed.
    const after = openSqliteStore(path);
    const outcomes = await after.upsertDocuments([{ doc: hrc3632, source: source("A/HRC/RES/36/32", 2) }]);
    expect(outcomes[0]).toMatchObject({ status: "replaced" });
    expect((await after.search({ text: "Myanmar", first: 5 })).hits.length).toBeGreaterThan(0);
    await after.close();
    withRawDb(path, (db) => db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)").run());
  });
});
