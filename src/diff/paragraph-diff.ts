// The diff of two resolutions' paragraphs: the alignment (align.ts), each pair's word-level changes
// (jsdiff's diffWords) and its verb's move on the escalation scales (escalation.ts), and a summary.
// Pure and deterministic: the API and the CLI both render this one result.

import { diffWords } from "diff";
import { leadingVerb } from "../ingest/verbs.js";
import { type AlignOptions, type DiffParagraph, alignParagraphs } from "./align.js";
import { type VerbComparison, compareVerbs } from "./escalation.js";
import { comparableText } from "./similarity.js";

export const PARAGRAPH_CHANGE_STATUSES = ["KEPT", "REWORDED", "ADDED", "DROPPED", "MOVED"] as const;
/**
 * KEPT: same place in the order, same text (modulo numbering, spacing and typographic quotes and
 * dashes). REWORDED: same place, other words. MOVED: paired out of order (its text may also have
 * changed: `textChanged`). ADDED: only in the later text. DROPPED: only in the earlier text.
 */
export type ParagraphChangeStatus = (typeof PARAGRAPH_CHANGE_STATUSES)[number];

export const WORD_OPS = ["SAME", "ADDED", "REMOVED"] as const;
export type WordOp = (typeof WORD_OPS)[number];

/** One run of words of a reworded paragraph: kept, added in the later text, or removed from the earlier. */
export interface WordChange {
  op: WordOp;
  /** The words with the spacing between them, as in the text they come from. */
  text: string;
}

/** `P`: the paragraphs as given (ParagraphRecord from a store keeps its id for the API). */
export interface ParagraphChange<P extends DiffParagraph = DiffParagraph> {
  status: ParagraphChangeStatus;
  /** The paragraph in the earlier text; null when ADDED. */
  before: P | null;
  /** The paragraph in the later text; null when DROPPED. */
  after: P | null;
  /** 0..1 word similarity of a pair; null when ADDED or DROPPED. */
  similarity: number | null;
  /** Whether a pair's text differs (always for REWORDED, never for KEPT, either for MOVED). */
  textChanged: boolean;
  /** Word-level changes when the text differs; empty otherwise. */
  words: WordChange[];
  /** How the opening verb changed, for a pair; null when ADDED or DROPPED. */
  verb: VerbComparison | null;
}

export interface DiffSummary {
  kept: number;
  reworded: number;
  added: number;
  dropped: number;
  moved: number;
  /** Pairs whose verb went up / down a scale. */
  stronger: number;
  weaker: number;
}

export interface ParagraphDiff<P extends DiffParagraph = DiffParagraph> {
  changes: ParagraphChange<P>[];
  summary: DiffSummary;
}

/**
 * The verb to rank: the stored one, or the text's own leading phrase when that says more
 * ("Reiterates" stored, "Reiterates its call upon" printed): sources mark verbs up unevenly, and
 * the same sentence must not read as a changed verb.
 */
export function effectiveVerb(p: Pick<DiffParagraph, "verb" | "text">): string {
  const read = leadingVerb(comparableText(p.text));
  if (p.verb === "") return read;
  return read.length > p.verb.length && read.toLowerCase().startsWith(p.verb.toLowerCase()) ? read : p.verb;
}

/**
 * Most word edits (tokens added plus removed, jsdiff's edit length) one paragraph pair's word diff
 * looks for. jsdiff's Myers diff costs O((N+M)·D) and grows with D², unbounded: two unrelated
 * 2,000-word texts took 0.9 s, 5,000 words 6.5 s. With this bound, such a pair gives up after at most
 * ~45 ms (bench: `npx tsx bench/diff.ts`). 400 is above what a real rewording needs: pairs are
 * at least half the same words (DEFAULT_THRESHOLD), and the GA's paragraphs average 60 words.
 */
export const MAX_WORD_EDITS = 400;

/**
 * Word-level changes from one text to another, adjacent runs of one op merged. Past
 * MAX_WORD_EDITS the changes are the whole earlier text REMOVED and the whole later text ADDED:
 * still true, only coarser, and what a reader would make of a paragraph rewritten that much.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const a = comparableText(before);
  const b = comparableText(after);
  const parts = diffWords(a, b, { maxEditLength: MAX_WORD_EDITS });
  if (parts === undefined) {
    return [
      ...(a === "" ? [] : [{ op: "REMOVED" as const, text: a }]),
      ...(b === "" ? [] : [{ op: "ADDED" as const, text: b }]),
    ];
  }
  const out: WordChange[] = [];
  for (const part of parts) {
    const op: WordOp = part.added ? "ADDED" : part.removed ? "REMOVED" : "SAME";
    const last = out.at(-1);
    if (last && last.op === op) last.text += part.value;
    else out.push({ op, text: part.value });
  }
  return out;
}

function change<P extends DiffParagraph>(before: P | null, after: P | null, sim: number | null, moved: boolean): ParagraphChange<P> {
  if (!before || !after) {
    return { status: before ? "DROPPED" : "ADDED", before, after, similarity: null, textChanged: false, words: [], verb: null };
  }
  const textChanged = comparableText(before.text) !== comparableText(after.text);
  return {
    status: moved ? "MOVED" : textChanged ? "REWORDED" : "KEPT",
    before,
    after,
    similarity: sim,
    textChanged,
    words: textChanged ? wordChanges(before.text, after.text) : [],
    verb: compareVerbs(effectiveVerb(before), effectiveVerb(after)),
  };
}

/** Diffs the paragraphs of an earlier text (`before`) and a later one (`after`), each in document order. */
export function diffParagraphs<P extends DiffParagraph>(before: readonly P[], after: readonly P[], options: AlignOptions = {}): ParagraphDiff<P> {
  const changes = alignParagraphs(before, after, options).map((step) =>
    change(step.before === null ? null : before[step.before]!, step.after === null ? null : after[step.after]!, step.similarity, step.moved),
  );
  const count = (status: ParagraphChangeStatus) => changes.filter((c) => c.status === status).length;
  const verbs = (v: "STRONGER" | "WEAKER") => changes.filter((c) => c.verb?.change === v).length;
  return {
    changes,
    summary: {
      kept: count("KEPT"),
      reworded: count("REWORDED"),
      added: count("ADDED"),
      dropped: count("DROPPED"),
      moved: count("MOVED"),
      stronger: verbs("STRONGER"),
      weaker: verbs("WEAKER"),
    },
  };
}
