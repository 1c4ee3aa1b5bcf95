// Checks a generated corpus against its manifest: how many files parse, into the intended symbols,
// and how many of the intended citations (resolutions, documents) and laws come out of the parser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSource } from "../../src/ingest/source.js";
import { type GeneratedCorpus, readManifest } from "./generate.js";

export interface CorpusCheck {
  files: number;
  parsed: number;
  symbolsMatching: number;
  uniqueSymbols: number;
  cites: number;
  citesFound: number;
  docs: number;
  docsFound: number;
  laws: number;
  lawsFound: number;
  countries: number;
  countriesFound: number;
  failures: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, "").toUpperCase();

export function checkCorpus(corpus: Pick<GeneratedCorpus, "manifest" | "dir">, limit = Infinity): CorpusCheck {
  const c: CorpusCheck = { files: 0, parsed: 0, symbolsMatching: 0, uniqueSymbols: 0, cites: 0, citesFound: 0, docs: 0, docsFound: 0, laws: 0, lawsFound: 0, countries: 0, countriesFound: 0, failures: [] };
  const symbols = new Set<string>();
  for (const e of readManifest(corpus)) {
    if (c.files >= limit) break;
    c.files++;
    const file = path.join(corpus.dir, e.file);
    let parsed;
    try {
      parsed = parseSource(readFileSync(file, "utf8"), file);
    } catch (error) {
      c.failures.push(`${e.file}: ${(error as Error).message}`);
      continue;
    }
    if (parsed.kind !== "resolution") {
      c.failures.push(`${e.file}: read as an analysis page`);
      continue;
    }
    c.parsed++;
    const doc = parsed.document;
    if (doc.resolution.symbol === e.symbol) c.symbolsMatching++;
    else c.failures.push(`${e.file}: symbol ${doc.resolution.symbol}, meant ${e.symbol}`);
    symbols.add(doc.resolution.symbol);
    const res = new Set(doc.references.filter((r) => r.kind === "resolution").map((r) => norm(r.target)));
    const docs = new Set(doc.references.filter((r) => r.kind === "document").map((r) => norm(r.target)));
    c.cites += e.cites.length;
    for (const t of e.cites) {
      if (res.has(norm(t))) c.citesFound++;
      else if (c.failures.length < 50) c.failures.push(`${e.file}: citation of ${t} not found (found ${[...res].join(", ")})`);
    }
    c.docs += e.docs.length;
    c.docsFound += e.docs.filter((d) => docs.has(norm(d))).length;
    const laws = new Set(doc.mentions.filter((m) => m.kind === "law").map((m) => m.name));
    c.laws += e.laws.length;
    c.lawsFound += e.laws.filter((l) => laws.has(l)).length;
    if (e.country) {
      c.countries++;
      if (doc.mentions.some((m) => m.kind === "country" && m.id === e.country)) c.countriesFound++;
    }
  }
  c.uniqueSymbols = symbols.size;
  return c;
}
