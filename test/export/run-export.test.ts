// exportStore's promise: a failed export leaves the target as it was (absent, or with --force its
// files unchanged) and no scratch folder anywhere, and the scratch folder is written where the
// final rename cannot cross filesystems (inside a target that exists, beside one that does not).
// The store here is a stand-in whose exportGraph fails after some batches, as a dropped connection
// or a full disk would.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/errors.js";
import { EXPORT_FORMATS } from "../../src/export/options.js";
import { exportStore } from "../../src/export/run-export.js";
import type { ExportBatch, GraphStore } from "../../src/graph/port.js";

const root = mkdtempSync(join(tmpdir(), "resgraph-run-export-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => {
  const dir = join(root, `case-${(n += 1)}`);
  mkdirSync(dir);
  return dir;
};

const resolutions = (from: number): ExportBatch => ({
  kind: "nodes",
  label: "Resolution",
  records: [0, 1].map((i) => ({ label: "Resolution", key: `A/RES/${from + i}`, properties: { symbol: `A/RES/${from + i}`, stub: true } })),
});

/** A store whose export gives `batches` batches, then fails (or ends, when `fail` is false); `during` runs between batches. */
function store(batches: number, fail: boolean, during?: () => void): Pick<GraphStore, "exportGraph"> {
  return {
    async *exportGraph() {
      for (let i = 0; i < batches; i++) {
        yield resolutions(i * 2);
        during?.();
      }
      if (fail) throw new StoreUnavailableError("stand-in", "the connection dropped");
    },
  };
}

const listing = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("exportStore, when the store fails after some batches", () => {
  it.each(EXPORT_FORMATS)("%s: leaves no target and no scratch folder when the target did not exist", async (format) => {
    const parent = freshDir();
    const out = join(parent, "export");
    await expect(exportStore(store(3, true), { format, out })).rejects.toThrow("the connection dropped");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it.each(EXPORT_FORMATS)("%s: leaves an existing target's files as they were with --force, and no scratch folder", async (format) => {
    const parent = freshDir();
    const out = join(parent, "export");
    mkdirSync(out);
    // Files the export would replace (every format's node file, and GraphML's one file) and one of the user's.
    for (const file of ["Resolution.csv", "Resolution.jsonl", "graph.graphml", "notes.txt"]) writeFileSync(join(out, file), `old ${file}`);
    const before = listing(out);
    await expect(exportStore(store(3, true), { format, out, force: true })).rejects.toThrow("the connection dropped");
    expect(listing(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["export"]);
  });
});

describe("exportStore's scratch folder", () => {
  it("is inside a target that exists (no rename across filesystems), and gone once the files are in place", async () => {
    const parent = freshDir();
    const out = join(parent, "export");
    mkdirSync(out);
    writeFileSync(join(out, "Resolution.jsonl"), "old\n");
    writeFileSync(join(out, "notes.txt"), "mine");
    const seen: { parent: string[]; out: string[] }[] = [];
    const summary = await exportStore(store(2, false, () => seen.push({ parent: readdirSync(parent), out: readdirSync(out) })), { format: "jsonl", out, force: true });
    expect(seen.length).toBe(2);
    for (const s of seen) {
      expect(s.parent).toEqual(["export"]);
      expect(s.out.filter((f) => f.startsWith(".")).length).toBe(1);
    }
    expect(summary.nodes.Resolution).toBe(4);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
    expect(readFileSync(join(out, "Resolution.jsonl"), "utf8").split("\n").filter(Boolean)).toHaveLength(4);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine");
  });

  it("is beside a target that does not exist, renamed into place whole", async () => {
    const parent = freshDir();
    const out = join(parent, "export");
    const seen: string[][] = [];
    await exportStore(store(1, false, () => seen.push(readdirSync(parent))), { format: "csv", out });
    expect(seen).toEqual([[expect.stringMatching(/^\.export\.resgraph-export-partial-\d+$/)]]);
    expect(readdirSync(parent)).toEqual(["export"]);
    expect(readdirSync(out)).toContain("Resolution.csv");
  });

  it("refuses, before moving any file, a target holding a folder named as an export file", async () => {
    const parent = freshDir();
    const out = join(parent, "export");
    mkdirSync(join(out, "Resolution.csv"), { recursive: true });
    writeFileSync(join(out, "notes.txt"), "mine");
    await expect(exportStore(store(1, false), { format: "csv", out, force: true })).rejects.toThrow(/--out: .* holds folders named as export files \(Resolution\.csv\): nothing was written/);
    expect(readdirSync(out).sort()).toEqual(["Resolution.csv", "notes.txt"]);
  });
});
