import { describe, expect, it } from "vitest";
import { LINK_THRESHOLD, pickAnalyzedResolution } from "../../../src/ingest/analysis/link.js";
import { buildParagraphIndex, matchQuotes } from "../../../src/ingest/analysis/match.js";
import { parseAnalysisPage } from "../../../src/ingest/analysis/parse.js";
import { CAMBODIA_36_32, blockParagraphs, cambodia3632, readSeed } from "./seed-paragraphs.js";

const page = parseAnalysisPage(readSeed("004_9cc71f49dc171673.txt"), "004");
const S242 = "S/RES/242 (1967)";
const s242 = blockParagraphs(readSeed("S_RES_242_1967.txt"), S242);

describe("pickAnalyzedResolution", () => {
  it("links the seed 004 quotes to A/HRC/RES/36/32 among two resolutions", () => {
    const index = buildParagraphIndex([...s242, ...cambodia3632()]);
    const matches = matchQuotes(page.quotes, index);
    const picked = pickAnalyzedResolution(matches, page.quotes.length);
    expect(picked?.symbol).toBe(CAMBODIA_36_32);
    // (0.54 + 0 + 0.85 + 0 + 1) / 5: two of the five quotes are about 2023 events.
    expect(picked?.score).toBeCloseTo(0.477, 2);
    expect(picked?.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });

  it("returns null when only unrelated paragraphs are loaded", () => {
    const unrelated = [
      ...s242,
      ...blockParagraphs(readSeed("S_RES_660_1990.txt"), "S/RES/660 (1990)"),
      ...blockParagraphs(readSeed("A_RES_217_A_III.txt"), "A/RES/217(III)"),
    ];
    const matches = matchQuotes(page.quotes, unrelated);
    expect(pickAnalyzedResolution(matches, page.quotes.length)).toBeNull();
  });

  it("averages over all quotes, so one strong match among many quotes is not enough", () => {
    const matches = [{ quote: 0, paragraphId: "A/RES/1#op1", score: 1 }];
    expect(pickAnalyzedResolution(matches, 5)).toBeNull();
    expect(pickAnalyzedResolution(matches, 2)).toEqual({ symbol: "A/RES/1", score: 0.5 });
    expect(pickAnalyzedResolution(matches, 0)).toBeNull();
  });

  it("keeps each quote's best per resolution when given several matches per quote", () => {
    const matches = [
      { quote: 0, paragraphId: "A/1#op1", score: 0.6 },
      { quote: 0, paragraphId: "A/1#op2", score: 0.9 },
      { quote: 1, paragraphId: "A/1#op3", score: 0.5 },
      { quote: 0, paragraphId: "B/2#op1", score: 1 },
    ];
    const picked = pickAnalyzedResolution(matches, 2);
    expect(picked?.symbol).toBe("A/1");
    expect(picked?.score).toBeCloseTo(0.7, 10);
  });
});
