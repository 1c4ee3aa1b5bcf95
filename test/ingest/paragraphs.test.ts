// Cutting the body into paragraphs when OCR misprints their numbers: one misread number must not
// glue every later paragraph onto the one before it.
import { describe, expect, it } from "vitest";
import { toLines } from "../../src/ingest/lines.js";
import { cutParagraphs } from "../../src/ingest/paragraphs.js";

const keysOf = (text: string) => cutParagraphs(toLines(text)).map((p) => `${p.key} ${p.verb}`.trim());

describe("paragraph numbers misread by OCR", () => {
  it("takes a comma for the full stop when the next number opens an operative clause", () => {
    const text = ["Noting the report,", "", "1. Decides to act;", "", "2, Urges all States to comply;", "", "3. Requests a report."].join("\n");
    expect(keysOf(text)).toEqual(["pp1 Noting", "op1 Decides", "op2 Urges", "op3 Requests"]);
    // The first operative paragraph too ("1, Determines"), after the preamble.
    expect(keysOf(["Noting the report,", "", "1, Determines that the situation is a threat;", "", "2. Decides to remain seized."].join("\n"))).toEqual([
      "pp1 Noting",
      "op1 Determines",
      "op2 Decides",
    ]);
  });

  it("keeps a comma after a number inside the text: not the next number, or no operative verb", () => {
    const text = ["1. Recalls paragraphs", "2, 3 and 4 of its resolution 660 (1990);", "", "2. Decides to act;", "3, the States concerned agreeing;"].join("\n");
    expect(keysOf(text)).toEqual(["op1 Recalls", "op2 Decides"]);
  });

  it("reads (6) as (b) and (0) as (o) where that letter comes next, and keeps numbered sub-paragraphs", () => {
    const text = ["1. Decides that all States shall:", "(a) Prevent the import;", "(6) Prevent the sale;", "(c) Report.", "", "2. Urges:", "(1) first;", "(2) second."].join(
      "\n",
    );
    expect(keysOf(text)).toEqual(["op1 Decides", "op1(a)", "op1(b)", "op1(c)", "op2 Urges", "op2(1)", "op2(2)"]);
    expect(keysOf(["1. Requests the Commission:", "(a) To report;", "(5) To observe."].join("\n"))).toEqual(["op1 Requests", "op1(a)", "op1(b)"]);
  });
});

describe("unnumbered operative clauses (early Security Council texts)", () => {
  it("opens a paragraph for each verb-led clause set apart by a blank line, not for a wrapped line", () => {
    const text = [
      "Noting the complaints of both parties,",
      "",
      "Endorses the requests of the Chief of Staff;",
      "",
      "Declares that it is essential to act;",
      "Calls upon is here a wrapped line, not a clause of its own;",
      "",
      "Calls upon the parties to comply.",
    ].join("\n");
    expect(keysOf(text)).toEqual(["pp1 Noting", "op1 Endorses", "op2 Declares", "op3 Calls upon"]);
  });
  it("leaves numbered operative paragraphs alone", () => {
    const text = ["Noting the report,", "", "1. Decides to act;", "", "Requests this to be a continuation of op1;", "", "2. Requests a report."].join("\n");
    expect(keysOf(text)).toEqual(["pp1 Noting", "op1 Decides", "op2 Requests"]);
  });
});
