import { describe, expect, it } from "vitest";
import { canonicalSymbol, readNumber, repairPrintedSymbol } from "../../src/ingest/citations/numbers.js";

const sym = (body: Parameters<typeof canonicalSymbol>[0], printed: string, kind?: "resolution" | "decision"): string =>
  canonicalSymbol(body, readNumber(printed)!, kind);

describe("canonical symbols", () => {
  it("HRC resolutions, decisions and special sessions", () => {
    expect(sym("Human Rights Council", "36/32")).toBe("A/HRC/RES/36/32");
    expect(sym("Human Rights Council", "32/104", "decision")).toBe("A/HRC/DEC/32/104");
    expect(sym("Human Rights Council", "S-25/1")).toBe("A/HRC/RES/S-25/1");
  });
  it("GA resolutions, old sessions and decisions", () => {
    expect(sym("General Assembly", "80/4")).toBe("A/RES/80/4");
    expect(sym("General Assembly", "217 A (III)")).toBe("A/RES/217(III)");
    expect(sym("General Assembly", "76/563", "decision")).toBe("A/DEC/76/563");
  });
  it("SC resolutions whatever body is assumed", () => {
    expect(sym("Security Council", "242 (1967)")).toBe("S/RES/242 (1967)");
    expect(sym("Human Rights Council", "1325 (2000)")).toBe("S/RES/1325 (2000)");
  });
  it("Commission on Human Rights and ECOSOC year-numbered resolutions", () => {
    expect(sym("Commission on Human Rights", "2005/1")).toBe("E/CN.4/RES/2005/1");
    expect(sym("Economic and Social Council", "1995/31")).toBe("E/RES/1995/31");
  });
  it("rejects what is not a number", () => {
    expect(readNumber("hello")).toBeUndefined();
  });
  it("repairs a masthead symbol printed without its series letter", () => {
    expect(repairPrintedSymbol("/HRC/RES/S-25/1")).toBe("A/HRC/RES/S-25/1");
    expect(repairPrintedSymbol("S/RES/1445 (2002)")).toBe("S/RES/1445 (2002)");
    expect(repairPrintedSymbol("A/HRC/36/32")).toBeUndefined();
  });
});
