// Word tokens with offsets, for the rules that read capitalization and neighbouring words
// (names of national bodies and laws, persons). One hand-written pass per paragraph: a Unicode
// regex was the slowest step of the whole extraction.

import { isLetterOrDigitCode, isUpperCode } from "./fold.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter ("Law", "Non-Governmental", "ICCPR", "(LIBERTAD)"). */
  cap: boolean;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
// Inside a word: hyphens join ("Anti-Corruption"), periods join ("U.S."), apostrophes join
// ("Côte d'Ivoire") except the possessive "’s", which ends the word it follows.
const isJoiner = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2e || c === 0x27 || c === 0x2019;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isWordCode = (c: number) => isLetterOrDigitCode(c) || (c >= 0x300 && c <= 0x36f);

function wordEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
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
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      const end = wordEnd(text, i);
      tokens.push({ text: text.slice(i, end), start: i, end, cap: isUpperCode(c), word: true });
      i = end;
      continue;
    }
    // "(LIBERTAD)": a parenthesized word is one token, so that it can sit inside a name.
    if (c === 0x28 && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      const end = wordEnd(text, i + 1);
      if (text.charCodeAt(end) === 0x29) {
        tokens.push({ text: text.slice(i, end + 1), start: i, end: end + 1, cap: isUpperCode(text.charCodeAt(i + 1)), word: true });
        i = end + 1;
        continue;
      }
    }
    // Lone surrogate halves and other symbols are punctuation tokens of one code unit.
    tokens.push({ text: text.charAt(i), start: i, end: i + 1, cap: false, word: false });
    i++;
  }
  return tokens;
}
