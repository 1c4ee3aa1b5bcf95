// The escalation scales of UN drafting: how strongly a paragraph's opening verb speaks. Two scales,
// as data (one row per rung), and one comparison. Drafters move a paragraph up or down these
// rungs from one year's text to the next ("Expresses concern" becoming "Expresses serious
// concern"), which is what a reader of a series wants flagged.
//
// The scales of issue 14, with two rungs added (marked `added`) because they are frequent in real
// texts and their place is not in doubt in UN drafting practice: "Deplores" (stronger than any
// concern, short of condemning) and "Invites" (the softest request, below "Encourages").
//
// A verb as printed ("Reiterates its grave concern", "Noting with deep concern", "Strongly
// condemning", "Calls once again upon") is reduced to a canonical phrase by a few rules, and the
// phrase is looked up in the rows' `forms`:
//   1. lower case; repetition and continuity words are dropped ("also", "further", "once again",
//      "reiterates its", "remains", "continues to"): saying a thing again is not saying it louder;
//   2. the head verb loses its inflection (notes/noting/takes note/taking note → "note",
//      condemns/condemning/condemnation → "condemn", calls upon/calling on → "call upon");
//   3. a feeling after "with" is what the paragraph expresses: "Notes with grave concern" is
//      "grave concern", and "Notes with appreciation" is "note with appreciation" (a Welcomes);
//   4. an intensifying adverb ("strongly", "firmly", "unequivocally", "in the strongest terms")
//      becomes a leading "strongly"; a form not listed with it ("strongly urge") ranks half a rung
//      above the form without it, so "Strongly urges" is above "Urges" and below "Demands". A degree
//      adverb ("deeply", "gravely", "greatly", "sincerely", "warmly" …) counts the same before any
//      head but a feeling of concern: "Deeply deplores" is "strongly deplore", half a rung above
//      "Deplores", while "Deeply concerned" stays the listed form it is (serious concern);
//   4b. a degree adjective between "with" and a feeling that is not concern ("Notes with deep
//      appreciation", "Welcomes with great satisfaction") is an intensifier too: the phrase lands
//      half a rung above its plain form ("Notes with appreciation", on Welcomes). Half a rung, not
//      the same rung: drafters add "deep" to "appreciation" on purpose from one year to the next,
//      and a reader of the series wants that flagged as warmer, as "Urges" → "Strongly urges" is;
//      half a rung never reaches the next rung, so no such phrase outranks a real concern;
//   5. two heads joined by "and" ("Deplores and condemns") take the stronger when both are on one
//      scale; on two scales ("Welcomes and encourages") the verb is unranked.
// "Expresses deep concern" counts as serious concern: "deep" and "serious" are used
// interchangeably across series (HRC texts alternate them year to year), while "grave" is the
// marked step up. "Alarmed" is serious concern; "deeply/gravely alarmed" is grave concern.

export const ESCALATION_SCALES = ["CONCERN", "CALL"] as const;
export type EscalationScale = (typeof ESCALATION_SCALES)[number];

export interface EscalationRung {
  scale: EscalationScale;
  /** Higher is stronger; comparable within one scale only. */
  rank: number;
  /** The rung's name, as the issue spells it. */
  label: string;
  /** Canonical phrases (see the rules above) that sit on this rung. */
  forms: readonly string[];
  /** True for the rungs this module adds to the scales. */
  added?: boolean;
}

export const ESCALATION_RUNGS: readonly EscalationRung[] = [
  { scale: "CONCERN", rank: 1, label: "Takes note", forms: ["note", "note with interest"] },
  {
    scale: "CONCERN",
    rank: 2,
    label: "Welcomes",
    forms: ["welcome", "welcome with appreciation", "welcome with satisfaction", "note with appreciation", "note with satisfaction", "note with approval"],
  },
  { scale: "CONCERN", rank: 3, label: "Expresses concern", forms: ["concern", "concerned"] },
  {
    scale: "CONCERN",
    rank: 4,
    label: "Expresses serious concern",
    forms: [
      "serious concern", "seriously concerned", "deep concern", "deeply concerned", "great concern", "greatly concerned",
      "strong concern", "profound concern", "profoundly concerned", "alarm", "alarmed",
    ],
  },
  {
    scale: "CONCERN",
    rank: 5,
    label: "Expresses grave concern",
    forms: ["grave concern", "gravely concerned", "extremely concerned", "utmost concern", "grave alarm", "deep alarm", "deeply alarmed", "gravely alarmed"],
  },
  { scale: "CONCERN", rank: 6, label: "Deplores", forms: ["deplore"], added: true },
  { scale: "CONCERN", rank: 7, label: "Condemns", forms: ["condemn"] },
  { scale: "CONCERN", rank: 8, label: "Strongly condemns", forms: ["strongly condemn"] },
  { scale: "CALL", rank: 0, label: "Invites", forms: ["invite"], added: true },
  { scale: "CALL", rank: 1, label: "Encourages", forms: ["encourage"] },
  { scale: "CALL", rank: 2, label: "Calls upon", forms: ["call upon"] },
  { scale: "CALL", rank: 3, label: "Urges", forms: ["urge"] },
  { scale: "CALL", rank: 4, label: "Demands", forms: ["demand"] },
];

/** How the second of two verbs compares with the first. */
export const VERB_CHANGES = ["STRONGER", "WEAKER", "SAME", "UNRANKED"] as const;
/**
 * STRONGER / WEAKER: both verbs are on one scale, at different ranks. SAME: the same canonical
 * phrase (ranked or not: "Decides" and "Also decides" are the same), or the same rank
 * ("Concerned" and "Expresses concern"). UNRANKED: the verbs differ and cannot be compared, because
 * one is on no scale ("Requests" → "Decides") or they are on two scales ("Welcomes" → "Urges").
 */
export type VerbChange = (typeof VERB_CHANGES)[number];

/** Where a verb sits: its rung, and its rank (the rung's, plus 0.5 for an intensified form not listed). */
export interface VerbPlacement {
  verb: string;
  /** The canonical phrase the verb reduces to. */
  canonical: string;
  scale: EscalationScale;
  rank: number;
  /** Label of the rung the rank sits on or above ("Urges" for "Strongly urges"). */
  rung: string;
}

export interface VerbComparison {
  before: string;
  after: string;
  change: VerbChange;
  /** Placement of each verb; null when it is on no scale. */
  beforePlacement: VerbPlacement | null;
  afterPlacement: VerbPlacement | null;
}

const BY_FORM = new Map<string, EscalationRung>();
for (const rung of ESCALATION_RUNGS) for (const form of rung.forms) BY_FORM.set(form, rung);

/** Said again, not louder. */
const REPETITION = new Set([
  "also", "further", "furthermore", "again", "once", "moreover", "likewise", "still", "its", "their", "his", "her",
  "reiterates", "reiterating", "reiterate", "reaffirms", "reaffirming", "renews", "renewing", "remains", "remaining",
  "continues", "continuing", "continue", "to", "expresses", "expressing", "express", "sharing", "shares", "the",
  "continued", "renewed", "growing", "increasing", "in", "this", "regard", "particular", "that", "respect",
  "recognizes", "recognizing", "recognises", "recognising", "recalls", "recalling", "being",
  // Emphasis verbs carry no strength of their own: "Underscores its very serious concern" is the concern.
  "underlines", "underlining", "underscores", "underscoring", "stresses", "stressing", "emphasizes", "emphasizing", "emphasises", "emphasising",
]);

/** Of the repetition words, the adverbs: dropped even when nothing else is left ("Also recalls" is "Recalls"). */
const REPEATING_ADVERBS = new Set(["also", "further", "furthermore", "again", "once", "moreover", "likewise", "still"]);

const INTENSIFIERS = new Set(["strongly", "firmly", "unequivocally", "unreservedly", "categorically", "vigorously", "emphatically", "most", "strongest", "strong", "possible", "terms"]);

/**
 * Adverbs of degree (rule 4): intensifiers before any head but a word of concern (CONCERN_WORDS),
 * where they are part of a listed form ("deeply concerned", "gravely alarmed").
 */
const DEGREE_ADVERBS = new Set([
  "deeply", "gravely", "greatly", "sincerely", "warmly", "highly", "profoundly", "seriously", "earnestly", "extremely", "urgently", "wholeheartedly", "very",
]);

/** The words a degree adverb or adjective is part of a listed form before (the CONCERN scale's feelings). */
const CONCERN_WORDS = new Set(["concern", "concerned", "alarm", "alarmed"]);

/** Adjectives of degree before a feeling after "with" (rule 4b): "with deep appreciation", "with great satisfaction". */
const DEGREE_ADJECTIVES = new Set([
  "deep", "deepest", "great", "greatest", "profound", "sincere", "sincerest", "particular", "special", "considerable", "high", "highest",
  "utmost", "full", "warm", "warmest", "strong", "heartfelt", "keen",
]);

/** Inflected heads and their stem. */
const STEMS = new Map<string, string>([
  ...["notes", "noting", "note", "noted"].map((w): [string, string] => [w, "note"]),
  ...["welcomes", "welcoming", "welcome"].map((w): [string, string] => [w, "welcome"]),
  ...["condemns", "condemning", "condemn", "condemnation"].map((w): [string, string] => [w, "condemn"]),
  ...["deplores", "deploring", "deplore"].map((w): [string, string] => [w, "deplore"]),
  ...["urges", "urging", "urge"].map((w): [string, string] => [w, "urge"]),
  ...["demands", "demanding", "demand"].map((w): [string, string] => [w, "demand"]),
  ...["encourages", "encouraging", "encourage"].map((w): [string, string] => [w, "encourage"]),
  ...["invites", "inviting", "invite", "invitation"].map((w): [string, string] => [w, "invite"]),
  ...["concerns", "concern"].map((w): [string, string] => [w, "concern"]),
  ["gravest", "grave"],
  ["deepest", "deep"],
]);

const TAKE = new Set(["takes", "taking", "take", "taken", "having", "has", "have"]);
const CALL = new Set(["calls", "calling", "call"]);

/** The canonical phrase of one head phrase (no "and"). */
function canonicalPart(words: readonly string[]): string {
  let intensified = false;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (DEGREE_ADVERBS.has(w) && !CONCERN_WORDS.has(words[i + 1] ?? "")) {
      intensified = true;
      continue;
    }
    if (INTENSIFIERS.has(w)) {
      // "strong" only intensifies a condemnation ("its strong condemnation"); "strong concern" is a feeling.
      if (w === "strong" && words[i + 1] !== "condemnation") out.push(w);
      else intensified = true;
      continue;
    }
    // "takes note", "has taken note", "having taken note": the note is the head.
    if (TAKE.has(w) && words.slice(i + 1, i + 3).some((n) => n === "note" || n === "noted")) continue;
    if (CALL.has(w)) {
      out.push("call");
      if (["upon", "on", "for"].includes(words[i + 1] ?? "")) i++;
      out.push("upon");
      continue;
    }
    if (["upon", "on", "for"].includes(w) && out.at(-1) === "call") continue; // "Calls once again upon"
    out.push(STEMS.get(w) ?? w);
  }
  // Rule 3: "note with grave concern" is the feeling; "note with appreciation" stays a note.
  const withAt = out.indexOf("with");
  let phrase = out;
  if (withAt >= 0) {
    const feeling = out.slice(withAt + 1);
    if (feeling.some((w) => CONCERN_WORDS.has(w))) phrase = feeling;
    else {
      // Rule 4b: "note with deep appreciation" is an intensified "note with appreciation".
      const plain = feeling.filter((w) => !DEGREE_ADJECTIVES.has(w));
      if (plain.length < feeling.length && plain.length > 0) intensified = true;
      phrase = [...out.slice(0, withAt + 1), ...plain];
    }
  }
  const text = phrase.join(" ").replace(/\bcall upon upon\b/, "call upon");
  return intensified ? `strongly ${text}` : text;
}

/**
 * Drops repetition words, keeping the phrase itself, without its adverbs, when nothing else is left
 * ("Recalls", "Also reiterates" → "reiterates"): an unranked verb must still equal itself said again.
 */
function withoutRepetition(words: readonly string[]): string[] {
  const kept = words.filter((w) => !REPETITION.has(w));
  if (kept.length > 0) return kept;
  const unadorned = words.filter((w) => !REPEATING_ADVERBS.has(w));
  return unadorned.length > 0 ? unadorned : [...words];
}

function wordsOf(verb: string): string[] {
  return verb
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

/** The canonical phrase of a printed verb: see the rules at the top of this file. */
export function canonicalVerb(verb: string): string {
  const words = withoutRepetition(wordsOf(verb));
  return words
    .join(" ")
    .split(/\band\b/)
    .map((part) => canonicalPart(part.trim().split(" ").filter((w) => w.length > 0)))
    .filter((p) => p.length > 0)
    .join(" and ");
}

function placePart(canonical: string): { rung: EscalationRung; rank: number } | null {
  const exact = BY_FORM.get(canonical);
  if (exact) return { rung: exact, rank: exact.rank };
  if (canonical.startsWith("strongly ")) {
    const plain = BY_FORM.get(canonical.slice("strongly ".length));
    if (plain) return { rung: plain, rank: plain.rank + 0.5 };
  }
  return null;
}

/** Where a printed verb sits on the scales, or null when it is on none (or on two at once). */
export function placeVerb(verb: string): VerbPlacement | null {
  const canonical = canonicalVerb(verb);
  if (canonical === "") return null;
  const parts = canonical.split(" and ").map(placePart);
  if (parts.some((p) => p === null)) {
    // "Welcomes and supports": one ranked head among unranked ones is still that head.
    const ranked = parts.filter((p): p is NonNullable<typeof p> => p !== null);
    if (ranked.length === 0) return null;
    parts.splice(0, parts.length, ...ranked);
  }
  const placed = parts as { rung: EscalationRung; rank: number }[];
  const scale = placed[0]!.rung.scale;
  if (placed.some((p) => p.rung.scale !== scale)) return null;
  const strongest = placed.reduce((a, b) => (b.rank > a.rank ? b : a));
  return { verb, canonical, scale, rank: strongest.rank, rung: strongest.rung.label };
}

/** How `after` compares with `before` on the escalation scales (see VerbChange). */
export function compareVerbs(before: string, after: string): VerbComparison {
  const beforePlacement = placeVerb(before);
  const afterPlacement = placeVerb(after);
  const base = { before, after, beforePlacement, afterPlacement };
  if (canonicalVerb(before) === canonicalVerb(after)) return { ...base, change: "SAME" };
  if (!beforePlacement || !afterPlacement || beforePlacement.scale !== afterPlacement.scale) return { ...base, change: "UNRANKED" };
  const change: VerbChange =
    afterPlacement.rank > beforePlacement.rank ? "STRONGER" : afterPlacement.rank < beforePlacement.rank ? "WEAKER" : "SAME";
  return { ...base, change };
}
