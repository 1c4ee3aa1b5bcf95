// What one parsed document contributes to the graph, as plain rows: nodes with their keys and
// properties, and edges between keys. Both stores write exactly these facts, so they hold the same
// graph; the decisions (entity keys, which edges a reference makes, the derived RECALLS edge) are
// made here once.

import { SUBJECT_SCHEMES, type CountryRef, type Mention, type ResolutionDocument, type ResolutionMetadata, type SourceInfo, type Subject } from "../domain.js";
import { ENTITY_LABEL_OF, type EntityLabel } from "./model.js";
import { paragraphId } from "./port.js";

/** A document that contradicts itself (duplicate paragraph, reference from a missing paragraph). */
export class InconsistentDocumentError extends Error {
  constructor(symbol: string, reason: string) {
    super(`${symbol}: ${reason}`);
    this.name = "InconsistentDocumentError";
  }
}

export interface ResolutionFact {
  symbol: string;
  title: string;
  body: string;
  session: string | null;
  year: number | null;
  adoptedOn: string | null;
  meeting: string | null;
  voteMethod: string | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  sourcePath: string;
  sourceHash: string;
  /** akn | pdf | text: what the document was read from. */
  sourceFormat: string;
}

/** The Resolution properties a text writes (ResolutionFact's, but the key): a metadata write never touches them. */
export const TEXT_PROPERTIES = [
  "title",
  "body",
  "session",
  "year",
  "adoptedOn",
  "meeting",
  "voteMethod",
  "votesYes",
  "votesNo",
  "votesAbstain",
  "sourcePath",
  "sourceHash",
  "sourceFormat",
] as const satisfies readonly (keyof ResolutionFact)[];

/** A Subject node: keyed `<scheme>:<code>`. */
export interface SubjectFact {
  key: string;
  scheme: string;
  code: string;
  label: string;
}

export const subjectKey = (s: Pick<Subject, "scheme" | "key">): string => `${s.scheme}:${s.key}`;

/** Subjects as nodes, each key once (the first label given wins, as for entities). */
function subjectFacts(symbol: string, subjects: readonly Subject[]): SubjectFact[] {
  const byKey = new Map<string, SubjectFact>();
  for (const s of subjects) {
    // Both stores would refuse these (SQLite by its CHECKs): refused whole, before any write.
    if (!(SUBJECT_SCHEMES as readonly string[]).includes(s.scheme)) throw new InconsistentDocumentError(symbol, `unknown subject scheme ${JSON.stringify(s.scheme)}`);
    if (s.key === "") throw new InconsistentDocumentError(symbol, `a ${s.scheme} subject without a key`);
    const key = subjectKey(s);
    if (!byKey.has(key)) byKey.set(key, { key, scheme: s.scheme, code: s.key, label: s.label });
  }
  return [...byKey.values()];
}

/** The Resolution properties a metadata record writes; a text write never touches them. */
export interface MetadataPropertiesFact {
  /** The record's title, date (YYYY-MM-DD) and meeting: a stub's, where no text gives them. */
  metadataTitle: string | null;
  metadataAdoptedOn: string | null;
  metadataMeeting: string | null;
  adoptionType: string | null;
  originatingDocument: string | null;
  committee: string | null;
  agendaItem: string | null;
  verbatimRecord: string | null;
  metadataVotesYes: number | null;
  metadataVotesNo: number | null;
  metadataVotesAbstain: number | null;
  metadataPath: string;
  metadataHash: string;
}

export const METADATA_PROPERTIES = [
  "metadataTitle",
  "metadataAdoptedOn",
  "metadataMeeting",
  "adoptionType",
  "originatingDocument",
  "committee",
  "agendaItem",
  "verbatimRecord",
  "metadataVotesYes",
  "metadataVotesNo",
  "metadataVotesAbstain",
  "metadataPath",
  "metadataHash",
] as const satisfies readonly (keyof MetadataPropertiesFact)[];

/** What one metadata record contributes: properties of its resolution, and edges from states and to subjects. */
export interface MetadataFacts {
  symbol: string;
  properties: MetadataPropertiesFact;
  /** The states it names (sponsors and voters), each once: created if missing, never renamed. */
  countries: CountryRef[];
  /** Each state once: a state listed twice keeps its first listing. */
  sponsors: { country: string; additional: boolean }[];
  /** Each state once: its first listed vote. */
  votes: { country: string; vote: string }[];
  subjects: SubjectFact[];
}

export function metadataFacts(m: ResolutionMetadata, source: SourceInfo): MetadataFacts {
  const symbol = m.symbol.trim();
  if (symbol === "") throw new InconsistentDocumentError("(metadata)", "a metadata record without a symbol");
  const countries = new Map<string, CountryRef>();
  const sponsors = new Map<string, { country: string; additional: boolean }>();
  for (const s of m.sponsors) {
    if (!s.country) continue;
    if (!countries.has(s.country)) countries.set(s.country, { code: s.country, name: s.name });
    if (!sponsors.has(s.country)) sponsors.set(s.country, { country: s.country, additional: s.additional });
  }
  const votes = new Map<string, { country: string; vote: string }>();
  for (const v of m.votes) {
    if (!v.country) continue;
    if (v.vote !== "yes" && v.vote !== "no" && v.vote !== "abstain") throw new InconsistentDocumentError(symbol, `unknown vote ${JSON.stringify(v.vote)}`);
    if (!countries.has(v.country)) countries.set(v.country, { code: v.country, name: v.name });
    if (!votes.has(v.country)) votes.set(v.country, { country: v.country, vote: v.vote });
  }
  const text = (value: string | undefined): string | null => (value === undefined || value.trim() === "" ? null : value);
  const adoptedOn = text(m.adoptedOn);
  // Both stores would refuse it (SQLite by its CHECK; lists sort it as text): refused whole, before any write.
  if (adoptedOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(adoptedOn)) throw new InconsistentDocumentError(symbol, `adoption date ${JSON.stringify(adoptedOn)} is not YYYY-MM-DD`);
  return {
    symbol,
    properties: {
      metadataTitle: text(m.title),
      metadataAdoptedOn: adoptedOn,
      metadataMeeting: text(m.meeting),
      adoptionType: text(m.adoptionType),
      originatingDocument: text(m.originatingDocument),
      committee: text(m.committee),
      agendaItem: text(m.agendaItem),
      verbatimRecord: text(m.verbatimRecord),
      // All three or none, as the text's counts.
      metadataVotesYes: m.voteCounts?.yes ?? null,
      metadataVotesNo: m.voteCounts?.no ?? null,
      metadataVotesAbstain: m.voteCounts?.abstain ?? null,
      metadataPath: source.path,
      metadataHash: source.hash,
    },
    countries: [...countries.values()],
    sponsors: [...sponsors.values()],
    votes: [...votes.values()],
    subjects: subjectFacts(symbol, m.subjects),
  };
}

export interface ParagraphFact {
  key: string;
  label: string;
  kind: string;
  ordinal: number;
  verb: string;
  text: string;
  /** `mark: text` per footnote; the store keeps them as a list of strings. */
  footnotes: string[];
}

export interface EntityFact {
  label: EntityLabel;
  key: string;
  name: string;
  /** Laws: the state whose law it is. */
  country: string | null;
}

export interface RefersToFact {
  paragraph: string;
  seq: number;
  target: string;
  verb: string | null;
  date: string | null;
}

export interface CitesFact {
  paragraph: string;
  seq: number;
  document: string;
  verb: string | null;
}

export interface MentionFact {
  paragraph: string;
  seq: number;
  label: EntityLabel;
  key: string;
  start: number;
  end: number;
  surface: string;
  /** The mark of the paragraph's footnote the mention is in (offsets index its text); null in the paragraph's text. */
  footnote: string | null;
}

export interface RecallsFact {
  target: string;
  verbs: string[];
  paragraphs: string[];
}

export interface DocumentFacts {
  resolution: ResolutionFact;
  paragraphs: ParagraphFact[];
  entities: EntityFact[];
  refersTo: RefersToFact[];
  cites: CitesFact[];
  mentions: MentionFact[];
  recalls: RecallsFact[];
  concerns: CountryRef[];
  votes: { country: string; name: string; vote: string }[];
  /** Subjects the text classifies itself under (AKN): ABOUT edges with source "text". */
  subjects: SubjectFact[];
}

/** `A/HRC/RES/36/32` → `36`; `A/RES/80/4` → `80`; `A/HRC/RES/S-25/1` → `S-25`; SC and old GA: null. */
export function sessionOf(symbol: string): string | null {
  const m = /\/(?:RES|DEC)\/(S-\d+|ES-\d+|\d+)\/\d+/.exec(symbol);
  return m ? m[1]! : null;
}

/** The year of adoption, or of the SC symbol ("S/RES/242 (1967)") when the date is not given. */
export function yearOf(symbol: string, adoptedOn: string): number | null {
  if (adoptedOn) return Number(adoptedOn.slice(0, 4));
  const m = /\((\d{4})\)$/.exec(symbol);
  return m ? Number(m[1]) : null;
}

/** Laws of a state are keyed with it, so "Land Law" of Cambodia and of Kenya are two nodes. */
export function entityKey(mention: Pick<Mention, "kind" | "name" | "id">, lawCountry: string | null): string {
  if (mention.kind === "country") return mention.id ?? mention.name;
  if (mention.kind === "law" && lawCountry) return `${lawCountry}:${mention.name}`;
  return mention.name;
}

export function documentFacts(doc: ResolutionDocument, source: SourceInfo): DocumentFacts {
  const r = doc.resolution;
  const symbol = r.symbol;
  const concerns = doc.concerns ?? [];
  // A law named in a resolution about one state is taken to be that state's law.
  const lawCountry = concerns.length === 1 ? concerns[0]!.code : null;
  const verbOf = new Map(doc.paragraphs.map((p) => [p.key, p.verb]));
  const pid = (key: string) => paragraphId(symbol, key);

  const entities = new Map<string, EntityFact>();
  const mentions: MentionFact[] = [];
  const byKey = new Map(doc.paragraphs.map((p) => [p.key, p]));
  const textOf = (m: Mention): string => {
    const p = byKey.get(m.paragraph);
    if (m.footnote === undefined) return p?.text ?? "";
    // Both stores would keep such a mention, with no text to cut its surface from: refused whole.
    const note = p?.footnotes.find((f) => f.mark === m.footnote);
    if (!note) {
      throw new InconsistentDocumentError(symbol, `mention in footnote ${JSON.stringify(m.footnote)}, which paragraph ${JSON.stringify(m.paragraph)} does not carry`);
    }
    return note.text;
  };
  doc.mentions.forEach((m, seq) => {
    const label = ENTITY_LABEL_OF[m.kind];
    const key = entityKey(m, lawCountry);
    if (!entities.has(`${label}|${key}`)) {
      entities.set(`${label}|${key}`, { label, key, name: m.name, country: label === "Law" ? lawCountry : null });
    }
    const surface = textOf(m).slice(m.start, m.end);
    mentions.push({ paragraph: pid(m.paragraph), seq, label, key, start: m.start, end: m.end, surface, footnote: m.footnote ?? null });
  });
  for (const c of [...concerns, ...(doc.countryVotes ?? []).map((v) => ({ code: v.country, name: v.name }))]) {
    if (!entities.has(`Country|${c.code}`)) entities.set(`Country|${c.code}`, { label: "Country", key: c.code, name: c.name, country: null });
  }
  for (const e of entities.values()) {
    if (e.label === "Law" && e.country && !entities.has(`Country|${e.country}`)) {
      const state = concerns.find((c) => c.code === e.country);
      if (state) entities.set(`Country|${state.code}`, { label: "Country", key: state.code, name: state.name, country: null });
    }
  }

  const refersTo: RefersToFact[] = [];
  const cites: CitesFact[] = [];
  const recalls = new Map<string, RecallsFact>();
  doc.references.forEach((ref, seq) => {
    const verb = ref.verb ?? null;
    if (ref.kind === "document") {
      cites.push({ paragraph: pid(ref.paragraph), seq, document: ref.target, verb });
      return;
    }
    refersTo.push({ paragraph: pid(ref.paragraph), seq, target: ref.target, verb, date: ref.date ?? null });
    const edge = recalls.get(ref.target) ?? { target: ref.target, verbs: [], paragraphs: [] };
    const v = verbOf.get(ref.paragraph) ?? "";
    if (v && !edge.verbs.includes(v)) edge.verbs.push(v);
    if (!edge.paragraphs.includes(ref.paragraph)) edge.paragraphs.push(ref.paragraph);
    recalls.set(ref.target, edge);
  });

  return {
    resolution: {
      symbol,
      title: r.title,
      body: r.body,
      session: sessionOf(symbol),
      year: yearOf(symbol, r.adoptedOn),
      adoptedOn: r.adoptedOn || null,
      meeting: r.meeting || null,
      voteMethod: r.voteMethod || null,
      votesYes: r.votes?.yes ?? null,
      votesNo: r.votes?.no ?? null,
      votesAbstain: r.votes?.abstain ?? null,
      sourcePath: source.path,
      sourceHash: source.hash,
      sourceFormat: doc.format ?? "text",
    },
    paragraphs: doc.paragraphs.map((p) => ({
      key: pid(p.key),
      label: p.key,
      kind: p.kind,
      ordinal: p.ordinal,
      verb: p.verb,
      text: p.text,
      footnotes: p.footnotes.map((f) => `${f.mark}: ${f.text}`),
    })),
    entities: [...entities.values()],
    refersTo,
    cites,
    mentions,
    recalls: [...recalls.values()],
    concerns,
    // One vote per state, the first the text lists: a store keeps one row (SQLite) or edge (Neo4j)
    // per state and source, and both must keep the same one.
    votes: firstPerState(doc.countryVotes ?? []).map((v) => ({ country: v.country, name: v.name, vote: v.vote })),
    subjects: subjectFacts(symbol, doc.subjects ?? []),
  };
}

/** The first vote each state is listed with, in order. */
function firstPerState<V extends { country: string }>(votes: readonly V[]): V[] {
  const seen = new Set<string>();
  return votes.filter((v) => !seen.has(v.country) && (seen.add(v.country), true));
}
