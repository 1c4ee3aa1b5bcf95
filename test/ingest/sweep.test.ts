// Every seed either parses into the documented output shape or is refused with a ParseError.
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { parseResolution } from "../../src/ingest/parse.js";
import { extractOutputShape } from "../../src/ingest/output-shape.js";
import { readSeed, seedFiles } from "./helpers.js";

describe("seeds sweep", () => {
  it.each(seedFiles())("%s parses or fails cleanly", (file) => {
    let doc;
    try {
      doc = parseResolution(readSeed(file), file);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).message).toContain(file);
      return;
    }
    const checked = extractOutputShape.safeParse(doc);
    expect(checked.success, checked.success ? "" : checked.error.message).toBe(true);
  });
});
