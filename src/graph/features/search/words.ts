// How search sees words, on both stores: runs of letters, digits and marks, compared lower-cased and
// without diacritics. SQLite's FTS5 tokenizer does this itself (`unicode61 remove_diacritics 2`);
// Neo4j's Lucene analyzer only lower-cases, so its store indexes a folded copy of any paragraph
// whose text has diacritics (`searchText`) and folds the terms it sends: "Cote d'Ivoire" finds
// "Côte d'Ivoire" on both.

/** A word as the tokenizers split it, closely enough: letters, digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** `text` without its diacritics (é → e, ô → o, ü → u); letters without a decomposition stay. */
export const foldDiacritics = (text: string): string => text.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");

/** The form two words are compared in. */
export const wordKey = (word: string): string => foldDiacritics(word).toLowerCase();

export interface Word {
  start: number;
  end: number;
  key: string;
}

export const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) }));

/** The folded copy a store indexes beside `text`, or null when folding changes nothing. */
export function searchTextOf(text: string): string | null {
  const folded = foldDiacritics(text);
  return folded === text ? null : folded;
}

/**
 * Most distinct terms one full-text query may hold (Lucene refuses boolean queries above 1024
 * clauses; no one needs anywhere near this many). The port refuses more, on both stores.
 */
export const MAX_SEARCH_TERMS = 64;

/**
 * The terms both stores search for: the whitespace-separated pieces of what the user typed that hold
 * a letter or a digit, each once (compared as words are: "Water WATER" is one term), in order.
 */
export function searchTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const term of text.split(/\s+/u)) {
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    const key = wordsOf(term)
      .map((w) => w.key)
      .join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}
