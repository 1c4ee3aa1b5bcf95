import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../src/package-root.js";
import { cli } from "../helpers/cli.js";

const EMBARGO = ["A_RES_75_289_E.xml", "A_RES_77_7-2225007E.xml", "A_RES_80_4.txt"].map((f) => path.join(SEEDS_DIR, f));
let env: Record<string, string>;

beforeAll(async () => {
  env = { RESGRAPH_DB: path.join(mkdtempSync(path.join(tmpdir(), "resgraph-diff-")), "g.db") };
  const run = await cli(["ingest", ...EMBARGO], env);
  expect(run.code).toBe(0);
});

const SUMMARY = "8 kept, 5 reworded, 0 moved, 0 added, 0 dropped; verbs: 0 stronger, 0 weaker";

describe("resgraph diff", () => {
  it("prints the aligned paragraphs of B → A, word changes inline, and a summary", async () => {
    const run = await cli(["diff", "A/RES/77/7", "A/RES/75/289", "--no-color"], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("A/RES/75/289 → A/RES/77/7");
    expect(lines).toContain("  = pp1  Determined to encourage strict compliance with the purposes and princip…");
    expect(run.stdout).toMatch(/~ op1\n\s+… Secretary-General on the implementation of resolution \[-74-\]\{\+75\+\}\/\[-7-\]\{\+289\+\};/);
    expect(lines.at(-1)).toBe(SUMMARY);
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("takes A's predecessor when B is not given, and a loose spelling of A", async () => {
    const run = await cli(["diff", "77/7", "--no-color"], env);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("A/RES/77/7's predecessor: A/RES/75/289 (SAME_TITLE)");
    expect(run.stdout.split("\n").at(-1)).toBe(SUMMARY);
  });

  it("prints one JSON object with --json", async () => {
    const run = await cli(["diff", "A/RES/80/4", "--json"], env);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ before: "A/RES/77/7", after: "A/RES/80/4", link: { kind: "SAME_TITLE" } });
    expect(out.diff.summary).toMatchObject({ kept: 8, reworded: 5 });
    expect(out.diff.changes[0].after.id).toBe("A/RES/80/4#pp1");
  });

  it("colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off, a pipe off", async () => {
    const args = ["diff", "A/RES/77/7", "A/RES/75/289"];
    expect((await cli(args, { ...env, FORCE_COLOR: "1" })).stdout).toContain("\x1b[");
    expect((await cli(args, { ...env, FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).not.toContain("\x1b[");
    expect((await cli([...args, "--no-color"], { ...env, FORCE_COLOR: "1" })).stdout).not.toContain("\x1b[");
    expect((await cli(args, env)).stdout).not.toContain("\x1b[");
  });

  it.each([
    [["A/RES/1/1", "A/RES/75/289"], 'resgraph: A: no resolution "A/RES/1/1" in the store'],
    [["A/RES/77/7", "A/RES/1/1"], 'resgraph: B: no resolution "A/RES/1/1" in the store'],
    [["A/RES/80/4", "A/RES/79/7"], "resgraph: B: A/RES/79/7 is cited by loaded texts but its own text is not loaded, so there are no paragraphs to compare"],
    [["A/RES/77/7", "A/RES/77/7"], "resgraph: B: A/RES/77/7 compared with itself: name two different resolutions"],
    [["A/RES/75/289"], "resgraph: B: no predecessor of A/RES/75/289 was found among the loaded texts: name the resolution to compare it with"],
    [
      ["A/RES/75/289", "A/RES/80/4"],
      "resgraph: B: A/RES/80/4 was adopted after A/RES/75/289: the diff reads from B, the earlier text, to A; swap them (resgraph diff A/RES/80/4 A/RES/75/289)",
    ],
  ])("refuses %j in one line naming A or B, exit 2 (bad input, as every command's usage errors)", async (args, message) => {
    const run = await cli(["diff", ...args, "--no-color"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(run.stdout).toBe("");
  });
});
