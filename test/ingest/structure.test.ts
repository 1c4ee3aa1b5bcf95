// The structures of real resolutions beyond "preamble + numbered operative paragraphs": parts A, B …
// each with its own heading, opener, paragraphs and closing; sections with a heading, a title and
// preambular paragraphs of their own; numbering that restarts; an unnumbered clause that introduces
// numbered ones. Keys follow the gold conventions (the k-th restart suffixes a taken key with the
// k-th letter after "a").
import { describe, expect, it } from "vitest";
import { parseResolution } from "../../src/ingest/parse.js";

const keys = (text: string): string[] => parseResolution(text, "test.txt").paragraphs.map((p) => p.key);

const masthead = ["United Nations", "A/RES/75/101 A-B", "General Assembly", "Distr.: General", "18 December 2020", "", "Seventy-fifth session", "Agenda item 56", "Questions relating to information", ""];

describe("resolutions of several parts", () => {
  const text = [
    ...masthead,
    "Resolutions adopted by the General Assembly on 10 December 2020",
    "",
    "75/101. Questions relating to information",
    "",
    "A",
    "",
    "Information in the service of humanity",
    "",
    "The General Assembly,",
    "",
    "Taking note of the report of the Committee on Information,",
    "Urges all countries to cooperate;",
    "",
    "41st plenary meeting",
    "10 December 2020",
    "",
    "B",
    "",
    "United Nations global communications policies and activities",
    "",
    "The General Assembly,",
    "",
    "Recalling its resolutions 74/92 A and B of 13 December 2019,",
    "",
    "I",
    "",
    "Introduction",
    "",
    "1. Reaffirms its resolution 13 (I);",
    "2. Requests the Department to continue.",
    "",
    "41st plenary meeting",
    "10 December 2020",
  ].join("\n");
  const doc = parseResolution(text, "75_101.txt");

  it("reads every part, numbering preambular paragraphs on and suffixing restarted operative keys", () => {
    expect(doc.paragraphs.map((p) => p.key)).toEqual(["pp1", "op1", "pp2", "op1b", "op2"]);
  });
  it("keeps part letters, part titles, closings and openers out of the paragraphs", () => {
    expect(doc.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/plenary meeting|Introduction|The General Assembly|global communications policies/);
    expect(doc.references.map((r) => r.target)).toContain("A/RES/74/92");
  });
  it("takes the title without the part letter and the meeting of the first part", () => {
    expect(doc.resolution.title).toBe("Questions relating to information");
    expect(doc.resolution.meeting).toBe("41st plenary meeting");
    expect(doc.resolution.adoptedOn).toBe("2020-12-10");
  });
});

describe("parts without a closing between them (early Security Council volumes)", () => {
  it("keeps a part's opener out of the paragraph before it", () => {
    const text = [
      "161 (1961). Resolution of 21 February 1961",
      "",
      "A",
      "",
      "The Security Council,",
      "Having considered the situation in the Congo,",
      "",
      "1. Urges that the United Nations take measures;",
      "",
      "2. Reaffirms its resolutions.",
      "",
      "B",
      "",
      "The Security Council,",
      "",
      "Gravely concerned at the deterioration,",
      "",
      "1. Urges the convening of the Parliament;",
      "",
      "Adopted at the 942nd meeting by 9 votes to none.",
    ].join("\n");
    const doc = parseResolution(text, "161.txt");
    expect(doc.paragraphs.map((p) => p.key)).toEqual(["pp1", "op1", "op2", "pp2", "op1b"]);
    expect(doc.paragraphs.find((p) => p.key === "op2")?.text).toBe("Reaffirms its resolutions.");
  });
});

describe("sections", () => {
  it("reads a section's title as a heading, its preambular paragraphs, and its restarted numbering", () => {
    const text = [
      ...masthead,
      "75/253. Special subjects relating to the proposed programme budget for 2021",
      "",
      "The General Assembly,",
      "",
      "I",
      "",
      "Request for a subvention to the United Nations Institute for Disarmament Research",
      "",
      "Having considered the note by the Secretary-General,",
      "1. Takes note of the note by the Secretary-General;",
      "2. Endorses the conclusions;",
      "",
      "II",
      "",
      "Meeting of States Parties",
      "",
      "Having considered the report of the Secretary-General,",
      "1. Takes note of the report;",
      "",
      "48th (resumed) plenary meeting",
      "31 December 2020",
    ].join("\n");
    const doc = parseResolution(text, "75_253.txt");
    expect(doc.paragraphs.map((p) => `${p.key} ${p.verb}`)).toEqual([
      "pp1 Having considered",
      "op1 Takes note",
      "op2 Endorses",
      "pp2 Having considered",
      "op1b Takes note",
    ]);
    expect(doc.paragraphs.some((p) => /Meeting of States Parties|Request for a subvention/.test(p.text))).toBe(false);
    expect(doc.resolution.meeting).toBe("48th (resumed) plenary meeting");
  });

  it("reads long roman section numbers and lettered subsection headings as headings", () => {
    const text = [
      ...masthead,
      "77/263. Special subjects relating to the proposed programme budget for 2023",
      "",
      "The General Assembly,",
      "",
      "XVII",
      "",
      "Gross jointly financed budget of the Joint Inspection Unit",
      "",
      "1. Approves the gross budget for the Joint Inspection Unit;",
      "",
      "XVIII",
      "",
      "Conditions of service of staff in the Professional and higher categories",
      "",
      "A. Base/floor salary scale",
      "",
      "Recalling its resolution 44/198,",
      "1. Approves the revised base/floor salary scale;",
      "",
      "B. Evolution of the margin",
      "",
      "2. Notes the margin;",
      "",
      "56th (resumed) plenary meeting",
      "30 December 2022",
    ].join("\n");
    const doc = parseResolution(text, "77_263.txt");
    expect(doc.paragraphs.map((p) => p.key)).toEqual(["op1", "pp1", "op1b", "op2"]);
    expect(doc.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/XVIII|Base\/floor salary scale|Evolution of the margin/);
  });

  it("reads a section's number and title set directly over a numbered paragraph, with no blank line, as a heading", () => {
    // A/RES/76/3 adopts a document whose chapters ("II. Strategic vision") sit between paragraphs
    // numbered on through the document: joined to paragraph 6 they hid every paragraph after it.
    const text = [
      ...masthead,
      "76/3. The “Space2030” Agenda",
      "",
      "The General Assembly,",
      "",
      "Recalling its resolution 73/6 of 26 October 2018,",
      "Adopts the following document:",
      "",
      "Part A. Agenda",
      "",
      "I. Introduction",
      "1. The United Nations has been at the centre of cooperation in space activities.",
      "2. The Committee played a key role.",
      "II. Strategic vision",
      "3. We acknowledge that the exploration of outer space has enriched our knowledge.",
      "III. Objectives",
      "4. We commit to pursuing the following objectives:",
      "(a) The seven thematic priorities;",
      "(b) The regional centres.",
      "",
      "21st plenary meeting",
      "25 October 2021",
    ].join("\n");
    const doc = parseResolution(text, "76_3.txt");
    expect(doc.paragraphs.map((p) => p.key)).toEqual(["pp1", "op1", "op1b", "op2", "op3", "op4", "op4(a)", "op4(b)"]);
    expect(doc.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/Strategic vision|Objectives/);
    // A lettered line that continues a sentence is text, not a heading.
    const wrapped = [...masthead, "76/4. Title", "", "The General Assembly,", "", "1. Decides to consider the items listed in annex", "I. Introduction to the report;", "2. Requests a report.", "", "21st plenary meeting", "25 October 2021"].join("\n");
    expect(parseResolution(wrapped, "76_4.txt").paragraphs.map((p) => p.text)).toContain("Decides to consider the items listed in annex I. Introduction to the report;");
  });

  it("restarts the numbering after an unnumbered clause that introduces numbered ones", () => {
    const text = [...masthead, "76/249. Working Capital Fund for 2022", "", "The General Assembly", "", "Resolves that:", "1. The Fund shall be established;", "2. Member States shall make advances.", "", "54th (resumed) plenary meeting", "24 December 2021"].join("\n");
    expect(keys(text)).toEqual(["op1", "op1b", "op2"]);
  });

  it("labels sub-paragraphs after (z) with doubled letters", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz".split("");
    const subs = [...letters, "aa", "bb"].map((l) => `(${l}) Item ${l};`);
    const text = [...masthead, "76/140. Title", "", "The General Assembly,", "", "Noting the report,", "1. Decides:", ...subs, "", "46th plenary meeting", "9 December 2021"].join("\n");
    expect(keys(text).slice(-3)).toEqual(["op1(z)", "op1(aa)", "op1(bb)"]);
  });
});

describe("header of a part", () => {
  const heading = (numberLine: string, after: string[] = []) =>
    parseResolution([...masthead, numberLine, ...after, "", "The General Assembly,", "", "Noting the report,", "1. Decides to act.", "", "48th plenary meeting", "16 April 2021"].join("\n"), "t.txt")
      .resolution.title;
  it("drops the part letter printed after the title or under it with its footnote mark", () => {
    expect(heading("75/251. Financing of the African Union-United Nations Hybrid Operation in Darfur C")).toBe(
      "Financing of the African Union-United Nations Hybrid Operation in Darfur",
    );
    expect(heading("75/245. United Nations common system", ["B1"])).toBe("United Nations common system");
    expect(heading("75/242. Financial reports and audited financial statements, and reports of the Board of Auditors B", ["1"])).toBe(
      "Financial reports and audited financial statements, and reports of the Board of Auditors",
    );
  });
  it("reads a number line that carries its part letter", () => {
    const doc = parseResolution(["80/12 A. Objective information on military matters", "", "The General Assembly,", "", "Noting the report,", "1. Decides to act.", "", "40th plenary meeting", "1 December 2025"].join("\n"), "a.txt");
    expect(doc.resolution.symbol).toBe("A/RES/80/12");
    expect(doc.resolution.title).toBe("Objective information on military matters");
  });
  it("reads an emergency special session's number line", () => {
    const doc = parseResolution(
      ["ES-11/1. Aggression against Ukraine", "", "The General Assembly,", "", "Reaffirming the Charter,", "1. Deplores the aggression.", "", "5th plenary meeting", "2 March 2022"].join("\n"),
      "es.txt",
    );
    expect(doc.resolution.symbol).toBe("A/RES/ES-11/1");
    expect(doc.resolution.title).toBe("Aggression against Ukraine");
  });
  it("extends a title from the agenda-item line only when the heading looks cut", () => {
    const withAgenda = (title: string, agenda: string) =>
      parseResolution(
        [`Seventy-fifth session Agenda item 25 (b) ${agenda}`, "", `75/234. ${title}`, "", "The General Assembly,", "", "Noting the report,", "1. Decides to act.", "", "48th plenary meeting", "21 December 2020"].join("\n"),
        "t.txt",
      ).resolution.title;
    expect(withAgenda("South-South cooperation", "Operational activities for development: South-South cooperation for development")).toBe("South-South cooperation");
    expect(withAgenda("Scale of assessments for the apportionment of the expenses of the", "Scale of assessments for the apportionment of the expenses of the United Nations")).toBe(
      "Scale of assessments for the apportionment of the expenses of the United Nations",
    );
  });
});
