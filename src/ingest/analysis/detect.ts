import { labelOf, type SectionName } from "./labels.js";

/** Distinct detecting labels a page needs: one could be a coincidence, two are a layout. */
export const MIN_LABELS = 2;

/** The distinct section labels (those that count for detection) standing as lines of their own. */
export function detectedSections(text: string): Set<SectionName> {
  const found = new Set<SectionName>();
  // Splitting on a string is much faster than on a pattern; only a text with \r needs the pattern.
  for (const line of text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n")) {
    const label = labelOf(line);
    if (label?.detects) found.add(label.name);
  }
  return found;
}

/** True when at least two analysis-page section labels appear as lines of their own. */
export function looksLikeAnalysisPage(text: string): boolean {
  // parseSource asks this of a text, then parseResolution of the same text once normalized, which
  // for most texts is the very same string: the last answer is kept for that second question.
  if (text !== lastAsked.text) lastAsked = { text, answer: detectedSections(text).size >= MIN_LABELS };
  return lastAsked.answer;
}

let lastAsked: { text: string | undefined; answer: boolean } = { text: undefined, answer: false };
