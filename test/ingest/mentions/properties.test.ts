import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/ingest/mentions/index.js";

// Fragments of real names mixed into random text, so the automaton is driven into deep states.
const fragments = fc.constantFrom(
  "International Criminal Court", "Internati onal", "Cambodian authorities", "the Constitution", "Law on ", " Act", "“the ",
  "Committee established by resolution 661 (1990) concerning ", "Iraq’s", "of Kem Sokha, a", "ICCPR", " ", "-", "\u0000", "\ud800",
  "Côte d'Ivoire", "General Conference of the ",
);
const text = fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.string(), fragments), { maxLength: 30 }).map((parts) => parts.join(""));

describe("findMentions on arbitrary text", () => {
  it("never throws, and every offset pair indexes the text", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.option(fc.string(), { nil: undefined }), (texts, country) => {
        const paragraphs = texts.map((t, i) => ({ key: `p${i}`, text: t }));
        const mentions = findMentions(paragraphs, country === undefined ? { body: "" } : { body: "", countryConcerned: country });
        const byKey = new Map(paragraphs.map((p) => [p.key, p.text]));
        const seen = new Set<string>();
        for (const m of mentions) {
          const t = byKey.get(m.paragraph);
          expect(t).toBeDefined();
          expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
          expect(0 <= m.start && m.start < m.end && m.end <= (t ?? "").length).toBe(true);
          const key = `${m.paragraph}|${m.kind}|${m.name}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles a huge paragraph", () => {
    const huge = "Calls upon the Government of Cambodia and the Internati onal Criminal Court; ".repeat(20_000);
    const mentions = findMentions([{ key: "op1", text: huge }], { body: "" });
    expect(mentions.map((m) => m.name)).toEqual(["Cambodia", "International Criminal Court"]);
  });
});
