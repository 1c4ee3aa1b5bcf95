// An error that is not a ResgraphError (a bug in the extractor) while extracting one file of a batch:
// it becomes that file's error line, with its message, and the batch goes on. The extractor is
// wrapped to throw for one file name only; every other file goes through the real parser.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SEEDS_DIR } from "../../src/package-root.js";
import { cli } from "../helpers/cli.js";

vi.mock("../../src/ingest/source.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/ingest/source.js")>();
  return {
    ...actual,
    parseSourceBytes: async (bytes: Uint8Array, file: string) => {
      if (file.endsWith("boom.txt")) throw new TypeError("Cannot read properties of undefined (reading 'key')\nsecond line");
      return actual.parseSourceBytes(bytes, file);
    },
  };
});

const BOOM = path.join(mkdtempSync(path.join(tmpdir(), "resgraph-boom-")), "boom.txt");
writeFileSync(BOOM, "anything");
const SEED = path.join(SEEDS_DIR, "S_RES_82_1950.txt");

describe("resgraph extract --json, unexpected error in one file", () => {
  it("gives that file an error line with the error's name and message, the others still print, exit 1", async () => {
    const run = await cli(["extract", "--json", BOOM, SEED]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      source: BOOM,
      error: `${BOOM}: unexpected error: TypeError: Cannot read properties of undefined (reading 'key') second line`,
    });
    expect(lines[1]).toMatchObject({ source: SEED, resolution: { symbol: "S/RES/82 (1950)" } });
    expect(run.stderr).toBe(`resgraph: ${lines[0]!.error as string}`);
  });
});
