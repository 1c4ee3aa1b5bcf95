// Aligns two ordered paragraph lists: which paragraph of the later text continues which paragraph
// of the earlier one. Preambular paragraphs align with preambular ones and operative with
// operative (a resolution never turns a preambular paragraph into an operative one by renumbering).
//
// First pass: a maximum-weight monotone alignment (the LCS recurrence, weighted by similarity, only
// pairs at or above the threshold allowed), so the paragraphs kept in order are paired even when
// numbering shifts (op3 becoming op4 after an inserted paragraph). Second pass: a paragraph left
// unpaired on both sides that matches well out of order is MOVED (best pairs first). What is still
// unpaired is DROPPED (earlier text only) or ADDED (later text only). Deterministic; pure.

import { PARAGRAPH_KINDS, type ParagraphKind } from "../domain.js";
import { BadUserInputError } from "../errors.js";
import { type SimilarityMeasure, type WordProfile, similarity, wordProfile } from "./similarity.js";

/** What alignment needs of a paragraph (ParagraphRecord and Paragraph both have it). */
export interface DiffParagraph {
  key: string;
  kind: ParagraphKind;
  ordinal: number;
  verb: string;
  text: string;
}

export interface AlignOptions {
  /**
   * Least similarity for two paragraphs to be one paragraph reworded (0..1). Default 0.5: half the
   * content words shared (Dice). Measured on the 75–77 GA series: a year's rewording of one
   * paragraph keeps 0.6–0.95 of its words, while two different paragraphs of one resolution share
   * under 0.35 once function words are set aside (src/diff/similarity.ts).
   */
  threshold?: number;
  /** `containment` when the later list is abridged quotes (see SimilarityMeasure). */
  measure?: SimilarityMeasure;
}

export const DEFAULT_THRESHOLD = 0.5;

/**
 * Most paragraph pairs one kind's alignment compares (earlier × later paragraphs of that kind).
 * Alignment is O(n·m) in time and memory (a similarity and a score per pair), so a bound is what
 * keeps a request from holding the thread: 250,000 is 500 × 500, above any real resolution (the
 * longest of the GA's sessions 75–77, A/RES/77/248, has 396 operative paragraphs), and 500 × 500
 * unrelated 60-word paragraphs align in about 0.9 s (bench: `npx tsx bench/diff.ts`), the worst
 * a request can ask of one kind. Past it the diff is refused
 * (DiffTooLargeError) rather than narrowed to a band around the diagonal: a band would silently
 * miss moved paragraphs, and a text that long is not a resolution anyone diffs by paragraph.
 */
export const MAX_ALIGNED_PAIRS = 250_000;

/** Two texts with too many paragraphs of one kind to align (see MAX_ALIGNED_PAIRS); BAD_USER_INPUT. */
export class DiffTooLargeError extends BadUserInputError {
  constructor(
    readonly kind: ParagraphKind,
    readonly beforeCount: number,
    readonly afterCount: number,
  ) {
    super(
      "paragraphs",
      `${beforeCount} × ${afterCount} ${kind} paragraphs are more pairs than a diff aligns (${MAX_ALIGNED_PAIRS.toLocaleString("en")}): compare shorter texts`,
      { kind, before: beforeCount, after: afterCount, limit: MAX_ALIGNED_PAIRS },
    );
  }
}

/** One step of the alignment: indexes into the two input lists (null on the side it is absent from). */
export interface AlignedPair {
  before: number | null;
  after: number | null;
  /** Similarity of a pair; null for one-sided steps. */
  similarity: number | null;
  /** A pair found out of order by the second pass. */
  moved: boolean;
}

type Step = { kind: "pair"; b: number; a: number; sim: number } | { kind: "drop"; b: number } | { kind: "add"; a: number };

/** Max-weight monotone alignment of one kind's paragraphs (local indexes), as steps in reading order. */
function monotone(sims: readonly (readonly number[])[], nb: number, na: number, threshold: number): Step[] {
  // score[i][j]: best total over before[0..i) and after[0..j).
  const score: Float64Array[] = Array.from({ length: nb + 1 }, () => new Float64Array(na + 1));
  for (let i = 1; i <= nb; i++) {
    for (let j = 1; j <= na; j++) {
      let best = Math.max(score[i - 1]![j]!, score[i]![j - 1]!);
      const s = sims[i - 1]![j - 1]!;
      if (s >= threshold) best = Math.max(best, score[i - 1]![j - 1]! + s);
      score[i]![j] = best;
    }
  }
  const steps: Step[] = [];
  let i = nb;
  let j = na;
  // Walking back from the end. Ties: a pair first, then the later text's paragraph as added, so
  // that in reading order what was dropped comes before what replaced it, and equal alignments
  // always come out the same.
  while (i > 0 || j > 0) {
    const here = score[i]![j]!;
    if (i > 0 && j > 0) {
      const s = sims[i - 1]![j - 1]!;
      if (s >= threshold && here === score[i - 1]![j - 1]! + s) {
        steps.push({ kind: "pair", b: i - 1, a: j - 1, sim: s });
        i--;
        j--;
        continue;
      }
    }
    if (j > 0 && (i === 0 || here === score[i]![j - 1]!)) {
      steps.push({ kind: "add", a: j - 1 });
      j--;
    } else {
      steps.push({ kind: "drop", b: i - 1 });
      i--;
    }
  }
  return steps.reverse();
}

/** Aligns one kind's paragraphs; indexes are global (into the full lists). */
function alignKind(
  before: readonly number[],
  after: readonly number[],
  profiles: { before: readonly WordProfile[]; after: readonly WordProfile[] },
  threshold: number,
  measure: SimilarityMeasure,
): AlignedPair[] {
  const sims = before.map((b) => after.map((a) => similarity(profiles.before[b]!, profiles.after[a]!, measure)));
  const steps = monotone(sims, before.length, after.length, threshold);

  // Second pass: out-of-order pairs among what the first pass left, best first.
  const dropped = steps.flatMap((s) => (s.kind === "drop" ? [s.b] : []));
  const added = steps.flatMap((s) => (s.kind === "add" ? [s.a] : []));
  const candidates: { b: number; a: number; sim: number }[] = [];
  for (const b of dropped) for (const a of added) if (sims[b]![a]! >= threshold) candidates.push({ b, a, sim: sims[b]![a]! });
  candidates.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const movedTo = new Map<number, { b: number; sim: number }>();
  const movedFrom = new Set<number>();
  for (const c of candidates) {
    if (movedTo.has(c.a) || movedFrom.has(c.b)) continue;
    movedTo.set(c.a, c);
    movedFrom.add(c.b);
  }

  const out: AlignedPair[] = [];
  for (const s of steps) {
    if (s.kind === "pair") out.push({ before: before[s.b]!, after: after[s.a]!, similarity: s.sim, moved: false });
    else if (s.kind === "drop") {
      if (!movedFrom.has(s.b)) out.push({ before: before[s.b]!, after: null, similarity: null, moved: false });
    } else {
      const m = movedTo.get(s.a);
      out.push(m ? { before: before[m.b]!, after: after[s.a]!, similarity: m.sim, moved: true } : { before: null, after: after[s.a]!, similarity: null, moved: false });
    }
  }
  return out;
}

/** How many paragraph pairs aligning the two lists compares: the product of their counts, kind by kind. */
export function pairsToAlign(before: readonly Pick<DiffParagraph, "kind">[], after: readonly Pick<DiffParagraph, "kind">[]): number {
  return PARAGRAPH_KINDS.reduce((sum, kind) => sum + before.filter((p) => p.kind === kind).length * after.filter((p) => p.kind === kind).length, 0);
}

/**
 * Aligns two paragraph lists (each in document order): every paragraph of each list appears in
 * exactly one step. Steps come in the later text's reading order, a dropped paragraph after the
 * step of the paragraph that preceded it; one kind's steps after another's, in the order of the
 * domain's PARAGRAPH_KINDS (preambular before operative). Throws DiffTooLargeError past
 * MAX_ALIGNED_PAIRS, before any similarity is computed.
 */
export function alignParagraphs(before: readonly DiffParagraph[], after: readonly DiffParagraph[], options: AlignOptions = {}): AlignedPair[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const measure = options.measure ?? "dice";
  const indexesOf = (list: readonly DiffParagraph[], kind: ParagraphKind): number[] =>
    list.flatMap((p, i) => (p.kind === kind ? [i] : [])).sort((x, y) => list[x]!.ordinal - list[y]!.ordinal || x - y);
  // The kinds as the domain lists them: a kind added there is aligned here, never left out.
  const byKind = PARAGRAPH_KINDS.map((kind) => ({ kind, before: indexesOf(before, kind), after: indexesOf(after, kind) }));
  for (const k of byKind) if (k.before.length * k.after.length > MAX_ALIGNED_PAIRS) throw new DiffTooLargeError(k.kind, k.before.length, k.after.length);
  const profiles = { before: before.map((p) => wordProfile(p.text)), after: after.map((p) => wordProfile(p.text)) };
  return byKind.flatMap((k) => alignKind(k.before, k.after, profiles, threshold, measure));
}
