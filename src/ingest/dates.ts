// Dates are printed as "29 September 2017", sometimes with OCR slips ("3 Apri] 1991"); the graph
// stores them as ISO dates.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A printed date; the month word is matched on its first three letters so OCR tails do not matter. */
/** A month's name as printed, OCR slips included ("Auqust", "Ju1y"); one group. */
export const MONTH_PATTERN = String.raw`((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Au[gq]|Sep|Oct|Nov|Dec)[a-z\]|1l]*)`;

export const DATE_PATTERN = String.raw`(\d{1,2})\s+${MONTH_PATTERN}\.?,?\s+(\d{4})`;

export const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** ISO date of the day, month word and year matched by DATE_PATTERN, or undefined when impossible. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase().replace(/^auq$/, "aug"));
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return undefined;
  return `${year}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first date printed in `text`. */
export function firstDate(text: string): string | undefined {
  const re = new RegExp(DATE_PATTERN, "g");
  for (const m of text.matchAll(re)) {
    const iso = isoDate(m[1]!, m[2]!, m[3]!);
    if (iso) return iso;
  }
  return undefined;
}
