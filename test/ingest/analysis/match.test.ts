import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnalysisDocument, AnalysisQuote } from "../../../src/domain.js";
import { MATCH_FLOOR, buildParagraphIndex, matchQuotes, type IndexedParagraph } from "../../../src/ingest/analysis/match.js";
import { MAX_CANDIDATES, candidates } from "../../../src/ingest/analysis/paragraph-index.js";
import { parseAnalysisPage } from "../../../src/ingest/analysis/parse.js";
import { quoteFragments } from "../../../src/ingest/analysis/tokens.js";
import { CAMBODIA_36_32, SEEDS, blockParagraphs, cambodia3632, readSeed } from "./seed-paragraphs.js";

const page: AnalysisDocument = parseAnalysisPage(readSeed("004_9cc71f49dc171673.txt"), "004");
const criticism = (n: number): AnalysisQuote => {
  const q = page.quotes[n];
  if (!q) throw new Error(`seed 004 has no quote ${n}`);
  return q;
};
const paragraphs = cambodia3632();
const byKey = (key: string): IndexedParagraph => {
  const p = paragraphs.find((x) => x.id === `${CAMBODIA_36_32}#${key}`);
  if (!p) throw new Error(`no ${key}`);
  return p;
};
const one = (quote: AnalysisQuote, paras: readonly IndexedParagraph[] = paragraphs, floor?: number) =>
  matchQuotes([quote], paras, floor === undefined ? {} : { floor })[0];

describe("the test's own paragraph split of seed 000", () => {
  it("numbers 36/32 as pp1.. and opN", () => {
    expect(byKey("op22").text).toMatch(/^Expresses serious concern over the recent deterioration/);
    expect(byKey("op29").text).toMatch(/^Decides to extend for two years the mandate/);
    expect(byKey("pp5").text).not.toMatch(/footnoteRef|\[2:/);
  });
});

describe("matchQuotes on the seed 004 quotes (a 2023 text) against 36/32 (2017)", () => {
  it("matches the reworded 'deterioration' quote to op22 with a moderate score", () => {
    const m = one(criticism(0));
    expect(m?.paragraphId).toBe(`${CAMBODIA_36_32}#op22`);
    expect(m?.score).toBeGreaterThan(0.45);
    expect(m?.score).toBeLessThan(0.8);
  });

  it("matches the mandate quote to op29", () => {
    const m = one(criticism(4));
    expect(m?.paragraphId).toBe(`${CAMBODIA_36_32}#op29`);
    expect(m?.score).toBeGreaterThan(0.9);
  });

  it("matches the Law on Associations quote to op23", () => {
    expect(one(criticism(2))?.paragraphId).toBe(`${CAMBODIA_36_32}#op23`);
  });

  it("does not match the Kem Sokha conviction quote (a 2023 event) above the floor", () => {
    expect(one(criticism(1))).toBeUndefined();
    // Without a floor its score against op22 (which only mentions his 2017 arrest) stays weak.
    const weak = matchQuotes([criticism(1)], [byKey("op22")], { floor: 0 })[0];
    expect(weak?.score ?? 0).toBeLessThan(MATCH_FLOOR);
  });

  it("gives each quote at most one match, indexed by its position", () => {
    const matches = matchQuotes(page.quotes, paragraphs);
    expect(matches.map((m) => m.quote)).toEqual([0, 2, 4]);
  });
});

describe("matchQuotes scoring", () => {
  const op22 = byKey("op22");

  it("scores a verbatim quote ≥ 0.95, whatever its case and punctuation", () => {
    const m = one({ section: "praise", text: op22.text });
    expect(m?.paragraphId).toBe(op22.id);
    expect(m?.score).toBeGreaterThanOrEqual(0.95);
    const shouted = one({ section: "praise", text: `“${op22.text.toUpperCase().replace(/,/g, "")}”` });
    expect(shouted?.score).toBeGreaterThanOrEqual(0.95);
  });

  it("scores an unrelated sentence below the floor", () => {
    const unrelated = { section: "criticism" as const, text: "Calls upon all States to cooperate fully with the International Criminal Court and to ratify the Rome Statute." };
    expect(one(unrelated)).toBeUndefined();
    const scored = matchQuotes([unrelated], paragraphs, { floor: 0 })[0];
    expect(scored?.score ?? 0).toBeLessThan(MATCH_FLOOR);
  });

  it("matches an abridged quote 'A … B' of one paragraph to it, with a high score", () => {
    const text =
      "Encourages the Government of Cambodia to continue implementing its five-year strategy for gender equality … " +
      "including their participation in decision-making";
    const m = one({ section: "praise", text });
    expect(m?.paragraphId).toBe(`${CAMBODIA_36_32}#op15`);
    expect(m?.score).toBeGreaterThanOrEqual(0.95);
    expect(quoteFragments(text)).toHaveLength(2);
  });

  it("does not credit words scattered across a paragraph as much as the same words together", () => {
    const together = matchQuotes([{ section: "praise", text: "serious concern recent deterioration civil political environment" }], [op22], { floor: 0 })[0];
    const scattered = matchQuotes([{ section: "praise", text: "Cambodia Government parties dialogue trust accountability" }], [op22], { floor: 0 })[0];
    expect(together?.score).toBe(1);
    expect(scattered?.score ?? 0).toBeLessThan(0.5);
  });

  it("ignores quotes with too few content words to locate anything", () => {
    expect(matchQuotes([{ section: "praise", text: "Decides…" }], paragraphs, { floor: 0 })).toEqual([]);
  });
});

describe("matchQuotes on a large index", () => {
  // Every seed as distractors, plus synthetic paragraphs up to 50,000 drawn from a Zipf-like
  // vocabulary built from the seeds' own words, so common words are as common as in real texts.
  let all: IndexedParagraph[];
  beforeAll(() => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt") && !f.startsWith("00"));
    all = [...cambodia3632(), ...seeds.flatMap((f) => blockParagraphs(readSeed(f), f.replace(/\.txt$/, "")))];
    const words = all.flatMap((p) => p.text.split(/\s+/));
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = all.length; n < 50_000; n++) {
      const length = 30 + Math.floor(random() * 80);
      const text = Array.from({ length }, () => words[Math.floor(random() ** 2 * words.length)]).join(" ");
      all.push({ id: `SYN/${Math.floor(n / 40)}#op${n % 40}`, text });
    }
  });

  it("finds the same paragraphs, scoring at most MAX_CANDIDATES paragraphs per quote", () => {
    const index = buildParagraphIndex(all);
    expect(index.ids).toHaveLength(50_000);
    const matches = matchQuotes(page.quotes, index);
    expect(matches.map((m) => [m.quote, m.paragraphId])).toEqual([
      [0, `${CAMBODIA_36_32}#op22`],
      [2, `${CAMBODIA_36_32}#op23`],
      [4, `${CAMBODIA_36_32}#op29`],
    ]);
    for (const q of page.quotes) expect(candidates(index, quoteFragments(q.text).flat()).length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it("still finds them when every word is common (a corpus made of 36/32's own vocabulary)", () => {
    const own = cambodia3632();
    const words = own.flatMap((p) => p.text.split(/\s+/));
    const degenerate = [...own];
    for (let n = own.length; n < 50_000; n++) {
      degenerate.push({ id: `DEG/${n}#op1`, text: Array.from({ length: 70 }, (_, k) => words[(n * 7919 + k * 104729) % words.length]).join(" ") });
    }
    const matches = matchQuotes(page.quotes, buildParagraphIndex(degenerate));
    expect(matches.map((m) => m.paragraphId.split("#")[1])).toEqual(["op22", "op23", "op29"]);
  });
});
