// The port's records, built in one place from what either store reads back. Each engine aliases its
// columns or projections to the field names below and decodes only its own storage encodings (JSON
// text in SQLite, lists and Integers in Neo4j); the rules of the records themselves live here, so
// the two stores cannot drift: optional fields are absent (never `undefined` or null), and "" stands
// where the domain says "not given" and the store keeps nothing.
//
// Enumerated fields are written only from typed domain values, so reading them back as those types
// is sound; both schemas also guard the closed sets.

import type { AnalysisDocument, AnalysisQuote, Body, Footnote, ParagraphKind, ReferenceKind, SubjectScheme, VoteMethod } from "../domain.js";
import { MENTION_KIND_OF, NODE_LABELS, RELATIONSHIP_TYPES, type EntityLabel, type NodeLabel, type RelationshipType } from "./model.js";
import type {
  AnalysisQuoteRecord,
  AnalysisRecord,
  EntityRecord,
  GraphCounts,
  MentionRecord,
  ParagraphRecord,
  RecallEdge,
  ReferenceRecord,
  ResolutionMetadataRecord,
  ResolutionNode,
  ResolutionRecord,
  SubjectRecord,
} from "./port.js";

/** A resolution as read back: every property, null when not stored (a stub has only its symbol). */
export interface ResolutionFields {
  symbol: string;
  /** SQLite has no boolean: its flag comes back as 0 or 1. */
  stub: boolean | number | null;
  title: string | null;
  body: string | null;
  adoptedOn: string | null;
  meeting: string | null;
  voteMethod: string | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  sourcePath: string | null;
  sourceHash: string | null;
  /** Absent (undefined) where an engine's projection predates it; null when not stored. */
  sourceFormat?: string | null;
  metadataTitle?: string | null;
  metadataAdoptedOn?: string | null;
  metadataMeeting?: string | null;
  adoptionType?: string | null;
  originatingDocument?: string | null;
  committee?: string | null;
  agendaItem?: string | null;
  verbatimRecord?: string | null;
  metadataVotesYes?: number | null;
  metadataVotesNo?: number | null;
  metadataVotesAbstain?: number | null;
  metadataPath?: string | null;
  metadataHash?: string | null;
}

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** The metadata a resolution carries, or undefined when no metadata record is loaded for it. */
export function toMetadataRecord(r: ResolutionFields): ResolutionMetadataRecord | undefined {
  if (!present(r.metadataHash)) return undefined;
  const record: ResolutionMetadataRecord = { source: { path: r.metadataPath ?? "", hash: r.metadataHash } };
  if (present(r.metadataTitle)) record.title = r.metadataTitle;
  if (present(r.metadataAdoptedOn)) record.adoptedOn = r.metadataAdoptedOn;
  if (present(r.metadataMeeting)) record.meeting = r.metadataMeeting;
  if (present(r.adoptionType)) record.adoptionType = r.adoptionType;
  if (present(r.originatingDocument)) record.originatingDocument = r.originatingDocument;
  if (present(r.committee)) record.committee = r.committee;
  if (present(r.agendaItem)) record.agendaItem = r.agendaItem;
  if (present(r.verbatimRecord)) record.verbatimRecord = r.verbatimRecord;
  if (present(r.metadataVotesYes) && present(r.metadataVotesNo) && present(r.metadataVotesAbstain)) {
    record.votes = { yes: r.metadataVotesYes, no: r.metadataVotesNo, abstain: r.metadataVotesAbstain };
  }
  return record;
}

export const isLoaded = (r: Pick<ResolutionFields, "stub">): boolean => r.stub === false || r.stub === 0;

export function toResolutionRecord(r: ResolutionFields): ResolutionRecord {
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
  } else if (present(r.metadataVotesYes) && present(r.metadataVotesNo) && present(r.metadataVotesAbstain)) {
    // The metadata's counts stand in when the text gives none.
    record.votes = { yes: r.metadataVotesYes, no: r.metadataVotesNo, abstain: r.metadataVotesAbstain };
  }
  return record;
}

/** A stub is only its symbol (and its metadata, when loaded); a loaded resolution carries its record. */
export function toResolutionNode(r: ResolutionFields): ResolutionNode {
  const node: ResolutionNode = isLoaded(r) ? { symbol: r.symbol, stub: false, record: toResolutionRecord(r) } : { symbol: r.symbol, stub: true };
  const metadata = toMetadataRecord(r);
  if (metadata) node.metadata = metadata;
  return node;
}

export interface SubjectFields {
  key: string;
  scheme: string;
  code: string;
  label: string;
}

export const toSubjectRecord = (s: SubjectFields): SubjectRecord => ({ id: s.key, scheme: s.scheme as SubjectScheme, key: s.code, label: s.label });

export interface ParagraphFields {
  id: string;
  resolution: string;
  key: string;
  kind: string;
  ordinal: number;
  verb: string;
  text: string;
  footnotes: readonly Footnote[];
}

export function toParagraphRecord(p: ParagraphFields): ParagraphRecord {
  return {
    id: p.id,
    resolution: p.resolution,
    key: p.key,
    kind: p.kind as ParagraphKind,
    ordinal: p.ordinal,
    verb: p.verb,
    text: p.text,
    footnotes: p.footnotes.map(({ mark, text }) => ({ mark, text })),
  };
}

export interface ReferenceFields {
  /** Symbol of the citing resolution. */
  citing: string;
  paragraphId: string;
  /** The citing paragraph's key within its resolution. */
  paragraph: string;
  kind: string;
  target: string;
  verb: string | null;
  date: string | null;
}

export function toReferenceRecord(row: ReferenceFields): ReferenceRecord {
  const record: ReferenceRecord = {
    from: row.citing,
    paragraphId: row.paragraphId,
    paragraph: row.paragraph,
    kind: row.kind as ReferenceKind,
    target: row.target,
  };
  if (row.verb !== null) record.verb = row.verb;
  if (row.date !== null) record.date = row.date;
  return record;
}

export interface MentionFields {
  paragraphId: string;
  paragraph: string;
  label: string;
  key: string;
  /** The entity's name: the graph keeps it on the node, not on the edge. */
  name: string;
  startOffset: number;
  endOffset: number;
  /** Null for a mention in the paragraph's own text. */
  footnote: string | null;
}

/** A country's ISO code is its key, and what the domain calls a mention's `id`; other entities have none. */
export function toMentionRecord(row: MentionFields): MentionRecord {
  const label = row.label as EntityLabel;
  const record: MentionRecord = {
    paragraphId: row.paragraphId,
    paragraph: row.paragraph,
    kind: MENTION_KIND_OF[label],
    name: row.name,
    start: row.startOffset,
    end: row.endOffset,
    entity: { label, key: row.key },
  };
  if (label === "Country") record.id = row.key;
  if (row.footnote !== null && row.footnote !== undefined) record.footnote = row.footnote;
  return record;
}

export interface EntityFields {
  label: string;
  key: string;
  name: string;
  country: string | null;
}

export function toEntityRecord(row: EntityFields): EntityRecord {
  const record: EntityRecord = { label: row.label as EntityLabel, key: row.key, name: row.name };
  if (row.country !== null && row.country !== undefined) record.country = row.country;
  return record;
}

export interface RecallFields {
  recaller: string;
  recalled: string;
  verbs: readonly string[];
  paragraphs: readonly string[];
}

export const toRecallEdge = (e: RecallFields): RecallEdge => ({ from: e.recaller, to: e.recalled, verbs: [...e.verbs], paragraphs: [...e.paragraphs] });

export interface QuoteFields {
  section: string;
  text: string;
  paragraphId: string | null;
  score: number | null;
}

export function toQuoteRecord(q: QuoteFields): AnalysisQuoteRecord {
  const record: AnalysisQuoteRecord = { section: q.section as AnalysisQuote["section"], text: q.text };
  if (q.paragraphId !== null && q.score !== null) {
    record.paragraphId = q.paragraphId;
    record.score = q.score;
  }
  return record;
}

export interface AnalysisFields {
  key: string;
  title: string;
  body: string;
  sessionType: string;
  agendaItem: string;
  countryConcerned: string;
  summary: readonly string[];
  sponsors: readonly string[];
  votes: NonNullable<AnalysisDocument["votes"]> | null;
  sourcePath: string;
  sourceHash: string;
  /** The linked resolution and the link's score; null when the page is not linked. */
  resolution: string | null;
  score: number | null;
}

export function toAnalysisRecord(a: AnalysisFields, quotes: readonly QuoteFields[]): AnalysisRecord {
  const record: AnalysisRecord = {
    key: a.key,
    title: a.title,
    body: a.body,
    sessionType: a.sessionType,
    agendaItem: a.agendaItem,
    countryConcerned: a.countryConcerned,
    summary: [...a.summary],
    sponsors: [...a.sponsors],
    source: { path: a.sourcePath, hash: a.sourceHash },
    quotes: quotes.map(toQuoteRecord),
  };
  if (a.votes !== null) record.votes = { ...a.votes };
  if (a.resolution !== null && a.score !== null) {
    record.resolution = a.resolution;
    record.score = a.score;
  }
  return record;
}

/**
 * Node and relationship counts in the model's order (labels, then types, as model.ts lists them),
 * whatever order the engine returned them in: a map's key order is part of the answer.
 */
export function toGraphCounts(nodes: Readonly<Record<string, number>>, relationships: Readonly<Record<string, number>>): GraphCounts {
  return {
    nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, nodes[l] ?? 0])) as Record<NodeLabel, number>,
    relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, relationships[t] ?? 0])) as Record<RelationshipType, number>,
  };
}
