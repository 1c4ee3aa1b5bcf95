import { describe, expect, it } from "vitest";
import { MarkSequence, attachFootnotes, extractMarkedFootnotes, readZone } from "../../src/ingest/footnotes.js";

describe("footnote markup", () => {
  it("lifts docx footnotes and bookmarks out of the text", () => {
    const { text, notes } = extractMarkedFootnotes("[bookmark: _GoBack]human rights,[footnoteRef:2] [2: \t\tA/HRC/36/32.] \n");
    expect(notes.get("2")).toBe("A/HRC/36/32.");
    const attached = attachFootnotes(text, notes);
    expect(attached).toEqual({ text: "human rights,", footnotes: [{ mark: "2", text: "A/HRC/36/32." }] });
  });
  it("lifts markdown footnotes", () => {
    const { text, notes } = extractMarkedFootnotes("the Headquarters[^1] are prevented\n[^1]: See resolution 169 (II).\n");
    expect(attachFootnotes(text, notes).footnotes).toEqual([{ mark: "1", text: "See resolution 169 (II)." }]);
  });
  it("takes a markdown footnote's indented continuation lines, and only those", () => {
    const source = [
      "Recalling the report[^1] and the Declaration[^2],",
      "",
      "[^1]: Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and",
      "    corrigendum (A/34/45 and A/34/45/Corr.1).",
      "",
      "[^2]: A/57/759-S/2003/332, annex I.",
      "1. Decides to remain seized of the matter.",
    ].join("\n");
    const { text, notes } = extractMarkedFootnotes(source);
    expect(notes.get("1")).toBe("Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and corrigendum (A/34/45 and A/34/45/Corr.1).");
    expect(notes.get("2")).toBe("A/57/759-S/2003/332, annex I.");
    expect(text).toContain("1. Decides to remain seized of the matter.");
  });
});

describe("glued and spaced marks", () => {
  const notes = new Map([
    ["1", "A/80/83."],
    ["9", "S/PRST/2013/2."],
  ]);
  it("takes digits glued after punctuation", () => {
    expect(attachFootnotes("implementation of resolution 79/7;1", notes)).toEqual({
      text: "implementation of resolution 79/7;",
      footnotes: [{ mark: "1", text: "A/80/83." }],
    });
  });
  it("takes a spaced mark after a word or a year but not a day or a count", () => {
    expect(attachFootnotes("the Rome Statute 1 reaffirms", notes).footnotes).toHaveLength(1);
    expect(attachFootnotes("of 12 February 2013 9 in which", notes).text).toBe("of 12 February 2013 in which");
    expect(attachFootnotes("on 1 and 9 September", notes).footnotes).toHaveLength(0);
    expect(attachFootnotes("paragraph 1 of resolution", notes).footnotes).toHaveLength(0);
  });
});

describe("marks read in sequence (marks run 1, 2, 3 … through a text)", () => {
  const notes = new Map(Array.from({ length: 14 }, (_, i): [string, string] => [String(i + 1), `note ${i + 1}`]));
  /** The paragraphs' texts and marks, attached in order with one sequence, as a resolution is read. */
  const inOrder = (...paragraphs: string[]) => {
    const sequence = new MarkSequence(notes);
    return paragraphs.map((p) => {
      const { text, footnotes } = attachFootnotes(p, notes, sequence);
      return [text, footnotes.map((f) => f.mark).join(",")];
    });
  };
  it("splits the next mark off a year it is glued to, and only the next", () => {
    expect(inOrder("resolutions 51/2 of 9 March 2007,1 52/2 of 7 March 20082 and 54/7 of 12 March 20103")).toEqual([
      ["resolutions 51/2 of 9 March 2007, 52/2 of 7 March 2008 and 54/7 of 12 March 2010", "1,2,3"],
    ]);
    // After mark 1, "20145" is no year and mark: 5 is not the next mark.
    expect(inOrder("the Rights,1 in 20145 cases")).toEqual([["the Rights, in 20145 cases", "1"]]);
  });
  it("takes the next mark glued to a word whatever follows, and a mark the markup put inside a word", () => {
    expect(inOrder("the Millennium Declaration,1 to strive", "the Agenda, t2he outcome")).toEqual([
      ["the Millennium Declaration, to strive", "1"],
      ["the Agenda, the outcome", "2"],
    ]);
  });
  it("takes a spaced mark only when it is the next or a repeated one, and never a number of the text", () => {
    expect(inOrder("the Criminal Court, 1 and", "of 1 July 2016, 2 and", "the Court, 1 and also", "paragraphs 10, 11, 12 and 20", "regulation 3.10 and programmes 3, 7")).toEqual([
      ["the Criminal Court, and", "1"],
      ["of 1 July 2016, and", "2"],
      ["the Court, and also", "1"],
      ["paragraphs 10, 11, 12 and 20", ""],
      ["regulation 3.10 and programmes 3, 7", ""],
    ]);
  });
  it("reads a number after a word that counts items (priority, objective, option, step) as that item's number", () => {
    // A/RES/76/3: "(thematic priority 3)" came right after marks 1 and 2 and was read as mark 3.
    expect(inOrder("the outer space activities,1 and", "global agendas,2 addressing", "innovation (thematic priority 1), global health (thematic priority 3) and Overarching objective 4: Enhance")).toEqual([
      ["the outer space activities, and", "1"],
      ["global agendas, addressing", "2"],
      ["innovation (thematic priority 1), global health (thematic priority 3) and Overarching objective 4: Enhance", ""],
    ]);
  });
  it("splits the next mark off a resolution number with more digits than a session has resolutions", () => {
    expect(inOrder("pursuant to resolutions 73/263,1 74/1682 and 75/192,3")).toEqual([["pursuant to resolutions 73/263, 74/168 and 75/192,", "1,2,3"]]);
    // 74/168 has no more digits than a number may have: nothing to split.
    expect(inOrder("the Rights,1 and resolution 74/168 and")).toEqual([["the Rights, and resolution 74/168 and", "1"]]);
  });
  it("leaves decimals and thousands alone, but not a mark after a year or a symbol", () => {
    expect(inOrder("that 4.1 billion people and 1,234 persons")).toEqual([["that 4.1 billion people and 1,234 persons", ""]]);
    expect(inOrder("adopted on 13 December 2006.1 Resolution 70/1,2")).toEqual([["adopted on 13 December 2006. Resolution 70/1,", "1,2"]]);
    expect(inOrder("decision C-16/DEC.1 of 1 December 2011 and A/75/6/Amend.2")).toEqual([["decision C-16/DEC.1 of 1 December 2011 and A/75/6/Amend.2", ""]]);
  });
});

describe("readZone", () => {
  it("pairs pdftotext marks printed apart from their texts", () => {
    const zone = ["A/58/874 and A/58/874/Add.1.", "Articles 10 and 13 of the Relationship Agreement.", "4", "A/73/334.", "5", "United Nations, Treaty Series.", "2", "3"];
    expect(readZone(zone)).toEqual([
      ["2", "A/58/874 and A/58/874/Add.1."],
      ["3", "Articles 10 and 13 of the Relationship Agreement."],
      ["4", "A/73/334."],
      ["5", "United Nations, Treaty Series."],
    ]);
  });
  it("joins a footnote wrapped over two lines", () => {
    expect(readZone(["9", "S/PRST/2013/2; see Resolutions, 1 August 2012–31 July", "2013 (S/INF/68)."])).toEqual([
      ["9", "S/PRST/2013/2; see Resolutions, 1 August 2012–31 July 2013 (S/INF/68)."],
    ]);
  });
});
