import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { parseAnalysisPage } from "../../../src/ingest/analysis/parse.js";
import { readSeed } from "./seed-paragraphs.js";

describe("parseAnalysisPage on seed 004", () => {
  const doc = parseAnalysisPage(readSeed("004_9cc71f49dc171673.txt"), "004_9cc71f49dc171673.txt");

  it("reads the title and the labelled fields, leaving empty ones empty", () => {
    expect(doc.title).toBe("Advisory services and technical assistance for Cambodia");
    expect(doc.body).toBe("Human Rights Council");
    expect(doc.sessionType).toBe("");
    expect(doc.agendaItem).toBe("");
    expect(doc.countryConcerned).toBe("");
    expect(doc.sponsors).toEqual([]);
  });

  it("takes the bullets under Country Concerned as the summary", () => {
    expect(doc.summary).toHaveLength(2);
    expect(doc.summary[0]).toMatch(/^This resolution contains mostly praise/);
    expect(doc.summary[1]).toMatch(/^Moreover, the resolution was adopted under Item 10/);
  });

  it("reads five criticism quotes without their quotation marks, keeping the ellipsis", () => {
    expect(doc.quotes.filter((q) => q.section === "praise")).toHaveLength(0);
    expect(doc.quotes).toHaveLength(5);
    expect(doc.quotes.every((q) => q.section === "criticism")).toBe(true);
    const [first, second, , , last] = doc.quotes;
    expect(first?.text).toMatch(/^Expresses serious concern at the reported deterioration in the civil/);
    expect(first?.text).toMatch(/trade unions and civil society…$/);
    expect(second?.text).toMatch(/conviction of Kem Sokha, who was sentenced to 27 years/);
    expect(last?.text).toBe("Decides to extend for two years the mandate of Special Rapporteur on the situation of human rights in Cambodia.");
    for (const q of doc.quotes) expect(q.text).not.toMatch(/^["“]|["”]$/);
  });

  it("keeps the printed zero votes", () => {
    expect(doc.votes).toEqual({ yes: 0, no: 0, abstain: 0, absent: 0 });
  });
});

const FULL = [
  "Situation of human rights in Somewhereland",
  "",
  "UN Body",
  "Human Rights Council",
  "",
  "Session Type",
  "Regular session (HRC 54)",
  "",
  "Agenda Item",
  "Item 4: Human rights situations that require the Council’s attention",
  "",
  "Country Concerned",
  "Somewhereland",
  "",
  "◦ The resolution renews the mandate of the Special Rapporteur.",
  "◦ It was adopted by a recorded vote",
  "  after a long debate.",
  "",
  "Main Sponsors",
  "",
  "United Kingdom, Bosnia and Herzegovina, Norway; Chile",
  "- Costa Rica",
  "",
  "Key Praise",
  "",
  "* “Welcomes the release of some political prisoners…”",
  "* ‘Notes the cooperation of the Government with the Office of the High Commissioner’.",
  "",
  "Key Criticism",
  "",
  "• \"Condemns the arbitrary detention … of human rights defenders\"",
  "",
  "Full Vote",
  "",
  "• Yes 31",
  "• No 1",
  "• Abstain 15",
].join("\r\n");

describe("parseAnalysisPage on a page with every field filled (CRLF, other bullets)", () => {
  const doc = parseAnalysisPage(FULL, "full.txt");

  it("reads every field", () => {
    expect(doc.title).toBe("Situation of human rights in Somewhereland");
    expect(doc.body).toBe("Human Rights Council");
    expect(doc.sessionType).toBe("Regular session (HRC 54)");
    expect(doc.agendaItem).toBe("Item 4: Human rights situations that require the Council’s attention");
    expect(doc.countryConcerned).toBe("Somewhereland");
    expect(doc.summary).toEqual([
      "The resolution renews the mandate of the Special Rapporteur.",
      "It was adopted by a recorded vote after a long debate.",
    ]);
  });

  it("splits sponsors at commas, semicolons and bullets but not inside a country name", () => {
    expect(doc.sponsors).toEqual(["United Kingdom", "Bosnia and Herzegovina", "Norway", "Chile", "Costa Rica"]);
  });

  it("reads praise and criticism quotes in page order", () => {
    expect(doc.quotes).toEqual([
      { section: "praise", text: "Welcomes the release of some political prisoners…" },
      { section: "praise", text: "Notes the cooperation of the Government with the Office of the High Commissioner" },
      { section: "criticism", text: "Condemns the arbitrary detention … of human rights defenders" },
    ]);
  });

  it("reads non-zero votes, absent defaulting to 0 when not printed", () => {
    expect(doc.votes).toEqual({ yes: 31, no: 1, abstain: 15, absent: 0 });
  });
});

describe("parseAnalysisPage tolerance", () => {
  it("reads inline values, glued counts and leaves votes out when none are printed", () => {
    const doc = parseAnalysisPage(
      "Title here\n\n\nUN Body: General Assembly\nCountry Concerned:\n\n• Myanmar\nFull Vote\nAdopted by consensus\n",
      "inline.txt",
    );
    expect(doc.body).toBe("General Assembly");
    expect(doc.countryConcerned).toBe("Myanmar");
    expect(doc.summary).toEqual([]);
    expect(doc.votes).toBeUndefined();
  });

  it("reads 'Yes31'-style counts and an absent count", () => {
    const doc = parseAnalysisPage("T\nUN Body\nX\nFull Vote\n• Yes31\n• No2\n• Abstain 3\n• Absent 1\n", "glued.txt");
    expect(doc.votes).toEqual({ yes: 31, no: 2, abstain: 3, absent: 1 });
  });

  it("throws ParseError naming the file for an empty text, prose, or a page without a title", () => {
    for (const [text, file] of [
      ["", "empty.txt"],
      ["The weather in Geneva was mild. Delegates met at the Palais to discuss the agenda item.", "prose.txt"],
      ["UN Body\nHuman Rights Council\nFull Vote\nYes 1 No 2 Abstain 3", "untitled.txt"],
    ] as const) {
      let caught: unknown;
      try {
        parseAnalysisPage(text, file);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ParseError);
      expect((caught as ParseError).file).toBe(file);
      expect((caught as ParseError).message).toContain(file);
    }
  });
});
