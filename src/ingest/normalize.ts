// Text as it arrives from converters carries BOMs, CRLF line ends, non-breaking spaces and hyphens,
// soft hyphens and, when the wrong file is fed in, binary bytes. Everything downstream assumes clean
// Unicode with `\n` line ends and `\f` page breaks, so this is the one place that guarantees it.

/** Why the raw input cannot be text at all, or undefined when it looks like text. */
export function binaryReason(raw: string): string | undefined {
  if (raw.includes("\u0000")) return "the input contains NUL bytes, so it is binary data, not a resolution text";
  const sample = raw.slice(0, 20_000);
  if (sample.length === 0) return undefined;
  let control = 0;
  let replacement = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 32 && ch !== "\n" && ch !== "\r" && ch !== "\t" && ch !== "\f") control++;
    if (code === 0xfffd) replacement++;
  }
  // A few stray control characters occur in real conversions; binary data has them everywhere.
  if (control / sample.length > 0.02) return "the input is full of control characters, so it is binary data, not a resolution text";
  if (replacement / sample.length > 0.02) return "the input is not valid UTF-8 text (many undecodable bytes)";
  return undefined;
}

/** NFC, `\n` line ends, plain spaces and hyphens; page breaks (`\f`) are kept on their own. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2009]/g, " ")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/\u00AD/g, "")
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .replace(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g, "");
}

/** Collapses runs of whitespace (spaces from justified lines, tabs, joined lines) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
