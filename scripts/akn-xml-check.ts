// Measures parseAkn against the UN's own markup on a folder of AKN4UN files (default ../shared/akn):
// files read and refused (with why), paragraph keys and verbs identical to the gold the checker
// derives from the markup (../shared/akn-check/akn_gold.py, whose key conventions parseAkn follows),
// and the recall of the editors' links: every link to a UN symbol must be a reference of its
// paragraph. Plus the time parseAkn takes.
//
//   node --import tsx scripts/akn-xml-check.ts [DIR] [--gold-tool PATH/akn_gold.py] [--examples N]
//
// The gold needs Python 3 and akn_gold.py (one Python process for all files, its --batch mode).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { ResolutionDocument } from "../src/domain.js";
import { ParseError } from "../src/errors.js";
import { parseAkn } from "../src/ingest/akn/index.js";

interface GoldLink { paragraph: string; kind: string; target: string; heading?: boolean; visible: boolean; footnote?: string }
interface Gold { symbol: string; adoptedOn: string; title: string; meeting: string; paragraphs: { key: string; kind: string; verb: string | null }[]; links: GoldLink[] }

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const goldTool = resolve(option("--gold-tool") ?? "../shared/akn-check/akn_gold.py");
const examples = Number(option("--examples") ?? 8);
const dir = resolve(args[0] ?? "../shared/akn");

function xmlFiles(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) return xmlFiles(p);
      return name.toLowerCase().endsWith(".xml") ? [p] : [];
    });
}

const files = xmlFiles(dir);
if (files.length === 0) {
  console.error(`no .xml files under ${dir}`);
  process.exit(2);
}

// --- gold, from the markup
const out = mkdtempSync(join(tmpdir(), "akn-xml-check-"));
const list = join(out, "list.tsv");
writeFileSync(list, files.map((f, i) => `${i}\t${f}`).join("\n") + "\n");
const py = spawnSync("python3", [goldTool, "--batch", list, out], { encoding: "utf8" });
if (py.error) {
  console.error(`cannot run ${goldTool}: ${py.error.message}`);
  process.exit(2);
}
const goldOf = (i: number): Gold | string => {
  const g = join(out, "gold", `${i}.gold.json`);
  if (existsSync(g)) return JSON.parse(readFileSync(g, "utf8")) as Gold;
  const e = join(out, "gold", `${i}.error`);
  return existsSync(e) ? readFileSync(e, "utf8").trim() : "no gold";
};

// --- comparison
const normSym = (s: string): string => s.replace(/[\s\u00a0\u2007\u202f]+/g, "").toUpperCase();
const baseRes = (t: string): string => t.replace(/^(.*\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)[A-Z](?:-[A-Z])*$/, "$1").replace(/^(.*\/(?:RES|DEC)\/\d+)[A-Z](\((?:E?S-)?[IVXLC]+\))$/, "$1$2");
const normTarget = (t: string): string => {
  const x = normSym(t);
  return /\/(?:RES|DEC)\//.test(x) ? baseRes(x) : x;
};
const normVerb = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
const normTitle = (s: string): string => s.replace(/[\u2010\u2011]/g, "-").replace(/\s+/g, " ").trim().replace(/[.*\s]+$/, "");

const refused: { file: string; reason: string; gold: string }[] = [];
let read = 0;
let parseMs = 0;
let slowest = { file: "", ms: 0 };
const tally = { keyDocs: 0, keyDocsSame: 0, keys: 0, keysSame: 0, verbs: 0, verbsSame: 0, links: 0, linksFound: 0, linksKindSame: 0, symbol: 0, title: 0, date: 0, meeting: 0, compared: 0 };
const missesKeys: string[] = [];
const missesVerbs: string[] = [];
const missesLinks: string[] = [];

files.forEach((file, i) => {
  const xml = readFileSync(file, "utf8");
  const gold = goldOf(i);
  const t0 = performance.now();
  let doc: ResolutionDocument;
  try {
    doc = parseAkn(xml, file);
  } catch (error) {
    const ms = performance.now() - t0;
    parseMs += ms;
    if (!(error instanceof ParseError)) throw error;
    refused.push({ file: basename(file), reason: error.reason, gold: typeof gold === "string" ? gold : "gold has paragraphs" });
    return;
  }
  const ms = performance.now() - t0;
  parseMs += ms;
  if (ms > slowest.ms) slowest = { file: basename(file), ms };
  read += 1;
  if (typeof gold === "string") {
    refused.push({ file: basename(file), reason: "read, but the checker has no gold", gold });
    return;
  }
  tally.compared += 1;
  const id = basename(file);
  // header
  if (baseRes(normSym(doc.resolution.symbol)) === gold.symbol) tally.symbol += 1;
  if (normTitle(doc.resolution.title) === normTitle(gold.title)) tally.title += 1;
  if (doc.resolution.adoptedOn === gold.adoptedOn) tally.date += 1;
  if (normVerb(doc.resolution.meeting) === normVerb(gold.meeting)) tally.meeting += 1;
  // keys, in order
  const mine = doc.paragraphs.map((p) => p.key);
  const theirs = gold.paragraphs.map((p) => p.key);
  tally.keyDocs += 1;
  if (mine.join(" ") === theirs.join(" ")) tally.keyDocsSame += 1;
  else if (missesKeys.length < examples) {
    const j = theirs.findIndex((k, n) => mine[n] !== k);
    missesKeys.push(`${id}: at #${j} gold ${theirs.slice(j, j + 3).join(",")} got ${mine.slice(j, j + 3).join(",")} (${theirs.length} vs ${mine.length})`);
  }
  const byKey = new Map(doc.paragraphs.map((p) => [p.key, p]));
  for (const g of gold.paragraphs) {
    tally.keys += 1;
    const p = byKey.get(g.key);
    if (p) tally.keysSame += 1;
    tally.verbs += 1;
    if (p && normVerb(p.verb) === normVerb(g.verb)) tally.verbsSame += 1;
    else if (missesVerbs.length < examples) missesVerbs.push(`${id} ${g.key}: gold ${JSON.stringify(g.verb)} got ${JSON.stringify(p?.verb ?? null)}`);
  }
  // links: every editor link to a UN symbol, in a paragraph (headings excluded, as the checker does)
  const own = gold.symbol;
  const refs = new Map<string, string>();
  for (const r of doc.references) refs.set(`${r.paragraph}|${normTarget(r.target)}`, r.kind);
  const seen = new Set<string>();
  for (const l of gold.links) {
    if (l.heading || l.target === own) continue;
    const k = `${l.paragraph}|${l.target}`;
    if (seen.has(k)) continue;
    seen.add(k);
    tally.links += 1;
    const kind = refs.get(k);
    if (kind !== undefined) {
      tally.linksFound += 1;
      if (kind === l.kind) tally.linksKindSame += 1;
    } else if (missesLinks.length < examples) missesLinks.push(`${id} ${l.paragraph}: ${l.kind} ${l.target}${l.footnote ? ` (footnote ${l.footnote})` : ""}`);
  }
});
rmSync(out, { recursive: true, force: true });

const ratio = (a: number, b: number): string => (b === 0 ? "n/a" : (a / b).toFixed(4));
const say = console.log;
say(`AKN4UN XML against its markup: ${dir}`);
say(`files: ${files.length}; read ${read}; refused ${refused.length}`);
for (const r of refused) say(`  refused ${r.file}: ${r.reason}  [checker: ${r.gold}]`);
say(`compared with the gold: ${tally.compared} files`);
say(`  symbol ${ratio(tally.symbol, tally.compared)}  title ${ratio(tally.title, tally.compared)}  adoption date ${ratio(tally.date, tally.compared)}  meeting ${ratio(tally.meeting, tally.compared)}`);
say(`  paragraph keys: identical sequence in ${tally.keyDocsSame}/${tally.keyDocs} files (${ratio(tally.keyDocsSame, tally.keyDocs)}); gold keys found ${tally.keysSame}/${tally.keys} (${ratio(tally.keysSame, tally.keys)})`);
say(`  verbs identical: ${tally.verbsSame}/${tally.verbs} (${ratio(tally.verbsSame, tally.verbs)})`);
say(`  editor links that are a reference of their paragraph: ${tally.linksFound}/${tally.links} (recall ${ratio(tally.linksFound, tally.links)}); same kind ${tally.linksKindSame}/${tally.linksFound}`);
say(`time: parseAkn ${(parseMs / 1000).toFixed(1)} s for ${files.length} files (${(parseMs / files.length).toFixed(1)} ms a file; slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms)`);
if (missesKeys.length) say(`key differences (first ${missesKeys.length}):\n  ${missesKeys.join("\n  ")}`);
if (missesVerbs.length) say(`verb differences (first ${missesVerbs.length}):\n  ${missesVerbs.join("\n  ")}`);
if (missesLinks.length) say(`links missed (first ${missesLinks.length}):\n  ${missesLinks.join("\n  ")}`);
