import { describe, expect, it } from "vitest";
import { symbolCandidates } from "../../src/ingest/symbol-input.js";

describe("symbolCandidates", () => {
  it.each([
    ["A/HRC/RES/36/32", ["A/HRC/RES/36/32"]],
    ["a/hrc/res/36/32", ["A/HRC/RES/36/32"]],
    [" A / RES / 80 / 4 ", ["A/RES/80/4"]],
    ["S/RES/678(1990)", ["S/RES/678 (1990)"]],
    ["s/res/678 (1990)", ["S/RES/678 (1990)"]],
    ["resolution 678 (1990)", ["S/RES/678 (1990)"]],
    ["678 (1990)", ["S/RES/678 (1990)"]],
    ["HRC 36/32", ["A/HRC/RES/36/32"]],
    ["Human Rights Council resolution 36/32", ["A/HRC/RES/36/32"]],
    ["GA res. 80/4", ["A/RES/80/4"]],
    ["217 A (III)", ["A/RES/217(III)"]],
    ["A/RES/217 A (III)", ["A/RES/217(III)"]],
    ["a/res/77/253 b", ["A/RES/77/253 B"]],
    ["A/RES/75/290 A", ["A/RES/75/290"]],
    ["A/RES/75/101 A-B", ["A/RES/75/101"]],
    ["HRC decision 32/104", ["A/HRC/DEC/32/104"]],
    ["S-25/1", ["A/HRC/RES/S-25/1", "A/RES/S-25/1"]],
    ["36/32", ["A/HRC/RES/36/32", "A/RES/36/32"]],
    ["2005/1", ["E/CN.4/RES/2005/1", "E/RES/2005/1"]],
  ])("%s → %j", (input, expected) => {
    expect(symbolCandidates(input)).toEqual(expected);
  });

  it.each(["", "   ", "hello", "36", "resolution", "A/HRC/36/32x", "DROP TABLE resolutions"])("%j means nothing", (input) => {
    expect(symbolCandidates(input)).toEqual([]);
  });
});
