// Character folding shared by the automaton (which matches folded text) and the gazetteer (which
// folds its surface forms the same way), so that case, diacritics, curly quotes and dash variants
// never decide whether a name is found; case is checked separately, per entry, after a match.

// Folded form of each BMP code unit, filled on first use; 0 = not yet known (no code unit at or above
// 0x80 folds to NUL). A typed array: the automaton folds every character of every paragraph.
const FOLD = new Uint16Array(65_536);

function foldSlow(code: number): number {
  // Dashes and curly quotes first: NFD would leave them as they are.
  if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013 || code === 0x2014 || code === 0x2015 || code === 0x2212) {
    return 0x2d;
  }
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x60 || code === 0xb4) return 0x27;
  if (code === 0x201c || code === 0x201d || code === 0x201e) return 0x22;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return 0x20;
  const base = ch.normalize("NFD").charAt(0).toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
}

/** Folds one UTF-16 code unit: lower case, no diacritics, one kind of dash, quote and space. */
export function foldCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code | 0x20;
    if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b) return 0x20;
    if (code === 0x60) return 0x27;
    return code;
  }
  const known = FOLD[code] ?? 0;
  if (known !== 0) return known;
  // Lone surrogates and odd code units fold to themselves.
  const folded = foldSlow(code) || code;
  FOLD[code] = folded;
  return folded;
}

// 0 = not yet known, 1 = letter or digit, 2 = neither; one byte per BMP code unit.
const WORDISH = new Uint8Array(65_536);

export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = WORDISH[code] ?? 2;
  if (known === 0) {
    // Surrogate halves and general punctuation never make a word longer.
    const ch = String.fromCharCode(code);
    const wordish = !(code >= 0x2000 && code <= 0x206f) && !(code >= 0xd800 && code <= 0xdfff) && /[\p{L}\p{N}]/u.test(ch);
    known = wordish ? 1 : 2;
    WORDISH[code] = known;
  }
  return known === 1;
}

export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Folds a whole string the way the automaton folds text, whitespace runs collapsed to one space. */
export function foldString(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (c === 0x20 && (out.length === 0 || out.charCodeAt(out.length - 1) === 0x20)) continue;
    out += String.fromCharCode(c);
  }
  return out.trimEnd();
}
