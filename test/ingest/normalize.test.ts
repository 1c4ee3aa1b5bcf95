import { describe, expect, it } from "vitest";
import { binaryReason, collapseWhitespace, normalizeText } from "../../src/ingest/normalize.js";

describe("normalizeText", () => {
  it("drops the BOM, unifies line ends and keeps form feeds", () => {
    expect(normalizeText("\uFEFFa\r\nb\rc\fd")).toBe("a\nb\nc\fd");
  });
  it("composes to NFC and plain spaces and hyphens", () => {
    expect(normalizeText("Cafe\u0301 non\u2011intervention a\u00A0b")).toBe("Café non-intervention a b");
  });
  it("removes soft hyphens", () => {
    expect(normalizeText("imple\u00ADmentation")).toBe("implementation");
  });
});

describe("binaryReason", () => {
  it("flags NUL bytes", () => {
    expect(binaryReason("abc\u0000def")).toMatch(/NUL/);
  });
  it("flags text full of control characters", () => {
    expect(binaryReason("\u0001\u0002\u0003abc\u0004\u0005")).toMatch(/binary/);
  });
  it("accepts ordinary text with tabs and form feeds", () => {
    expect(binaryReason("\t36/32.\tTitle\n\fpage two")).toBeUndefined();
  });
});

describe("collapseWhitespace", () => {
  it("collapses justified spacing and line breaks", () => {
    expect(collapseWhitespace("  a  b\n\tc ")).toBe("a b c");
  });
});
