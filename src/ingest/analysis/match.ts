import type { AnalysisQuote, QuoteMatch } from "../../domain.js";
import { align } from "./align.js";
import { buildParagraphIndex, candidates, isParagraphIndex, type IndexedParagraph, type ParagraphIndex } from "./paragraph-index.js";
import { quoteFragments } from "./tokens.js";

export { buildParagraphIndex, type IndexedParagraph, type ParagraphIndex } from "./paragraph-index.js";

/**
 * Lowest score reported. Measured on the seed: the Cambodia 2023 quotes score 0.54, 0.85 and 1.0
 * against the 2017 paragraphs they descend from, while the best paragraph for a quote with no
 * counterpart (Kem Sokha's 2023 conviction, the 2023 election) scores 0.2 and 0.1, and the
 * runner-up of the two long reworded quotes 0.24 and 0.27, on shared boilerplate ("Expresses
 * concern … Cambodia"). 0.3 sits above that boilerplate and well below a reworded match.
 */
export const MATCH_FLOOR = 0.3;
/**
 * Net matched words a match needs besides the floor: with one or two content words ("Decides"),
 * any paragraph of the same kind would score 1 and locate nothing.
 */
export const MIN_MATCHED_WORDS = 3;

export interface MatchOptions {
  floor?: number;
}

/** For each quote, its best-matching paragraph when that scores at least the floor. */
export function matchQuotes(
  quotes: readonly AnalysisQuote[],
  paragraphs: ParagraphIndex | readonly IndexedParagraph[],
  options: MatchOptions = {},
): QuoteMatch[] {
  const index = isParagraphIndex(paragraphs) ? paragraphs : buildParagraphIndex(paragraphs);
  const floor = options.floor ?? MATCH_FLOOR;
  const matches: QuoteMatch[] = [];
  quotes.forEach((quote, q) => {
    const fragments = quoteFragments(quote.text);
    let best: { paragraph: number; score: number } | null = null;
    for (const p of candidates(index, fragments.flat())) {
      const a = align(fragments, index.tokens[p] ?? []);
      if (a.matched < MIN_MATCHED_WORDS) continue;
      // Candidates come best-first, so on a tie the paragraph sharing more rare words wins.
      if (!best || a.score > best.score) best = { paragraph: p, score: a.score };
    }
    if (best && best.score >= floor) {
      matches.push({ quote: q, paragraphId: index.ids[best.paragraph] ?? "", score: best.score });
    }
  });
  return matches;
}
