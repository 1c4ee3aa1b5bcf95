import { contentTokens } from "./tokens.js";

export interface IndexedParagraph {
  /** `<symbol>#<key>`. */
  id: string;
  text: string;
}

/** Paragraphs tokenized once, with an inverted index from token to the paragraphs holding it. */
export interface ParagraphIndex {
  readonly kind: "paragraph-index";
  readonly ids: readonly string[];
  readonly tokens: readonly (readonly string[])[];
  /** Token -> ascending indices of the paragraphs that contain it (each once). */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

export function buildParagraphIndex(paragraphs: readonly IndexedParagraph[]): ParagraphIndex {
  const ids: string[] = [];
  const tokens: string[][] = [];
  const postings = new Map<string, number[]>();
  paragraphs.forEach((p, n) => {
    const t = contentTokens(p.text);
    ids.push(p.id);
    tokens.push(t);
    for (const token of new Set(t)) {
      const list = postings.get(token);
      if (list) list.push(n);
      else postings.set(token, [n]);
    }
  });
  return { kind: "paragraph-index", ids, tokens, postings };
}

export function isParagraphIndex(x: ParagraphIndex | readonly IndexedParagraph[]): x is ParagraphIndex {
  return !Array.isArray(x);
}

/** Paragraphs scored in full per quote: enough to hold the right one among near-duplicates of a series. */
export const MAX_CANDIDATES = 64;
/** Tokens always used for candidates, however common, so that a quote of common words still finds some. */
const MIN_SEED_TOKENS = 3;
/**
 * Postings read per quote, beyond the first MIN_SEED_TOKENS tokens. Tokens are taken rarest first
 * until the budget is spent: in a real corpus a quote's rare words cost a few postings each and
 * all of them fit; in a corpus where every word is common the budget bounds the work (a pass over
 * 50,000 postings is far cheaper than aligning 50,000 paragraphs) while still using several words.
 */
const POSTINGS_BUDGET = 50_000;

/**
 * Paragraph indices worth aligning for these quote tokens: those sharing the most inverse-document-
 * frequency weight of the quote's rarest tokens, best first. A paragraph a quote descends from
 * shares most of its rare words, so it ranks near the top however many paragraphs are loaded.
 */
export function candidates(index: ParagraphIndex, quoteTokens: readonly string[], limit = MAX_CANDIDATES): number[] {
  const size = index.ids.length;
  const present = [...new Set(quoteTokens)]
    .map((token) => ({ token, list: index.postings.get(token) ?? [] }))
    .filter((t) => t.list.length > 0)
    .sort((a, b) => a.list.length - b.list.length);
  const weight = new Map<number, number>();
  let spent = 0;
  for (const [n, { list }] of present.entries()) {
    spent += list.length;
    if (n >= MIN_SEED_TOKENS && spent > POSTINGS_BUDGET) break;
    const idf = Math.log(1 + size / list.length);
    for (const p of list) weight.set(p, (weight.get(p) ?? 0) + idf);
  }
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([p]) => p);
}
