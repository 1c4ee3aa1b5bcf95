// Whatever a damaged PDF holds, pdfToText either reads it or refuses it with a ParseError: random
// truncations and byte flips of an official PDF never let anything else escape (a pdfjs error, a
// TypeError from a half-read page). pdfjs is slow on broken files, so the runs are few.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/errors.js";
import { parseResolution } from "../../../src/ingest/parse.js";
import { pdfToText } from "../../../src/ingest/pdf/index.js";

const fixture = new Uint8Array(readFileSync(new URL("../../fixtures/pdf/A_RES_73_7-EN.pdf", import.meta.url)));

/** Runs the reader and the parser on `bytes`; returns what escaped that is not a ParseError. */
async function escaped(bytes: Uint8Array): Promise<unknown> {
  try {
    parseResolution(await pdfToText(bytes, "damaged.pdf"), "damaged.pdf");
    return undefined;
  } catch (error) {
    return error instanceof ParseError && error.file === "damaged.pdf" && !error.reason.includes("\n") ? undefined : error;
  }
}

const property = { numRuns: 12, interruptAfterTimeLimit: 45_000 };

describe("damaged PDFs", () => {
  it("a truncated PDF is refused with a ParseError, with or without an end marker appended", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: fixture.length - 1 }), fc.boolean(), async (cut, marker) => {
        const head = fixture.subarray(0, cut);
        const bytes = marker ? new Uint8Array([...head, ...Buffer.from("\n%%EOF\n")]) : head;
        expect(await escaped(bytes)).toBeUndefined();
      }),
      property,
    );
  }, 120_000);

  it("a PDF with flipped bytes is read or refused with a ParseError", async () => {
    const flips = fc.array(fc.tuple(fc.integer({ min: 0, max: fixture.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(flips, async (changes) => {
        const bytes = new Uint8Array(fixture);
        for (const [at, xor] of changes) bytes[at]! ^= xor;
        expect(await escaped(bytes)).toBeUndefined();
      }),
      property,
    );
  }, 120_000);

  it("a PDF whose cross-reference table is destroyed is still read (pdfjs rebuilds it) or refused", async () => {
    const bytes = new Uint8Array(fixture);
    const at = Buffer.from(bytes).lastIndexOf("startxref");
    bytes.fill(0x20, at, at + 20);
    expect(await escaped(bytes)).toBeUndefined();
  });
});
