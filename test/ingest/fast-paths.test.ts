// The parser's fast paths must answer exactly what the plain expressions they stand in for answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, runAtEnd } from "../../src/ingest/normalize.js";

const PIECES = ["a", "bc", "Déf", "-", ".", "'", "’", " ", "\t", "\n", "\u00A0", "1", "𝑥", "\uD835", "ß", "X"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(""));

describe("runAtEnd", () => {
  const patterns = [/(\p{Ll}{2,})-$/u, /([\p{L}'’]+)\.?$/u];
  it("reads the same run as the pattern over the whole text", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 20 }), (t, window) => {
        for (const re of patterns) expect(runAtEnd(re, t, window)).toBe(re.exec(t)?.[1]);
      }),
      { numRuns: 2000 },
    );
  });
  it("finds a hyphenated word longer than the window", () => {
    expect(runAtEnd(/(\p{Ll}{2,})-$/u, `x ${"a".repeat(100)}-`, 8)).toBe("a".repeat(100));
  });
});

describe("collapseWhitespace", () => {
  it("equals collapsing every run and trimming", () => {
    fc.assert(
      fc.property(text, (t) => expect(collapseWhitespace(t)).toBe(t.replace(/\s+/g, " ").trim())),
      { numRuns: 2000 },
    );
  });
});
