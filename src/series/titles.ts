// When two resolutions' titles name one subject. A series keeps its title from year to year, but
// the printed titles are not byte-equal: sources drop or vary hyphens ("Confidencebuilding",
// "non‑nuclear" with a non-breaking hyphen, "Followup"), and some series carry a changing subtitle
// ("…against women and girls: gender stereotypes and negative social norms") or grow a clause
// when two items are merged ("Developments in the field of information and telecommunications in
// the context of international security, and advancing responsible State behaviour …").

import { FUNCTION_WORDS } from "../diff/words.js";

/** The content words of a title: lower case, accents and hyphens folded away, function words dropped. */
export function titleWords(title: string): string[] {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u00ad-]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w));
}

/** The title before a subtitle (`:`), as words. */
function mainTitleWords(title: string): string[] {
  const colon = title.indexOf(":");
  return titleWords(colon > 0 ? title.slice(0, colon) : title);
}

/** 0..1: Dice over the two titles' sets of content words. */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(titleWords(a));
  const wb = new Set(titleWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/**
 * Dice at or above this: nearly the same title. 0.8 accepts one or two words changed in a title of
 * ten ("Situation of human rights in X" / "Situation of human rights in the X", "Convention on …
 * and the Optional Protocol thereto" / "… thereto: participation"), and stays above the titles of
 * different yearly items that share a frame ("Question of Anguilla" / "Question of Bermuda": 0.5;
 * "Financing of the United Nations … in Mali" / "… in the Central African Republic": under 0.8).
 */
export const SIMILAR_TITLE_DICE = 0.8;

/**
 * Fewest content words for a title contained in another (or a main title equal to another's) to
 * count as the same subject: with fewer, a generic phrase ("Disaster risk reduction", "United
 * Nations common system", FRAME_WORDS not counted) would tie any longer title that contains it.
 */
export const CONTAINED_TITLE_MIN_WORDS = 4;

export type TitleRelation = "SAME" | "SIMILAR" | "DIFFERENT" | "UNTITLED";

/** How two titles relate: SAME (equal once folded), SIMILAR (see the thresholds), DIFFERENT, or UNTITLED (either is empty). */
export function titleRelation(a: string, b: string): TitleRelation {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.length === 0 || wb.length === 0) return "UNTITLED";
  if (wa.join(" ") === wb.join(" ")) return "SAME";
  if (titleSimilarity(a, b) >= SIMILAR_TITLE_DICE) return "SIMILAR";
  const ma = mainTitleWords(a).join(" ");
  const mb = mainTitleWords(b).join(" ");
  if (ma === mb && mainTitleWords(a).length >= CONTAINED_TITLE_MIN_WORDS) return "SIMILAR";
  const [shorter, longer] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  const naming = shorter.filter((w) => !FRAME_WORDS.has(w));
  if (naming.length >= CONTAINED_TITLE_MIN_WORDS && shorter.every((w) => longer.has(w))) return "SIMILAR";
  return "DIFFERENT";
}

/** Words that half the titles carry ("… of the United Nations"), so sharing them says nothing of a subject. */
const FRAME_WORDS = new Set(["united", "nations"]);

/** How many content words two titles share, each once, not counting FRAME_WORDS. */
export function sharedTitleWords(a: string, b: string): number {
  const wb = new Set(titleWords(b));
  return new Set(titleWords(a).filter((w) => wb.has(w) && !FRAME_WORDS.has(w))).size;
}
