import { labelOf, type SectionName } from "./labels.js";

/** Distinct detecting labels a page needs: one could be a coincidence, two are a layout. */
export const MIN_LABELS = 2;

/** The distinct section labels (those that count for detection) standing as lines of their own. */
export function detectedSections(text: string): Set<SectionName> {
  const found = new Set<SectionName>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const label = labelOf(line);
    if (label?.detects) found.add(label.name);
  }
  return found;
}

/** True when at least two analysis-page section labels appear as lines of their own. */
export function looksLikeAnalysisPage(text: string): boolean {
  return detectedSections(text).size >= MIN_LABELS;
}
