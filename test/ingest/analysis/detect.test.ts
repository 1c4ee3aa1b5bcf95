import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { looksLikeAnalysisPage } from "../../../src/ingest/analysis/detect.js";
import { parseAnalysisPage } from "../../../src/ingest/analysis/parse.js";
import { SEEDS, readSeed } from "./seed-paragraphs.js";

const ANALYSIS_SEED = "004_9cc71f49dc171673.txt";
const resolutionSeeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt") && f !== ANALYSIS_SEED);

describe("looksLikeAnalysisPage", () => {
  it("recognises the analysis seed", () => {
    expect(looksLikeAnalysisPage(readSeed(ANALYSIS_SEED))).toBe(true);
  });

  it("takes a resolution with 'Agenda item N' in its masthead for what it is", () => {
    const text = readSeed("A_RES_80_4.txt");
    expect(text).toMatch(/Agenda item/i);
    expect(looksLikeAnalysisPage(text)).toBe(false);
  });

  it.each(resolutionSeeds)("%s is not an analysis page, and parsing it throws ParseError", (file) => {
    const text = readSeed(file);
    expect(looksLikeAnalysisPage(text)).toBe(false);
    expect(() => parseAnalysisPage(text, file)).toThrow(ParseError);
  });

  it("needs two labels: one label line alone is not enough", () => {
    expect(looksLikeAnalysisPage("Some text\n\nAgenda Item\n\n4\n")).toBe(false);
    expect(looksLikeAnalysisPage("Some text\r\n\r\nAgenda Item\r\n4\r\nKey Criticism:\r\n")).toBe(true);
  });
});
