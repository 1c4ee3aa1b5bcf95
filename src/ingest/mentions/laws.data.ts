// Domestic legislation that resolutions name by a generic title, often in lower case ("the penal
// code"). A generic code of a country is still that country's law: the spec counts "the civil code"
// as a mention of the law "Civil Code". Source: the gold spec (/work/shared/gold/README.md,
// "Mentions": law) and the codes that UN country resolutions routinely name.

/** Canonical title → further forms; every form is matched in any case. */
export const GENERIC_CODES: Readonly<Record<string, readonly string[]>> = {
  "Penal Code": ["criminal code"],
  "Civil Code": [],
  "Civil Procedure Code": ["code of civil procedure"],
  "Criminal Procedure Code": ["code of criminal procedure"],
  "Labour Code": ["labor code"],
  "Family Code": [],
  "Electoral Code": [],
  "Military Penal Code": [],
  "Code of Military Justice": [],
  "Press Code": [],
  "Personal Status Code": ["personal status law"],
};

/**
 * Heads that make a capitalized phrase a piece of domestic legislation ("Land Law", "Law on
 * Expropriation", "Helms-Burton Act", "National Housing Policy").
 */
export const LAW_HEADS: readonly string[] = [
  "Law", "Laws", "Act", "Code", "Decree", "Ordinance", "Constitution", "Circular", "Policy", "Bill", "Regulation",
  "Regulations", "Proclamation", "Edict",
];

/** National organs that a resolution names without their country ("the National Assembly"). */
export const NATIONAL_ORGANS: readonly string[] = [
  "National Assembly", "Supreme Court", "Constitutional Court", "Constitutional Council", "National Congress",
];
