// `resgraph extract FILE…`: outside tools (../shared/akn-check/check.mjs --batch) pair JSON lines with
// their files by position, so every input gets exactly one line, in input order, failures included.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analysisOutputShape, extractOutputShape } from "../../src/ingest/output-shape.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { cli, cliProcess } from "../helpers/cli.js";

const seed = (name: string) => path.join(SEEDS_DIR, name);
const dir = mkdtempSync(path.join(tmpdir(), "resgraph-extract-"));
const PROSE = path.join(dir, "prose.txt");
writeFileSync(PROSE, "The quick brown fox jumps over the lazy dog.\nIt was the best of times, it was the worst of times.\n");
const MISSING = path.join(dir, "nope.txt");
const ANALYSIS = seed("004_9cc71f49dc171673.txt");

/** Every stdout line parsed, after checking each is one compact JSON object and nothing else is printed. */
function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split("\n");
  return lines.map((line) => {
    expect(line).toMatch(/^\{.*\}$/);
    return JSON.parse(line) as Record<string, unknown>;
  });
}

describe("resgraph extract --json with several files", () => {
  it("prints one line per file, in input order, each with its source", async () => {
    const files = [seed("S_RES_83_1950.txt"), seed("000_a76aad1bd757f93e.txt"), seed("S_RES_82_1950.txt")];
    const run = await cli(["extract", "--json", ...files]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.source)).toEqual(files);
    expect(lines.map((l) => extractOutputShape.parse(l).resolution.symbol)).toEqual([
      "S/RES/83 (1950)",
      "A/HRC/RES/36/32",
      "S/RES/82 (1950)",
    ]);
  });

  it("gives a failing file (missing, not a resolution) an error line in its place, prints the others, exit 1", async () => {
    const files = [seed("S_RES_82_1950.txt"), MISSING, seed("S_RES_83_1950.txt"), PROSE, seed("000_a76aad1bd757f93e.txt")];
    const run = await cli(["extract", "--json", ...files]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.source)).toEqual(files);
    expect(lines[1]).toEqual({ source: MISSING, error: `${MISSING}: no such file` });
    expect(Object.keys(lines[3]!)).toEqual(["source", "error"]);
    expect(lines[3]!.error).toMatch(new RegExp(`^${PROSE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    for (const i of [0, 2, 4]) expect(lines[i]).not.toHaveProperty("error");
    expect(extractOutputShape.parse(lines[4]).resolution.symbol).toBe("A/HRC/RES/36/32");
    // stdout stays JSON; the failures are also named on stderr for whoever runs it by hand.
    expect(run.stderr.split("\n")).toEqual([`resgraph: ${lines[1]!.error}`, `resgraph: ${lines[3]!.error}`]);
  });

  it("prints a single file as one parseable line too", async () => {
    const run = await cli(["extract", seed("S_RES_82_1950.txt"), "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toHaveLength(1);
    const [line] = jsonLines(run.stdout);
    expect(line!.source).toBe(seed("S_RES_82_1950.txt"));
    expect(extractOutputShape.parse(line).resolution.symbol).toBe("S/RES/82 (1950)");
  });

  it("prints an analysis page in a batch as { source, analysis }", async () => {
    const run = await cli(["extract", "--json", seed("S_RES_82_1950.txt"), ANALYSIS]);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(Object.keys(lines[1]!)).toEqual(["source", "analysis"]);
    expect(lines[1]!.source).toBe(ANALYSIS);
    expect(analysisOutputShape.parse(lines[1]).analysis.title).toBe("Advisory services and technical assistance for Cambodia");
  });

  it("keeps the real process's stdout to the JSON lines, exit 1 when a file failed", () => {
    const run = cliProcess(["extract", "--json", seed("S_RES_82_1950.txt"), MISSING]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout.replace(/\n$/, ""));
    expect(lines.map((l) => l.source)).toEqual([seed("S_RES_82_1950.txt"), MISSING]);
    expect(run.stderr.trim()).toBe(`resgraph: ${MISSING}: no such file`);
  });
});

describe("resgraph extract with several files, for people", () => {
  it("prints a header and the summary for each file, names failures on stderr, exit 1", async () => {
    const run = await cli(["extract", seed("000_a76aad1bd757f93e.txt"), PROSE, ANALYSIS]);
    expect(run.code).toBe(1);
    const blocks = run.stdout.split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(new RegExp(`^== ${seed("000_a76aad1bd757f93e.txt")} ==\nA/HRC/RES/36/32  Advisory services`));
    expect(blocks[1]).toMatch(new RegExp(`^== ${ANALYSIS} ==\nanalysis page: Advisory services`));
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`resgraph: ${PROSE}: `);
  });

  it("prints a single file's summary without a header, as before", async () => {
    const run = await cli(["extract", seed("S_RES_82_1950.txt")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^S\/RES\/82 \(1950\)  /);
  });
});
