// An Aho-Corasick automaton over folded text: one left-to-right pass per paragraph finds every
// gazetteer surface form at once, however many there are. Two things a textbook automaton lacks:
// - whitespace runs count as one space, and a space that PDF extraction put inside a word
//   ("Internati onal") is skipped when the automaton is mid-word and the next letter continues
//   the name it is reading;
// - each pattern carries a case mask, checked against the original text, because a lower-case
//   description ("the special commission") is not a name although it folds to one.
//
// The scan runs on every paragraph, so the trie is compiled into a dense transition table: the
// folded characters that occur in patterns form a small alphabet (every other character is one
// class that leads back to the root), and each state has one row of next states with the failure
// links already followed. A step is then two table reads, whatever the depth of the state.

import { foldCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from "./fold.js";

/** Per folded character of a pattern: what the original text's character there must be. */
export const CASE_ANY = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;

export interface Pattern {
  /** Folded with `foldString`: the automaton compares folded text with it. */
  folded: string;
  /** One of CASE_* per character of `folded`. */
  caseMask: Uint8Array;
}

export interface RawMatch {
  pattern: number;
  /** Offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
}

const SPACE = 0x20;
const SLASH = 0x2f;
// A PDF-split word is only healed when this many letters of it have already been read, so that
// "I ran" never reads as "Iran".
const MIN_LETTERS_BEFORE_SPLIT = 3;
/** The class of every folded character that no pattern contains. */
const OTHER = 0;

// Per ASCII code unit, whether it is a letter or digit: the boundary checks read it for every match.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isLetterOrDigitCode(c) ? 1 : 0;
const isWordish = (c: number) => (c < 0x80 ? ASCII_WORD[c] === 1 : isLetterOrDigitCode(c));
// foldCode for ASCII, as a table read in the scan loop.
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = foldCode(c);

export class Automaton {
  private readonly patterns: readonly Pattern[];
  /** Folded code unit → alphabet class (OTHER for characters no pattern has). */
  private readonly classOf = new Uint8Array(65_536);
  private readonly width: number;
  /**
   * `next[state * width + class] >> 1`: the state after reading a character of that class; the low
   * bit says whether any pattern ends at that state or down its failure chain.
   */
  private readonly next: Int32Array;
  /** 1 where a state has a trie child on a space (the name it reads goes on after the word). */
  private readonly spaceChild: Uint8Array;
  /** Trie depth of each state: a transition is a trie edge exactly when it goes one deeper. */
  private readonly depth: Int32Array;
  /** The state itself if patterns end there, else the nearest such state down the failure chain, else -1. */
  private readonly outputAt: Int32Array;
  /** The next state with patterns down the failure chain of a state that has some, or -1. */
  private readonly outputLink: Int32Array;
  /** Patterns ending at each state: `outputList.subarray(outputStart[s], outputStart[s + 1])`. */
  private readonly outputStart: Int32Array;
  private readonly outputList: Int32Array;
  private readonly stateCount: number;
  // Scratch buffers reused across scans: folded stream and the original index of each stream char.
  private stream = new Uint16Array(1024);
  private pos = new Int32Array(1024);

  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns;
    // The alphabet: class 0 is OTHER, then one class per folded character in some pattern.
    let classes = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.folded.length; i++) {
        const c = p.folded.charCodeAt(i);
        if (this.classOf[c] === OTHER) this.classOf[c] = classes++;
      }
    }
    if (classes > 255) throw new Error("automaton: alphabet too large");
    this.width = classes;

    // The trie, built with per-node maps (only at construction).
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    const depths: number[] = [0];
    patterns.forEach((p, index) => {
      if (p.folded.length === 0) return;
      let node = 0;
      for (let i = 0; i < p.folded.length; i++) {
        const cls = this.classOf[p.folded.charCodeAt(i)] ?? OTHER;
        const map = children[node] ?? new Map<number, number>();
        let child = map.get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          depths.push(i + 1);
          map.set(cls, child);
        }
        node = child;
      }
      ends[node]?.push(index);
    });
    const size = children.length;
    this.stateCount = size;

    // Breadth-first, renumbering states in that order: the shallow states, where a scan spends
    // nearly all its steps, then sit together at the top of the table. Each state's row is its
    // failure state's row with its own trie children written over it.
    const order: number[] = [0]; // state number → trie node
    const next = new Int32Array(size * classes);
    const fail = new Int32Array(size); // by state number
    const depth = new Int32Array(size);
    const outputAt = new Int32Array(size).fill(-1);
    const outputLink = new Int32Array(size).fill(-1);
    if ((ends[0]?.length ?? 0) > 0) outputAt[0] = 0;
    for (let s = 0; s < order.length; s++) {
      const node = order[s] ?? 0;
      const f = fail[s] ?? 0;
      depth[s] = depths[node] ?? 0;
      if (s > 0) {
        const inherited = outputAt[f] ?? -1;
        outputLink[s] = inherited;
        outputAt[s] = (ends[node]?.length ?? 0) > 0 ? s : inherited;
        next.copyWithin(s * classes, f * classes, f * classes + classes);
      }
      for (const [cls, child] of children[node] ?? []) {
        const t = order.length;
        order.push(child);
        // The child's failure state: where this state's failure state goes on the same character.
        fail[t] = s === 0 ? 0 : (next[f * classes + cls] ?? 0);
        next[s * classes + cls] = t;
      }
    }
    // Each entry carries, in its low bit, whether patterns end at or below the target state, so
    // that the scan reads the output table only where there is something to report.
    for (let k = 0; k < next.length; k++) {
      const t = next[k] ?? 0;
      next[k] = (t << 1) | ((outputAt[t] ?? -1) >= 0 ? 1 : 0);
    }
    this.next = next;
    this.depth = depth;
    this.outputAt = outputAt;
    this.outputLink = outputLink;
    this.spaceChild = new Uint8Array(size);
    const spaceClass = this.classOf[SPACE] ?? OTHER;
    if (spaceClass !== OTHER) {
      for (let s = 0; s < size; s++) {
        const t = (next[s * classes + spaceClass] ?? 0) >> 1;
        this.spaceChild[s] = t !== 0 && depth[t] === (depth[s] ?? 0) + 1 ? 1 : 0;
      }
    }

    const starts = new Int32Array(size + 1);
    let total = 0;
    for (let s = 0; s < size; s++) {
      starts[s] = total;
      total += ends[order[s] ?? 0]?.length ?? 0;
    }
    starts[size] = total;
    const list = new Int32Array(total);
    for (let s = 0; s < size; s++) list.set(ends[order[s] ?? 0] ?? [], starts[s] ?? 0);
    this.outputStart = starts;
    this.outputList = list;
  }

  get size(): number {
    return this.stateCount;
  }

  /** The trie child of `state` on folded character `c`, or -1 (failure transitions excluded). */
  private trieChild(state: number, c: number): number {
    const cls = this.classOf[c] ?? OTHER;
    if (cls === OTHER) return -1;
    const t = (this.next[state * this.width + cls] ?? 0) >> 1;
    return t !== 0 && this.depth[t] === (this.depth[state] ?? 0) + 1 ? t : -1;
  }

  /** Every pattern occurrence that stands as whole words and passes its case mask. */
  scan(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
    const n = text.length;
    if (this.stream.length < n + 1) {
      this.stream = new Uint16Array(n + 1);
      this.pos = new Int32Array(n + 1);
    }
    const stream = this.stream;
    const pos = this.pos;
    const next = this.next;
    const classOf = this.classOf;
    const width = this.width;
    const asciiFold = ASCII_FOLD;
    const asciiWord = ASCII_WORD;
    let len = 0;
    let state = 0;
    let lettersInWord = 0;
    let lastWasSpace = true; // no leading space enters the stream
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const c = code < 0x80 ? asciiFold[code]! : foldCode(code);
      if (c === SPACE) {
        if (lastWasSpace) continue;
        if (lettersInWord >= MIN_LETTERS_BEFORE_SPLIT && state !== 0 && i + 1 < n && this.spaceChild[state] === 0 && this.healsSplit(state, text.charCodeAt(i + 1))) continue;
        lettersInWord = 0;
        lastWasSpace = true;
      } else {
        lettersInWord = (c < 0x80 ? asciiWord[c] === 1 : isLetterOrDigitCode(c)) ? lettersInWord + 1 : 0;
        lastWasSpace = false;
      }
      stream[len] = c;
      pos[len] = i;
      len++;
      const step = next[state * width + classOf[c]!]!;
      state = step >> 1;
      if ((step & 1) === 0) continue;
      // A name must end at a word boundary in the original text.
      const after = i + 1 < n ? text.charCodeAt(i + 1) : SPACE;
      if (after === SLASH || isWordish(after)) continue;
      this.report(state, len, text, matches);
    }
    return matches;
  }

  /** A space inside a word that the name being read goes on with ("Internati onal"). */
  private healsSplit(state: number, nextCode: number): boolean {
    return isLowerCode(nextCode) && this.trieChild(state, foldCode(nextCode)) >= 0;
  }

  /** Accepts every pattern that ends at `state`, down its failure chain. */
  private report(state: number, streamEnd: number, text: string, matches: RawMatch[]): void {
    for (let out = this.outputAt[state] ?? -1; out >= 0; out = this.outputLink[out] ?? -1) {
      const from = this.outputStart[out] ?? 0;
      const to = this.outputStart[out + 1] ?? 0;
      for (let k = from; k < to; k++) this.accept(this.outputList[k] ?? 0, streamEnd, text, matches);
    }
  }

  private accept(index: number, streamEnd: number, text: string, matches: RawMatch[]): void {
    const pattern = this.patterns[index];
    if (!pattern) return;
    const plen = pattern.folded.length;
    const streamStart = streamEnd - plen;
    if (streamStart < 0) return;
    if (streamStart > 0) {
      const before = this.stream[streamStart - 1] ?? SPACE;
      if (before === SLASH || isWordish(before)) return;
    }
    for (let k = 0; k < plen; k++) {
      const rule = pattern.caseMask[k] ?? CASE_ANY;
      if (rule === CASE_ANY) continue;
      const code = text.charCodeAt(this.pos[streamStart + k] ?? 0);
      if (rule === CASE_UPPER ? !isUpperCode(code) : !isLowerCode(code)) return;
    }
    matches.push({ pattern: index, start: this.pos[streamStart] ?? 0, end: (this.pos[streamEnd - 1] ?? 0) + 1 });
  }
}
