// The command line over the UN's formats: `extract` reads a PDF, an AKN4UN XML file and metadata
// lines by their content; `ingest` lists what a folder holds that it does not read, says what a
// metadata file left out, and takes `--symbol` for one text without a masthead only.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../src/package-root.js";
import { cli } from "../helpers/cli.js";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");
const tmp = () => mkdtempSync(path.join(tmpdir(), "resgraph-cli-formats-"));
const META = JSON.stringify({
  symbol: "A/RES/75/1",
  adoption_type: "Without a vote",
  MS_in_favour: [],
  MS_against: [],
  MS_abstaining: [],
  sponsors: ["GHANA"],
  additional_sponsors: ["NAMBIA"],
  SDGs: [],
  subjects: [],
});

describe("resgraph extract over the UN's formats", () => {
  it("reads a PDF, an AKN4UN XML file and metadata lines, each by its content, one JSON line each", async () => {
    const dir = tmp();
    const meta = path.join(dir, "whatever.txt");
    writeFileSync(meta, `${META}\n`);
    const files = [path.join(FIXTURES, "pdf", "A_RES_73_7-EN.pdf"), path.join(FIXTURES, "akn", "75_1_E.xml"), meta, path.join(FIXTURES, "akn", "75_274_F.xml")];
    const run = await cli(["extract", "--json", ...files]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.source)).toEqual(files);
    expect(lines[0]).toMatchObject({ resolution: { symbol: "A/RES/73/7" } });
    expect(lines[1]).toMatchObject({ resolution: { symbol: "A/RES/75/1" } });
    expect(lines[2]).toMatchObject({ metadata: [{ line: 1, symbol: "A/RES/75/1", sponsors: [{ country: "GHA" }] }], problems: [{ line: 1, rejected: false }] });
    expect(lines[3]!.error).toMatch(/75_274_F\.xml: the text is in French/);
  });
});

describe("resgraph ingest over a folder of the UN's formats", () => {
  it("lists the files it does not read, says what a metadata file left out, and loads the rest", async () => {
    const dir = tmp();
    copyFileSync(path.join(FIXTURES, "akn", "75_1_E.xml"), path.join(dir, "75_1.xml"));
    writeFileSync(path.join(dir, "75.json"), `${META}\n`);
    writeFileSync(path.join(dir, "notes.docx"), "binary");
    const db = path.join(tmp(), "g.db");
    const run = await cli(["ingest", dir, "--db", db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`1 file not read:\n  skipped   ${path.join(dir, "notes.docx")}: not a supported format (.docx;`);
    expect(run.stdout).toMatch(/created {3}A\/RES\/75\/1 {2}\(\d+ paragraphs\)/);
    expect(run.stdout).toContain(`created   metadata of 1 resolutions (0 unchanged)  ${path.join(dir, "75.json")}`);
    expect(run.stderr).toContain(`note      ${path.join(dir, "75.json")}:1: additional_sponsors: "NAMBIA" names no known state (left out)`);
  });

  it("refuses --symbol for a folder of several texts, which would all be filed under it", async () => {
    const dir = tmp();
    copyFileSync(path.join(SEEDS_DIR, "A_RES_217_A_III.txt"), path.join(dir, "a.txt"));
    copyFileSync(path.join(SEEDS_DIR, "A_RES_217_A_III.txt"), path.join(dir, "b.txt"));
    const run = await cli(["ingest", dir, "--symbol", "A/RES/217 A (III)", "--db", path.join(tmp(), "g.db")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("resgraph: --symbol names one resolution: give it one file (2 found)");
  });

  it("takes --symbol for one text without a masthead, and refuses it with several files", async () => {
    const db = path.join(tmp(), "g.db");
    const udhr = path.join(tmp(), "declaration.txt");
    copyFileSync(path.join(SEEDS_DIR, "A_RES_217_A_III.txt"), udhr);
    const two = await cli(["ingest", udhr, udhr, "--symbol", "A/RES/217 A (III)", "--db", db]);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe("resgraph: --symbol names one resolution: give it one file");
    const one = await cli(["ingest", udhr, "--symbol", "A/RES/217 A (III)", "--db", db]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/created {3}A\/RES\/217\(III\)/);
  });
});
