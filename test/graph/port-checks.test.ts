// The argument checks both stores share: one behaviour, one set of cases.
import { describe, expect, it } from "vitest";
import { entityLabelOf, nonNegativeInteger, resolutionOrderOf, verbPhrase, withPortChecks } from "../../src/graph/port-checks.js";
import type { GraphStore } from "../../src/graph/port.js";

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
    expect(entityLabelOf("label", "Law")).toBe("Law");
    expect(() => entityLabelOf("label", "Resolution")).toThrow(/label: must be one of Country, Person, Law, Instrument, Organization/);
    expect(resolutionOrderOf("orderBy", "SYMBOL_ASC")).toBe("SYMBOL_ASC");
    expect(() => resolutionOrderOf("orderBy", "RANDOM")).toThrow(/orderBy/);
  });
});

describe("withPortChecks", () => {
  // A store that records what reaches it: a refused call must never reach the engine.
  const words = (n: number): string => Array.from({ length: n }, (_, k) => `w${k}`).join(" ");

  function recordingStore(): { store: GraphStore; calls: string[] } {
    const calls: string[] = [];
    const engine = new Proxy({} as Record<string, unknown>, {
      get: (_t, property) => (property === "then" ? undefined : (...args: unknown[]) => {
        calls.push(`${String(property)}(${JSON.stringify(args)})`);
        return Promise.resolve([]);
      }),
    });
    return { store: withPortChecks(engine as unknown as GraphStore), calls };
  }

  it.each<[string, (s: GraphStore) => Promise<unknown>, RegExp]>([
    ["coMentions with an unknown label", (s) => s.coMentions({ label: "Planet" as never, key: "x" }, 5), /label: must be one of/],
    ["a negative yearFrom in search", (s) => s.search({ text: "x", first: 5, yearFrom: -1 }), /yearFrom: must be a non-negative integer/],
    ["a negative yearTo in findResolutions", (s) => s.findResolutions({ filter: { yearTo: -3 }, orderBy: "SYMBOL_ASC", first: 5, offset: 0 }), /yearTo/],
    ["a fractional depth", (s) => s.lineage("A/RES/1", "ancestors", 1.5), /maxDepth/],
    ["an unknown lineage direction", (s) => s.lineages(["A/RES/1"], "sideways" as never, 2), /direction: must be one of ancestors, descendants/],
    ["an unknown recall direction", (s) => s.recallsOf(["A/RES/1"], "up" as never), /direction: must be one of out, in/],
    ["an unknown citation label", (s) => s.citingParagraphs([{ label: "Paragraph" as never, key: "x" }]), /label: must be one of/],
    ["an unknown paragraph kind", (s) => s.findParagraphs({ filter: { kind: "footnote" as never }, first: 1, offset: 0 }), /kind/],
    ["an unknown order", (s) => s.findResolutions({ filter: {}, orderBy: "LATEST" as never, first: 1, offset: 0 }), /orderBy: must be one of/],
    ["a fractional offset", (s) => s.findResolutions({ filter: {}, orderBy: "SYMBOL_ASC", first: 1, offset: 0.5 }), /offset/],
    ["an unknown mentions label", (s) => s.findResolutions({ filter: { mentions: { label: "Planet" as never, key: "x" } }, orderBy: "SYMBOL_ASC", first: 1, offset: 0 }), /mentions.label/],
    ["a negative page size", (s) => s.listResolutions({ first: -1 }), /first/],
    ["a search of 65 distinct words", (s) => s.search({ text: words(65), first: 5 }), /text: has 65 distinct words; at most 64/],
    ["a text filter of 65 distinct words", (s) => s.findParagraphs({ filter: { text: words(65) }, first: 1, offset: 0 }), /text: has 65 distinct words/],
    ["a negative offset", (s) => s.resolutionsOfCountries(["FR"], { first: 1, offset: -1 }), /offset/],
  ])("refuses %s before the engine sees it", async (_name, call, message) => {
    const { store, calls } = recordingStore();
    await expect(call(store)).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(message) });
    expect(calls).toEqual([]);
  });

  it("passes checked calls and unchecked methods through unchanged", async () => {
    const { store, calls } = recordingStore();
    await store.coMentions({ label: "Law", key: "x" }, 5);
    await store.resolutionsBySymbols(["A/RES/1"]);
    // 64 distinct words pass, and so does any number of one word repeated (it is one term).
    await store.search({ text: `${words(64)} ${"w1 ".repeat(500)}`, first: 1 });
    expect(calls.slice(0, 2)).toEqual(['coMentions([{"label":"Law","key":"x"},5])', 'resolutionsBySymbols([["A/RES/1"]])']);
    expect(calls[2]).toMatch(/^search\(/);
  });
});
