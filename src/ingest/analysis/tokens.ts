// Word tokens for quote matching: case-, accent- and punctuation-insensitive, function words out,
// plurals folded, so that "the restrictions imposed on" and "restriction imposed" compare equal.

// Function words carry no evidence of where a quote comes from, and they are where a later text of
// a series rewords most ("concern at the" / "concern over the", "in the" / "of the").
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or nor but of in on at to for by with from into onto over under about as than " +
    "its it their them they this that these those which who whom whose what be is are was were been " +
    "being has have had do does did so such also all any each other some there here upon within " +
    "through between among towards toward inter alia"
  ).split(" "),
);

/** "restrictions" -> "restriction", "parties" -> "party"; "process" and "status" stay. */
function fold(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Content tokens of a text, in order. */
export function contentTokens(text: string): string[] {
  const words =
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w)).map(fold);
}

/** The abridgement marks a quote may carry: "…", "...", "[…]", "[...]". */
const ELLIPSIS = /\[\s*(?:…|\.{3})\s*\]|…|\.{3,}/;

/** Content tokens of each fragment of an abridged quote; fragments without content words dropped. */
export function quoteFragments(quote: string): string[][] {
  return quote
    .split(ELLIPSIS)
    .map(contentTokens)
    .filter((f) => f.length > 0);
}
