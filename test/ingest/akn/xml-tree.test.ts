// The one-pass reader against fast-xml-parser's validator and parser: the same tree on the files it
// reads, and on a damaged file either the same tree or a refusal left to the validator (which says where).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { parseWithFxp, readTreeFast } from "../../../src/ingest/akn/xml-tree.js";
import { readAknFixture } from "./helpers.js";

const FILES = ["75_19_E.xml", "75_101A-B_E.xml", "75_274_F.xml"];
const small = readAknFixture("75_19_E.xml");

/** The tree the validator and parser give, or the refusal. */
function slow(xml: string): unknown {
  try {
    return parseWithFxp(xml, "f.xml");
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return "refused";
  }
}

/** The fast reader declines, or agrees with the slow path (never reads what it refuses). */
const agrees = (xml: string): boolean => {
  const fast = readTreeFast(xml);
  if (fast === undefined) return true;
  expect(fast).toEqual(slow(xml));
  return true;
};

describe("readTreeFast", () => {
  it.each(FILES)("reads %s as validator and parser do", (file) => {
    const xml = readAknFixture(file);
    const fast = readTreeFast(xml);
    expect(fast).toBeDefined();
    expect(fast).toEqual(slow(xml));
  });

  it.each([
    ["line ends", "<akomaNtoso a=\"x\r\ny\">one\r\ntwo\rthree</akomaNtoso>"],
    ["references", "<akomaNtoso a=\"&quot;&amp;&#x9;\">&lt;&gt;&apos;&#65;&#x1F600;</akomaNtoso>"],
    ["comments join the text around them", "<!-- a --><akomaNtoso>one<!-- two -->three<b/>four<!--x--></akomaNtoso><!-- end -->\n"],
    ["prefixes", "<akn:akomaNtoso xmlns:akn=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><akn:p xmlns:akn=\"other\"><akn:i/></akn:p><akn:b/></akn:akomaNtoso>"],
    ["spacing in tags", "<akomaNtoso\n\ta = 'x'\tb=\"y'\" ><p\n/><q ></q ></akomaNtoso>"],
  ])("reads %s as the parser does", (_, xml) => {
    const fast = readTreeFast(xml);
    expect(fast).toBeDefined();
    expect(fast).toEqual(slow(xml));
  });

  it.each([
    ["a declaration", "<?xml version=\"1.0\"?><a/>"],
    ["a doctype", "<!DOCTYPE a><a/>"],
    ["CDATA", "<a><![CDATA[x]]></a>"],
    ["an HTML entity", "<a>&nbsp;</a>"],
    ["a control by reference", "<a>&#1;</a>"],
    ["a misnested tag", "<a><b></a></b>"],
    ["a truncated tag", "<a><b"],
    ["an unclosed element", "<a><b></b>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["a repeated attribute", "<a x=\"1\" x=\"2\"/>"],
    ["attributes without space", "<a x=\"1\"y=\"2\"/>"],
    ["an attribute without value", "<a x/>"],
    ["a reserved name", "<a __proto__=\"1\"/>"],
    ["a byte-order mark", "\ufeff<a/>"],
  ])("leaves %s to the validator and parser", (_, xml) => {
    expect(readTreeFast(xml)).toBeUndefined();
  });

  it("agrees on random truncations", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: small.length }), (n) => agrees(small.slice(0, n))), { numRuns: 100 });
  });

  it("agrees on random byte flips", () => {
    const bytes = Buffer.from(small, "utf8");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }), (flips) => {
        const copy = Buffer.from(bytes);
        for (const [at, mask] of flips) copy[at] = copy[at]! ^ mask;
        return agrees(copy.toString("utf8"));
      }),
      { numRuns: 150 },
    );
  });

  it("agrees on markup spliced in", () => {
    const junk = ["<", ">", "&", "\"", "'", "</p>", "<p>", "<b/>", "&#0;", "&#x41;", "&amp;", "&nbsp;", "<!--", "-->", "\r", "=", " x=\"1\"", "<?x?>", "<![CDATA[x]]>"];
    fc.assert(fc.property(fc.nat({ max: small.length }), fc.constantFrom(...junk), (at, j) => agrees(small.slice(0, at) + j + small.slice(at))), { numRuns: 150 });
  });
});
