import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { parseResolution } from "../../src/ingest/parse.js";
import { looksLikeAnalysisPage } from "../../src/ingest/analysis/detect.js";
import { readSeed } from "./helpers.js";

function failure(text: string, file: string): ParseError {
  try {
    parseResolution(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error(`${file} parsed without error`);
}

const seed = readSeed("000_a76aad1bd757f93e.txt");

describe("bad input throws a ParseError naming the file", () => {
  it.each([
    ["empty.txt", "", /empty/],
    ["blank.txt", "  \n\t\n ", /empty/],
    ["binary.bin", "PK\u0003\u0004\u0000\u0000binary", /binary|NUL/],
    ["story.txt", "It was a bright cold day in April, and the clocks were striking thirteen.\nWinston Smith hurried home.", /layout of a resolution/],
    ["truncated.txt", seed.split("\n")[0]!, /no paragraphs/],
    ["004_9cc71f49dc171673.txt", readSeed("004_9cc71f49dc171673.txt"), /analysis page/],
  ])("%s", (file, text, reason) => {
    const error = failure(text, file);
    expect(error.message).toContain(file);
    expect(error.reason).toMatch(reason);
  });

  it("recognizes analysis pages and not resolutions", () => {
    expect(looksLikeAnalysisPage(readSeed("004_9cc71f49dc171673.txt"))).toBe(true);
    expect(looksLikeAnalysisPage(seed)).toBe(false);
  });
});
