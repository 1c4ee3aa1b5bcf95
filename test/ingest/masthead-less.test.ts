// A text printed without a masthead (no number line, no symbol) is read as the act the caller names:
// the Universal Declaration of Human Rights, as copied from a web page, is resolution 217 A (III).
// Without a symbol such a text is still refused, and a text that prints its own symbol is what it
// prints.
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { symbolFromFileName } from "../../src/ingest/file-names.js";
import { parseResolution } from "../../src/ingest/parse.js";
import { readSeed } from "./helpers.js";

const UDHR_FILE = "seeds/A_RES_217_A_III.txt";
const udhr = readSeed("A_RES_217_A_III.txt");
const NO_MASTHEAD = "no resolution number or symbol was found before the text, so it does not have the layout of a resolution";

function failure(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error("parsed without error");
}

/** The Declaration as the UN's web page prints it: a heading, the adoption line, then the text. */
const WEB_PAGE = `Universal Declaration of Human Rights

Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948

Preamble

Whereas recognition of the inherent dignity and of the equal and inalienable rights of all members of the human family is the foundation of freedom, justice and peace in the world,

Whereas disregard and contempt for human rights have resulted in barbarous acts which have outraged the conscience of mankind,

Now, therefore,

The General Assembly,

Proclaims this Universal Declaration of Human Rights as a common standard of achievement for all peoples and all nations.

Article 1

All human beings are born free and equal in dignity and rights.

Article 2

Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.

Furthermore, no distinction shall be made on the basis of the political status of the country.

Article 3

Everyone has the right to life, liberty and security of person.
`;

describe("the Universal Declaration read with the symbol its file's name spells", () => {
  const doc = parseResolution(udhr, UDHR_FILE, { symbol: symbolFromFileName(UDHR_FILE)!, symbolFrom: "file name" });

  it("has the header of resolution 217 A (III): symbol, body and the title its heading prints", () => {
    expect(doc.resolution).toEqual({
      symbol: "A/RES/217(III)",
      title: "Universal Declaration of Human Rights",
      body: "General Assembly",
      // This copy (UDHR in Unicode) prints no adoption line: no date is made up.
      adoptedOn: "",
      meeting: "",
      voteMethod: "",
    });
  });

  it("reads the seven Whereas clauses as preambular paragraphs and the proclamation as operative", () => {
    const pre = doc.paragraphs.filter((p) => p.kind === "preambular");
    expect(pre.map((p) => p.key)).toEqual(["pp1", "pp2", "pp3", "pp4", "pp5", "pp6", "pp7"]);
    expect(pre.every((p) => p.verb === "Whereas" && p.text.startsWith("Whereas "))).toBe(true);
    // The provenance note and the "Preamble" heading are no paragraph; "Now, therefore," and the
    // opener are no paragraph's text.
    expect(pre[6]!.text).toMatch(/full realization of this pledge,$/);
    const op1 = doc.paragraphs.find((p) => p.key === "op1")!;
    expect(op1).toMatchObject({ kind: "operative", verb: "Proclaims", ordinal: 8 });
    expect(op1.text).toMatch(/^Proclaims this Universal Declaration of Human Rights as a common standard/);
  });

  it("reads the thirty articles as paragraphs art1 … art30, each whole", () => {
    const articles = doc.paragraphs.filter((p) => p.key.startsWith("art"));
    expect(articles.map((p) => p.key)).toEqual(Array.from({ length: 30 }, (_, i) => `art${i + 1}`));
    expect(articles.every((p) => p.kind === "operative" && p.verb === "")).toBe(true);
    expect(doc.paragraphs.map((p) => p.ordinal)).toEqual(doc.paragraphs.map((_, i) => i + 1));
    expect(articles[0]!.text).toBe(
      "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.",
    );
    // An article of several paragraphs is one paragraph: Article 2's second one stays in it.
    expect(articles[1]!.text).toMatch(/birth or other status\. Furthermore, no distinction shall be made/);
    expect(articles[29]!.text).toMatch(/^Nothing in this Declaration may be interpreted/);
    expect(doc.paragraphs).toHaveLength(38);
  });

  it("finds the instruments the Declaration names, and no reference to itself", () => {
    expect(doc.mentions.some((m) => m.paragraph === "pp5" && m.name === "Charter of the United Nations")).toBe(true);
    expect(doc.references.filter((r) => r.target === "A/RES/217(III)")).toEqual([]);
  });
});

describe("a declaration as a web page prints it", () => {
  const doc = parseResolution(WEB_PAGE, "udhr.html.txt", { symbol: "A/RES/217 A (III)" });

  it("takes the title from the heading and the adoption date from the adoption line", () => {
    expect(doc.resolution).toMatchObject({ symbol: "A/RES/217(III)", title: "Universal Declaration of Human Rights", adoptedOn: "1948-12-10" });
  });

  it("reads the adoption line as header, not as a paragraph or a reference", () => {
    expect(doc.paragraphs.map((p) => p.key)).toEqual(["pp1", "pp2", "op1", "art1", "art2", "art3"]);
    expect(doc.references).toEqual([]);
  });
});

describe("a masthead-less resolution text with a known symbol", () => {
  it("is cut as a resolution: preambular clauses, numbered operative paragraphs", () => {
    const text = "The Human Rights Council,\n\nRecalling its resolution 5/1 of 18 June 2007,\n\n1. Decides to remain seized of the matter.\n";
    const doc = parseResolution(text, "x.txt", { symbol: "A/HRC/RES/36/99" });
    expect(doc.resolution).toMatchObject({ symbol: "A/HRC/RES/36/99", body: "Human Rights Council", title: "" });
    expect(doc.paragraphs.map((p) => [p.key, p.verb])).toEqual([
      ["pp1", "Recalling"],
      ["op1", "Decides"],
    ]);
    expect(doc.references.map((r) => r.target)).toEqual(["A/HRC/RES/5/1"]);
  });

  it("takes the Security Council's body from the symbol and prints no title, as its resolutions do", () => {
    const doc = parseResolution("Declaration\n\nNoting the report,\n\n1. Calls upon the parties.\n", "s.txt", { symbol: "S/RES/9999 (2030)" });
    expect(doc.resolution).toMatchObject({ symbol: "S/RES/9999 (2030)", body: "Security Council", title: "" });
  });
});

describe("without a symbol, or with one that cannot be used", () => {
  it("still refuses a text without a masthead, for today's reason", () => {
    expect(failure(() => parseResolution(udhr, UDHR_FILE)).message).toBe(`${UDHR_FILE}: ${NO_MASTHEAD}`);
    expect(failure(() => parseResolution(WEB_PAGE, "w.txt", {})).message).toBe(`w.txt: ${NO_MASTHEAD}`);
  });

  it("refuses it too when the file's name spells no symbol", () => {
    const options = { symbol: symbolFromFileName("udhr_eng.txt") ?? "", symbolFrom: "file name" } as const;
    expect(failure(() => parseResolution(udhr, "udhr_eng.txt", options)).reason).toBe(NO_MASTHEAD);
    expect(failure(() => parseResolution(udhr, "x.txt", { symbol: "not a symbol", symbolFrom: "file name" })).reason).toBe(NO_MASTHEAD);
  });

  it("says so when a symbol given is not one", () => {
    expect(failure(() => parseResolution(udhr, "x.txt", { symbol: "217 A (III)" })).reason).toBe(
      "the symbol 217 A (III) given is not the symbol of a resolution or decision",
    );
  });
});

describe("a text that prints its own symbol", () => {
  const file = "seeds/A_HRC_RES_42_25.txt";
  const text = readSeed("A_HRC_RES_42_25.txt");
  const plain = parseResolution(text, file);

  it("is what it prints: a symbol its file's name spells otherwise is ignored", () => {
    // The bulk SC corpus has misnamed files (S_RES_542_1983.txt holds 538 (1983)).
    const doc = parseResolution(text, file, { symbol: "S/RES/242 (1967)", symbolFrom: "file name" });
    expect(doc).toEqual(plain);
    expect(doc.resolution.symbol).toBe("A/HRC/RES/42/25");
  });

  it("accepts a symbol given that agrees, in any spelling", () => {
    expect(parseResolution(text, file, { symbol: "a/hrc/res/42/25" })).toEqual(plain);
    expect(parseResolution(text, file, { symbol: "A/HRC/RES/42/25", symbolFrom: "option" })).toEqual(plain);
  });

  it("refuses a symbol given that disagrees with the printed one", () => {
    expect(failure(() => parseResolution(text, file, { symbol: "A/HRC/RES/42/4" })).message).toBe(
      `${file}: the text prints A/HRC/RES/42/25, not the symbol A/HRC/RES/42/4 given`,
    );
    expect(failure(() => parseResolution(readSeed("S_RES_242_1967.txt"), "s.txt", { symbol: "S/RES/242 (1968)", symbolFrom: "option" })).reason).toBe(
      "the text prints S/RES/242 (1967), not the symbol S/RES/242 (1968) given",
    );
  });
});
