// What parseAkn refuses, and why: only ParseError, naming the file and the reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { looksLikeAkn, parseAkn } from "../../../src/ingest/akn/index.js";
import { readAknFixture } from "./helpers.js";

function refusal(xml: string, file: string): ParseError {
  try {
    parseAkn(xml, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error(`${file} parsed without error`);
}

const small = readAknFixture("75_19_E.xml");

describe("refusals", () => {
  it("refuses the French text, naming the language its metadata gives", () => {
    const e = refusal(readAknFixture("75_274_F.xml"), "75_274_F.xml");
    expect(e.file).toBe("75_274_F.xml");
    expect(e.reason).toMatch(/in French \(FRBRlanguage "fra"\); resgraph reads the English texts/);
  });

  it("refuses an XML file of another schema, naming its root", () => {
    const e = refusal(`<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>1. Decides</p></body></html>`, "page.xml");
    expect(e.reason).toBe("an XML file whose root is <html>, not an AKN4UN akomaNtoso document");
  });

  it("refuses an akomaNtoso root outside the AKN 3.0 namespace", () => {
    const e = refusal(small.replace('xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"', 'xmlns="http://example.org/akn/2.0"'), "old.xml");
    expect(e.reason).toMatch(/namespace "http:\/\/example.org\/akn\/2.0", not AKN 3.0/);
  });

  it("refuses malformed XML, saying where", () => {
    const broken = small.replace("</preamble>", "</preambel>");
    const line = small.slice(0, small.indexOf("</preamble>")).split("\n").length;
    const e = refusal(broken, "broken.xml");
    expect(e.reason).toMatch(new RegExp(`^the XML is malformed at line ${line}, column \\d+: `));
  });

  it("refuses a truncated file, saying where", () => {
    expect(refusal(small.slice(0, 4000), "cut.xml").reason).toMatch(/malformed at line \d+, column \d+/);
  });

  it("refuses a document without a symbol", () => {
    const stripped = small.replace(/<docNumber[^>]*>[^<]*<\/docNumber>/g, "");
    expect(refusal(stripped, "nosymbol.xml").reason).toMatch(/no resolution symbol/);
  });

  it("refuses a document without paragraphs", () => {
    const stripped = small.replace(/<preamble>[\s\S]*<\/preamble>/, "").replace(/<mainBody>[\s\S]*<\/mainBody>/, "");
    expect(refusal(stripped, "empty-body.xml").reason).toMatch(/A\/RES\/75\/19 has a header but no paragraphs/);
  });

  it("reads nested entity declarations without expanding them exponentially", () => {
    const levels = Array.from({ length: 6 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e0 "lol">${levels}]><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement><p>&e6;</p></statement></akomaNtoso>`;
    // an exponential expansion would run past the test timeout
    expect(refusal(xml, "entities.xml").reason).toMatch(/no resolution symbol/);
  });

  it.each([
    ["empty.xml", ""],
    ["text.txt", "General Assembly\n\n75/19. Credentials\n\n1. Approves the report."],
  ])("refuses %s, which is no XML", (file, text) => {
    expect(refusal(text, file).reason).toMatch(/empty|does not start like an XML document/);
  });
});

describe("looksLikeAkn", () => {
  it.each(["75_19_E.xml", "75_101A-B_E.xml", "75_274_F.xml"])("recognizes %s", (file) => {
    expect(looksLikeAkn(readAknFixture(file))).toBe(true);
  });

  it("accepts a prolog, a comment, a byte-order mark and a prefixed root", () => {
    expect(looksLikeAkn(`\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- from UNxml -->\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement/></akomaNtoso>`)).toBe(true);
    expect(looksLikeAkn(`<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>`)).toBe(true);
  });

  it.each([
    ["a text resolution", "United Nations\nA/RES/75/19\nGeneral Assembly"],
    ["XHTML", `<html xmlns="http://www.w3.org/1999/xhtml"></html>`],
    ["akomaNtoso without its namespace", "<akomaNtoso><statement/></akomaNtoso>"],
    ["akomaNtoso in another namespace", `<akomaNtoso xmlns="http://www.akomantoso.org/2.0"/>`],
    ["an element named like it", `<akomaNtosoX xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>`],
  ])("rejects %s", (_, text) => {
    expect(looksLikeAkn(text)).toBe(false);
  });
});

describe("damaged files never throw anything but ParseError", () => {
  const throwsOnlyParseError = (xml: string): boolean => {
    try {
      parseAkn(xml, "damaged.xml");
      return true;
    } catch (error) {
      return error instanceof ParseError && error.file === "damaged.xml";
    }
  };

  it("random truncations", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: small.length }), (n) => throwsOnlyParseError(small.slice(0, n))), { numRuns: 150 });
  });

  it("random byte flips", () => {
    const bytes = Buffer.from(small, "utf8");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, mask] of flips) copy[at] = copy[at]! ^ mask;
        return throwsOnlyParseError(copy.toString("utf8"));
      }),
      { numRuns: 200 },
    );
  });

  it("random characters spliced into the markup", () => {
    fc.assert(
      fc.property(fc.nat({ max: small.length }), fc.constantFrom("<", ">", "&", "\"", "</p>", "<a href=\"https://undocs.org/en/%\">", "<authorialNote>", "<num>(", "&#0;"), (at, junk) =>
        throwsOnlyParseError(small.slice(0, at) + junk + small.slice(at)),
      ),
      { numRuns: 150 },
    );
  });
});
