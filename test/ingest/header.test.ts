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
