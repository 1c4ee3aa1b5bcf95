// The measure of the PDF reader: an official PDF read by pdfToText parses to what its pdftotext
// text parses to (the repository's copies in seeds/), and A/RES/73/7 still matches its gold answer.
// Where the two readings differ (A/RES/73/6), pdftotext's column layout paired footnote texts with
// the wrong marks; the PDF reading is checked against what the printed page says.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Mention, Reference, ResolutionDocument } from "../../../src/domain.js";
import { parseResolution } from "../../../src/ingest/parse.js";
import { pdfToText } from "../../../src/ingest/pdf/index.js";
import { readGold, readSeed } from "../helpers.js";

const pdfBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}-EN.pdf`, import.meta.url)));

const refKey = (r: Reference): string => `${r.paragraph}|${r.kind}|${r.target}|${r.verb}|${r.date ?? ""}`;
const mentionKey = (m: Mention): string => `${m.paragraph}|${m.kind}|${m.name}|${m.footnote ?? ""}`;
const mentionAt = (m: Mention): string => `${mentionKey(m)}|${m.start}-${m.end}`;
const paragraphKeys = (d: ResolutionDocument): string[] => d.paragraphs.map((p) => `${p.key}|${p.kind}|${p.verb}`);

describe("A/RES/73/7 read from its official PDF", () => {
  let text: string;
  let fromPdf: ResolutionDocument;
  let fromText: ResolutionDocument;
  beforeAll(async () => {
    text = await pdfToText(pdfBytes("A_RES_73_7"), "A_RES_73_7-EN.pdf");
    fromPdf = parseResolution(text, "A_RES_73_7-EN.pdf");
    fromText = parseResolution(readSeed("A_RES_73_7.txt"), "A_RES_73_7.txt");
  });

  it("reads the same header, paragraph keys, verbs, footnotes, references and mentions as its pdftotext text", () => {
    expect(fromPdf.resolution).toEqual(fromText.resolution);
    expect(paragraphKeys(fromPdf)).toEqual(paragraphKeys(fromText));
    expect(fromPdf.paragraphs.map((p) => p.footnotes)).toEqual(fromText.paragraphs.map((p) => p.footnotes));
    expect(fromPdf.references.map(refKey)).toEqual(fromText.references.map(refKey));
    expect(fromPdf.mentions.map(mentionAt)).toEqual(fromText.mentions.map(mentionAt));
    expect(fromPdf.concerns).toEqual(fromText.concerns);
  });

  it("matches the gold answer", () => {
    const gold = readGold("A_RES_73_7.gold.json");
    expect(fromPdf.resolution.symbol).toBe(gold.resolution.symbol);
    expect(fromPdf.resolution.title).toBe(gold.resolution.title);
    expect(fromPdf.resolution.adoptedOn).toBe(gold.resolution.adoptedOn);
    expect(fromPdf.resolution.meeting).toBe(gold.resolution.meeting);
    expect(fromPdf.paragraphs.map((p) => `${p.key}:${p.kind}`)).toEqual(gold.paragraphs.map((p) => `${p.key}:${p.kind}`));
    const key = (r: { paragraph: string; kind: string; target: string }): string => `${r.paragraph}|${r.kind}|${r.target}`;
    expect(new Set(fromPdf.references.map(key))).toEqual(new Set(gold.references.map(key)));
  });

  it("prints marks glued to their words, footnotes under a rule, pages apart, and no page furniture", () => {
    expect(text).toContain("International Criminal Court1\nreaffirms");
    expect(text).toContain("Relationship Agreement,3 which");
    expect(text).toMatch(/\n__________________\n1 United Nations, Treaty Series, vol\. 2187, No\. 38544\.\n/);
    expect(text).toMatch(/\n2 A\/58\/874 and A\/58\/874\/Add\.1\.\n3 Articles 10 and 13 of the Relationship Agreement\.\n4 A\/73\/334\.\n/);
    expect(text.split("\f")).toHaveLength(5);
    for (const furniture of [/18-18142/, /\*1818142\*/, /^\d\/5$/m, /^021118$/m]) expect(text).not.toMatch(furniture);
    // The running head of pages 2–5 goes; the masthead of page 1 stays (the parser reads the symbol from it).
    expect(text.match(/^A\/RES\/73\/7$/gm)).toHaveLength(1);
  });

  it("sets paragraphs apart by blank lines, from the gaps between them", () => {
    expect(text).toContain("resolutions,\n\nRecalling also that");
    expect(text).toContain("judicial institution and, in this regard");
    expect(text).not.toContain("independent permanent\n\njudicial");
  });
});

describe("A/RES/73/6 read from its official PDF", () => {
  let fromPdf: ResolutionDocument;
  let fromText: ResolutionDocument;
  beforeAll(async () => {
    fromPdf = parseResolution(await pdfToText(pdfBytes("A_RES_73_6"), "A_RES_73_6-EN.pdf"), "A_RES_73_6-EN.pdf");
    fromText = parseResolution(readSeed("A_RES_73_6.txt"), "A_RES_73_6.txt");
  });

  it("reads the same header, paragraph keys and verbs as its pdftotext text", () => {
    expect(fromPdf.resolution).toEqual(fromText.resolution);
    expect(paragraphKeys(fromPdf)).toEqual(paragraphKeys(fromText));
  });

  it("pairs each footnote with its printed mark, where pdftotext's columns paired them wrongly", () => {
    const notes = (key: string): string[] => fromPdf.paragraphs.find((p) => p.key === key)!.footnotes.map((f) => `${f.mark} ${f.text}`);
    expect(notes("pp5")).toEqual(["2 Resolution 70/1.", "3 Resolution 69/283, annex II.", "4 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."]);
    expect(notes("pp13")).toEqual(["5 United Nations, Treaty Series, vol. 610, No. 8843."]);
    // Footnote 6 runs over onto the next page's bottom: read whole.
    expect(notes("pp23")).toHaveLength(1);
    expect(notes("pp23")[0]).toMatch(/^6 Related documents include A\/AC\.105\/1129, .* A\/AC\.105\/1166, A\/AC\.105\/1168, .* A\/AC\.105\/1180 and A\/AC\.105\/1181\.$/);
    expect(notes("op1")).toEqual(["2 Resolution 70/1."]);
    // pdftotext left mark 3 in the text ("2015–2030 3 and"); the PDF reading takes it out.
    expect(fromPdf.paragraphs.find((p) => p.key === "pp5")!.text).toContain("Disaster Risk Reduction 2015–2030 and of the commitments");
  });

  it("reads the same references, but for those of the footnotes pdftotext misplaced", () => {
    const onceCorrected = fromText.references
      .map((r) => (r.paragraph === "pp13" && r.target.startsWith("A/AC.105/") ? { ...r, paragraph: "pp23", verb: "Noting with appreciation" } : r))
      .map(refKey);
    const added = [
      "pp5|resolution|A/RES/69/283|Convinced|", // footnote 3, which pdftotext lost
      "op1|resolution|A/RES/70/1|Notes with appreciation|", // footnote 2, which pdftotext lost
      ...["1168", "1169", "1170", "1171", "1172", "1173", "1174", "1175", "1180", "1181"].map((n) => `pp23|document|A/AC.105/${n}|Noting with appreciation|`),
    ];
    expect(new Set(fromPdf.references.map(refKey))).toEqual(new Set([...onceCorrected, ...added]));
  });

  it("reads the same mentions, plus the one in footnote 5 that pdftotext misplaced", () => {
    expect(new Set(fromPdf.mentions.map(mentionKey))).toEqual(new Set([...fromText.mentions.map(mentionKey), "pp13|organization|United Nations|5"]));
    // Offsets agree too, but in pp5, where pdftotext left the two characters of " 3" before the mention.
    const outsidePp5 = (ms: Mention[]): string[] => ms.filter((m) => m.paragraph !== "pp5" && m.footnote === undefined).map(mentionAt);
    expect(outsidePp5(fromPdf.mentions)).toEqual(outsidePp5(fromText.mentions));
  });
});
