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
      // runAtEnd's precondition: the window holds the shortest match (two astral letters and "-":
      // five code units) plus one; smaller windows are outside its contract.
      fc.property(text, fc.integer({ min: 8, max: 20 }), (t, window) => {
        for (const re of patterns) expect(runAtEnd(re, t, window)).toBe(re.exec(t)?.[1]);
      }),
      { numRuns: 2000 },
    );
  });
  it("finds a run longer than the window", () => {
    expect(runAtEnd(/(\p{Ll}{2,})-$/u, `x ${"a".repeat(100)}-`, 8)).toBe("a".repeat(100));
  });
});

describe("collapseWhitespace", () => {
  it("equals collapsing every run and trimming", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(collapseWhitespace(t)).toBe(t.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});

/** attachFootnotes as it was before its fast paths, kept here as the reference. */
function attachFootnotesReference(text: string, notes: Map<string, string>): { text: string; footnotes: Array<{ mark: string; text: string }> } {
  const marks: string[] = [];
  const seen = (mark: string): void => {
    if (!marks.includes(mark)) marks.push(mark);
  };
  let t = text.replace(/\s*\uE000([^\uE001]*)\uE001/g, (_all, mark: string) => {
    seen(mark);
    return "";
  });
  const takers = new Set(["of", "paragraph", "the", "resolution"]);
  t = t.replace(/(?<=([\p{L}\d.,;:)\]”’"']))( ?)(\d{1,3})(?=[\s,.;:)]|$)/gu, (all, before: string, space: string, digits: string, offset: number) => {
    if (!notes.has(digits)) return all;
    const head = t.slice(0, offset);
    const prevWord = (/([\p{L}'’]+)\.?$/u.exec(head)?.[1] ?? "").toLowerCase();
    const rest = t.slice(offset + all.length).trimStart();
    if (/^(?:January|to|per|%|years?|States)\b/.test(rest)) return all;
    if (space === "" ? /\d/.test(before) : takers.has(prevWord) && /\p{L}/u.test(before)) return all;
    if (/\d/.test(before) && !/(?:^|\s)(?:1[89]|20)\d\d$/.test(head)) return all;
    seen(digits);
    return "";
  });
  const footnotes = marks.filter((m) => notes.has(m)).map((m) => ({ mark: m, text: notes.get(m)! }));
  return { text: t.replace(/\s+([,.;:])/g, "$1").replace(/\s+/g, " ").trim(), footnotes };
}

describe("attachFootnotes", () => {
  const notes = new Map([["1", "one"], ["2", "two"], ["9", "nine"], ["12", "twelve"], ["*", "star"]]);
  const tokens = ["Cambodia", "of", "paragraph", "the", "resolution", "States", "January", "to", "%", "para.", "2013", "12", "1", "9", "2", "123", "1234", " ", "  ", "\t", ",", ".", ";", ")", "(", "”", "’", "/", "-", "\uE000" + "1\uE001", "\uE000*\uE001", "é", "𝑥"];
  const paragraph = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((a) => a.join(""));
  it("removes the same marks as the plain global replacement", async () => {
    const { attachFootnotes } = await import("../../src/ingest/footnotes.js");
    fc.assert(
      fc.property(paragraph, (t) => {
        // The reference knows only some of the number words; texts with the others are left out.
        // Words are delimited by letters, as the implementation reads them ("9to" holds "to").
        fc.pre(!/(?<![\p{L}'’])(?:per|percent|years?|days?|months?|weeks?|hours?|million|billion|times|members|votes|countries|persons|people|February|March|April|May|June|July|August|September|October|November|December|on|to|in|at|by|for|from|and|or|than|between|about|over|under|some|least|nearly|almost|around|a|an|all|its|their|his|her|these|those|each|every)(?![\p{L}'’])/iu.test(t));
        expect(attachFootnotes(t, notes)).toEqual(attachFootnotesReference(t, notes));
      }),
      { numRuns: 3000 },
    );
  });
});
