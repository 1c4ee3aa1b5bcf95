// The pieces of the export formats, input in, text out: CSV quoting (RFC 4180), XML escaping,
// neo4j-admin values, and the --format and --filter grammars with their refusals.

import { describe, expect, it } from "vitest";
import { BadUserInputError } from "../../src/errors.js";
import { csvField, csvValue } from "../../src/export/csv.js";
import { graphmlNodeId, xmlText } from "../../src/export/graphml.js";
import { adminValue, ARRAY_DELIMITER } from "../../src/export/neo4j-admin.js";
import { exportFormatOf, parseExportFilter } from "../../src/export/options.js";
import { UN_BODIES } from "../../src/ingest/citations/bodies.js";

describe("CSV fields (RFC 4180)", () => {
  it("quotes a field only when it holds a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "deterioration"')).toBe('"the ""deterioration"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField("")).toBe("");
  });

  it("writes lists as JSON arrays, booleans and numbers as text, absent as an empty field", () => {
    expect(csvValue(["Recalling", "Noting, also"])).toBe('"[""Recalling"",""Noting, also""]"');
    expect(csvValue([])).toBe("[]");
    expect(csvValue(true)).toBe("true");
    expect(csvValue(0.477)).toBe("0.477");
    expect(csvValue(undefined)).toBe("");
  });
});

describe("GraphML text", () => {
  it("escapes markup and replaces what XML 1.0 cannot carry", () => {
    expect(xmlText(`a < b & "c" > d`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; d");
    expect(xmlText("bell\u0007 tab\t nl\n")).toBe("bell\uFFFD tab\t nl\n");
    expect(xmlText("lone \uD800 surrogate, pair \u{1F600}")).toBe("lone \uFFFD surrogate, pair \u{1F600}");
  });

  it("names nodes Label:key", () => {
    expect(graphmlNodeId({ label: "Paragraph", key: "A/HRC/RES/36/32#op22" })).toBe("Paragraph:A/HRC/RES/36/32#op22");
  });
});

describe("neo4j-admin values", () => {
  it("quotes every string, so that an empty one stays empty rather than absent", () => {
    expect(adminValue("", "STRING")).toBe('""');
    expect(adminValue('say "no"', "STRING")).toBe('"say ""no"""');
    expect(adminValue(undefined, "STRING")).toBe("");
    expect(adminValue(2017, "INTEGER")).toBe("2017");
    expect(adminValue(false, "BOOLEAN")).toBe("false");
  });

  it("joins list elements with the array delimiter, which no element may hold", () => {
    expect(adminValue(["pp1", "op1(a)"], "LIST<STRING>")).toBe(`"pp1${ARRAY_DELIMITER}op1(a)"`);
    expect(adminValue([`a${ARRAY_DELIMITER}b`], "LIST<STRING>")).toBe('"a b"');
  });
});

describe("--format", () => {
  it("takes the four formats, in any case", () => {
    expect(exportFormatOf("GraphML")).toBe("graphml");
    expect(exportFormatOf("neo4j-admin")).toBe("neo4j-admin");
  });

  it("refuses another, naming the option and the formats", () => {
    expect(() => exportFormatOf("xlsx")).toThrow(BadUserInputError);
    expect(() => exportFormatOf("xlsx")).toThrow('--format: must be one of graphml, csv, jsonl, neo4j-admin, got "xlsx"');
  });
});

describe("--filter", () => {
  it("reads bodies by abbreviation or name, years and sessions", () => {
    expect(parseExportFilter("body=GA,year>=2020,year<=2023")).toEqual({ body: "General Assembly", yearFrom: 2020, yearTo: 2023 });
    expect(parseExportFilter(" body = human rights council , session=s-25 ")).toEqual({ body: "Human Rights Council", session: "S-25" });
    expect(parseExportFilter("year=2017")).toEqual({ yearFrom: 2017, yearTo: 2017 });
    expect(parseExportFilter("year>2019,year<2022")).toEqual({ yearFrom: 2020, yearTo: 2021 });
    // Two bounds on one side: the narrower wins.
    expect(parseExportFilter("year>=2000,year>=2010")).toEqual({ yearFrom: 2010 });
    expect(parseExportFilter("")).toBeUndefined();
  });

  it("takes every abbreviation and name UN_BODIES gives an adopting body (GA, UNGA, the full name)", () => {
    for (const text of ["GA", "UNGA", "General Assembly", "general assembly", "ga"]) {
      expect(parseExportFilter(`body=${text}`), text).toEqual({ body: "General Assembly" });
    }
    expect(parseExportFilter("body=UNSC")).toEqual({ body: "Security Council" });
    for (const row of UN_BODIES) {
      if (!row.adopts) continue;
      for (const text of [row.name, ...(row.abbreviations ?? [])]) expect(parseExportFilter(`body=${text}`), text).toEqual({ body: row.adopts });
    }
    // A body resgraph does not read the texts of is no filter.
    expect(() => parseExportFilter("body=United Nations Environment Assembly")).toThrow('unknown body "United Nations Environment Assembly": use HRC, GA, UNGA, SC, UNSC, ECOSOC, CHR or one of');
  });

  it.each([
    ["body=UNESCO", 'unknown body "UNESCO"'],
    ["colour=red", 'unknown field "colour": use body, year or session'],
    ["year>=twenty", 'the year must be a number'],
    ["body", "is not a term"],
    ["body>GA", "body takes =, only year compares"],
    ["year>=2023,year<=2020", "no year is both >= 2023 and <= 2020"],
    ["session=", "has no value"],
    ["body=GA,body=SC", "body is given twice"],
  ])("refuses %s, naming --filter and the reason", (text, reason) => {
    expect(() => parseExportFilter(text)).toThrow(BadUserInputError);
    expect(() => parseExportFilter(text)).toThrow(/^--filter: /);
    expect(() => parseExportFilter(text)).toThrow(reason);
  });
});
