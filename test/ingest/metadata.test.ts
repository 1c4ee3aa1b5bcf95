// The UN's metadata lines: every field read, state names in the UN's capitals mapped to the same
// countries as the texts' mentions, proponents that are not states told apart, and every line that
// cannot be read (or a name that is no state) reported with its line number.
import { describe, expect, it } from "vitest";
import { looksLikeMetadata, readMetadataLines, readStateEntry } from "../../src/ingest/metadata/index.js";
import { subject } from "../../src/ingest/subjects.js";

const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    symbol: "A/RES/75/4",
    title: "Special session",
    adoption_meeting: "21st plenary meeting",
    adoption_date: "5 November 2020",
    originating_document: "A/75/L.8",
    report_paragraph: "N.A.",
    committee: "Without reference to a Main Committee",
    agenda_item: "Agenda item 128",
    adoption_type: "By a recorded vote",
    MS_in_favour_count: "2",
    MS_against_count: "1",
    MS_abstaining_count: "1",
    pv: "A/75/PV.21",
    MS_in_favour: ["BOLIVIA (PLURINATIONAL STATE OF)", "TU\u0308RKI\u0307YE"],
    MS_against: ["THE NIGER"],
    MS_abstaining: ["NETHERLANDS (KINGDOM OF THE)"],
    sponsors: ["EGYPT, ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF AFRICAN STATES", "SUBMITTED BY THE CHAIR"],
    additional_sponsors: ["CHILE,DOMINICAN REPUBLIC", "CÔTE D’IVOIRE"],
    SDGs: ["5", "18"],
    subjects: [["INTERNATIONAL COOPERATION", "UNBIS Thesaurus"], ["UN. Board of Auditors", "DHLAUTH"], ["135", "A/76/251"]],
    ...fields,
  });

describe("readMetadataLines", () => {
  it("reads a resolution's record: adoption, votes by state, sponsors, subjects", () => {
    const { records, problems, proponents } = readMetadataLines(line({}));
    expect(problems).toEqual([]);
    expect(proponents).toBe(1);
    const m = records[0]!.metadata;
    expect(m).toMatchObject({
      symbol: "A/RES/75/4",
      adoptedOn: "2020-11-05",
      meeting: "21st plenary meeting",
      adoptionType: "By a recorded vote",
      originatingDocument: "A/75/L.8",
      committee: "Without reference to a Main Committee",
      agendaItem: "Agenda item 128",
      verbatimRecord: "A/75/PV.21",
      voteCounts: { yes: 2, no: 1, abstain: 1 },
    });
    expect(m.votes.map((v) => `${v.country}:${v.vote}`)).toEqual(["BOL:yes", "TUR:yes", "NER:no", "NLD:abstain"]);
    expect(m.sponsors.map((s) => `${s.country}${s.additional ? "+" : ""}`)).toEqual(["EGY", "CHL+", "DOM+", "CIV+"]);
    // SDG 18 does not exist; a library authority and a document symbol are no subject schemes.
    expect(m.subjects).toEqual([
      { scheme: "SDG", key: "5", label: "Gender equality" },
      { scheme: "UNBIS", key: "INTERNATIONAL COOPERATION", label: "INTERNATIONAL COOPERATION" },
    ]);
  });

  it("reports a name that is no known state with its line, and keeps the rest of the record", () => {
    const { records, problems } = readMetadataLines(`${line({})}\n${line({ symbol: "A/RES/75/5", additional_sponsors: ["NAMBIA", "NORTHERN IRELAND", "GHANA"] })}`);
    expect(problems).toEqual([
      { line: 2, reason: 'additional_sponsors: "NAMBIA" names no known state (left out)', rejected: false },
      { line: 2, reason: 'additional_sponsors: "NORTHERN IRELAND" names no known state (left out)', rejected: false },
    ]);
    expect(records[1]!.metadata.sponsors.map((s) => s.country)).toEqual(["EGY", "GHA"]);
  });

  it("rejects a line that is not JSON, lacks a symbol or names no resolution, and goes on", () => {
    const text = ["{not json", JSON.stringify({ title: "x" }), line({ symbol: "A/75/L.8" }), "", line({ symbol: "A/RES/75/6" })].join("\n");
    const { records, problems } = readMetadataLines(text);
    expect(records.map((r) => [r.line, r.metadata.symbol])).toEqual([[5, "A/RES/75/6"]]);
    expect(problems.map((p) => [p.line, p.rejected])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(problems[0]!.reason).toMatch(/^not JSON/);
    expect(problems[1]!.reason).toMatch(/^field symbol/);
    expect(problems[2]!.reason).toBe('symbol "A/75/L.8" is not a resolution symbol');
  });

  it("files parts as the texts do: parts adopted together are the resolution, a later part keeps its letter; a repeated symbol is one record", () => {
    const text = [
      line({ symbol: "A/RES/77/128 A-B", sponsors: ["GHANA"], additional_sponsors: [] }),
      line({ symbol: "A/RES/77/253 B", sponsors: ["KENYA"], additional_sponsors: [] }),
      line({ symbol: "A/RES/75/290 A", sponsors: ["GHANA"], additional_sponsors: [] }),
      line({ symbol: "A/RES/75/290 A", sponsors: ["KENYA"], additional_sponsors: [], subjects: [["FINANCE", "UNBIS Thesaurus"]] }),
    ].join("\n");
    const { records } = readMetadataLines(text);
    expect(records.map((r) => r.metadata.symbol)).toEqual(["A/RES/77/128", "A/RES/77/253 B", "A/RES/75/290"]);
    expect(records[2]!.metadata.sponsors.map((s) => s.country)).toEqual(["GHA", "KEN"]);
    expect(records[2]!.metadata.subjects.map((s) => s.key)).toContain("FINANCE");
  });

  it("gives no vote counts for a resolution adopted without a vote, and drops N.A. fields", () => {
    const m = readMetadataLines(line({ adoption_type: "Without a vote", MS_in_favour: [], MS_against: [], MS_abstaining: [], originating_document: "N.A." })).records[0]!.metadata;
    expect(m.voteCounts).toBeUndefined();
    expect(m.votes).toEqual([]);
    expect(m.originatingDocument).toBeUndefined();
  });

  it("gives no vote counts for a recorded vote whose counts are not all printed (a blank is no zero)", () => {
    const m = readMetadataLines(line({ MS_against_count: "" })).records[0]!.metadata;
    expect(m.voteCounts).toBeUndefined();
    expect(m.votes.length).toBe(4);
  });

  it("hashes each line, so that an unchanged record can be skipped", () => {
    const a = readMetadataLines(line({})).records[0]!.hash;
    expect(readMetadataLines(line({})).records[0]!.hash).toBe(a);
    expect(readMetadataLines(line({ title: "Other" })).records[0]!.hash).not.toBe(a);
  });
});

describe("looksLikeMetadata", () => {
  it("knows metadata lines by their content, not their name", () => {
    expect(looksLikeMetadata(`\n${line({})}\n`)).toBe(true);
    expect(looksLikeMetadata('{"symbol": "A/RES/75/4"}')).toBe(false);
    expect(looksLikeMetadata("United Nations\nA/RES/75/4")).toBe(false);
    expect(looksLikeMetadata("<akomaNtoso/>")).toBe(false);
  });
});

describe("readStateEntry", () => {
  it.each([
    ["IRAN (ISLAMIC REPUBLIC OF)", "IRN"],
    ["MICRONESIA (FEDERATED STATES OF)", "FSM"],
    ["VENEZUELA (BOLIVARIAN REPUBLIC OF)", "VEN"],
    ["DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA", "PRK"],
    ["REPUBLIC OF KOREA", "KOR"],
    ["TURKEY", "TUR"],
    ["TÜRKİYE", "TUR"],
    ["CUBA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF 77 AND CHINA)", "CUB"],
    ["ROMANIA (IN ITS CAPACITY AS CHAIR OF THE COMMITTEE ON THE PEACEFUL USES OF OUTER SPACE)", "ROU"],
    ["SAINT KITTS AND NEVIS\u00a0", "KNA"],
  ])("%s is %s", (name, code) => {
    const entry = readStateEntry(name);
    expect(entry.kind === "states" ? entry.states.map((s) => s.country) : entry).toEqual([code]);
  });
  it("tells proponents that are not states from unknown names", () => {
    expect(readStateEntry("INTRODUCED IN THE COMMITTEE BY THE REPRESENTATIVE OF EGYPT ON BEHALF OF THE BUREAU").kind).toBe("proponent");
    expect(readStateEntry("VLADAMIR BUDHU (TRINIDAD AND TOBAGO) AND ON THE BASIS OF INFORMAL CONSULTATIONS ON DRAFT RESOLUTION").kind).toBe("proponent");
    expect(readStateEntry("LAO PEOPLE'S DEMOCRATIC").kind).toBe("unknown");
  });
});

describe("subject", () => {
  it("keys terms in capitals and SDGs by number", () => {
    expect(subject("UNBIS", " Human rights ")).toEqual({ scheme: "UNBIS", key: "HUMAN RIGHTS", label: "Human rights" });
    expect(subject("SDG", "Goal 16")).toEqual({ scheme: "SDG", key: "16", label: "Peace, justice and strong institutions" });
    expect(subject("SDG", "0")).toBeUndefined();
  });
});
