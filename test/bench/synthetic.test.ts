import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCorpus, type CorpusCheck } from "../../bench/synthetic/check.js";
import { generateCorpus, type GeneratedCorpus, readManifest } from "../../bench/synthetic/generate.js";
import { learnModel, type CorpusModel } from "../../bench/synthetic/model.js";
import { Rng } from "../../bench/synthetic/prng.js";
import { Timeline } from "../../bench/synthetic/timeline.js";

describe("synthetic corpus generator", () => {
  let dir: string;
  let model: CorpusModel;
  let corpus: GeneratedCorpus;
  let check: CorpusCheck;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "resgraph-synthetic-test-"));
    model = learnModel();
    corpus = generateCorpus({ n: 200, seed: 7, dir: path.join(dir, "a"), model });
    check = checkCorpus(corpus);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes files that parse into the intended symbols (≥ 99%)", () => {
    expect(check.files).toBe(200);
    expect(check.parsed / check.files).toBeGreaterThanOrEqual(0.99);
    expect(check.symbolsMatching / check.files).toBeGreaterThanOrEqual(0.99);
  });

  it("gives every resolution a unique symbol, in every body", () => {
    const entries = [...readManifest(corpus)];
    expect(new Set(entries.map((e) => e.symbol)).size).toBe(200);
    expect(check.uniqueSymbols).toBe(check.parsed);
    expect(new Set(entries.map((e) => e.body))).toEqual(new Set(["GA", "HRC", "SC"]));
  });

  it("writes citations that the parser finds as references (≥ 90%)", () => {
    expect(check.cites).toBeGreaterThan(150);
    expect(check.citesFound / check.cites).toBeGreaterThanOrEqual(0.9);
    expect(check.docsFound / check.docs).toBeGreaterThanOrEqual(0.9);
  });

  it("cites within series: every citation points back in time", () => {
    const seen = new Set<string>();
    for (const e of readManifest(corpus)) {
      for (const t of e.cites) expect(seen.has(t), `${e.symbol} cites ${t}`).toBe(true);
      seen.add(e.symbol);
    }
  });

  it("names the series' country and laws so the gazetteer finds them", () => {
    expect(check.countriesFound / check.countries).toBeGreaterThanOrEqual(0.8);
    expect(check.lawsFound / check.laws).toBeGreaterThanOrEqual(0.8);
  });

  it("is deterministic given the seed", () => {
    const again = generateCorpus({ n: 200, seed: 7, dir: path.join(dir, "b"), model });
    for (const e of readManifest(again)) {
      expect(readFileSync(path.join(again.dir, e.file), "utf8")).toBe(readFileSync(path.join(corpus.dir, e.file), "utf8"));
    }
  });

  it("keeps symbols unique at full scale", () => {
    const n = 50_000;
    const t = new Timeline(n);
    const symbols = new Set<string>();
    for (let i = 0; i < n; i++) symbols.add(t.slot(i).symbol);
    expect(symbols.size).toBe(n);
  });

  it("draws the same stream from the same seed", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    expect(Array.from({ length: 5 }, () => a.u32())).toEqual(Array.from({ length: 5 }, () => b.u32()));
  });
});
