// RequestBudget (src/api/context.ts): work validation cannot see, counted per request.
import { describe, expect, it } from "vitest";
import { RequestBudget } from "../../src/api/context.js";
import { pairsToAlign } from "../../src/diff/align.js";
import { QueryTooComplexError } from "../../src/errors.js";

describe("RequestBudget", () => {
  it("allows up to the limit, refuses past it with QUERY_TOO_COMPLEX naming what, and counts each kind apart", () => {
    const budget = new RequestBudget();
    for (let i = 0; i < 3; i++) budget.spend("diffs", 3);
    budget.spend("series", 3);
    expect(() => budget.spend("diffs", 3)).toThrow(QueryTooComplexError);
    try {
      budget.spend("diffs", 3);
    } catch (error) {
      expect(error).toMatchObject({ code: "QUERY_TOO_COMPLEX", context: { limit: "diffs", max: 3 } });
    }
  });

  it("counts amounts: the paragraph pairs of several diffs add up", () => {
    const budget = new RequestBudget();
    budget.spend("aligned paragraph pairs", 500_000, 300_000);
    expect(() => budget.spend("aligned paragraph pairs", 500_000, 200_001)).toThrow(QueryTooComplexError);
  });
});

describe("pairsToAlign", () => {
  it("multiplies the counts kind by kind: preambular with preambular, operative with operative", () => {
    const p = (kind: "preambular" | "operative", n: number) => Array.from({ length: n }, () => ({ kind }));
    expect(pairsToAlign([...p("preambular", 3), ...p("operative", 10)], [...p("preambular", 4), ...p("operative", 20)])).toBe(3 * 4 + 10 * 20);
    expect(pairsToAlign([], p("operative", 5))).toBe(0);
  });
});
