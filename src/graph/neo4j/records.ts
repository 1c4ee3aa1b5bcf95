// The shapes values have on the way into and out of Neo4j, and their mapping to the domain records
// of the port. Records must be structurally identical to SqliteStore's: optional fields are absent
// (never `undefined` or null), "" where the domain says "not given" and the graph stores no property.
//
// Integers: the driver sends a JS number as a FLOAT, which would store `ordinal: 3.0` and make
// `LIMIT $n` fail, so every INTEGER of the model goes out as a driver Integer (`int`). On the way
// back the driver is opened with `disableLosslessIntegers`, so integers arrive as JS numbers.

import { int, type Integer } from "neo4j-driver";
import type {
  AnalysisDocument,
  AnalysisQuote,
  Body,
  Footnote,
  ParagraphKind,
  SourceInfo,
  VoteMethod,
} from "../../domain.js";
import type { DocumentFacts, EntityFact } from "../facts.js";
import { ENTITY_LABELS, MENTION_KIND_OF, type EntityLabel } from "../model.js";
import type {
  AnalysisQuoteRecord,
  AnalysisRecord,
  EntityRecord,
  MentionRecord,
  ParagraphRecord,
  ReferenceRecord,
  ResolutionNode,
  ResolutionRecord,
} from "../port.js";

export type CypherInt = Integer;
const i = (n: number): CypherInt => int(n);
const iOrNull = (n: number | null | undefined): CypherInt | null => (n === null || n === undefined ? null : int(n));

// --- out: parameters built from the facts (facts.ts decides WHAT is written; this only types it) --

export interface DocumentParams {
  symbol: string;
  resolution: Record<string, string | CypherInt | null>;
  paragraphs: Array<{ key: string; label: string; kind: string; ordinal: CypherInt; verb: string; text: string; footnotes: string[] }>;
  refs: Array<{ paragraph: string; seq: CypherInt; target: string; verb: string | null; date: string | null }>;
  cites: Array<{ paragraph: string; seq: CypherInt; document: string; verb: string | null }>;
  entities: Record<EntityLabel, Array<{ key: string; name: string; country: string | null }>>;
  mentions: Record<
    EntityLabel,
    Array<{ paragraph: string; key: string; seq: CypherInt; start: CypherInt; end: CypherInt; surface: string; footnote: string | null }>
  >;
  recalls: Array<{ target: string; verbs: string[]; paragraphs: string[] }>;
  countries: string[];
  votes: Array<{ country: string; vote: string }>;
  laws: Array<{ key: string; country: string }>;
}

const perEntityLabel = <T>(): Record<EntityLabel, T[]> =>
  Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as T[]])) as unknown as Record<EntityLabel, T[]>;

export function documentParams(facts: DocumentFacts): DocumentParams {
  const r = facts.resolution;
  const entities = perEntityLabel<{ key: string; name: string; country: string | null }>();
  for (const e of facts.entities) entities[e.label].push({ key: e.key, name: e.name, country: e.country });
  const mentions = perEntityLabel<DocumentParams["mentions"][EntityLabel][number]>();
  for (const m of facts.mentions) {
    mentions[m.label].push({ paragraph: m.paragraph, key: m.key, seq: i(m.seq), start: i(m.start), end: i(m.end), surface: m.surface, footnote: m.footnote });
  }
  return {
    symbol: r.symbol,
    resolution: {
      title: r.title,
      body: r.body,
      session: r.session,
      year: iOrNull(r.year),
      adoptedOn: r.adoptedOn,
      meeting: r.meeting,
      voteMethod: r.voteMethod,
      votesYes: iOrNull(r.votesYes),
      votesNo: iOrNull(r.votesNo),
      votesAbstain: iOrNull(r.votesAbstain),
      sourcePath: r.sourcePath,
      sourceHash: r.sourceHash,
    },
    paragraphs: facts.paragraphs.map((p) => ({ ...p, ordinal: i(p.ordinal), footnotes: [...p.footnotes] })),
    refs: facts.refersTo.map((x) => ({ paragraph: x.paragraph, seq: i(x.seq), target: x.target, verb: x.verb, date: x.date })),
    cites: facts.cites.map((x) => ({ paragraph: x.paragraph, seq: i(x.seq), document: x.document, verb: x.verb })),
    entities,
    mentions,
    recalls: facts.recalls.map((x) => ({ target: x.target, verbs: [...x.verbs], paragraphs: [...x.paragraphs] })),
    countries: facts.concerns.map((c) => c.code),
    votes: facts.votes.map((v) => ({ country: v.country, vote: v.vote })),
    laws: facts.entities
      .filter((e): e is EntityFact & { country: string } => e.label === "Law" && e.country !== null)
      .map((e) => ({ key: e.key, country: e.country })),
  };
}

export interface AnalysisParams {
  key: string;
  analysis: Record<string, string | string[] | CypherInt | null>;
  quotes: Array<{ key: string; seq: CypherInt; section: string; text: string }>;
}

/** Quotes are keyed `<analysis key>#<n>`, n their position on the page. */
export const quoteKey = (analysisKey: string, seq: number): string => `${analysisKey}#${seq}`;

export function analysisParams(key: string, a: AnalysisDocument, source: SourceInfo): AnalysisParams {
  return {
    key,
    analysis: {
      title: a.title,
      body: a.body,
      sessionType: a.sessionType,
      agendaItem: a.agendaItem,
      countryConcerned: a.countryConcerned,
      summary: [...a.summary],
      sponsors: [...a.sponsors],
      votesYes: iOrNull(a.votes?.yes),
      votesNo: iOrNull(a.votes?.no),
      votesAbstain: iOrNull(a.votes?.abstain),
      votesAbsent: iOrNull(a.votes?.absent),
      sourcePath: source.path,
      sourceHash: source.hash,
    },
    quotes: a.quotes.map((q, seq) => ({ key: quoteKey(key, seq), seq: i(seq), section: q.section, text: q.text })),
  };
}

// --- in: rows as the statements in cypher.ts return them -----------------------------------------

/** `r {.*model properties}`: every property present, null when not stored. */
export interface ResolutionProps {
  symbol: string;
  stub: boolean | null;
  title: string | null;
  body: string | null;
  session: string | null;
  year: number | null;
  adoptedOn: string | null;
  meeting: string | null;
  voteMethod: string | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  sourcePath: string | null;
  sourceHash: string | null;
}

export interface ParagraphProps {
  key: string;
  label: string;
  kind: string;
  ordinal: number;
  verb: string;
  text: string;
  footnotes: string[] | null;
}

export interface ReferenceRow {
  paragraphId: string;
  citing: string;
  paragraph: string;
  toDocument: boolean;
  target: string;
  verb: string | null;
  date: string | null;
  seq: number;
}

export interface MentionRow {
  paragraphId: string;
  paragraph: string;
  label: EntityLabel;
  key: string;
  name: string;
  start: number;
  end: number;
  seq: number;
  /** Absent (null) for a mention in the paragraph's own text. */
  footnote: string | null;
}

export interface AnalysisProps {
  key: string;
  title: string;
  body: string;
  sessionType: string;
  agendaItem: string;
  countryConcerned: string;
  summary: string[] | null;
  sponsors: string[] | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  votesAbsent: number | null;
  score: number | null;
  sourcePath: string;
  sourceHash: string;
}

export interface AnalysisRow {
  analysis: AnalysisProps;
  resolution: string | null;
  score: number | null;
  quotes: Array<{ section: string; text: string; paragraphId: string | null; score: number | null }>;
}

// Enumerated properties are written only from typed domain values, so reading them back as those
// types is sound.

export function toResolutionRecord(r: ResolutionProps): ResolutionRecord {
  const record: ResolutionRecord = {
    symbol: r.symbol,
    title: r.title ?? "",
    body: (r.body ?? "") as Body,
    adoptedOn: r.adoptedOn ?? "",
    meeting: r.meeting ?? "",
    voteMethod: (r.voteMethod ?? "") as VoteMethod,
    source: { path: r.sourcePath ?? "", hash: r.sourceHash ?? "" },
  };
  if (r.votesYes !== null && r.votesNo !== null && r.votesAbstain !== null) {
    record.votes = { yes: r.votesYes, no: r.votesNo, abstain: r.votesAbstain };
  }
  return record;
}

/** A stub has `stub: true` and only its symbol. */
export const isLoaded = (r: ResolutionProps): boolean => r.stub === false;

export function toResolutionNode(r: ResolutionProps): ResolutionNode {
  return isLoaded(r) ? { symbol: r.symbol, stub: false, record: toResolutionRecord(r) } : { symbol: r.symbol, stub: true };
}

/** Footnotes are stored as `mark: text` (facts.ts); the mark never holds ": ", the text may. */
export function parseFootnote(stored: string): Footnote {
  const at = stored.indexOf(": ");
  return at < 0 ? { mark: stored, text: "" } : { mark: stored.slice(0, at), text: stored.slice(at + 2) };
}

export function toParagraphRecord(resolution: string, p: ParagraphProps): ParagraphRecord {
  return {
    id: p.key,
    resolution,
    key: p.label,
    kind: p.kind as ParagraphKind,
    ordinal: p.ordinal,
    verb: p.verb,
    text: p.text,
    footnotes: (p.footnotes ?? []).map(parseFootnote),
  };
}

export function toReferenceRecord(row: ReferenceRow): ReferenceRecord {
  const record: ReferenceRecord = {
    from: row.citing,
    paragraphId: row.paragraphId,
    paragraph: row.paragraph,
    kind: row.toDocument ? "document" : "resolution",
    target: row.target,
  };
  if (row.verb !== null) record.verb = row.verb;
  if (row.date !== null) record.date = row.date;
  return record;
}

/** A country's ISO code is its key, and what the domain calls a mention's `id`; other entities have none. */
export function toMentionRecord(row: MentionRow): MentionRecord {
  const record: MentionRecord = {
    paragraphId: row.paragraphId,
    paragraph: row.paragraph,
    kind: MENTION_KIND_OF[row.label],
    name: row.name,
    start: row.start,
    end: row.end,
    entity: { label: row.label, key: row.key },
  };
  if (row.label === "Country") record.id = row.key;
  if (row.footnote !== null && row.footnote !== undefined) record.footnote = row.footnote;
  return record;
}

export function toEntityRecord(label: EntityLabel, key: string, name: string, country: string | null): EntityRecord {
  const record: EntityRecord = { label, key, name };
  if (country !== null) record.country = country;
  return record;
}

function toQuoteRecord(q: AnalysisRow["quotes"][number]): AnalysisQuoteRecord {
  const record: AnalysisQuoteRecord = { section: q.section as AnalysisQuote["section"], text: q.text };
  if (q.paragraphId !== null && q.score !== null) {
    record.paragraphId = q.paragraphId;
    record.score = q.score;
  }
  return record;
}

export function toAnalysisRecord(row: AnalysisRow): AnalysisRecord {
  const a = row.analysis;
  const record: AnalysisRecord = {
    key: a.key,
    title: a.title,
    body: a.body,
    sessionType: a.sessionType,
    agendaItem: a.agendaItem,
    countryConcerned: a.countryConcerned,
    summary: a.summary ?? [],
    sponsors: a.sponsors ?? [],
    source: { path: a.sourcePath, hash: a.sourceHash },
    quotes: row.quotes.map(toQuoteRecord),
  };
  if (a.votesYes !== null && a.votesNo !== null && a.votesAbstain !== null && a.votesAbsent !== null) {
    record.votes = { yes: a.votesYes, no: a.votesNo, abstain: a.votesAbstain, absent: a.votesAbsent };
  }
  if (row.resolution !== null && row.score !== null) {
    record.resolution = row.resolution;
    record.score = row.score;
  }
  return record;
}
