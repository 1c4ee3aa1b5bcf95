import { describe, expect, it } from "vitest";
import { type CitingDocument, citedActs } from "../../src/ingest/citations/acts.js";
import { citedDocuments } from "../../src/ingest/citations/documents.js";
import { findReferences } from "../../src/ingest/citations/references.js";

const hrc: CitingDocument = { body: "Human Rights Council", symbol: "A/HRC/RES/36/32" };
const ga: CitingDocument = { body: "General Assembly", symbol: "A/RES/80/4" };
const sc: CitingDocument = { body: "Security Council", symbol: "S/RES/687 (1991)" };
const targets = (text: string, doc: CitingDocument = hrc): string[] => citedActs(text, doc).map((f) => f.target);

describe("cited resolutions", () => {
  it("reads lists joined by 'and' with the body named before them", () => {
    expect(targets("Recalling also Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007")).toEqual(["A/HRC/RES/5/1", "A/HRC/RES/5/2"]);
  });
  it("reads 'its resolution' as the adopting body's", () => {
    expect(targets("Recalling its resolution 30/23 of 2 October 2015")).toEqual(["A/HRC/RES/30/23"]);
    expect(targets("Recalling its resolutions 47/19 of 24 November 1992, 48/16 of 3 November 1993 and its decision 76/563", ga)).toEqual([
      "A/RES/47/19",
      "A/RES/48/16",
      "A/DEC/76/563",
    ]);
  });
  it("reads another body's resolution", () => {
    expect(targets("Recalling General Assembly resolution 60/251 of 15 March 2006")).toEqual(["A/RES/60/251"]);
    expect(targets("approved by the General Assembly in its resolution 58/318")).toEqual(["A/RES/58/318"]);
  });
  it("switches body inside a list", () => {
    expect(targets("including Assembly resolutions 64/81 of 7 December 2009 and 64/174, and Council resolutions 10/23 and 14/9")).toEqual([
      "A/RES/64/81",
      "A/RES/64/174",
      "A/HRC/RES/10/23",
      "A/HRC/RES/14/9",
    ]);
  });
  it("reads SC numbers, ranges and old GA numbers", () => {
    expect(targets("Recalling its resolutions 660 (1990), 661 (1990) and 678 (1990)", sc)).toEqual(["S/RES/660 (1990)", "S/RES/661 (1990)", "S/RES/678 (1990)"]);
    expect(targets("resolutions 660 (1990) to 678 (1990)", sc)).toEqual(["S/RES/660 (1990)", "S/RES/678 (1990)"]);
    expect(targets("paragraph 2 of resolution 678 (1990)", sc)).toEqual(["S/RES/678 (1990)"]);
    expect(targets("the Universal Declaration of Human Rights, resolution 217 A (III)", ga)).toEqual(["A/RES/217(III)"]);
    expect(targets("Commission on Human Rights resolution 2005/1")).toEqual(["E/CN.4/RES/2005/1"]);
  });
  it("reads on past the letters of a GA resolution's parts, which name one resolution", () => {
    expect(targets("Recalling its resolutions 51/45 B of 10 December 1996, 52/38 N of 9 December 1997, 57/73 of 22 November 2002 and 78/50", ga)).toEqual([
      "A/RES/51/45",
      "A/RES/52/38",
      "A/RES/57/73",
      "A/RES/78/50",
    ]);
    expect(targets("Recalling its resolutions 36/87 A and B of 9 December 1981, 45/58 P and 48/74 A", ga)).toEqual(["A/RES/36/87", "A/RES/45/58", "A/RES/48/74"]);
    // A letter glued to a symbol is not a part's letter.
    expect(targets("its resolution 60/251 A/HRC/5/1", ga)).toEqual(["A/RES/60/251"]);
  });
  it("reads on past a date printed without its year, which an SC number's year completes", () => {
    const found = citedActs("Recalling its resolutions 180 (1963) of 31 July and 183 (1963) of 11 December 1963,", sc);
    expect(found).toEqual([
      { target: "S/RES/180 (1963)", date: "1963-07-31" },
      { target: "S/RES/183 (1963)", date: "1963-12-11" },
    ]);
    // OCR's stray comma after the day, and a list of days that dates no one item.
    expect(targets("Reaffirming its resolutions 186 (1964) of 4 March, 187 (1964) of 13, March, 192 (1964) of 20 June 1964", sc)).toEqual([
      "S/RES/186 (1964)",
      "S/RES/187 (1964)",
      "S/RES/192 (1964)",
    ]);
    const days = citedActs("General Assembly resolutions 2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967, 32/5 of 28 October 1977", sc);
    expect(days.map((f) => [f.target, f.date ?? null])).toEqual([
      ["A/RES/2253(ES-V)", null],
      ["A/RES/2254(ES-V)", null],
      ["A/RES/32/5", "1977-10-28"],
    ]);
  });
  it("reads the General Assembly's special and emergency special sessions' numbers", () => {
    expect(targets("General Assembly resolutions 2248 (S-V) of 19 May 1967, 2324 (XXII) and 2325 (XXII) of 16 December 1967", sc)).toEqual([
      "A/RES/2248(S-V)",
      "A/RES/2324(XXII)",
      "A/RES/2325(XXII)",
    ]);
    expect(targets("General Assembly resolution 1474 (ES-IV)", sc)).toEqual(["A/RES/1474(ES-IV)"]);
  });
  it("dates a cited resolution", () => {
    expect(citedActs("Human Rights Council resolution 30/23 of 2 October 2015", hrc)[0]?.date).toBe("2015-10-02");
  });

  it("dates every item of a same-session list from the date after it, and no other", () => {
    const dates = (text: string, doc = hrc) => citedActs(text, doc).map((f) => [f.target, f.date]);
    expect(dates("Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007")).toEqual([
      ["A/HRC/RES/5/1", "2007-06-18"],
      ["A/HRC/RES/5/2", "2007-06-18"],
    ]);
    expect(dates("General Assembly resolutions 60/251 and 61/1 of 1 May 2007")).toEqual([
      ["A/RES/60/251", undefined],
      ["A/RES/61/1", "2007-05-01"],
    ]);
    expect(dates("its resolutions 47/19 of 24 November 1992, 48/16 and 48/17 of 3 November 1993", ga)).toEqual([
      ["A/RES/47/19", "1992-11-24"],
      ["A/RES/48/16", "1993-11-03"],
      ["A/RES/48/17", "1993-11-03"],
    ]);
  });
  it("gives nothing for vague references", () => {
    expect(targets("all relevant resolutions and the above-mentioned resolution, paragraph 1 above")).toEqual([]);
  });
});

describe("whose resolution: another body's number is never filed as the citing body's", () => {
  it("reads the body named before the keyword, and leaves out the acts of bodies without UN symbols", () => {
    expect(targets("Recalling further Commission on Narcotic Drugs resolution 65/4 of 18 March 2022", ga)).toEqual([]);
    expect(targets("Commission on Crime Prevention and Criminal Justice resolutions 23/2 of 16 May 2014 and 25/1", ga)).toEqual([]);
    expect(targets("Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.", ga)).toEqual([]);
    expect(targets("Economic and Social Council resolution 2008 (LX) of 14 May 1976", ga)).toEqual(["E/RES/2008(LX)"]);
    expect(targets("taking note also of Council resolution 2021/30 of 22 July 2021", ga)).toEqual(["E/RES/2021/30"]);
    expect(targets("United Nations Environment Assembly resolution 4/1 of 15 March 2019", ga)).toEqual(["UNEP/EA.4/Res.1"]);
  });
  it("reads the body an 'its' stands for", () => {
    expect(targets("Recalls the decision of the Human Rights Council, in its resolution 27/21, to appoint", ga)).toEqual(["A/HRC/RES/27/21"]);
    expect(targets("the decision by the Human Rights Council in its resolution 26/2 of 26 June 2014", ga)).toEqual(["A/HRC/RES/26/2"]);
    expect(targets("the Environment Assembly, as reflected in its resolution 2/17 of 27 May 2016", ga)).toEqual(["UNEP/EA.2/Res.17"]);
    expect(targets("Recalling its resolution 74/150", ga)).toEqual(["A/RES/74/150"]);
    // A verb between the name and "its" makes it another subject's: the citing body's own.
    expect(targets("the Pacific Islands Forum, in accordance with its resolution 71/243 of 21 December 2016", ga)).toEqual(["A/RES/71/243"]);
    expect(targets("the Fifth Committee, recalls paragraph 29 of its resolution 70/247", ga)).toEqual(["A/RES/70/247"]);
    expect(targets("by the United Nations Environment Assembly, in paragraph 2 of its resolution 4/6, to the Executive Director", ga)).toEqual(["UNEP/EA.4/Res.6"]);
    expect(targets("the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution 2/10 of 27 May 2016", ga)).toEqual(["UNEP/EA.2/Res.10"]);
  });
  it("carries a body on to the keyword that continues its list", () => {
    expect(targets("Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14 of 27 September 2013, 27/21 of 26 September 2014", ga)).toEqual([
      "A/HRC/DEC/18/120",
      "A/HRC/RES/24/14",
      "A/HRC/RES/27/21",
    ]);
    expect(targets("and Human Rights Council resolutions on the subject, including resolution 48/5 of 7 October 2021", ga)).toEqual(["A/HRC/RES/48/5"]);
    expect(targets("all relevant Human Rights Council resolutions, including resolutions 23/9 of 13 June 2013 and 35/25", ga)).toEqual(["A/HRC/RES/23/9", "A/HRC/RES/35/25"]);
    expect(targets("resolutions of the Human Rights Council, the most recent of which was resolution 42/24 of 27 September 2019", ga)).toEqual(["A/HRC/RES/42/24"]);
    expect(
      targets("Human Rights Council resolutions 23/13 of 13 June 2013 on technical cooperation for the prevention of attacks, as well as resolutions 28/6 of 26 March 2015", ga),
    ).toEqual(["A/HRC/RES/23/13", "A/HRC/RES/28/6"]);
    expect(targets("the resolutions adopted by the Human Rights Council that are relevant to the protection of children, including resolution 51/10", ga)).toEqual([
      "A/HRC/RES/51/10",
    ]);
    // A new clause is no continuation: the citing body's own.
    expect(targets("Human Rights Council resolution 5/1, and recalling resolution 74/150", ga)).toEqual(["A/HRC/RES/5/1", "A/RES/74/150"]);
  });
  it("reads the body whose session adopted it, or that a report was submitted to", () => {
    expect(targets("the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of 2 March 2022", ga)).toEqual(["UNEP/EA.5/Res.14"]);
    expect(targets("in her report to the Human Rights Council submitted pursuant to resolutions 34/24 and 40/20;", ga)).toEqual(["A/HRC/RES/34/24", "A/HRC/RES/40/20"]);
    expect(targets("the report of the Secretary-General submitted pursuant to resolution 74/150", ga)).toEqual(["A/RES/74/150"]);
  });
  it("reads the body named after the list", () => {
    expect(targets("Welcoming resolution 8/1 of 20 December 2019 of the Conference of the States Parties to the United Nations Convention against Corruption", ga)).toEqual([]);
    expect(targets("calls upon States to implement resolution 4/6 on marine plastic litter and microplastics, adopted by the United Nations Environment Assembly", ga)).toEqual([
      "UNEP/EA.4/Res.6",
    ]);
    // Another body's organ named like one of the table's: that body's, left out.
    expect(targets("Taking note of resolution 668 (XXI) adopted by the General Assembly of the World Tourism Organization at its twenty-first session", ga)).toEqual([]);
  });
  it("leaves out a number the citing body cannot have adopted: a session it printed otherwise, a date before the session met", () => {
    // The Assembly printed "(VI)" in its sixth session; slashed numbers start at its 31st (1976).
    expect(targets("Recalling resolution 6/2 on facilitating international cooperation in asset recovery, resolution 6/4 of 6 November 2015", ga)).toEqual([]);
    expect(targets("Recalling resolutions 4/6 of 15 March 2019 and 30/1", ga)).toEqual([]);
    expect(targets("its resolutions 31/1 and 74/37 of 12 December 2019", ga)).toEqual(["A/RES/31/1", "A/RES/74/37"]);
    // Session 50 of the Assembly met in 1995: "50/1 of 3 March 1990" is not its resolution.
    expect(targets("Recalling resolution 50/1 of 3 March 1990", ga)).toEqual([]);
    expect(targets("Recalling its resolution 50/1 of 3 November 1995", ga)).toEqual(["A/RES/50/1"]);
    // A date after the session is as often a misprint: kept.
    expect(targets("its resolution 72/256 of 24 December 2107", ga)).toEqual(["A/RES/72/256"]);
    // The Council's sessions: three a year since 2006 (43rd in 2020); special sessions pass.
    expect(targets("Recalling its resolution 43/1 of 19 June 2020")).toEqual(["A/HRC/RES/43/1"]);
    expect(targets("Recalling its resolution 43/1 of 19 June 2012")).toEqual([]);
    expect(targets("Recalling its resolution 5/1 of 18 June 2007")).toEqual(["A/HRC/RES/5/1"]);
    expect(targets("Recalling its resolution S-25/1 of 21 April 2016")).toEqual(["A/HRC/RES/S-25/1"]);
  });
  it("reads a bare number a named body's act had earlier in the paragraph, or in its footnotes, as that act", () => {
    const refs = (text: string, footnotes: string[] = []) =>
      findReferences("op15", "Recall", [text, ...footnotes], ga).map((r) => r.target);
    expect(refs("Recall Human Rights Council resolutions 43/1 of 19 June 2020 and 47/21, and take note of the report submitted pursuant to resolution 43/1;")).toEqual([
      "A/HRC/RES/43/1",
      "A/HRC/RES/47/21",
    ]);
    expect(refs("Takes note of the report submitted pursuant to resolution 43/1;", ["Human Rights Council resolution 43/1."])).toEqual(["A/RES/43/1", "A/HRC/RES/43/1"]);
    expect(refs("Recalls Commission on Narcotic Drugs resolution 65/4 and the report requested in resolution 65/4;")).toEqual([]);
    // A number no named body had stays the citing body's.
    expect(refs("Recall Human Rights Council resolution 43/1 and its own resolution 74/150;")).toEqual(["A/HRC/RES/43/1", "A/RES/74/150"]);
  });
  it("reads a resolution printed in a report as the report's body's", () => {
    expect(targets("Ibid., Seventy-fourth Session, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.", ga)).toEqual(["A/HRC/RES/42/12"]);
    expect(targets("See CAC/COSP/2021/17, sect. I.A, resolution 9/5, para. 3.", ga)).toEqual([]);
  });
});

describe("lists that go on past phrases between their items", () => {
  it("reads past what describes an item: its subject, its title in quotes, its sections", () => {
    expect(
      targets("its resolutions 70/286 of 17 June 2016 on cross-cutting issues, 73/302 of 20 June 2019 on United Nations action on sexual exploitation and abuse, 74/181 of 18 December 2019", ga),
    ).toEqual(["A/RES/70/286", "A/RES/73/302", "A/RES/74/181"]);
    expect(targets("its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda, and beyond”, and 71/243 of 21 December 2016", ga)).toEqual([
      "A/RES/70/1",
      "A/RES/71/243",
    ]);
    expect(targets("Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12; 56/64 B, sect. X; and 61/121 B, sect. IV.", ga)).toEqual([
      "A/RES/52/214",
      "A/RES/55/222",
      "A/RES/56/64",
      "A/RES/61/121",
    ]);
  });
  it("reads past brackets inside a description, and a comma the print lost after a dated item", () => {
    expect(targets("its resolutions 74/270 of 2 April 2020 on the coronavirus disease (COVID-19), 74/274 of 20 April 2020", ga)).toEqual(["A/RES/74/270", "A/RES/74/274"]);
    expect(targets("its resolutions 69/50 of 2 December 2014, 71/66 of 5 December 2016 73/66 of 5 December 2018 and 75/70", ga)).toEqual([
      "A/RES/69/50",
      "A/RES/71/66",
      "A/RES/73/66",
      "A/RES/75/70",
    ]);
  });
  it("stops at the end of the clause, at another keyword and at numbers of another shape", () => {
    expect(targets("(see its resolution 70/1), 71/1 being another matter", ga)).toEqual(["A/RES/70/1"]);
    expect(targets("its resolution 70/1 on the 2030 Agenda. 71/1 was adopted later", ga)).toEqual(["A/RES/70/1"]);
    expect(targets("its resolution 70/1 on the biennium 2014/15", ga)).toEqual(["A/RES/70/1"]);
  });
});

describe("cited documents", () => {
  it("reads document symbols and splits joint ones", () => {
    const docs = citedDocuments("A/HRC/27/70, CCPR/C/KHM/CO/2 and S/PRST/2013/2; see A/67/828-S/2013/210 and E/CN.4/2005/L.10/Add.17.");
    expect(docs.map((d) => d.target)).toEqual(["A/HRC/27/70", "CCPR/C/KHM/CO/2", "S/PRST/2013/2", "A/67/828", "S/2013/210", "E/CN.4/2005/L.10/Add.17"]);
    expect(docs.every((d) => d.kind === "document")).toBe(true);
  });
  it("reads the symbols of disarmament bodies, treaty conferences and the Council's agendas", () => {
    const docs = citedDocuments("See CD/1839 and CD/8/Rev.9; NPT/CONF.2010/50 (Vol. I); CCM/CONF/2021/6; S/Agenda/2185; not CDs/12 or ABCD/1.");
    expect(docs.map((d) => d.target)).toEqual(["CD/1839", "CD/8/Rev.9", "NPT/CONF.2010/50 (Vol. I)", "CCM/CONF/2021/6", "S/Agenda/2185"]);
  });
  it("keeps what is printed in brackets as part of a symbol: sections, parts and volumes", () => {
    const docs = citedDocuments(
      "A/75/6 (Sect. 3), A/75/6 (Sect. 29A)/Add.1, A/CONF.157/24 (Part I), ibid. (NPT/CONF.2010/50 (Vol. I)), NPT/CONF.2000/28 (Parts I and II), ICCD/COP(14)/23/Add.1 and A/75/3 (2020).",
    );
    expect(docs.map((d) => d.target)).toEqual([
      "A/75/6 (Sect. 3)",
      "A/75/6 (Sect. 29A)/Add.1",
      "A/CONF.157/24 (Part I)",
      "NPT/CONF.2010/50 (Vol. I)",
      "NPT/CONF.2000/28 (Parts I and II)",
      "ICCD/COP(14)/23/Add.1",
      "A/75/3",
    ]);
  });
  it("reads the symbols of special and emergency special sessions, roman numbers in parts, and a converter's space after a slash", () => {
    const docs = citedDocuments("See A/ES-10/273 and A/ES-10/273/Corr.1; A/S-12/2; BWC/CONF.VIII/4; UNEP/OZL.PRO.28/12; A/69/53/Add.1/ Corr.1.");
    expect(docs.map((d) => d.target)).toEqual(["A/ES-10/273", "A/ES-10/273/Corr.1", "A/S-12/2", "BWC/CONF.VIII/4", "UNEP/OZL.PRO.28/12", "A/69/53/Add.1/Corr.1"]);
  });
  it("reads an OCR '5/' as the Security Council series", () => {
    expect(citedDocuments("report (5/2002/1005)").map((d) => d.target)).toEqual(["S/2002/1005"]);
  });
});

describe("findReferences", () => {
  it("adds the verb, takes footnote texts and never cites the document itself", () => {
    const refs = findReferences("pp5", "Bearing in mind", ["the report of the Council resolution 36/32", "A/HRC/36/32."], hrc);
    expect(refs).toEqual([{ paragraph: "pp5", kind: "document", target: "A/HRC/36/32", verb: "Bearing in mind" }]);
  });
});
