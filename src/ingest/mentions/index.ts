// findMentions: countries, persons, organizations, laws and instruments in a resolution's
// paragraphs. Per paragraph: one automaton pass over all gazetteer surface forms, one token pass for
// the rules (capitalized names by head noun, persons), then a longest-leftmost choice among the
// candidates. Across the document: the country the text is about (for "the Constitution"), and
// short titles resolved to the full title printed elsewhere in the text ("the Relationship
// Agreement").

import type { Mention, MentionKind, Paragraph } from "../../domain.js";
import { foldCode, foldString, isLetterOrDigitCode } from "./fold.js";
import { buildGazetteer, type Gazetteer } from "./gazetteer.js";
import { NATIONAL_ORGANS } from "./laws.data.js";
import { findNames } from "./names.js";
import { findPersons } from "./persons.js";
import { antiLaws, bareConstitutions, establishedCommittees, parentOrganStart, quotedTitleEnd } from "./rules.js";
import { tokenize, type Token } from "./tokens.js";

export interface MentionContext {
  body: string;
  countryConcerned?: string;
}

const GAZETTEER: Gazetteer = buildGazetteer();
// Names repeat across paragraphs and documents; folding each once keeps the document passes cheap.
const FOLDED = new Map<string, string>();
function folded(name: string): string {
  let f = FOLDED.get(name);
  if (f === undefined) {
    f = foldString(name);
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(name, f);
  }
  return f;
}
const KNOWN_WORDS = knownWords(GAZETTEER);
const NATIONAL_ORGAN_SET = new Set(NATIONAL_ORGANS);

// Where candidates overlap, the longer wins; at equal length, the source with the higher rank
// (a gazetteer entry knows its canonical name, a rule only its surface).
const RANK_GAZETTEER = 3;
const RANK_RULE = 2;
const RANK_NAME = 1;
const RANK_PERSON = 0;

interface Candidate {
  start: number;
  end: number;
  rank: number;
  kind: MentionKind | "blocker";
  name: string;
  id?: string;
  /** How the name was found, for the document-level passes. */
  via: "gazetteer" | "name" | "rule" | "person" | "constitution" | "organ";
  head?: string;
}

function knownWords(g: Gazetteer): Set<string> {
  const words = new Set<string>();
  for (const s of g.surfaces) for (const w of s.text.split(/[\s,()]+/)) if (w) words.add(w.toLowerCase());
  for (const w of [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "special", "rapporteur", "secretary",
    "general", "president", "minister", "prime", "deputy", "foreign", "affairs", "high", "commissioner", "independent",
    "expert", "representative", "permanent", "member", "members", "states", "state", "government", "review", "periodic",
    "universal", "conference", "summit", "summits", "session", "mission", "plan", "agenda", "report", "chapter", "article",
    "resolution", "decision", "part", "annex", "section", "heads", "head", "director", "chair", "chairperson", "office",
    "north", "south", "east", "west", "central", "middle", "latin", "caribbean", "africa", "asia", "europe", "pacific",
    "arab", "islamic", "christian", "muslim", "jewish", "human", "rights", "national", "international", "provisional",
    "transitional", "interim", "supreme", "federal", "republic", "kingdom", "democratic", "people", "peoples", "court",
    "headquarters", "treaty", "series", "internet", "covid", "goals", "development", "sustainable",
  ]) words.add(w);
  return words;
}

function followedByStateNoun(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  if (i === end || i >= text.length) return false;
  for (const noun of GAZETTEER.stateNouns) {
    if (i + noun.length > text.length) continue;
    let ok = true;
    for (let k = 0; k < noun.length && ok; k++) ok = foldCode(text.charCodeAt(i + k)) === noun.charCodeAt(k);
    if (ok && !isLetterOrDigitCode(text.charCodeAt(i + noun.length))) return true;
  }
  return false;
}

function gazetteerCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of GAZETTEER.automaton.scan(text)) {
    const surface = GAZETTEER.surfaces[m.pattern];
    if (!surface) continue;
    if (surface.role === "blocker") {
      out.push({ start: m.start, end: m.end, rank: RANK_GAZETTEER, kind: "blocker", name: "", via: "gazetteer" });
      continue;
    }
    const entity = GAZETTEER.entities[surface.entity];
    if (!entity) continue;
    if (surface.role === "demonym" && !followedByStateNoun(text, m.end)) continue;
    const c: Candidate = { start: m.start, end: m.end, rank: RANK_GAZETTEER, kind: entity.kind, name: entity.name, via: "gazetteer" };
    if (entity.id) c.id = entity.id;
    out.push(c);
    if (entity.kind === "organization") {
      const parent = parentOrganStart(text, m.start);
      if (parent) {
        out.push({ start: parent.start, end: m.end, rank: RANK_RULE, kind: "organization", name: `${parent.organ} of the ${entity.name}`, via: "rule" });
      }
    }
  }
  return out;
}

function ruleCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const n of findNames(text, tokens)) {
    let end = n.end;
    let name = n.name;
    if (n.kind !== "organization") {
      const quoted = quotedTitleEnd(text, n.start, n.end);
      if (quoted !== undefined) {
        end = quoted;
        name = text.slice(n.start, end).replace(/\s+/g, " ");
      }
    }
    out.push({ start: n.start, end, rank: RANK_NAME, kind: n.kind, name, via: "name", head: n.head });
  }
  for (const r of establishedCommittees(text)) out.push({ ...r, rank: RANK_RULE, via: "rule" });
  for (const r of antiLaws(text)) out.push({ ...r, rank: RANK_RULE, via: "rule" });
  for (const c of bareConstitutions(text)) out.push({ ...c, rank: RANK_RULE, kind: "law", name: "Constitution", via: "constitution" });
  return out;
}

/** Longest-leftmost: candidates sorted by start, then length, then rank; each taken unless it overlaps one taken. */
function choose(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.rank - a.rank);
  const taken: Candidate[] = [];
  let reach = 0;
  for (const c of candidates) {
    if (c.end <= c.start || c.start < reach) continue;
    taken.push(c);
    reach = c.end;
  }
  return taken;
}

function personCandidates(text: string, tokens: readonly Token[], chosen: readonly Candidate[]): Candidate[] {
  const covered = (start: number, end: number) => chosen.some((c) => c.start < end && start < c.end);
  return findPersons(text, tokens, { knownWords: KNOWN_WORDS, covered }).map((p) => ({
    ...p,
    rank: RANK_PERSON,
    kind: "person" as const,
    via: "person" as const,
  }));
}

function paragraphCandidates(text: string): Candidate[] {
  const tokens = tokenize(text);
  const chosen = choose([...gazetteerCandidates(text), ...ruleCandidates(text, tokens)]);
  const persons = personCandidates(text, tokens, chosen);
  // The chosen candidates never overlap: without persons, choosing again would change nothing.
  return (persons.length > 0 ? choose([...chosen, ...persons]) : chosen).filter((c) => c.kind !== "blocker");
}

/** The country a text is about: given, or the one most of its paragraphs name. */
interface Concerned {
  /** The form used inside other names: "Constitution of Venezuela". */
  short: string;
}

function countryNamed(name: string): Concerned | undefined {
  const index = GAZETTEER.byName.get(foldString(name)) ?? countryByAlias(name);
  const entity = index === undefined ? undefined : GAZETTEER.entities[index];
  return entity?.kind === "country" ? { short: entity.shortName ?? entity.name } : undefined;
}

function countryConcerned(context: MentionContext, perParagraph: readonly Candidate[][]): Concerned | undefined {
  if (context.countryConcerned) return countryNamed(context.countryConcerned) ?? { short: context.countryConcerned };
  const counts = new Map<string, number>();
  for (const list of perParagraph) {
    for (const name of new Set(list.filter((c) => c.kind === "country").map((c) => c.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 3 || (second && second[1] * 2 > top[1])) return undefined;
  return countryNamed(top[0]);
}

/** Renames that need the whole document: constitutions, national organs, short titles. */
function resolveNames(perParagraph: Candidate[][], concerned: Concerned | undefined): void {
  // Each distinct name once, in document order (the first full title that fits wins).
  const fullNames = new Map<MentionKind, Map<string, string>>();
  for (const list of perParagraph) {
    for (const c of list) {
      if (c.kind === "blocker") continue;
      let names = fullNames.get(c.kind);
      if (!names) fullNames.set(c.kind, (names = new Map()));
      if (!names.has(c.name)) names.set(c.name, folded(c.name));
    }
  }
  for (const list of perParagraph) {
    for (const c of list) {
      if (c.kind === "blocker") continue;
      if (c.via === "constitution") {
        c.name = concerned ? `Constitution of ${concerned.short}` : "Constitution";
        continue;
      }
      if (c.via === "name" && c.head === "Constitution") {
        // "Constitution of the Kingdom of Cambodia" names the state's constitution by its canonical name.
        // "the Cambodian Constitution" is the Constitution of Cambodia too.
        const of = c.name.replace(/^Constitution of (?:the )?/, "");
        const country = countryNamed(of) ?? countryByDemonym(c.name.replace(/ Constitution$/, ""));
        const index = GAZETTEER.byName.get(foldString(of));
        if (country) c.name = `Constitution of ${country.short}`;
        else if (index !== undefined && GAZETTEER.entities[index]?.kind === "organization") c.kind = "instrument";
        continue;
      }
      if (c.via === "name" && c.kind === "organization" && NATIONAL_ORGAN_SET.has(c.name) && concerned) {
        c.name = `${c.name} of ${concerned.short}`;
        continue;
      }
      if (c.via === "name" && c.name.includes(" ")) {
        // A short title whose full form the text prints elsewhere ("Relationship Agreement").
        const prefix = folded(c.name) + " ";
        for (const [full, key] of fullNames.get(c.kind) ?? []) {
          if (key.startsWith(prefix)) {
            c.name = full;
            break;
          }
        }
      }
    }
  }
}

const ALIAS_TO_COUNTRY = new Map<string, number>();
for (const s of GAZETTEER.surfaces) {
  if (s.role === "name" && GAZETTEER.entities[s.entity]?.kind === "country") ALIAS_TO_COUNTRY.set(foldString(s.text), s.entity);
}
function countryByAlias(name: string): number | undefined {
  return ALIAS_TO_COUNTRY.get(foldString(name));
}
const DEMONYM_TO_COUNTRY = new Map<string, number>();
for (const s of GAZETTEER.surfaces) if (s.role === "demonym") DEMONYM_TO_COUNTRY.set(s.text, s.entity);
function countryByDemonym(adjective: string): Concerned | undefined {
  const index = DEMONYM_TO_COUNTRY.get(adjective);
  const entity = index === undefined ? undefined : GAZETTEER.entities[index];
  return entity?.kind === "country" ? { short: entity.shortName ?? entity.name } : undefined;
}

/**
 * Every mention of a country, person, organization, law or instrument in the paragraphs, each
 * entity once per paragraph, sorted by paragraph order then offset. A footnote belongs to each
 * paragraph that carries its mark: an entity its text names, and the paragraph's own text does not,
 * is the paragraph's mention too, with the footnote's mark and offsets into the footnote's text.
 * Never throws: a paragraph whose text cannot be read yields no mentions.
 */
export function findMentions(
  paragraphs: readonly (Pick<Paragraph, "key" | "text"> & Partial<Pick<Paragraph, "footnotes">>)[],
  context: MentionContext,
): Mention[] {
  const candidatesOf = (text: unknown): Candidate[] => {
    try {
      return typeof text === "string" && text.length > 0 ? paragraphCandidates(text) : [];
    } catch {
      return [];
    }
  };
  const perParagraph: Candidate[][] = paragraphs.map((p) => candidatesOf(p?.text));
  const perFootnote: { mark: string; candidates: Candidate[] }[][] = paragraphs.map((p) =>
    (Array.isArray(p?.footnotes) ? p.footnotes : []).map((f) => ({ mark: f.mark, candidates: candidatesOf(f.text) })),
  );
  let concerned: Concerned | undefined;
  try {
    // Which state the text is about is read from the paragraphs themselves; footnotes cite sources.
    concerned = countryConcerned(context ?? { body: "" }, perParagraph);
    resolveNames([...perParagraph, ...perFootnote.flatMap((notes) => notes.map((n) => n.candidates))], concerned);
  } catch {
    // Document-level renaming is a refinement; the paragraph-level names stand without it.
  }
  const mentions: Mention[] = [];
  paragraphs.forEach((p, index) => {
    const seen = new Set<string>();
    const take = (c: Candidate, footnote?: string): void => {
      if (c.kind === "blocker") return;
      const key = `${c.kind}|${folded(c.name)}`;
      if (seen.has(key)) return;
      seen.add(key);
      const m: Mention = { paragraph: p.key, kind: c.kind, name: c.name, start: c.start, end: c.end };
      if (c.id) m.id = c.id;
      if (footnote !== undefined) m.footnote = footnote;
      mentions.push(m);
    };
    for (const c of perParagraph[index] ?? []) take(c);
    for (const note of perFootnote[index] ?? []) for (const c of note.candidates) take(c, note.mark);
  });
  return mentions;
}
