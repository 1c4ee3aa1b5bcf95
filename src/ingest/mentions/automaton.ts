// An Aho-Corasick automaton over folded text: one left-to-right pass per paragraph finds every
// gazetteer surface form at once, however many there are. Two things a textbook automaton lacks:
// - whitespace runs count as one space, and a space that PDF extraction put inside a word
//   ("Internati onal") is skipped when the automaton is mid-word and the next letter continues
//   the name it is reading;
// - each pattern carries a case mask, checked against the original text, because a lower-case
//   description ("the special commission") is not a name although it folds to one.

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

export class Automaton {
  // Trie as parallel arrays: most nodes have one child, kept inline; the rest use a Map.
  private readonly firstSym: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly moreChildren: (Map<number, number> | undefined)[] = [undefined];
  private readonly fail: Int32Array;
  /** Patterns ending at a node, and the nearest node down the failure chain that has some. */
  private readonly outputs: (number[] | undefined)[] = [undefined];
  private readonly outputLink: Int32Array;
  private readonly patterns: readonly Pattern[];
  // The root has a child for most letters and is where the scan spends most steps: a dense table.
  private readonly rootNext = new Int32Array(65_536);
  // Scratch buffers reused across scans: folded stream and the original index of each stream char.
  private stream = new Uint16Array(1024);
  private pos = new Int32Array(1024);

  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns;
    patterns.forEach((p, index) => this.insert(p.folded, index));
    const size = this.firstSym.length;
    this.fail = new Int32Array(size);
    this.outputLink = new Int32Array(size).fill(-1);
    this.link();
    for (const [sym, c] of this.children(0)) this.rootNext[sym] = c;
  }

  get size(): number {
    return this.firstSym.length;
  }

  private child(node: number, sym: number): number {
    if (this.firstSym[node] === sym) return this.firstChild[node] ?? -1;
    const more = this.moreChildren[node];
    return more ? (more.get(sym) ?? -1) : -1;
  }

  private addChild(node: number, sym: number): number {
    const existing = this.child(node, sym);
    if (existing >= 0) return existing;
    const id = this.firstSym.length;
    this.firstSym.push(-1);
    this.firstChild.push(-1);
    this.moreChildren.push(undefined);
    this.outputs.push(undefined);
    if (this.firstSym[node] === -1) {
      this.firstSym[node] = sym;
      this.firstChild[node] = id;
    } else {
      let more = this.moreChildren[node];
      if (!more) this.moreChildren[node] = more = new Map();
      more.set(sym, id);
    }
    return id;
  }

  private insert(folded: string, index: number): void {
    if (folded.length === 0) return;
    let node = 0;
    for (let i = 0; i < folded.length; i++) node = this.addChild(node, folded.charCodeAt(i));
    (this.outputs[node] ??= []).push(index);
  }

  private children(node: number): [number, number][] {
    const list: [number, number][] = [];
    const sym = this.firstSym[node] ?? -1;
    if (sym >= 0) list.push([sym, this.firstChild[node] ?? -1]);
    const more = this.moreChildren[node];
    if (more) for (const entry of more) list.push(entry);
    return list;
  }

  private link(): void {
    const queue: number[] = [];
    for (const [, c] of this.children(0)) {
      this.fail[c] = 0;
      queue.push(c);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      for (const [sym, c] of this.children(node)) {
        let f = this.fail[node] ?? 0;
        while (f > 0 && this.child(f, sym) < 0) f = this.fail[f] ?? 0;
        const target = this.child(f, sym);
        const fc = target >= 0 && target !== c ? target : 0;
        this.fail[c] = fc;
        this.outputLink[c] = this.outputs[fc] ? fc : (this.outputLink[fc] ?? -1);
        queue.push(c);
      }
    }
  }

  private step(state: number, sym: number): number {
    let s = state;
    for (;;) {
      if (s === 0) return this.rootNext[sym] ?? 0;
      const next = this.child(s, sym);
      if (next >= 0) return next;
      if (s === 0) return 0;
      s = this.fail[s] ?? 0;
    }
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
    let len = 0;
    let state = 0;
    let lettersInWord = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const c = foldCode(code);
      if (c === SPACE) {
        if (len === 0 || stream[len - 1] === SPACE) continue;
        if (state !== 0 && lettersInWord >= MIN_LETTERS_BEFORE_SPLIT && this.child(state, SPACE) < 0 && i + 1 < n) {
          const nextCode = text.charCodeAt(i + 1);
          if (isLowerCode(nextCode) && this.child(state, foldCode(nextCode)) >= 0) continue;
        }
      }
      stream[len] = c;
      pos[len] = i;
      len++;
      lettersInWord = isLetterOrDigitCode(c) ? lettersInWord + 1 : 0;
      state = this.step(state, c);
      if (state === 0) continue;
      let out = this.outputs[state] ? state : (this.outputLink[state] ?? -1);
      if (out < 0) continue;
      // A name must end at a word boundary in the original text.
      const after = i + 1 < n ? text.charCodeAt(i + 1) : SPACE;
      if (isLetterOrDigitCode(after) || after === SLASH) continue;
      while (out >= 0) {
        for (const p of this.outputs[out] ?? []) this.accept(p, len, text, matches);
        out = this.outputLink[out] ?? -1;
      }
    }
    return matches;
  }

  private accept(index: number, streamEnd: number, text: string, matches: RawMatch[]): void {
    const pattern = this.patterns[index];
    if (!pattern) return;
    const plen = pattern.folded.length;
    const streamStart = streamEnd - plen;
    if (streamStart < 0) return;
    if (streamStart > 0) {
      const before = this.stream[streamStart - 1] ?? SPACE;
      if (isLetterOrDigitCode(before) || before === SLASH) return;
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
