// Runs the CLI in-process (fast, for most cases) or as a real process (for what the user sees).
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";
import { PACKAGE_ROOT } from "../../src/package-root.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = PACKAGE_ROOT): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LOG_LEVEL: "silent", ...env },
    cwd,
    isTerminal: false,
    untilStopped: () => Promise.resolve("SIGTERM"),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** The real `resgraph` process, through tsx, as `npm run resgraph -- …` runs it. */
export function cliProcess(argv: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(PACKAGE_ROOT, "src/cli.ts"), ...argv], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
