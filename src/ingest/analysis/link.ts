import type { QuoteMatch } from "../../domain.js";

/**
 * Lowest mean score (over all quotes, unmatched ones counting 0) for which a resolution is taken as
 * the one analysed. Matches already clear MATCH_FLOOR, so an unrelated resolution rarely gets more
 * than a stray quote: 0.25 asks that a quarter of all quoted words be found in its paragraphs,
 * which one boilerplate hit among several quotes cannot reach, while a page quoting an earlier
 * text of its series clears it with room (seed 004 vs 36/32: 0.48, though two of its five quotes
 * are about 2023 events).
 */
export const LINK_THRESHOLD = 0.25;

export function symbolOf(paragraphId: string): string {
  const hash = paragraphId.indexOf("#");
  return hash < 0 ? paragraphId : paragraphId.slice(0, hash);
}

/**
 * The resolution whose paragraphs the quotes match best, by mean best score over all quotes, or
 * null when none reaches the threshold. Accepts several matches per quote (e.g. one per
 * resolution) and keeps each quote's best per resolution.
 */
export function pickAnalyzedResolution(
  matches: readonly QuoteMatch[],
  quoteCount: number,
  threshold = LINK_THRESHOLD,
): { symbol: string; score: number } | null {
  if (quoteCount <= 0) return null;
  const bestPerQuote = new Map<string, Map<number, number>>();
  for (const m of matches) {
    const symbol = symbolOf(m.paragraphId);
    const perQuote = bestPerQuote.get(symbol) ?? new Map<number, number>();
    bestPerQuote.set(symbol, perQuote);
    perQuote.set(m.quote, Math.max(perQuote.get(m.quote) ?? 0, m.score));
  }
  let best: { symbol: string; score: number; quotes: number } | null = null;
  for (const [symbol, perQuote] of bestPerQuote) {
    let sum = 0;
    for (const s of perQuote.values()) sum += s;
    const score = sum / quoteCount;
    // Ties: more quotes matched, then the symbol, so that the pick does not depend on match order.
    if (
      !best ||
      score > best.score ||
      (score === best.score && (perQuote.size > best.quotes || (perQuote.size === best.quotes && symbol < best.symbol)))
    ) {
      best = { symbol, score, quotes: perQuote.size };
    }
  }
  return best && best.score >= threshold ? { symbol: best.symbol, score: best.score } : null;
}
