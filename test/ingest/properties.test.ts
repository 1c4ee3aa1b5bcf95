// Property tests: whatever text comes in (random, garbled, truncated real resolutions), the parser
// either returns a document of the documented shape, with offsets that index its paragraphs, or
// throws the typed ParseError. Nothing else escapes.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { analysisOutputShape, extractOutputShape } from "../../src/ingest/output-shape.js";
import { parseSource } from "../../src/ingest/source.js";
import { SEEDS_DIR } from "../../src/package-root.js";

const seed = (name: string) => readFileSync(path.join(SEEDS_DIR, name), "utf8");
const REAL = ["000_a76aad1bd757f93e.txt", "A_RES_73_7.txt", "A_HRC_RES_42_25.txt", "S_RES_687_1991.txt", "004_9cc71f49dc171673.txt"].map(seed);

/** Parses and checks the result; returns "parsed" or "refused" so properties can also count. */
function checked(text: string): "parsed" | "refused" {
  let parsed;
  try {
    parsed = parseSource(text, "input.txt");
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.message.startsWith("input.txt: ")).toBe(true);
    return "refused";
  }
  if (parsed.kind === "analysis") {
    analysisOutputShape.parse({ analysis: parsed.analysis });
    return "parsed";
  }
  if (parsed.kind === "metadata") return "parsed";
  const doc = extractOutputShape.parse(parsed.document);
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.key, p]));
  for (const m of doc.mentions) {
    // Offsets are into the paragraph's text, or into its footnote's when the mention is in one.
    const p = paragraphs.get(m.paragraph)!;
    const t = m.footnote === undefined ? p.text : p.footnotes.find((f) => f.mark === m.footnote)!.text;
    expect(m.start).toBeLessThan(m.end);
    expect(m.end).toBeLessThanOrEqual(t.length);
  }
  return "parsed";
}

const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

/** A real text damaged the way real input is: cut, with lines lost, doubled or garbled. */
const garbled = fc
  .record({
    source: fc.constantFrom(...REAL),
    // Integers scaled to [0, 1]: fc.double favours the extremes (0 and tiny values), which would make
    // nearly every case an empty or header-only text.
    cut: fraction,
    edits: fc.array(
      fc.record({
        at: fraction,
        op: fc.constantFrom("drop", "dup", "noise", "join", "upper"),
        noise: fc.string({ maxLength: 12, unit: "grapheme" }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ source, cut, edits }) => {
    const lines = source.slice(0, Math.max(1, Math.floor(source.length * cut))).split("\n");
    for (const e of edits) {
      const i = Math.floor(e.at * lines.length);
      if (e.op === "drop") lines.splice(i, 1);
      else if (e.op === "dup") lines.splice(i, 0, lines[i] ?? "");
      else if (e.op === "noise") lines[i] = (lines[i] ?? "") + e.noise;
      else if (e.op === "join") lines.splice(i, 2, `${lines[i] ?? ""} ${lines[i + 1] ?? ""}`);
      else lines[i] = (lines[i] ?? "").toUpperCase();
    }
    return lines.join("\n");
  });

describe("parser properties", () => {
  it("random text: a document of the documented shape or a ParseError, never anything else", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: "binary" }), (text) => {
        checked(text);
      }),
      { numRuns: 300 },
    );
  });

  it("random lines that look like resolution furniture and paragraphs", () => {
    const line = fc.oneof(
      fc.constantFrom("The General Assembly,", "The Security Council,", "Human Rights Council", "1.", "(a)", "\f", "", "[Adopted without a vote.]", "42nd meeting", "Recalling its resolution 60/251,", "80/4.\tTitle", "A/RES/80/4", "Distr.: General"),
      fc.string({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        checked(lines.join("\n"));
      }),
      { numRuns: 300 },
    );
  });

  it("garbled and truncated real texts: still the shape or a ParseError", () => {
    let parsed = 0;
    fc.assert(
      fc.property(garbled, (text) => {
        if (checked(text) === "parsed") parsed++;
      }),
      { numRuns: 200 },
    );
    // Most damaged real texts are still readable: the parser degrades, it does not give up.
    expect(parsed).toBeGreaterThan(50);
  });
});
