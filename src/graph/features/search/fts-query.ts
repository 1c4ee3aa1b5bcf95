// Turns what a user typed into an FTS5 query that cannot fail to parse. FTS5 gives meaning to
// quotes, AND/OR/NOT/NEAR, `column:`, `*`, `^`, `+` and parentheses; a user searching for
// "AND" or pasting `col:x (` must get matches or none, never a syntax error.

import { searchTerms } from "./words.js";

/** Characters the unicode61 tokenizer keeps inside a token: letters, marks and numbers. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Each whitespace-separated word becomes one quoted phrase of its tokens (`70/1` → `"70 1"`, so
 * the parts must be adjacent, as in the text); phrases are ANDed. Null when nothing searchable is
 * left, which the caller answers with no hits.
 */
export function toFtsQuery(text: string): string | null {
  const phrases: string[] = [];
  for (const word of searchTerms(text)) {
    const tokens = word.match(TOKEN);
    // Tokens hold no `"` by construction, so the quoting cannot be broken out of.
    if (tokens) phrases.push(`"${tokens.join(" ")}"`);
  }
  return phrases.length > 0 ? phrases.join(" ") : null;
}
