// A process killed in the middle of an ingest must leave the database as it was before that
// ingest: WAL frames of the uncommitted transaction are ignored when the file is next opened.

import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();
const child = fileURLToPath(new URL("./fixtures/crash-mid-ingest.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

async function everything(path: string): Promise<unknown> {
  const store = openSqliteStore(path);
  try {
    const symbols = ["A/HRC/RES/36/32", "A/HRC/RES/33/22"];
    const paragraphs = (await store.paragraphsOfResolutions(symbols)).flat();
    const ids = paragraphs.map((p) => p.id);
    return {
      counts: await store.counts(),
      resolutions: await store.resolutionsBySymbols(symbols),
      paragraphs,
      references: await store.referencesFromParagraphs(ids),
      cited: await store.referencesToTargets(["A/RES/70/1", "A/HRC/RES/33/22"]),
      mentions: await store.mentionsInParagraphs(ids),
    };
  } finally {
    await store.close();
  }
}

describe("a crash in the middle of an ingest", () => {
  it("leaves the database exactly as the last committed ingest left it", { timeout: 60_000 }, async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    await store.close();
    const before = await everything(path);

    const run = spawnSync(process.execPath, ["--import", "tsx", child, path], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.signal).toBe("SIGKILL");
    // The dead writer left uncommitted frames behind: the test really exercises recovery.
    const wal = `${path}-wal`;
    expect(existsSync(wal) && statSync(wal).size).toBeGreaterThan(1_000_000);

    expect(await everything(path)).toStrictEqual(before);
    withRawDb(path, (db) => {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
    });

    // And the store takes the next ingest normally.
    const after = openSqliteStore(path);
    expect((await after.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    await after.close();
  });
});
