// The AKN part of `npm run eval`: compiles the extractor, runs the bulk checker of
// ../shared/akn-check on the General Assembly's own markup (../shared/akn), prints the headline
// figures against their goals and against the committed baseline (eval/akn-baseline.json), and
// lists the documents that got worse. `--save-baseline` rewrites that file from the run.
//
// The checker imports dist/ingest/*.js, so the extractor is compiled first: the build's TypeScript
// compile narrowed to those modules (scripts/tsconfig.eval-akn.json), not `npm run build`, whose
// whole-program compile and GraphiQL bundle would take a third of the time budget of the run.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  checkerDocShape,
  checkerSummaryShape,
  diffRuns,
  docCounts,
  figuresTable,
  FIGURES,
  headlineFigures,
  lossReport,
  meetsGoal,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type DocCounts,
  type FigureId,
} from "./akn-figures.js";

export interface AknOptions {
  packageRoot: string;
  /** The akn-check folder (check.mjs); the XML files are its sibling `akn`. */
  checkerDir: string;
  baselineFile: string;
  saveBaseline: boolean;
  /** Keep the checker's output folder (per-document comparisons in docs/<id>.json) and print where. */
  keep: boolean;
}

const TEMP_PREFIX = "resgraph-eval-akn-";
// Outside TEMP_PREFIX, so that the removal of stale outputs never takes a folder kept on purpose.
const KEPT_PREFIX = "resgraph-akn-kept-";
const TSCONFIG = "scripts/tsconfig.eval-akn.json";
const MISS_CAUSES_SHOWN = 5;
const WORSE_DOCS_SHOWN = 15;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

// A run stopped from outside (Ctrl-C, the stop hook's `timeout`) leaves neither a checker running
// nor its ~120 MB output behind.
const running = new Set<ChildProcess>();
const toRemove = new Set<string>();
let handlersInstalled = false;
/** Set once a signal came: settles only by ending the process, when the cleanup is done. */
let stopping: Promise<never> | undefined;
function cleanUpOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    // `on`, not `once`: the signal comes twice (to the process group, and relayed by tsx), and
    // without a listener the second would kill the process in the middle of the cleanup. The
    // removal is asynchronous so that tsx's parent process hears in time that the signal was
    // handled; blocked, it would SIGKILL this process halfway.
    process.on(signal, () => {
      if (stopping) return;
      for (const child of running) child.kill();
      const removals = [...toRemove].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }));
      stopping = Promise.allSettled(removals).then(() => process.exit(code));
    });
  }
}

/** Runs a command with its output captured (never echoed): the checker's progress lines are noise unless it fails. */
function run(command: string, args: string[], cwd: string): Promise<Finished> {
  cleanUpOnSignal();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      running.delete(child);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

const tail = (text: string, lines = 20) => text.trimEnd().split("\n").slice(-lines).map((l) => `  ${l}`).join("\n");

export interface Compiled {
  error?: string;
  warning?: string;
  seconds: number;
}

/**
 * `tsc -p scripts/tsconfig.eval-akn.json`, started early so that it overlaps the gold part.
 * Resolves (never rejects) once dist/ is written, or with the reason it was not. Type errors alone
 * do not stop the check (tsc still emits, exit status 2): the extractor may be mid-edit and the
 * figures are still worth seeing, so they are a warning.
 */
export async function compileExtractor(packageRoot: string): Promise<Compiled> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  let r: Finished;
  try {
    const tsc = createRequire(path.join(packageRoot, "package.json")).resolve("typescript/bin/tsc");
    r = await run(process.execPath, [tsc, "-p", TSCONFIG], packageRoot);
  } catch (error) {
    // Resolved, never rejected: the promise waits unobserved while the gold part runs.
    return { error: `tsc could not start: ${(error as Error).message}`, seconds: seconds() };
  }
  if (r.code === 0) return { seconds: seconds() };
  const errors = (r.stdout + r.stderr).split("\n").filter((l) => /error TS\d+/.test(l));
  if (r.code === 2) return { warning: `tsc reported ${errors.length} type error(s); dist/ was written anyway:\n${tail(errors.join("\n"), 5)}`, seconds: seconds() };
  return { error: `tsc -p ${TSCONFIG} failed (exit ${r.code}):\n${tail(r.stdout + r.stderr)}`, seconds: seconds() };
}

/** Removes output folders of earlier runs that were killed before cleaning up (each is ~120 MB). */
function removeStaleOutputs(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(tmpdir(), name);
    try {
      if (statSync(dir).mtimeMs < hourAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it, or it is not ours to remove: either way nothing to do
    }
  }
}

function readDocCounts(outDir: string): Map<string, DocCounts> {
  const docsDir = path.join(outDir, "docs");
  const counts = new Map<string, DocCounts>();
  for (const name of readdirSync(docsDir).filter((n) => n.endsWith(".json"))) {
    const doc = checkerDocShape.parse(JSON.parse(readFileSync(path.join(docsDir, name), "utf8")));
    const c = docCounts(doc);
    if (c) counts.set(doc.id, c);
  }
  return counts;
}

function codeVersion(packageRoot: string): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: packageRoot, encoding: "utf8" });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return "unknown";
  const dirty = git("status", "--porcelain", "--", "src").stdout.trim() !== "";
  return `${head.stdout.trim()}${dirty ? " with uncommitted changes in src/" : ""}`;
}

function loadBaseline(file: string, shown: string): { baseline?: Baseline; problem?: string } {
  if (!existsSync(file)) return { problem: `no baseline yet (${shown}): save one with --save-baseline` };
  try {
    return { baseline: parseBaseline(JSON.parse(readFileSync(file, "utf8"))) };
  } catch (error) {
    return { problem: `baseline ${shown} unreadable, compared with nothing: ${(error as Error).message.split("\n")[0]}` };
  }
}

/**
 * Runs the check once the compile has finished and prints the report. Returns false when
 * something could not run (the caller exits non-zero); unmet goals are only printed.
 */
export async function evalAkn(opts: AknOptions, compiled: Promise<Compiled>): Promise<boolean> {
  const rel = (p: string) => path.relative(opts.packageRoot, p) || ".";
  const compile = await compiled;
  if (compile.error) {
    console.error(`\neval: AKN check not run: ${compile.error}`);
    return false;
  }

  const started = Date.now();
  removeStaleOutputs();
  const outDir = mkdtempSync(path.join(tmpdir(), opts.keep ? KEPT_PREFIX : TEMP_PREFIX));
  if (!opts.keep) toRemove.add(outDir);
  try {
    const checker = await run(
      process.execPath,
      [
        path.join(opts.checkerDir, "check.mjs"),
        ...["--inproc", "--json", "--out", outDir, "--main", opts.packageRoot, "--dir", path.join(opts.checkerDir, "..", "akn")],
      ],
      opts.packageRoot,
    );
    // Killed by the signal handler: no report, and the handler removes the folder and exits.
    if (stopping) return await stopping;
    if (checker.code !== 0) {
      console.error(`\neval: the AKN checker failed (exit ${checker.code}); its last lines:\n${tail(checker.stderr)}`);
      if (opts.keep) console.error(`its output is kept in ${outDir}`);
      return false;
    }
    const summary = checkerSummaryShape.parse(JSON.parse(readFileSync(path.join(outDir, "summary.json"), "utf8")));
    const figures = headlineFigures(summary);
    const docs = readDocCounts(outDir);
    const { baseline, problem } = loadBaseline(opts.baselineFile, rel(opts.baselineFile));

    const ids = Object.keys(FIGURES) as FigureId[];
    const met = ids.filter((id) => meetsGoal(id, figures[id])).length;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `\nAKN check: ${figures.docs} General Assembly resolutions against their editors' links (${rel(opts.checkerDir)}; ` +
        `compiled in ${compile.seconds.toFixed(0)} s, checked in ${seconds} s): ${met} of ${ids.length} goals met`,
    );
    if (compile.warning) console.log(`warning: ${compile.warning}`);
    if (baseline) console.log(`baseline: ${rel(opts.baselineFile)}, measured ${baseline.measuredAt.slice(0, 10)} on ${baseline.code}`);
    else console.log(problem);
    for (const l of figuresTable(figures, baseline?.figures)) console.log(l);
    const conversions = summary.failures.length - summary.all.failed;
    if (conversions > 0) console.log(`(${conversions} file(s) whose ground truth could not be read are left out; see the checker's summary.failures)`);

    console.log(`\nmost frequent causes of paragraph-level misses (of ${summary.missCauses.reduce((n, c) => n + c.count, 0)}):`);
    for (const c of summary.missCauses.slice(0, MISS_CAUSES_SHOWN)) console.log(`${String(c.count).padStart(6)}  ${(100 * c.share).toFixed(1).padStart(5)}%  ${c.cause}`);

    if (baseline) {
      const diff = diffRuns(baseline.docs, docs);
      console.log("");
      for (const l of lossReport(diff, WORSE_DOCS_SHOWN)) console.log(l);
      if (diff.worse.length && !opts.keep) console.log("  (what each lost: run with --keep and read docs/<id>.json in the folder it prints)");
    }
    if (opts.keep) console.log(`\nchecker output kept in ${outDir}: docs/<id>.json (one document's misses and extras), report.txt`);

    if (opts.saveBaseline) {
      const saved: Baseline = { measuredAt: new Date().toISOString(), code: codeVersion(opts.packageRoot), figures, docs };
      writeFileSync(opts.baselineFile, serializeBaseline(saved));
      console.log(`baseline saved to ${rel(opts.baselineFile)} (${docs.size} documents): commit it with the change it measures`);
    }
    return true;
  } catch (error) {
    console.error(`\neval: AKN check could not be read: ${(error as Error).message}`);
    return false;
  } finally {
    if (!opts.keep) rmSync(outDir, { recursive: true, force: true });
  }
}
