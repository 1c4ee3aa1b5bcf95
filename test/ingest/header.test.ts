import { describe, expect, it } from "vitest";
import { parseResolution } from "../../src/ingest/parse.js";

const sc = (heading: string, date: string) =>
  `${heading}\n${date}\n\nThe Security Council,\n\nRecalling its resolution 425 (1978),\n\n1. Decides to extend the mandate;\n\nAdopted at the 2085th meeting by 12 votes to none.\n`;

describe("header", () => {
  it("takes a Security Council symbol's year from the adoption date when the heading's is garbled", () => {
    const doc = parseResolution(sc("Resolution 434 (1973)", "of 18 September 1978"), "sc.txt");
    expect(doc.resolution.symbol).toBe("S/RES/434 (1978)");
    expect(doc.resolution.adoptedOn).toBe("1978-09-18");
  });

  it("keeps the heading's year when the date agrees", () => {
    expect(parseResolution(sc("Resolution 434 (1978)", "of 18 September 1978"), "sc.txt").resolution.symbol).toBe("S/RES/434 (1978)");
  });

  it.each([
    ["A/RES/77/253 B", "A/RES/77/253 B"],
    ["A/RES/75/290 A", "A/RES/75/290"],
    ["A/RES/75/101 A-B", "A/RES/75/101"],
    ["A/RES/75/102", "A/RES/75/102"],
  ])("reads the part a masthead prints: %s is %s", (printed, symbol) => {
    const number = printed.split("/")[3]!.split(" ")[0];
    const text = `United Nations\n${printed}\nGeneral Assembly\nDistr.: General\n4 January 2023\n\nResolution adopted by the General Assembly on 30 December 2022\n\n77/${number}. Financial reports\n\nThe General Assembly,\n\nRecalling its resolution 76/235,\n\n1. Accepts the reports;\n\n58th plenary meeting\n30 December 2022\n`.replace("77/", `${printed.split("/")[2]}/`);
    expect(parseResolution(text, "part.txt").resolution.symbol).toBe(symbol);
  });

  it("reads the concerned states and the recorded votes with their states", () => {
    const text = `Resolution 661 (1990)\nof 6 August 1990\n\nThe Security Council,\n\nReaffirming its resolution 660 (1990),\n\nDeeply concerned that Iraq has not withdrawn and that Iraq continues,\n\n1. Determines that Iraq has so far failed to comply;\n\n2. Decides that all States shall prevent imports from Iraq;\n\n3. Calls upon Iraq to withdraw;\n\nAdopted at the 2933rd meeting by 13 votes to none, with 2 abstentions (Cuba and Yemen).\n`;
    const doc = parseResolution(text, "661.txt");
    expect(doc.concerns).toEqual([{ code: "IRQ", name: "Iraq" }]);
    expect(doc.countryVotes).toEqual([
      { country: "CUB", name: "Cuba", vote: "abstain" },
      { country: "YEM", name: "Yemen", vote: "abstain" },
    ]);
  });
});

describe("closing lines misread by OCR", () => {
  it.each<[string, { voteMethod: string; votes?: { yes: number; no: number; abstain: number } }]>([
    ["Adopted at the 765th meeting by 10 votes to none, with I abstention (Sweden).", { voteMethod: "recorded vote", votes: { yes: 10, no: 0, abstain: 1 } }],
    ["Adopted at the 754th meeting by 10 votes to I (Union of Soviet Socialist Republics).", { voteMethod: "recorded vote", votes: { yes: 10, no: 1, abstain: 0 } }],
    ["Adopted at the 1473rd meeting by I1 votes to none, with 4 abstentions.", { voteMethod: "recorded vote", votes: { yes: 11, no: 0, abstain: 4 } }],
    ["Adopted at the 3082nd meeting by 13 votes io none, with 2 abstentions (China, Zimbabwe).", { voteMethod: "recorded vote", votes: { yes: 13, no: 0, abstain: 2 } }],
    ["Adopted at the 1770th meeting by 14 votes ta none.", { voteMethod: "recorded vote", votes: { yes: 14, no: 0, abstain: 0 } }],
    ["Adopted at the 2708th meeting by 14 votes to none. with 1 abstention (United States).", { voteMethod: "recorded vote", votes: { yes: 14, no: 0, abstain: 1 } }],
    ["Adopted at the 2500th meeting by 13 votes to 1 against (Pakistan), with 1 abstention (Guyana).", { voteMethod: "recorded vote", votes: { yes: 13, no: 1, abstain: 1 } }],
    ["Adopted at the 1750th meeting by 14 votes to nones 30", { voteMethod: "recorded vote", votes: { yes: 14, no: 0, abstain: 0 } }],
  ])("reads the vote in %j", (closing, vote) => {
    const doc = parseResolution(sc("Resolution 434 (1978)", "of 18 September 1978").replace(/Adopted at .*\n/, `${closing}\n`), "sc.txt");
    expect({ voteMethod: doc.resolution.voteMethod, ...(doc.resolution.votes ? { votes: doc.resolution.votes } : {}) }).toEqual(vote);
  });

  it.each([
    ["Adopted unanimously at the 24491h meeting.", "2449th meeting"],
    ["Adopted unanimously at the 2729the meeting.", "2729th meeting"],
    ["Adopted unanimously at the 1710th meet- ing.", "1710th meeting"],
    // A closed or resumed meeting is named so: kept as printed, as the gold spec asks of meetings.
    ["Adopted unanimously at the 2714th (closed) meeting.", "2714th (closed) meeting"],
    ["48th (resumed) plenary meeting", "48th (resumed) plenary meeting"],
    ["54th resumed plenary meeting", "54th resumed plenary meeting"],
    ["Adopted unanimously at the 3017th meeting.", "3017th meeting"],
  ])("reads the meeting in %j", (closing, meeting) => {
    const doc = parseResolution(sc("Resolution 434 (1978)", "of 18 September 1978").replace(/Adopted at .*\n/, `${closing}\n`), "sc.txt");
    expect(doc.resolution.meeting).toBe(meeting);
  });
});
