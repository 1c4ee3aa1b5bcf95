// Extraction speed: the median time to extract one resolution of about 40 paragraphs, and
// paragraphs per second over every real text we have. Parsing is pure, so this is CPU only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ParseError } from "../src/errors.js";
import { parseSource } from "../src/ingest/source.js";
import { SEEDS_DIR } from "../src/package-root.js";
import { corpusFiles } from "./corpus-files.js";
import { fmt, median, quantile } from "./stats.js";

export interface ExtractFigures {
  singleFile: string;
  singleParagraphs: number;
  singleMedianMs: number;
  singleP90Ms: number;
  files: number;
  failed: number;
  paragraphs: number;
  paragraphsPerSecond: number;
  resolutionsPerSecond: number;
}

function timeOne(text: string, file: string): number {
  const t0 = performance.now();
  parseSource(text, file);
  return performance.now() - t0;
}

export function benchExtract(): ExtractFigures {
  // The seed HRC 36/32: 44 paragraphs, footnotes, references: the "one 40-paragraph resolution".
  const singleFile = path.join(SEEDS_DIR, "000_a76aad1bd757f93e.txt");
  const single = readFileSync(singleFile, "utf8");
  const parsed = parseSource(single, singleFile);
  const singleParagraphs = parsed.kind === "resolution" ? parsed.document.paragraphs.length : 0;
  for (let i = 0; i < 50; i++) timeOne(single, singleFile); // warm-up: let the JIT settle
  const samples = Array.from({ length: 500 }, () => timeOne(single, singleFile)).sort((a, b) => a - b);

  const texts = corpusFiles().map((file) => ({ file, text: readFileSync(file, "utf8") }));
  let paragraphs = 0;
  let failed = 0;
  let resolutions = 0;
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    paragraphs = 0;
    failed = 0;
    resolutions = 0;
    const t0 = performance.now();
    for (const { file, text } of texts) {
      try {
        const doc = parseSource(text, file);
        if (doc.kind === "resolution") {
          paragraphs += doc.document.paragraphs.length;
          resolutions++;
        }
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        failed++;
      }
    }
    passes.push(performance.now() - t0);
  }
  const seconds = median(passes) / 1000;
  return {
    singleFile: path.basename(singleFile),
    singleParagraphs,
    singleMedianMs: quantile(samples, 0.5),
    singleP90Ms: quantile(samples, 0.9),
    files: texts.length,
    failed,
    paragraphs,
    paragraphsPerSecond: paragraphs / seconds,
    resolutionsPerSecond: resolutions / seconds,
  };
}

export function printExtract(f: ExtractFigures): void {
  console.log("extraction (parse + references + mentions, pure CPU)");
  console.log(
    `  one resolution (${f.singleFile}, ${f.singleParagraphs} paragraphs): median ${fmt(f.singleMedianMs, 3)} ms, p90 ${fmt(f.singleP90Ms, 3)} ms`,
  );
  console.log(
    `  whole corpus: ${f.files} files (${f.failed} refused with a ParseError), ${fmt(f.paragraphs)} paragraphs: ` +
      `${fmt(f.paragraphsPerSecond)} paragraphs/s, ${fmt(f.resolutionsPerSecond)} resolutions/s`,
  );
}
