import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { analysisOutputShape, extractOutputShape } from "../../src/ingest/output-shape.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../../src/package-root.js";
import { cli, cliProcess } from "../helpers/cli.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "resgraph-cli-"));
const SEED = path.join(SEEDS_DIR, "000_a76aad1bd757f93e.txt");

describe("resgraph extract", () => {
  it("prints the documented JSON shape for the seed, plus its source, on one line", async () => {
    const run = await cli(["extract", SEED, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toHaveProperty("source", SEED);
    const doc = extractOutputShape.parse(JSON.parse(run.stdout));
    expect(doc.resolution.symbol).toBe("A/HRC/RES/36/32");
    expect(doc.paragraphs).toHaveLength(44);
  });

  it("prints an analysis page as { analysis } with its quotes", async () => {
    const run = await cli(["extract", path.join(SEEDS_DIR, "004_9cc71f49dc171673.txt"), "--json"]);
    expect(run.code).toBe(0);
    const { analysis } = analysisOutputShape.parse(JSON.parse(run.stdout));
    expect(analysis.title).toBe("Advisory services and technical assistance for Cambodia");
    expect(analysis.quotes).toHaveLength(5);
    expect(analysis.votes).toEqual({ yes: 0, no: 0, abstain: 0, absent: 0 });
  });

  it("prints a short summary for people", async () => {
    const run = await cli(["extract", SEED]);
    expect(run.stdout).toContain("A/HRC/RES/36/32  Advisory services and technical assistance for Cambodia");
    expect(run.stdout).toContain("8 preambular and 36 operative paragraphs");
  });
});

describe("resgraph ingest and stats", () => {
  it("loads files, then skips them unchanged on a second run with identical counts", async () => {
    const db = path.join(tmp(), "g.db");
    const files = ["S_RES_82_1950.txt", "S_RES_83_1950.txt"].map((f) => path.join(SEEDS_DIR, f));
    const first = await cli(["ingest", ...files], { RESGRAPH_DB: db });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 files: 2 new, 0 replaced, 0 unchanged, 0 failed/);
    const stats1 = JSON.parse((await cli(["stats", "--json"], { RESGRAPH_DB: db })).stdout);
    const second = await cli(["ingest", ...files], { RESGRAPH_DB: db });
    expect(second.stdout).toMatch(/2 files: 0 new, 0 replaced, 2 unchanged, 0 failed/);
    expect(JSON.parse((await cli(["stats", "--json"], { RESGRAPH_DB: db })).stdout)).toEqual(stats1);
    expect(stats1.resolutions).toBe(2);
    expect(stats1.references).toBeGreaterThan(0);
  });

  it("shows progress lines instead of one line per file for a large run, and counts by label and type", async () => {
    const db = path.join(tmp(), "g.db");
    const run = await cli(["ingest", path.join(PACKAGE_ROOT, "bench/corpus/ga")], { RESGRAPH_DB: db });
    expect(run.code).toBe(0);
    const progress = run.stderr.split("\n").filter((l) => l.startsWith("ingest: "));
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.at(-1)).toMatch(/^ingest: 54\/54 files, \d+ paragraphs\/s$/);
    expect(run.stdout).not.toMatch(/^\s+created/m);
    expect(run.stdout).toMatch(/54 files: 54 new, 0 replaced, 0 unchanged, 0 failed/);
    const stats = JSON.parse((await cli(["stats", "--json"], { RESGRAPH_DB: db })).stdout);
    expect(stats.nodes.Resolution).toBeGreaterThan(54);
    expect(stats.relationships.HAS_PARAGRAPH).toBe(stats.paragraphs);
    expect(Object.keys(stats.relationships)).toContain("RECALLS");
  });

  it("takes the database from --db over RESGRAPH_DB", async () => {
    const dir = tmp();
    await cli(["ingest", "--db", path.join(dir, "flag.db"), SEED], { RESGRAPH_DB: path.join(dir, "env.db") });
    const viaFlag = JSON.parse((await cli(["stats", "--json", "--db", path.join(dir, "flag.db")])).stdout);
    expect(viaFlag.resolutions).toBe(1);
  });
});

describe("resgraph serve refuses bad configuration in one line", () => {
  it("names a bad PORT and what it expects, exit 2, no stack trace", () => {
    const run = cliProcess(["serve"], { PORT: "http", RESGRAPH_DB: path.join(tmp(), "g.db") });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('resgraph: invalid PORT="http": expected an integer port between 0 and 65535');
  });

  it("names an unwritable RESGRAPH_DB, exit 1, no stack trace", () => {
    const file = path.join(tmp(), "a-file");
    writeFileSync(file, "not a directory");
    const run = cliProcess(["serve"], { RESGRAPH_DB: path.join(file, "graph.db") });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.join(file, "graph.db"));
    expect(lines[0]).toMatch(/^resgraph: cannot open/);
  });
});

describe("resgraph serve --seed (what npm start runs)", () => {
  it("ingests the seeds, prints URL, store and counts, and answers queries", async () => {
    const db = path.join(tmp(), "g.db");
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PACKAGE_ROOT, "src/cli.ts"), "serve", "--seed"], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", RESGRAPH_DB: db, LOG_LEVEL: "silent" },
    });
    try {
      let stdout = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const m = /GraphQL API at (http:\/\/\S+)/.exec(stdout);
          if (m && /store sqlite:.*\d+ resolutions, \d+ paragraphs, \d+ references, \d+ mentions/.test(stdout)) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
      });
      expect(stdout).toContain(`store sqlite:${db}`);
      expect(stdout).toMatch(/seeds: \d+ files: \d+ new/);
      expect(stdout).toContain(`citation explorer at ${new URL("/explore", url).href}`);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { resolutions paragraphs } }" }),
      });
      const body = (await res.json()) as { data: { stats: { resolutions: number; paragraphs: number } } };
      expect(body.data.stats.resolutions).toBeGreaterThan(20);
      // SIGTERM: a clean stop, exit 0, with one line saying so.
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr).toContain("SIGTERM: stopping (requests in flight get 10000 ms; send it again to exit at once)");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});

describe("a second stop signal", () => {
  it("exits at once, without waiting for the first stop to finish", async () => {
    // The CLI's own signal handling (cli/io.ts), in a process that never finishes stopping.
    const script = `import { processIO } from ${JSON.stringify(pathToFileURL(path.join(PACKAGE_ROOT, "src/cli/io.ts")).href)};
setInterval(() => {}, 1000);
const signal = await processIO().untilStopped();
console.log("stopping after " + signal);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: PACKAGE_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.kill("SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stdout).toContain("stopping after SIGINT");
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(stderr).toContain("SIGTERM again: exiting now");
  });
});
