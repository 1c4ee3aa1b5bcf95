// What a parsed document becomes in the graph, before any store: the facts both stores write.
import { describe, expect, it } from "vitest";
import { documentFacts } from "../../src/graph/facts.js";
import { hrc3632, source } from "../conformance/documents.js";

describe("documentFacts", () => {
  it("keeps one recorded vote per state, the first the text lists, so that both stores keep the same one", () => {
    const doc = {
      ...hrc3632,
      countryVotes: [
        { country: "CUB", name: "Cuba", vote: "abstain" as const },
        { country: "YEM", name: "Yemen", vote: "no" as const },
        { country: "CUB", name: "Cuba", vote: "yes" as const },
      ],
    };
    expect(documentFacts(doc, source("A/HRC/RES/36/32")).votes.map((v) => `${v.country}:${v.vote}`)).toEqual(["CUB:abstain", "YEM:no"]);
  });
});
