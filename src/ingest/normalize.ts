// Text as it arrives from converters carries BOMs, CRLF line ends, non-breaking spaces and hyphens,
// soft hyphens and, when the wrong file is fed in, binary bytes. Everything downstream assumes clean
// Unicode with `\n` line ends and `\f` page breaks, so this is the one place that guarantees it.

/** Control characters other than `\n`, `\r`, `\t`, `\f`, and the replacement character. */
const SUSPECT = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/;

/** Why the raw input cannot be text at all, or undefined when it looks like text. */
export function binaryReason(raw: string): string | undefined {
  if (raw.includes("\u0000")) return "the input contains NUL bytes, so it is binary data, not a resolution text";
  const sample = raw.slice(0, 20_000);
  if (sample.length === 0) return undefined;
  // Nearly every input has none of the characters counted below; one regular-expression scan says
  // so far faster than the character loop.
  if (!SUSPECT.test(sample)) return undefined;
  let control = 0;
  let replacement = 0;
  // Code units, not code points: neither half of a surrogate pair is counted either way.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 0x0a && code !== 0x0d && code !== 0x09 && code !== 0x0c) control++;
    if (code === 0xfffd) replacement++;
  }
  // A few stray control characters occur in real conversions; binary data has them everywhere.
  if (control / sample.length > 0.02) return "the input is full of control characters, so it is binary data, not a resolution text";
  if (replacement / sample.length > 0.02) return "the input is not valid UTF-8 text (many undecodable bytes)";
  return undefined;
}

/** Every character the replacements in normalizeText change (the BOM is \uFEFF). */
const NEEDS_CLEANING = /[\r\u00A0\u2007\u202F\u2009\u2010\u2011\u00AD\u200B\u2060\uFEFF\u0001-\u0008\u000B\u000E-\u001F\u007F]/;

/** NFC, `\n` line ends, plain spaces and hyphens; page breaks (`\f`) are kept on their own. */
export function normalizeText(raw: string): string {
  const nfc = raw.normalize("NFC");
  // Most texts carry none of the characters replaced below: one scan saves seven.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2009]/g, " ")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u00AD/g, "")
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .replace(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g, "");
}

/** Collapses runs of whitespace (spaces from justified lines, tabs, joined lines) into single spaces. */
export function collapseWhitespace(text: string): string {
  // Most text is already single-spaced; replacing every space with a space still builds a new
  // string, so the replacement runs only when some whitespace would change.
  return (IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/** Whitespace other than a plain space, or a plain space before more whitespace. */
const IRREGULAR_SPACE = / \s|[^\S ]/;

/**
 * The first group of `re`, a pattern anchored at the end of the text whose match starts where a run
 * of like characters starts (`/(\p{Ll}{2,})-$/u`), read from the last `window` characters unless
 * the run may begin before them. An end-anchored pattern is otherwise tried at every position of the
 * text, and callers ask this of paragraphs that grow line by line. The window must hold the shortest
 * match and one more character (a half surrogate pair): a run that reaches into it then always
 * matches at its start.
 */
export function runAtEnd(re: RegExp, text: string, window = 64): string | undefined {
  if (text.length <= window) return re.exec(text)?.[1];
  const m = re.exec(text.slice(-window));
  // A match at the start of the window (or just after it, when the window opens in the middle of
  // a surrogate pair) may begin earlier: only the whole text says where.
  if (m && m.index <= 1) return re.exec(text)?.[1];
  return m?.[1];
}
