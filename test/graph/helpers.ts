// Shared plumbing for the SQLite-specific tests: scratch directories and a raw second connection
// to look at what the store wrote, without going through the store.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll } from "vitest";

/** A fresh directory per test file, removed afterwards; `path()` gives a new db path in it each call. */
export function scratchDir(): { dir: () => string; path: (name?: string) => string } {
  let dir = "";
  let n = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "resgraph-sqlite-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    path: (name = "graph.db") => join(dir, `case-${(n += 1)}`, name),
  };
}

export function withRawDb<T>(path: string, look: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return look(db);
  } finally {
    db.close();
  }
}
