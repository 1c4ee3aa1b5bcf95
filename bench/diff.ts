// Paragraph diffs at their bounds (src/diff): what one word diff and one alignment cost at the
// limits the diff module sets (MAX_WORD_EDITS, MAX_ALIGNED_PAIRS), and what the word diff cost
// without its bound. Synthetic texts from a fixed seed: unrelated word pairs (the pathological
// case: every word an edit) and paragraph lists at the alignment limit.
//
//   npx tsx bench/diff.ts          (alone; also a section of `npm run bench`)

import { diffWords } from "diff";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DiffParagraph, MAX_ALIGNED_PAIRS, alignParagraphs } from "../src/diff/align.js";
import { wordChanges } from "../src/diff/paragraph-diff.js";

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
const next = random(7);
const words = (n: number, vocabulary = 500): string => Array.from({ length: n }, () => `w${Math.floor(next() * vocabulary)}`).join(" ");

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

export interface DiffFigures {
  /** Per paragraph length in words: jsdiff unbounded, and wordChanges with its bound, in ms. */
  words: { n: number; unboundedMs: number; boundedMs: number }[];
  /** Side of the largest alignment allowed (side × side paragraphs of one kind), and its time. */
  alignment: { side: number; ms: number };
}

export function benchDiff(): DiffFigures {
  const figures: DiffFigures = { words: [], alignment: { side: 0, ms: 0 } };
  for (const n of [500, 2000, 5000]) {
    const a = words(n);
    const b = words(n);
    figures.words.push({ n, unboundedMs: time(() => diffWords(a, b)), boundedMs: time(() => wordChanges(a, b)) });
  }
  const side = Math.floor(Math.sqrt(MAX_ALIGNED_PAIRS));
  const doc = (n: number): DiffParagraph[] =>
    Array.from({ length: n }, (_, i) => ({ key: `op${i + 1}`, kind: "operative" as const, ordinal: i + 1, verb: "Decides", text: words(60, 3000) }));
  const [before, after] = [doc(side), doc(side)];
  figures.alignment = { side, ms: time(() => alignParagraphs(before, after)) };
  return figures;
}

export function printDiff(f: DiffFigures): void {
  console.log("paragraph diffs at their bounds (src/diff)");
  for (const w of f.words) {
    console.log(`  word diff, two unrelated ${w.n}-word paragraphs: unbounded ${w.unboundedMs.toFixed(0)} ms, wordChanges ${w.boundedMs.toFixed(1)} ms`);
  }
  console.log(`  alignment, ${f.alignment.side} × ${f.alignment.side} operative paragraphs of 60 words (the largest allowed): ${f.alignment.ms.toFixed(0)} ms`);
}

if (path.resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) printDiff(benchDiff());
