// Turns what a user typed into a Lucene query for the full-text index. The user's text never
// reaches Lucene's query syntax as syntax: every term is sent as a quoted phrase with `\` and `"`
// escaped, so `AND`, `*`, `title:x`, `(`, `~` … are words, not operators, and a malformed query
// cannot be written. Terms are ANDed: every word must occur. Terms are sent without diacritics,
// which the index's folded copy (`searchText`, words.ts) matches.

import { foldDiacritics, searchTerms } from "./words.js";

/** One term as a Lucene phrase: inside quotes only `\` and `"` are special. */
export const quoteTerm = (term: string): string => `"${term.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The Lucene query for a user's text, or null when it has nothing to search for. */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length === 0 ? null : terms.map((t) => quoteTerm(foldDiacritics(t))).join(" AND ");
}
