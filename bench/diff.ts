// Paragraph diffs at their bounds (src/diff): what one word diff and one alignment cost at the
// limits the diff module sets (MAX_WORD_EDITS, MAX_ALIGNED_PAIRS), and what the word diff cost
// without its bound. Synthetic texts from a fixed seed: unrelated word pairs (the pathological
// case: every word an edit) and paragraph lists at the alignment limit.
//
//   npx tsx bench/diff.ts          (seconds; not yet a section of `npm run bench`)

import { diffWords } from "diff";
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

for (const n of [500, 2000, 5000]) {
  const a = words(n);
  const b = words(n);
  const unbounded = time(() => diffWords(a, b));
  const bounded = time(() => wordChanges(a, b));
  console.log(`word diff, two unrelated ${n}-word paragraphs: unbounded ${unbounded.toFixed(0)} ms, wordChanges ${bounded.toFixed(1)} ms`);
}

const side = Math.floor(Math.sqrt(MAX_ALIGNED_PAIRS));
const doc = (n: number): DiffParagraph[] =>
  Array.from({ length: n }, (_, i) => ({ key: `op${i + 1}`, kind: "operative" as const, ordinal: i + 1, verb: "Decides", text: words(60, 3000) }));
const [before, after] = [doc(side), doc(side)];
console.log(`alignment, ${side} × ${side} operative paragraphs of 60 words: ${time(() => alignParagraphs(before, after)).toFixed(0)} ms`);
