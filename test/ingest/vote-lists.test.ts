import { describe, expect, it } from "vitest";
import { recordedVotes } from "../../src/ingest/vote-lists.js";

const by = (votes: ReturnType<typeof recordedVotes>, vote: string) => votes.filter((v) => v.vote === vote).map((v) => v.country);

describe("recordedVotes", () => {
  it("reads an HRC recorded-vote block, lines broken anywhere, states by any UN name", () => {
    const closing = `38th meeting
26 September 2019
[Adopted by a recorded vote of 18 to 6, with 23 abstentions. The voting was as follows:
In favour:
Angola,  Burkina  Faso,  Cameroon,  China,  Cuba
Against:
Argentina, Australia, Brazil
Abstaining:
Czechia,  Democratic  Republic  of  the  Congo,
Togo, United Kingdom of Great Britain and Northern Ireland]`;
    const votes = recordedVotes(closing, "Human Rights Council");
    expect(by(votes, "yes")).toEqual(["AGO", "BFA", "CMR", "CHN", "CUB"]);
    expect(by(votes, "no")).toEqual(["ARG", "AUS", "BRA"]);
    expect(by(votes, "abstain")).toEqual(["CZE", "COD", "TGO", "GBR"]);
  });

  it("reads the Security Council's named votes against and abstentions", () => {
    const votes = recordedVotes("Adopted at the 2981st meeting by 12 votes to 1 (Cuba) with 2 abstentions (Ecuador, Yemen).", "Security Council");
    expect(votes).toEqual([
      { country: "CUB", name: "Cuba", vote: "no" },
      { country: "ECU", name: "Ecuador", vote: "abstain" },
      { country: "YEM", name: "Yemen", vote: "abstain" },
    ]);
  });

  it("knows former states by the names of their time", () => {
    const votes = recordedVotes("by 12 votes to none, with 2 abstentions (Czechoslovakia, Union of Soviet Socialist Republics).", "Security Council");
    expect(by(votes, "abstain")).toEqual(["CSK", "SUN"]);
  });

  it("gives nothing when only counts are printed, or no vote at all", () => {
    expect(recordedVotes("Adopted at the 1747th meeting by 14 votes to none", "Security Council")).toEqual([]);
    expect(recordedVotes("[Adopted without a vote.]", "Human Rights Council")).toEqual([]);
    expect(recordedVotes("", "General Assembly")).toEqual([]);
  });
});
