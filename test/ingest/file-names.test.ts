// The UN names its files after the symbol; the loader reads a text without a masthead as the act
// its file's name spells. Every name here is read with the one symbol grammar (bodies.ts templates,
// numbers.ts), so the canonical spellings match what the text pipeline keys on.
import { describe, expect, it } from "vitest";
import { readActSymbol, symbolFromFileName } from "../../src/ingest/file-names.js";
import { symbolCandidates } from "../../src/ingest/symbol-input.js";

describe("symbolFromFileName", () => {
  it.each([
    ["A_RES_73_7-EN.pdf", "A/RES/73/7"],
    ["A_RES_73_7.txt", "A/RES/73/7"],
    ["A_RES_217_A_III.txt", "A/RES/217(III)"],
    ["S_RES_242_1967.txt", "S/RES/242 (1967)"],
    ["S_RES_1445_2002.txt", "S/RES/1445 (2002)"],
    ["A_HRC_RES_36_32.txt", "A/HRC/RES/36/32"],
    ["A_HRC_RES_S-25_1.txt", "A/HRC/RES/S-25/1"],
    ["A_HRC_DEC_32_104.txt", "A/HRC/DEC/32/104"],
    // Parts A and B of one resolution: the graph keys the resolution without its part letters.
    ["A_RES_75_101A-B_E.xml", "A/RES/75/101"],
    ["A_RES_ES-10_19.txt", "A/RES/ES-10/19"],
    ["A_RES_2253_ES-V.txt", "A/RES/2253(ES-V)"],
    ["E_CN.4_RES_2005_1.txt", "E/CN.4/RES/2005/1"],
    ["E_RES_1995_31-F.doc", "E/RES/1995/31"],
    // Language suffixes, in the forms the UN's files use.
    ["A_HRC_RES_42_25-E.pdf", "A/HRC/RES/42/25"],
    ["A_HRC_RES_42_25_E.pdf", "A/HRC/RES/42/25"],
    ["a_res_80_4-en.PDF", "A/RES/80/4"],
    // A directory is no part of the name.
    ["seeds/S_RES_82_1950.txt", "S/RES/82 (1950)"],
    ["C:\\corpus\\A_RES_80_1.txt", "A/RES/80/1"],
  ])("%s → %s", (file, symbol) => {
    expect(symbolFromFileName(file)).toBe(symbol);
  });

  it.each([
    "000_a76aad1bd757f93e.txt",
    "004_9cc71f49dc171673.txt",
    "SOURCE.md",
    "README.md",
    // A document, not an act: the draft of a resolution, a report.
    "A_80_L.6.txt",
    "A_HRC_36_32.pdf",
    // A number without its session or year.
    "S_RES_242.txt",
    "A_RES_217_A.txt",
    "udhr_eng.txt",
  ])("%s → undefined", (file) => {
    expect(symbolFromFileName(file)).toBeUndefined();
  });

  it("spells every seed's symbol as the text pipeline reads typed symbols", () => {
    // The two readers of symbols must agree: a name and the symbol typed in full are one act.
    for (const [file, typed] of [
      ["A_RES_217_A_III.txt", "217 A (III)"],
      ["S_RES_242_1967.txt", "resolution 242 (1967)"],
      ["A_HRC_RES_36_32.txt", "HRC 36/32"],
    ] as const) {
      expect(symbolCandidates(typed)).toEqual([symbolFromFileName(file)]);
    }
  });
});

describe("readActSymbol", () => {
  it.each([
    ["A/RES/217 A (III)", "A/RES/217(III)", "General Assembly", "resolution"],
    ["A/RES/217(III)", "A/RES/217(III)", "General Assembly", "resolution"],
    ["a/hrc/res/36/32", "A/HRC/RES/36/32", "Human Rights Council", "resolution"],
    ["A/HRC/DEC/32/104", "A/HRC/DEC/32/104", "Human Rights Council", "decision"],
    ["S/RES/678(1990)", "S/RES/678 (1990)", "Security Council", "resolution"],
    ["E/CN.4/RES/2005/1", "E/CN.4/RES/2005/1", "Commission on Human Rights", "resolution"],
    ["A/RES/77/253 B", "A/RES/77/253 B", "General Assembly", "resolution"],
    ["a/res/77/253b", "A/RES/77/253 B", "General Assembly", "resolution"],
    ["A/RES/75/101 A-B", "A/RES/75/101", "General Assembly", "resolution"],
    ["A/RES/75/290 A", "A/RES/75/290", "General Assembly", "resolution"],
  ])("%s is %s of the %s", (input, symbol, body, kind) => {
    expect(readActSymbol(input)).toEqual({ symbol, body, kind });
  });

  it.each(["36/32", "A/HRC/36/32", "S/RES/678", "A/RES/80", ""])("%j is no full act symbol", (input) => {
    expect(readActSymbol(input)).toBeUndefined();
  });
});
