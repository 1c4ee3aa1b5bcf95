// The bulk corpora (899 Security Council resolutions 1946–1994, 54 GA resolutions of 2025, plus the
// seeds): every file ingests or fails with a ParseError that names it. Which do parse is pinned, so
// that a regression in any layout shows here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BULK_CORPUS_DIR, corpusFiles } from "../../bench/corpus-files.js";
import { ParseError } from "../../src/errors.js";
import { analysisOutputShape, extractOutputShape } from "../../src/ingest/output-shape.js";
import { parseSource } from "../../src/ingest/source.js";

const files = corpusFiles();

describe("corpus sweep", () => {
  it("has the bulk corpora", () => {
    expect(files.filter((f) => f.startsWith(path.join(BULK_CORPUS_DIR, "sc")))).toHaveLength(899);
    expect(files.filter((f) => f.startsWith(path.join(BULK_CORPUS_DIR, "ga")))).toHaveLength(54);
  });

  it("parses every file into the documented shape, or refuses it with a ParseError naming it", () => {
    const refused: string[] = [];
    for (const file of files) {
      try {
        const parsed = parseSource(readFileSync(file, "utf8"), file);
        if (parsed.kind === "analysis") {
          analysisOutputShape.parse({ analysis: parsed.analysis });
          continue;
        }
        if (parsed.kind === "metadata") {
          // The seeds' metadata lines: every line a record.
          expect(parsed.metadata.problems.filter((p) => p.rejected), file).toEqual([]);
          continue;
        }
        const checked = extractOutputShape.safeParse(parsed.document);
        expect(checked.success, `${file}: ${checked.success ? "" : checked.error.message}`).toBe(true);
      } catch (error) {
        if (!(error instanceof ParseError)) throw new Error(`${file}: ${String(error)}`);
        expect(error.message.startsWith(`${file}: `)).toBe(true);
        refused.push(path.basename(file));
      }
    }
    // The Universal Declaration prints no masthead: its file name (A_RES_217_A_III) says which resolution it is.
    expect(refused).toEqual([]);
  });

  it("finds the Security Council's own numbering in the SC corpus: file S_RES_N_YYYY is S/RES/N (YYYY)", () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => path.basename(f).startsWith("S_RES_"))) {
      const m = /S_RES_(\d+)_(\d{4})\.txt$/.exec(file)!;
      const parsed = parseSource(readFileSync(file, "utf8"), file);
      const symbol = parsed.kind === "resolution" ? parsed.document.resolution.symbol : "";
      if (symbol !== `S/RES/${Number(m[1])} (${m[2]})`) wrong.push(`${path.basename(file)} → ${symbol}`);
    }
    // Two files of the source dataset hold another resolution's text (each prints that number in its
    // heading: 538 and 773). The parser reads what is printed; ingest then keeps one text per symbol.
    expect(wrong).toEqual([
      "S_RES_542_1983.txt → S/RES/538 (1983)",
      "S_RES_778_1992.txt → S/RES/773 (1992)",
    ]);
  });
});
