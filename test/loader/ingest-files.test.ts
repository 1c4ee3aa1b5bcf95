import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { paragraphId, type BatchItem } from "../../src/graph/port.js";
import { countCalls } from "../helpers/counting-store.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles, type FileOutcome } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger } from "../helpers/seeded-store.js";
import { snapshot } from "../helpers/store-snapshot.js";

const SEED = "000_a76aad1bd757f93e.txt";
const ANALYSIS = "004_9cc71f49dc171673.txt";

describe("ingestFiles", () => {
  it("re-ingesting the seeds changes nothing: every file skipped by content hash, same rows", async () => {
    const store = openSqliteStore(":memory:");
    const files = collectInputFiles([SEEDS_DIR]);
    const first = await ingestFiles(store, files, { logger: quietLogger });
    expect(first.created).toBeGreaterThan(20);
    const before = await snapshot(store);
    const second = await ingestFiles(store, files, { logger: quietLogger });
    expect(second.created + second.replaced).toBe(0);
    // Texts are skipped by their file's hash; a metadata file is read again and each of its records
    // found unchanged by its own hash.
    expect(second.skipped + second.unchanged).toBe(first.created);
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
    const outcomes: FileOutcome[] = [];

    writeFileSync(file, readFileSync(file, "utf8").replace("Decides to continue its consideration", "Decides to end its consideration"));
    await ingestFiles(store, [file], { logger: quietLogger, onFile: (o) => outcomes.push(o) });
    expect(outcomes[0]).toMatchObject({ status: "replaced", symbol: "A/HRC/RES/36/32" });
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
    const outcomes: FileOutcome[] = [];
    await ingestFiles(store, [path.join(SEEDS_DIR, SEED), copy], { logger: quietLogger, onFile: (o) => outcomes.push(o) });
    expect(outcomes.map((o) => o.status)).toEqual(["created", "skipped"]);
    await store.close();
  });

  it.each([
    ["resolution first", [SEED, ANALYSIS]],
    ["analysis page first", [ANALYSIS, SEED]],
  ])("links the analysis page to the resolution its quotes match, %s", async (_order, names) => {
    const store = openSqliteStore(":memory:");
    const files = names.map((n) => path.join(SEEDS_DIR, n));
    // One file per run, so that the second run finds the first's content already there.
    await ingestFiles(store, [files[0]!], { logger: quietLogger });
    const report = await ingestFiles(store, [files[1]!], { logger: quietLogger });
    expect(report.links).toHaveLength(1);
    expect(report.links[0]!.resolution?.symbol).toBe("A/HRC/RES/36/32");
    const [analyses] = await store.analysesOfResolutions(["A/HRC/RES/36/32"]);
    expect(analyses).toHaveLength(1);
    const quoted = analyses![0]!.quotes.filter((q) => q.paragraphId).map((q) => q.paragraphId);
    // The quotes come from a later text of the series: the reworded criticism matches op22 and op23, the mandate op29.
    expect(quoted).toEqual(expect.arrayContaining(["A/HRC/RES/36/32#op22", "A/HRC/RES/36/32#op29"]));
    await store.close();
  });

  it("turns a linked page's main sponsors into SPONSORED states; unknown names are dropped", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-ingest-"));
    const page = path.join(dir, "sponsored.txt");
    const text = readFileSync(path.join(SEEDS_DIR, ANALYSIS), "utf8");
    const withSponsors = text.replace(/Main Sponsors\n+/, "Main Sponsors\n\n  • Japan, Cambodia, Atlantis\n\n");
    expect(withSponsors).not.toBe(text);
    writeFileSync(page, withSponsors);
    const store = openSqliteStore(":memory:");
    const report = await ingestFiles(store, [path.join(SEEDS_DIR, SEED), page], { logger: quietLogger });
    expect(report.links).toEqual([
      expect.objectContaining({
        key: "sponsored",
        resolution: expect.objectContaining({ symbol: "A/HRC/RES/36/32" }),
        sponsors: [
          { code: "JPN", name: "Japan" },
          { code: "KHM", name: "Cambodia" },
        ],
      }),
    ]);
    const [analysis] = await store.listAnalyses();
    expect(analysis!.sponsors).toEqual(["Japan", "Cambodia", "Atlantis"]);
    expect(await store.sponsorsOf(["A/HRC/RES/36/32"])).toEqual([
      [
        { label: "Country", key: "KHM", name: "Cambodia" },
        { label: "Country", key: "JPN", name: "Japan" },
      ],
    ]);
    expect((await store.graphCounts()).relationships.SPONSORED).toBe(2);

    // The page edited back to no sponsors: its SPONSORED edges go at the next link.
    writeFileSync(page, text);
    const again = await ingestFiles(store, [page], { logger: quietLogger });
    expect(again.links).toEqual([expect.objectContaining({ key: "sponsored", sponsors: [] })]);
    expect(await store.sponsorsOf(["A/HRC/RES/36/32"])).toEqual([[]]);
    expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
    await store.close();
  });

  it("an unlinked page has no sponsors on its link", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-ingest-"));
    const page = path.join(dir, "sponsored.txt");
    writeFileSync(page, readFileSync(path.join(SEEDS_DIR, ANALYSIS), "utf8").replace(/Main Sponsors\n+/, "Main Sponsors\n\n  • Japan\n\n"));
    const store = openSqliteStore(":memory:");
    const report = await ingestFiles(store, [path.join(SEEDS_DIR, "S_RES_242_1967.txt"), page], { logger: quietLogger });
    expect(report.links).toEqual([expect.objectContaining({ key: "sponsored", resolution: null, sponsors: [] })]);
    expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
    await store.close();
  });

  it("links an analysis page to nothing when no loaded resolution matches its quotes", async () => {
    const store = openSqliteStore(":memory:");
    const report = await ingestFiles(store, ["S_RES_242_1967.txt", ANALYSIS].map((n) => path.join(SEEDS_DIR, n)), { logger: quietLogger });
    expect(report.links).toEqual([expect.objectContaining({ key: "004_9cc71f49dc171673", resolution: null })]);
    await store.close();
  });

  it("writes in batches, reports every file in input order, and keeps going past bad files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resgraph-ingest-"));
    writeFileSync(path.join(dir, "bad.txt"), "not a resolution at all");
    const names = ["S_RES_82_1950.txt", "S_RES_83_1950.txt", "S_RES_242_1967.txt", "S_RES_338_1973.txt", "S_RES_660_1990.txt"];
    const files = [...names.slice(0, 2).map((n) => path.join(SEEDS_DIR, n)), path.join(dir, "bad.txt"), ...names.slice(2).map((n) => path.join(SEEDS_DIR, n))];
    const store = openSqliteStore(":memory:");
    const calls = countCalls(store);
    const outcomes: FileOutcome[] = [];
    const progress: number[] = [];
    const report = await ingestFiles(calls.store, files, {
      logger: quietLogger,
      batchSize: 2,
      onFile: (o) => outcomes.push(o),
      onProgress: (p) => progress.push(p.done),
    });
    expect(outcomes.map((o) => path.basename(o.file))).toEqual(files.map((f) => path.basename(f)));
    expect(outcomes.map((o) => o.status)).toEqual(["created", "created", "failed", "created", "created", "created"]);
    expect(report).toMatchObject({ created: 5, failed: 1 });
    expect(report.failures.map((f) => path.basename(f.file))).toEqual(["bad.txt"]);
    // Five documents in batches of two: three store writes, not five.
    expect(calls.calls.get("upsertDocuments")).toBe(3);
    expect(calls.calls.get("upsertDocument")).toBeUndefined();
    expect(progress.at(-1)).toBe(files.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await store.close();
  });

  it("reports a document the store refuses as a failed file, and writes the rest of its batch", async () => {
    const store = openSqliteStore(":memory:");
    const refusing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "upsertDocuments") {
          return async (items: BatchItem[]) => {
            const results = await target.upsertDocuments(items.filter((i) => !i.source.path.includes("S_RES_83")));
            return items.map((i) => (i.source.path.includes("S_RES_83") ? new Error("duplicate paragraph key op1") : results.shift()!));
          };
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const report = await ingestFiles(refusing, ["S_RES_82_1950.txt", "S_RES_83_1950.txt", "S_RES_242_1967.txt"].map((n) => path.join(SEEDS_DIR, n)), { logger: quietLogger });
    expect(report).toMatchObject({ created: 2, failed: 1 });
    expect(report.failures[0]!.error).toMatchObject({ code: "DOCUMENT_REJECTED" });
    expect(report.failures[0]!.error!.message).toMatch(/S_RES_83_1950\.txt: the store refused the document \(duplicate paragraph key op1\)/);
    expect((await store.counts()).resolutions).toBe(2);
    await store.close();
  });

  it("expands directories to the files of the formats it reads, sorted, and leaves out the folder's notes", () => {
    const files = collectInputFiles([SEEDS_DIR]);
    expect(files.every((f) => /\.(?:txt|xml|jsonl)$/.test(f))).toBe(true);
    expect(files).toEqual([...files].sort());
    expect(files.some((f) => f.endsWith("SOURCE.md"))).toBe(false);
  });
});
