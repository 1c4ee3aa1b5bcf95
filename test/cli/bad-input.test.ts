// Each kind of bad input: a one-line error naming the file and the reason, a non-zero exit, and a
// store exactly as it was.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { cli } from "../helpers/cli.js";
import { snapshot } from "../helpers/store-snapshot.js";

const dir = mkdtempSync(path.join(tmpdir(), "resgraph-bad-"));
const db = path.join(dir, "graph.db");
const seed = readFileSync(path.join(SEEDS_DIR, "000_a76aad1bd757f93e.txt"), "utf8");

const BAD: Record<string, string | Buffer> = {
  "empty.txt": "",
  "blank.txt": " \n\t\n \n",
  "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
  "prose.txt":
    "The quick brown fox jumps over the lazy dog.\nIt was the best of times, it was the worst of times.\nCall me Ishmael. Some years ago, never mind how long precisely, I thought I would sail about.\n",
  "truncated.txt": seed.split("\n").slice(0, 2).join("\n"),
};
for (const [name, content] of Object.entries(BAD)) writeFileSync(path.join(dir, name), content);
const cases: [string, string][] = Object.keys(BAD).map((n): [string, string] => [n, path.join(dir, n)]);

beforeAll(async () => {
  const first = await cli(["ingest", path.join(SEEDS_DIR, "S_RES_660_1990.txt"), path.join(SEEDS_DIR, "S_RES_661_1990.txt")], { RESGRAPH_DB: db });
  expect(first.code).toBe(0);
});

async function storeState() {
  const store = openSqliteStore(db);
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

describe("bad input", () => {
  it.each(cases)("%s: ingest names the file, exits 1 and leaves the store as it was", async (_name, file) => {
    const before = await storeState();
    expect(before.counts.resolutions).toBe(2);
    const run = await cli(["ingest", file], { RESGRAPH_DB: db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await storeState()).toEqual(before);
  });

  it.each(cases)("%s: extract names the file and exits 1", async (_name, file) => {
    const run = await cli(["extract", file, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^resgraph: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    // stdout: the file's one JSON line, an error in place of a document (the message stderr shows).
    expect(JSON.parse(run.stdout)).toEqual({ source: file, error: run.stderr.replace(/^resgraph: /, "") });
  });

  it("one bad file among good ones: the good ones load, the bad one is named, exit 1", async () => {
    const before = await storeState();
    const run = await cli(["ingest", path.join(dir, "prose.txt"), path.join(SEEDS_DIR, "S_RES_242_1967.txt")], { RESGRAPH_DB: db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("prose.txt");
    const after = await storeState();
    expect(after.counts.resolutions).toBe(before.counts.resolutions + 1);
  });

  it("a missing path is named, with exit 1", async () => {
    const run = await cli(["ingest", path.join(dir, "nope.txt")], { RESGRAPH_DB: db });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`resgraph: ${path.join(dir, "nope.txt")}: no such file or directory`);
  });
});
