// The snippet of a search hit, made the same way for both stores from the paragraph's text and the
// words the user typed (FTS5's snippet() and Lucene's highlighter would each cut and mark
// differently, and a hit must read the same whichever store answered).

import { wordsOf } from "./words.js";

/** Marks around each run of matched words, as the port promises. */
const SNIPPET_OPEN = "«";
const SNIPPET_CLOSE = "»";
const ELLIPSIS = "…";

/** Words kept in a snippet around the first match; longer paragraphs are cut with "…". */
const SNIPPET_WORDS = 24;

/**
 * The passage of `text` around the first match, each run of matched words wrapped in « and ».
 * A word matches when it equals one of the query's words, ignoring case and diacritics, as both
 * indexes compare them.
 */
export function snippet(text: string, query: string): string {
  return snippetsFor(query)(text);
}

/** The snippet maker of one search: the query's words are read once for all its hits. */
export function snippetsFor(query: string): (text: string) => string {
  const wanted = new Set(wordsOf(query).map((w) => w.key));
  return (text) => cut(text, wanted);
}

function cut(text: string, wanted: ReadonlySet<string>): string {
  const all = wordsOf(text);
  const hit = all.map((w) => wanted.has(w.key));
  const first = Math.max(0, hit.indexOf(true));
  const from = Math.max(0, Math.min(first - Math.floor(SNIPPET_WORDS / 4), all.length - SNIPPET_WORDS));
  const to = Math.min(all.length, from + SNIPPET_WORDS);
  const startAt = from === 0 ? 0 : (all[from]?.start ?? 0);
  const endAt = to >= all.length ? text.length : (all[to - 1]?.end ?? text.length);

  let out = from === 0 ? "" : ELLIPSIS;
  let at = startAt;
  for (let k = from; k < to; k += 1) {
    if (!hit[k] || (k > from && hit[k - 1])) continue;
    let last = k;
    while (last + 1 < to && hit[last + 1]) last += 1;
    const w = all[k];
    const end = all[last];
    if (!w || !end) continue;
    // A run of matched words separated only by spaces or punctuation is one mark: «Human Rights Council».
    out += `${text.slice(at, w.start)}${SNIPPET_OPEN}${text.slice(w.start, end.end)}${SNIPPET_CLOSE}`;
    at = end.end;
  }
  out += text.slice(at, endAt);
  return to >= all.length ? out : `${out}${ELLIPSIS}`;
}
