// `npm run eval`: extracts the source of every gold file and scores it with the shared scorer,
// printing one table (header, paragraphs, verbs, references, mentions by kind); then, where
// ../shared/akn-check is present, the bulk check on the General Assembly's own markup with its
// headline figures, their goals and the change since eval/akn-baseline.json (scripts/eval-akn.ts).
// usage: npm run eval [-- --gold DIR] [--verbose] [--akn DIR | --no-akn] [--save-baseline] [--keep]
//   --akn DIR        the akn-check folder (default ../shared/akn-check; its XML files are DIR/../akn)
//   --no-akn         the gold table only
//   --save-baseline  rewrite eval/akn-baseline.json from this run (commit it with the change it measures)
//   --keep           keep the checker's output folder (per-document misses and extras) and print where
// package.json runs it as `node --import tsx`, not through the tsx CLI: a signal (Ctrl-C, a hook's
// `timeout`) then reaches this process directly, whereas the CLI's relay may SIGKILL it halfway
// through removing the checker's output.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractOutputShape } from "../src/ingest/output-shape.js";
import { parseResolution } from "../src/ingest/parse.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../src/package-root.js";
import { compileExtractor, evalAkn } from "./eval-akn.js";

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: path.join(PACKAGE_ROOT, "..", "shared", "gold") },
    scorer: { type: "string" },
    verbose: { type: "boolean", default: false },
    akn: { type: "string" },
    "no-akn": { type: "boolean", default: false },
    "save-baseline": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const goldDir = path.resolve(values.gold!);
const scorer = path.resolve(values.scorer ?? path.join(goldDir, "..", "eval", "score.mjs"));
if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.error(`eval: needs the gold files and scorer (looked for ${goldDir} and ${scorer}); pass --gold DIR`);
  process.exit(2);
}

// The AKN check runs when its checker and data are there; asked for by name, it must be.
const aknDir = path.resolve(values.akn ?? path.join(PACKAGE_ROOT, "..", "shared", "akn-check"));
const aknMissing = [path.join(aknDir, "check.mjs"), path.join(aknDir, "..", "akn")].filter((p) => !existsSync(p));
if (values.akn !== undefined && !values["no-akn"] && aknMissing.length) {
  console.error(`eval: --akn ${values.akn}: not found: ${aknMissing.join(", ")}`);
  process.exit(2);
}
const runAkn = !values["no-akn"] && aknMissing.length === 0;
if (values["save-baseline"] && !runAkn) {
  console.error("eval: --save-baseline needs the AKN check (../shared/akn-check and ../shared/akn, or --akn DIR)");
  process.exit(2);
}
// Compiling dist/ takes a few seconds: it overlaps the gold part below.
const compiled = runAkn ? compileExtractor(PACKAGE_ROOT) : undefined;

const sourceDirs = [SEEDS_DIR, path.join(goldDir, "..", "corpus"), path.join(goldDir, "..", "seeds")];

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
interface Score {
  header: { correct: number; of: number; wrong: string[] };
  paragraphs: Prf;
  verbs: { correct: number; of: number; wrong: string[] };
  references: Prf & { missed: string[]; extra: string[] };
  mentions: Prf & { missed: string[]; extra: string[] };
  mentionsByKind: Record<string, Prf>;
}

const KINDS = ["country", "person", "organization", "law", "instrument"];
const f = (n: number) => n.toFixed(2);
const rows: string[][] = [];
const details: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), "resgraph-eval-"));

for (const goldFile of readdirSync(goldDir).filter((n) => n.endsWith(".gold.json")).sort()) {
  const gold = JSON.parse(readFileSync(path.join(goldDir, goldFile), "utf8")) as { source: string };
  const source = sourceDirs.map((d) => path.join(d, gold.source)).find((p) => existsSync(p));
  if (!source) {
    rows.push([gold.source, "source not found"]);
    continue;
  }
  let predFile: string;
  try {
    const doc = extractOutputShape.parse(parseResolution(readFileSync(source, "utf8"), source));
    predFile = path.join(work, `${goldFile}.pred.json`);
    writeFileSync(predFile, JSON.stringify(doc));
  } catch (error) {
    rows.push([gold.source, `extract failed: ${(error as Error).message}`]);
    continue;
  }
  const run = spawnSync(process.execPath, [scorer, path.join(goldDir, goldFile), predFile, "--json"], { encoding: "utf8" });
  const s = JSON.parse(run.stdout) as Score;
  rows.push([
    gold.source.replace(/\.txt$/, ""),
    `${s.header.correct}/${s.header.of}`,
    f(s.paragraphs.f1),
    `${s.verbs.correct}/${s.verbs.of}`,
    `${f(s.references.precision)}/${f(s.references.recall)}/${f(s.references.f1)}`,
    `${f(s.mentions.precision)}/${f(s.mentions.recall)}/${f(s.mentions.f1)}`,
    ...KINDS.map((k) => (s.mentionsByKind[k] ? f(s.mentionsByKind[k].f1) : "-")),
  ]);
  if (values.verbose) {
    const lines = [
      ...s.header.wrong.map((w) => `header ${w}`),
      ...s.verbs.wrong.map((w) => `verb ${w}`),
      ...s.references.missed.map((m) => `ref missed ${m}`),
      ...s.references.extra.map((m) => `ref extra ${m}`),
      ...s.mentions.missed.map((m) => `mention missed ${m}`),
      ...s.mentions.extra.map((m) => `mention extra ${m}`),
    ];
    if (lines.length) details.push(`${gold.source}:\n  ${lines.join("\n  ")}`);
  }
}

const head = ["source", "header", "para F1", "verbs", "refs P/R/F1", "mentions P/R/F1", ...KINDS];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
if (details.length) console.log(`\n${details.join("\n")}`);
rmSync(work, { recursive: true, force: true });

if (compiled) {
  const ok = await evalAkn(
    {
      packageRoot: PACKAGE_ROOT,
      checkerDir: aknDir,
      baselineFile: path.join(PACKAGE_ROOT, "eval", "akn-baseline.json"),
      saveBaseline: values["save-baseline"],
      keep: values.keep,
    },
    compiled,
  );
  if (!ok) process.exitCode = 1;
} else if (!values["no-akn"]) {
  console.log(`\n(AKN check skipped: not found: ${aknMissing.join(", ")})`);
}
