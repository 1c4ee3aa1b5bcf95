import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/domain.js";
import { concernedStates } from "../../src/ingest/concerns.js";

const mention = (paragraph: string, id: string, name: string): Mention => ({ paragraph, kind: "country", name, id, start: 0, end: 1 });

describe("concernedStates", () => {
  it("takes the states the title names", () => {
    expect(concernedStates("Advisory services and technical assistance for Cambodia", "Human Rights Council", [], 40)).toEqual([
      { code: "KHM", name: "Cambodia" },
    ]);
    const venezuela = concernedStates("Situation of human rights in the Bolivarian Republic of Venezuela", "Human Rights Council", [], 9);
    expect(venezuela.map((c) => c.code)).toEqual(["VEN"]);
  });

  it("else the one state named throughout the paragraphs", () => {
    const mentions = ["pp1", "op1", "op2", "op3"].map((p) => mention(p, "IRQ", "Iraq"));
    mentions.push(mention("op2", "KWT", "Kuwait"));
    expect(concernedStates("", "Security Council", mentions, 12)).toEqual([{ code: "IRQ", name: "Iraq" }]);
  });

  it("not a state named only in footnotes, which cite sources", () => {
    const inFootnotes = ["pp1", "op1", "op2", "op3"].map((p) => ({ ...mention(p, "IRQ", "Iraq"), footnote: "1" }));
    expect(concernedStates("", "Security Council", inFootnotes, 12)).toEqual([]);
    expect(concernedStates("", "Security Council", inFootnotes.map(({ footnote: _, ...m }) => m), 12)).toEqual([{ code: "IRQ", name: "Iraq" }]);
  });

  it("not a state named in passing", () => {
    expect(concernedStates("Report of the International Criminal Court", "General Assembly", [mention("op3", "NLD", "Netherlands")], 20)).toEqual([]);
  });

  it("both states when two are named equally often", () => {
    const mentions = ["op1", "op2", "op3"].flatMap((p) => [mention(p, "IRN", "Iran"), mention(p, "IRQ", "Iraq")]);
    expect(concernedStates("", "Security Council", mentions, 8).map((c) => c.code)).toEqual(["IRN", "IRQ"]);
  });
});
