// The subject schemes the UN classifies resolutions with, and how a source's spelling of a term
// becomes a Subject. One home for both readers of classifications: the metadata lines
// (`subjects`, `SDGs`) and the AKN4UN `classification` keywords.

import type { Subject, SubjectScheme } from "../domain.js";

/** The Sustainable Development Goals' short titles, by number (the UN's own wording). */
export const SDG_LABELS: Readonly<Record<string, string>> = {
  "1": "No poverty",
  "2": "Zero hunger",
  "3": "Good health and well-being",
  "4": "Quality education",
  "5": "Gender equality",
  "6": "Clean water and sanitation",
  "7": "Affordable and clean energy",
  "8": "Decent work and economic growth",
  "9": "Industry, innovation and infrastructure",
  "10": "Reduced inequalities",
  "11": "Sustainable cities and communities",
  "12": "Responsible consumption and production",
  "13": "Climate action",
  "14": "Life below water",
  "15": "Life on land",
  "16": "Peace, justice and strong institutions",
  "17": "Partnerships for the goals",
};

/** Thesaurus names as sources print them → the scheme they belong to. Others are not subject schemes. */
const THESAURI: readonly [RegExp, SubjectScheme][] = [
  [/^UNBIS(?:\s+Thesaurus)?$/i, "UNBIS"],
  [/^EuroVoc$/i, "EuroVoc"],
  // AKN4UN's dictionary name for the goals is "SDGO".
  [/^SDG[OS]?$/i, "SDG"],
];

/** The scheme a thesaurus name stands for; undefined for what is no subject scheme (a library authority file, a document symbol). */
export function schemeOf(thesaurus: string): SubjectScheme | undefined {
  const name = thesaurus.trim();
  return THESAURI.find(([re]) => re.test(name))?.[1];
}

/**
 * A subject of `scheme` as a source spells it. UNBIS and EuroVoc terms are keyed in capitals
 * (sources differ only in case), labelled as printed; an SDG by its number ("Goal 5", "5", "SDG 5").
 * Undefined for an SDG number that does not exist or an empty term.
 */
export function subject(scheme: SubjectScheme, term: string): Subject | undefined {
  const printed = term.replace(/\s+/g, " ").trim();
  if (printed === "") return undefined;
  if (scheme === "SDG") {
    const n = /^(?:SDG|Goal)?[_\s]*(\d{1,2})$/i.exec(printed)?.[1];
    const key = n === undefined ? undefined : String(Number(n));
    return key !== undefined && SDG_LABELS[key] ? { scheme, key, label: SDG_LABELS[key] } : undefined;
  }
  return { scheme, key: printed.toUpperCase(), label: printed };
}

/** Subjects without repeats (same scheme and key), first spelling kept. */
export function distinctSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Map<string, Subject>();
  for (const s of subjects) if (!seen.has(`${s.scheme}:${s.key}`)) seen.set(`${s.scheme}:${s.key}`, s);
  return [...seen.values()];
}
