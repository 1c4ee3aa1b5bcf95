// Turns what a user typed into a Lucene query for the full-text index, and marks matches in the
// returned text. The user's text never reaches Lucene's query syntax as syntax: every term is sent
// as a quoted phrase with `\` and `"` escaped, so `AND`, `*`, `title:x`, `(`, `~` … are words, not
// operators, and a malformed query cannot be written. Terms are ANDed: every word must occur.
//
// Neo4j's default full-text analyzer (standard-no-stop-words) splits on word boundaries and lower-
// cases; `words` below does the same so that the «» marks fall on what Lucene matched.

/** Lucene refuses boolean queries above 1024 clauses; users never need anywhere near this many. */
export const MAX_TERMS = 64;

/** Words as the standard tokenizer sees them, closely enough: runs of letters, digits and marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Whitespace-separated terms that contain at least one word character, at most MAX_TERMS. */
export function queryTerms(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS);
}

/** One term as a Lucene phrase: inside quotes only `\` and `"` are special. */
export const quoteTerm = (term: string): string => `"${term.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The Lucene query for a user's text, or null when it has nothing to search for. */
export function luceneQuery(text: string): string | null {
  const terms = queryTerms(text);
  return terms.length === 0 ? null : terms.map(quoteTerm).join(" AND ");
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

const words = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));

/** Words around the first match kept in a snippet; longer paragraphs are cut with "…". */
export const SNIPPET_WORDS = 24;

/**
 * The passage of `text` around the first match, each run of matched words wrapped in « and ».
 * Words matched are those of the query's terms, case-insensitively, as the analyzer compares them.
 */
export function snippet(text: string, query: string): string {
  const wanted = new Set(queryTerms(query).flatMap((t) => words(t).map((w) => w.lower)));
  const all = words(text);
  const hit = all.map((w) => wanted.has(w.lower));
  const first = Math.max(0, hit.indexOf(true));
  const from = Math.max(0, Math.min(first - Math.floor(SNIPPET_WORDS / 4), all.length - SNIPPET_WORDS));
  const to = Math.min(all.length, from + SNIPPET_WORDS);
  const startAt = from === 0 ? 0 : (all[from]?.start ?? 0);
  const endAt = to >= all.length ? text.length : (all[to - 1]?.end ?? text.length);

  let out = from === 0 ? "" : "…";
  let at = startAt;
  for (let k = from; k < to; k += 1) {
    if (!hit[k] || (k > from && hit[k - 1])) continue;
    let last = k;
    while (last + 1 < to && hit[last + 1]) last += 1;
    const w = all[k];
    const end = all[last];
    if (!w || !end) continue;
    // A run of matched words separated only by spaces or punctuation is one mark: «Human Rights Council».
    out += `${text.slice(at, w.start)}«${text.slice(w.start, end.end)}»`;
    at = end.end;
  }
  out += text.slice(at, endAt);
  return to >= all.length ? out : `${out}…`;
}
