// The argument checks both stores share: one behaviour, one set of cases.
import { describe, expect, it } from "vitest";
import { entityLabelOf, nonNegativeInteger, optionalInteger, resolutionOrderOf, verbPhrase } from "../../src/graph/port-args.js";

describe("port arguments", () => {
  it.each([
    ["Recalling", "recalling"],
    ["  Calls \t upon\n", "calls upon"],
    ["ÉGALEMENT", "également"],
    ["", null],
    ["   ", null],
  ])("verb %j is compared as %j", (verb, phrase) => {
    expect(verbPhrase(verb)).toBe(phrase);
  });

  it("refuses what is not a count, a label or an order, naming the field", () => {
    expect(nonNegativeInteger("first", 3)).toBe(3);
    expect(() => nonNegativeInteger("first", -1)).toThrow(/first: must be a non-negative integer, got -1/);
    expect(() => nonNegativeInteger("first", 1.5)).toThrow(/first/);
    expect(optionalInteger("yearFrom", null)).toBeNull();
    expect(() => optionalInteger("yearFrom", Number.NaN)).toThrow(/yearFrom: must be an integer/);
    expect(entityLabelOf("label", "Law")).toBe("Law");
    expect(() => entityLabelOf("label", "Resolution")).toThrow(/label: must be one of Country, Person, Law, Instrument, Organization/);
    expect(resolutionOrderOf("orderBy", "SYMBOL_ASC")).toBe("SYMBOL_ASC");
    expect(() => resolutionOrderOf("orderBy", "RANDOM")).toThrow(/orderBy/);
  });
});
