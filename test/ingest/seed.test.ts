import { describe, expect, it } from "vitest";
import { parseResolution } from "../../src/ingest/parse.js";
import { extractOutputShape } from "../../src/ingest/output-shape.js";
import { readSeed } from "./helpers.js";

const SEED = "000_a76aad1bd757f93e.txt";
const doc = parseResolution(readSeed(SEED), SEED);
const byKey = new Map(doc.paragraphs.map((p) => [p.key, p]));

describe("seed HRC 36/32 (docx text)", () => {
  it("reads the header", () => {
    expect(doc.resolution).toEqual({
      symbol: "A/HRC/RES/36/32",
      title: "Advisory services and technical assistance for Cambodia",
      body: "Human Rights Council",
      adoptedOn: "2017-09-29",
      meeting: "42nd meeting",
      voteMethod: "without a vote",
    });
  });

  it("cuts exactly 44 paragraphs with their keys, kinds and ordinals", () => {
    const keys = [
      ...Array.from({ length: 8 }, (_, i) => `pp${i + 1}`),
      ...Array.from({ length: 28 }, (_, i) => `op${i + 1}`),
      "op28(a)", "op28(b)", "op28(c)", "op28(d)", "op28(e)",
      "op29", "op30", "op31",
    ];
    expect(doc.paragraphs.map((p) => p.key)).toEqual(keys);
    expect(doc.paragraphs.map((p) => p.ordinal)).toEqual(keys.map((_, i) => i + 1));
    expect(doc.paragraphs.filter((p) => p.kind === "preambular").map((p) => p.key)).toEqual(keys.slice(0, 8));
  });

  it.each([
    ["pp1", "Reaffirming"],
    ["pp3", "Recalling also"],
    ["pp4", "Recalling further"],
    ["pp5", "Bearing in mind"],
    ["pp7", "Taking note"],
    ["op3", "Expresses continued concern"],
    ["op4", "Calls upon"],
    ["op14", "Takes note"],
    ["op16", "Also encourages"],
    ["op19", "Further notes"],
    ["op22", "Expresses serious concern"],
    ["op24", "Notes with concern"],
    ["op28(a)", ""],
  ])("%s has verb %j", (key, verb) => {
    expect(byKey.get(key)?.verb).toBe(verb);
  });

  it("attaches footnotes and strips their markup", () => {
    expect(byKey.get("pp5")?.footnotes).toEqual([{ mark: "2", text: "A/HRC/36/32." }]);
    expect(byKey.get("op6")?.footnotes).toEqual([{ mark: "3", text: "A/HRC/27/70, A/HRC/30/58, A/HRC/33/62 and A/HRC/36/61." }]);
    for (const p of doc.paragraphs) expect(p.text).not.toMatch(/\[|footnote|bookmark|\t|\s{2}/);
    expect(byKey.get("pp7")?.text.startsWith("Taking note of the new developments")).toBe(true);
  });

  it("finds its references, footnotes included", () => {
    const refs = doc.references.map((r) => `${r.paragraph} ${r.target}`);
    expect(refs).toEqual([
      "pp2 A/RES/60/251",
      "pp3 A/HRC/RES/5/1",
      "pp3 A/HRC/RES/5/2",
      "pp4 A/HRC/RES/30/23",
      "pp5 A/HRC/36/32",
      "op6 A/HRC/27/70",
      "op6 A/HRC/30/58",
      "op6 A/HRC/33/62",
      "op6 A/HRC/36/61",
    ]);
    expect(doc.references.find((r) => r.paragraph === "pp4")).toMatchObject({ verb: "Recalling further", date: "2015-10-02" });
  });

  it("validates against the output shape", () => {
    expect(extractOutputShape.safeParse(doc).success).toBe(true);
  });
});
