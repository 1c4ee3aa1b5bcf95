// parseAkn against what the UN's markup says (gold.json, derived by the checker from the same files):
// paragraph keys in order, verbs, every editor link a reference of its paragraph, the header.
import { describe, expect, it } from "vitest";
import { parseAkn } from "../../../src/ingest/akn/index.js";
import { GOLD, comparableTarget, readAknFixture } from "./helpers.js";

const normVerb = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();

describe.each(Object.keys(GOLD))("%s as its markup says", (file) => {
  const gold = GOLD[file]!;
  const doc = parseAkn(readAknFixture(file), file);

  it("has the markup's paragraph keys, in order, numbered by ordinal", () => {
    expect(doc.paragraphs.map((p) => p.key)).toEqual(gold.paragraphs.map((p) => p.key));
    expect(doc.paragraphs.map((p) => p.ordinal)).toEqual(doc.paragraphs.map((_, i) => i + 1));
    for (const p of doc.paragraphs) expect(p.kind).toBe(p.key.startsWith("pp") ? "preambular" : "operative");
  });

  it("has the markup's verbs", () => {
    expect(doc.paragraphs.map((p) => normVerb(p.verb))).toEqual(gold.paragraphs.map((p) => normVerb(p.verb)));
  });

  it("makes every editor link to a UN symbol a reference of its paragraph", () => {
    const refs = new Set(doc.references.map((r) => `${r.paragraph}|${comparableTarget(r.target)}`));
    const missed = gold.links.filter((l) => !refs.has(`${l.paragraph}|${l.target}`));
    expect(missed).toEqual([]);
  });

  it("reads the header from the markup, in the text pipeline's symbol form", () => {
    expect(comparableTarget(doc.resolution.symbol)).toBe(gold.symbol);
    expect(doc.resolution.symbol).toMatch(/^A\/RES\/\d+\/\d+$/);
    expect(doc.resolution.title).toBe(gold.title);
    expect(doc.resolution.adoptedOn).toBe(gold.adoptedOn);
    expect(doc.resolution.meeting).toBe(gold.meeting);
    expect(doc.resolution.body).toBe("General Assembly");
    expect(doc.format).toBe("akn");
  });

  it("keeps paragraph text clean and references each once per paragraph", () => {
    for (const p of doc.paragraphs) {
      expect(p.text).not.toMatch(/\s{2}|^\s|\s$|[\ue000-\uf8ff]/);
    }
    const keys = doc.references.map((r) => `${r.paragraph}|${r.kind}|${comparableTarget(r.target)}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of doc.references) expect(comparableTarget(r.target)).not.toBe(gold.symbol);
  });
});

describe("structures", () => {
  it("reads a plain resolution: verbs, footnote, recorded vote, footnote's link on its paragraph", () => {
    const doc = parseAkn(readAknFixture("75_102_E.xml"), "75_102_E.xml");
    expect(doc.resolution).toMatchObject({ symbol: "A/RES/75/102", voteMethod: "recorded vote", votes: { yes: 175, no: 2, abstain: 3 } });
    const pp6 = doc.paragraphs.find((p) => p.key === "pp6")!;
    expect(pp6).toMatchObject({ verb: "Having examined", text: "Having examined the report of the Secretary-General,", footnotes: [{ mark: "1", text: "A/75/64." }] });
    expect(doc.references).toContainEqual({ paragraph: "pp6", kind: "document", target: "A/75/64", verb: "Having examined" });
    // the text grammar dates the cited resolution; the editor's link to it adds no second reference
    expect(doc.references.filter((r) => r.paragraph === "pp2")).toEqual([
      { paragraph: "pp2", kind: "resolution", target: "A/RES/74/93", verb: "Recalling also", date: "2019-12-13" },
      { paragraph: "pp2", kind: "resolution", target: "A/RES/1970(XVIII)", verb: "Recalling also" },
    ]);
  });

  it("reads the parts of a collection as one resolution, numbering of part B suffixed", () => {
    const doc = parseAkn(readAknFixture("75_101A-B_E.xml"), "75_101A-B_E.xml");
    expect(doc.resolution.symbol).toBe("A/RES/75/101");
    const keys = doc.paragraphs.map((p) => p.key);
    expect(keys).toContain("op1(e)(iv)");
    expect(keys.indexOf("op1b")).toBeGreaterThan(keys.indexOf("pp12"));
    expect(doc.paragraphs.find((p) => p.key === "op1(a)")!.verb).toBe("");
  });

  it("reads the budget resolution with its restarting sections", () => {
    const doc = parseAkn(readAknFixture("A_RES_76_245-2119712E.xml"), "A_RES_76_245-2119712E.xml");
    expect(doc.resolution).toMatchObject({ symbol: "A/RES/76/245", adoptedOn: "2021-12-24" });
    expect(doc.paragraphs.map((p) => p.key)).toEqual(expect.arrayContaining(["op1", "op1b", "op53"]));
  });

  it("reads the declaration 75/1 and its subjects", () => {
    const doc = parseAkn(readAknFixture("75_1_E.xml"), "75_1_E.xml");
    expect(doc.resolution).toMatchObject({ symbol: "A/RES/75/1", voteMethod: "without a vote", title: "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations" });
    expect(doc.subjects).toEqual(expect.arrayContaining([
      { scheme: "SDG", key: "1", label: "No poverty" },
      { scheme: "UNBIS", key: "POVERTY MITIGATION", label: "poverty mitigation" },
    ]));
    const subjectKeys = doc.subjects!.map((s) => `${s.scheme}|${s.key}`);
    expect(new Set(subjectKeys).size).toBe(subjectKeys.length);
  });

  it("attaches many footnotes to the paragraphs carrying their marks", () => {
    const doc = parseAkn(readAknFixture("A_RES_76_229-2119660E.xml"), "A_RES_76_229-2119660E.xml");
    const notes = doc.paragraphs.flatMap((p) => p.footnotes);
    expect(notes).toHaveLength(30); // every <authorialNote> of the file
    for (const n of notes) {
      expect(n.mark).toMatch(/^\d+$/);
      expect(n.text.length).toBeGreaterThan(0);
    }
    expect(new Set(notes.map((n) => n.mark)).size).toBe(30);
  });

  it("reads an operative number set in the text rather than in <num>", () => {
    const doc = parseAkn(readAknFixture("75_68_E.xml"), "75_68_E.xml");
    for (const p of doc.paragraphs.filter((x) => x.kind === "operative" && /^op\d+$/.test(x.key))) expect(p.text).not.toMatch(/^\d/);
  });
});

describe("parts", () => {
  it("reads a later part adopted on its own as a document of its own, parts adopted together as the resolution", () => {
    expect(parseAkn(readAknFixture("A_RES_76_235B_E.xml"), "A_RES_76_235B_E.xml").resolution.symbol).toBe("A/RES/76/235 B");
    expect(parseAkn(readAknFixture("75_101A-B_E.xml"), "75_101A-B_E.xml").resolution.symbol).toBe("A/RES/75/101");
  });
});
