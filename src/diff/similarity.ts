// How alike two paragraphs' texts are, by their words. Paragraph numbers ("3.", "(a)") and spacing
// are not part of a paragraph's wording: a renumbered paragraph is the same paragraph.

import { FUNCTION_WORDS } from "./words.js";

/** A leading paragraph number or letter as printed in some texts ("3.", "(a)", "(iv)", "B."). */
const LEADING_NUMBER = /^\s*(?:\(?\d{1,3}[.)]|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[A-Z]\.)\s+/;

/** The text as compared for KEPT: without a leading number, spacing collapsed, typographic variants folded. */
export function comparableText(text: string): string {
  return text
    .replace(LEADING_NUMBER, "")
    .normalize("NFKC")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The content words of a text, lower case, with how often each occurs. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of comparableText(text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0 || FUNCTION_WORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function sizeOf(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [word, c] of small) n += Math.min(c, large.get(word) ?? 0);
  return n;
}

/**
 * How two texts' words are compared. `dice`: shared words over the mean length (two full
 * paragraphs). `containment`: shared words over the shorter text's length, for an abridged quote
 * ("…") against a full paragraph, where the words cut from the quote are not a difference.
 */
export const SIMILARITY_MEASURES = ["dice", "containment"] as const;
export type SimilarityMeasure = (typeof SIMILARITY_MEASURES)[number];

/** A text's words, counted once, for comparing it with many others. */
export interface WordProfile {
  counts: ReadonlyMap<string, number>;
  size: number;
}

export function wordProfile(text: string): WordProfile {
  const counts = wordCounts(text);
  return { counts, size: sizeOf(counts) };
}

/** 0..1: how much of their wording two texts share (multiset of content words). */
export function similarity(a: WordProfile, b: WordProfile, measure: SimilarityMeasure = "dice"): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const common = shared(a.counts, b.counts);
  return measure === "dice" ? (2 * common) / (a.size + b.size) : common / Math.min(a.size, b.size);
}
