// Word tokens with offsets, for the rules that read capitalization and neighbouring words
// (names of national bodies and laws, persons). One hand-written pass per paragraph: a Unicode
// regex was the slowest step of the whole extraction.

import { isLetterOrDigitCode, isUpperCode } from "./fold.js";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter ("Law", "Non-Governmental", "ICCPR", "(LIBERTAD)"). */
  readonly cap: boolean;
  /** A word (letters or digits), as opposed to punctuation. */
  readonly word: boolean;
}

// The rules read the text of capitalized words and of their neighbours only; most lower-case words
// are never looked at, so a token slices its text on first read.
class LazyToken implements Token {
  private cached: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
    readonly word: boolean,
  ) {}

  get text(): string {
    return (this.cached ??= this.source.slice(this.start, this.end));
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
// Inside a word: hyphens join ("Anti-Corruption"), periods join ("U.S."), apostrophes join
// ("Côte d'Ivoire") except the possessive "’s", which ends the word it follows.
const isJoiner = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2e || c === 0x27 || c === 0x2019;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isWordCodeSlow = (c: number) => isLetterOrDigitCode(c) || (c >= 0x300 && c <= 0x36f);
// ASCII letters and digits as a table: the tokenizer asks this of nearly every character.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCodeSlow(c) ? 1 : 0;
const isWordCode = (c: number) => (c < 0x80 ? ASCII_WORD[c] === 1 : isWordCodeSlow(c));

function wordEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_WORD[c] === 1 : isWordCodeSlow(c)) {
      i++;
      continue;
    }
    if (isJoiner(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      const possessive = isApostrophe(c) && (text.charCodeAt(i + 1) | 0x20) === 0x73 && !(i + 2 < n && isWordCode(text.charCodeAt(i + 2)));
      if (possessive) break;
      i++;
      continue;
    }
    break;
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || isSpace(c)) {
      i++;
      continue;
    }
    if (c < 0x80 ? ASCII_WORD[c] === 1 : isWordCodeSlow(c)) {
      const end = wordEnd(text, i);
      tokens.push(new LazyToken(text, i, end, c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpperCode(c), true));
      i = end;
      continue;
    }
    // "(LIBERTAD)": a parenthesized word is one token, so that it can sit inside a name.
    if (c === 0x28 && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      const end = wordEnd(text, i + 1);
      if (text.charCodeAt(end) === 0x29) {
        tokens.push(new LazyToken(text, i, end + 1, isUpperCode(text.charCodeAt(i + 1)), true));
        i = end + 1;
        continue;
      }
    }
    // Lone surrogate halves and other symbols are punctuation tokens of one code unit.
    tokens.push(new LazyToken(text, i, i + 1, false, false));
    i++;
  }
  return tokens;
}

// Any whitespace but a lone space: a line break, a tab, a run of spaces.
const OTHER_SPACE = /[^\S ]| {2}/;

/** Whitespace runs as one space, as names are printed; most names have none to collapse. */
export function collapseSpaces(s: string): string {
  return OTHER_SPACE.test(s) ? s.replace(/\s+/g, " ") : s;
}
