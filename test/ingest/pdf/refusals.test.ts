// A PDF resgraph cannot read is refused with a ParseError whose one-line reason says what is wrong:
// no text layer (a scan), encrypted, truncated, not a PDF at all.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { NO_TEXT_LAYER, pdfToText } from "../../../src/ingest/pdf/index.js";
import { PASSWORD_ENCRYPTION, minimalPdf, textContent } from "./minimal-pdf.js";

const fixture = new Uint8Array(readFileSync(new URL("../../fixtures/pdf/A_RES_73_7-EN.pdf", import.meta.url)));

async function refusal(bytes: Uint8Array): Promise<ParseError> {
  const error: unknown = await pdfToText(bytes, "in.pdf").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  const parseError = error as ParseError;
  expect(parseError.file).toBe("in.pdf");
  expect(parseError.reason).not.toContain("\n");
  return parseError;
}

describe("PDFs that cannot be read", () => {
  it("reads the text of a well-formed hand-built PDF (the refusals below are not the builder's fault)", async () => {
    const text = await pdfToText(minimalPdf({ content: textContent("Hello resgraph") }), "in.pdf");
    expect(text.trim()).toBe("Hello resgraph");
  });

  it("refuses a PDF with no text layer, saying so", async () => {
    const error = await refusal(minimalPdf({ content: "" }));
    expect(error.reason).toBe(NO_TEXT_LAYER);
    expect(error.reason).toBe("the PDF has no text layer (a scanned image?); resgraph reads PDFs with text");
  });

  it("refuses a password-protected PDF as encrypted", async () => {
    const error = await refusal(minimalPdf({ content: textContent("secret"), encrypt: PASSWORD_ENCRYPTION }));
    expect(error.reason).toMatch(/encrypted/);
  });

  it("refuses a truncated PDF as truncated", async () => {
    const error = await refusal(fixture.subarray(0, Math.floor(fixture.length / 2)));
    expect(error.reason).toMatch(/truncated/);
  });

  it("refuses bytes that are not a PDF, and an empty file", async () => {
    expect((await refusal(new Uint8Array(Buffer.from("Resolution 73/7\nThe General Assembly,\n")))).reason).toMatch(/not a PDF/);
    expect((await refusal(new Uint8Array(0))).reason).toMatch(/empty/);
  });

  it("refuses a PDF whose structure is broken as malformed", async () => {
    const broken = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
    const error = await refusal(new Uint8Array(broken));
    expect(error.reason).toBe("the PDF is malformed (Invalid PDF structure.)");
  });

  it("leaves the caller's bytes intact (pdfjs is given a copy)", async () => {
    const bytes = minimalPdf({ content: textContent("kept") });
    const before = Buffer.from(bytes).toString("latin1");
    await pdfToText(bytes, "in.pdf");
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(bytes).toString("latin1")).toBe(before);
  });
});
