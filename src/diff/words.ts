// Words that say nothing of what a text is about, for comparing two texts by their content words:
// two paragraphs (src/diff/similarity.ts) or two titles (src/series/titles.ts).

/**
 * Words so common in resolutions that sharing them says nothing of two texts being about the same
 * thing: without them, two unrelated operative paragraphs ("Requests the Secretary-General to …")
 * score well above zero on grammar alone, and two titles share "… of the …".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "the of and to in a an its their for on by with that as at be is are was were which this these those all or from it has have".split(" "),
);
