import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { paragraphId } from "../../src/graph/port.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger } from "../helpers/seeded-store.js";
import { snapshot } from "../helpers/store-snapshot.js";

const SEED = "000_a76aad1bd757f93e.txt";

describe("ingestFiles", () => {
  it("re-ingesting the seeds changes nothing: every file skipped by content hash, same rows", async () => {
    const store = openSqliteStore(":memory:");
    const files = collectInputFiles([SEEDS_DIR]);
    const first = await ingestFiles(store, files, { logger: quietLogger });
    expect(first.created).toBeGreaterThan(20);
    const before = await snapshot(store);
    const second = await ingestFiles(store, files, { logger: quietLogger });
    expect(second.created + second.replaced).toBe(0);
    expect(second.skipped).toBe(first.created);
    expect(second.failed).toBe(first.failed);
    expect(await snapshot(store)).toEqual(before);
    await store.close();
  });

  it("a changed file replaces its resolution's paragraphs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-ingest-"));
    const file = path.join(dir, "seed.txt");
    copyFileSync(path.join(SEEDS_DIR, SEED), file);
    const store = openSqliteStore(":memory:");
    await ingestFiles(store, [file], { logger: quietLogger });
    const counts = await store.counts();

    writeFileSync(file, readFileSync(file, "utf8").replace("Decides to continue its consideration", "Decides to end its consideration"));
    const report = await ingestFiles(store, [file], { logger: quietLogger });
    expect(report.outcomes[0]).toMatchObject({ status: "replaced", symbol: "A/HRC/RES/36/32" });
    expect(await store.counts()).toEqual(counts);
    const [op31] = await store.paragraphsByIds([paragraphId("A/HRC/RES/36/32", "op31")]);
    expect(op31?.text).toMatch(/^Decides to end its consideration/);
    const [res] = await store.resolutionsBySymbols(["A/HRC/RES/36/32"]);
    expect(res?.source.path).toBe(file);
    await store.close();
  });

  it("identical content under another name is skipped, not loaded twice", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-ingest-"));
    const copy = path.join(dir, "copy.txt");
    copyFileSync(path.join(SEEDS_DIR, SEED), copy);
    const store = openSqliteStore(":memory:");
    const report = await ingestFiles(store, [path.join(SEEDS_DIR, SEED), copy], { logger: quietLogger });
    expect(report.outcomes.map((o) => o.status)).toEqual(["created", "skipped"]);
    await store.close();
  });

  it("expands directories to their *.txt files, sorted, and ignores other files", () => {
    const files = collectInputFiles([SEEDS_DIR]);
    expect(files.every((f) => f.endsWith(".txt"))).toBe(true);
    expect(files).toEqual([...files].sort());
    expect(files.some((f) => f.endsWith("SOURCE.md"))).toBe(false);
  });
});
