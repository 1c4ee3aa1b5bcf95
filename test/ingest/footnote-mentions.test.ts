// A footnote belongs to each paragraph that carries its mark, for mentions as for references: on a
// real text (GA 73/7, whose footnotes cite the Treaty Series), through the whole pipeline.
import { describe, expect, it } from "vitest";
import { extractOutputShape } from "../../src/ingest/output-shape.js";
import { parseResolution } from "../../src/ingest/parse.js";
import { readSeed } from "./helpers.js";

const FILE = "A_RES_73_7.txt";
const doc = parseResolution(readSeed(FILE), FILE);

describe("mentions in footnotes (GA 73/7)", () => {
  const inFootnotes = doc.mentions.filter((m) => m.footnote !== undefined);

  it("are the paragraph's, with the footnote's mark, when its own text does not name the entity", () => {
    expect(inFootnotes.map((m) => `${m.paragraph}/${m.footnote} ${m.kind}:${m.name}`)).toContain("pp2/1 organization:United Nations");
    const pp2 = inFootnotes.find((m) => m.paragraph === "pp2")!;
    const treatySeries = doc.paragraphs.find((p) => p.key === "pp2")!.footnotes.find((f) => f.mark === "1")!.text;
    expect(treatySeries.slice(pp2.start, pp2.end)).toBe("United Nations");
    for (const m of inFootnotes) {
      const paragraph = doc.paragraphs.find((p) => p.key === m.paragraph)!;
      const note = paragraph.footnotes.find((f) => f.mark === m.footnote);
      expect(note, `${m.paragraph} carries footnote ${m.footnote}`).toBeDefined();
      // Offsets index the footnote's text; each entity once per paragraph.
      expect(note!.text.slice(m.start, m.end).length).toBe(m.end - m.start);
      const same = doc.mentions.filter((x) => x.paragraph === m.paragraph && x.kind === m.kind && x.name === m.name);
      expect(same).toEqual([m]);
    }
  });

  it("come after the paragraph's own mentions", () => {
    for (const p of doc.paragraphs) {
      const marks = doc.mentions.filter((m) => m.paragraph === p.key).map((m) => m.footnote !== undefined);
      expect(marks).toEqual([...marks].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("validate against the output shape, which checks their offsets against the footnote's text", () => {
    expect(extractOutputShape.safeParse(doc).success).toBe(true);
    const [first] = inFootnotes;
    const note = doc.paragraphs.find((p) => p.key === first!.paragraph)!.footnotes.find((f) => f.mark === first!.footnote)!;
    const outside = { ...doc, mentions: doc.mentions.map((m) => (m === first ? { ...m, end: note.text.length + 1 } : m)) };
    const result = extractOutputShape.safeParse(outside);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`mention offsets ${first!.start}-${note.text.length + 1} outside footnote ${first!.footnote} of ${first!.paragraph}`);
  });
});
