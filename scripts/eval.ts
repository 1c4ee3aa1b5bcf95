// `npm run eval`: extracts the source of every gold file and scores it with the shared scorer,
// printing one table (header, paragraphs, verbs, references, mentions by kind).
// usage: npm run eval [-- --gold DIR] [--verbose]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractOutputShape } from "../src/ingest/output-shape.js";
import { parseResolution } from "../src/ingest/parse.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../src/package-root.js";

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: path.join(PACKAGE_ROOT, "..", "shared", "gold") },
    scorer: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const goldDir = path.resolve(values.gold!);
const scorer = path.resolve(values.scorer ?? path.join(goldDir, "..", "eval", "score.mjs"));
if (!existsSync(goldDir) || !existsSync(scorer)) {
  console.error(`eval: needs the gold files and scorer (looked for ${goldDir} and ${scorer}); pass --gold DIR`);
  process.exit(2);
}
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
