// The shapes rows have in SQLite and their mapping to and from the domain records of the port.
// Optional domain fields are NULL in the database and absent (not `undefined`) in records, so that
// a record read back is structurally identical to the document written.

import type {
  AnalysisDocument,
  AnalysisQuote,
  Body,
  Footnote,
  ParagraphKind,
  ReferenceKind,
  SourceInfo,
  VoteMethod,
} from "../../domain.js";
import { MENTION_KIND_OF, type EntityLabel } from "../model.js";
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

export interface ResolutionRow {
  symbol: string;
  title: string;
  body: string;
  adopted_on: string;
  meeting: string;
  vote_method: string;
  votes_yes: number | null;
  votes_no: number | null;
  votes_abstain: number | null;
  source_path: string;
  source_hash: string;
}

export interface ParagraphRow {
  id: string;
  resolution: string;
  key: string;
  kind: string;
  ordinal: number;
  verb: string;
  text: string;
  footnotes: string;
}

export interface ReferenceRow {
  paragraph_id: string;
  seq: number;
  kind: string;
  target: string;
  verb: string | null;
  date: string | null;
  resolution: string;
  paragraph_key: string;
}

export interface MentionRow {
  paragraph_id: string;
  seq: number;
  label: string;
  entity_key: string;
  name: string;
  start_offset: number;
  end_offset: number;
  footnote: string | null;
  paragraph_key: string;
}

/** A row of `resolutions` as the graph sees it: a stub has only its symbol. */
export type ResolutionNodeRow = { stub: number } & (
  | ResolutionRow
  | { [K in keyof ResolutionRow]: K extends "symbol" ? string : ResolutionRow[K] | null }
);

// Enumerated columns are written only from typed domain values, so reading them back as those
// types is sound; CHECK constraints guard the closed sets that the schema fixes.

export function toResolutionRecord(row: ResolutionRow): ResolutionRecord {
  const record: ResolutionRecord = {
    symbol: row.symbol,
    title: row.title,
    body: row.body as Body,
    adoptedOn: row.adopted_on,
    meeting: row.meeting,
    voteMethod: row.vote_method as VoteMethod,
    source: { path: row.source_path, hash: row.source_hash },
  };
  if (row.votes_yes !== null && row.votes_no !== null && row.votes_abstain !== null) {
    record.votes = { yes: row.votes_yes, no: row.votes_no, abstain: row.votes_abstain };
  }
  return record;
}

export function toParagraphRecord(row: ParagraphRow): ParagraphRecord {
  return {
    id: row.id,
    resolution: row.resolution,
    key: row.key,
    kind: row.kind as ParagraphKind,
    ordinal: row.ordinal,
    verb: row.verb,
    text: row.text,
    footnotes: JSON.parse(row.footnotes) as Footnote[],
  };
}

export function toReferenceRecord(row: ReferenceRow): ReferenceRecord {
  const record: ReferenceRecord = {
    from: row.resolution,
    paragraphId: row.paragraph_id,
    paragraph: row.paragraph_key,
    kind: row.kind as ReferenceKind,
    target: row.target,
  };
  if (row.verb !== null) record.verb = row.verb;
  if (row.date !== null) record.date = row.date;
  return record;
}

/** A country's id is its entity key (ISO alpha-3); other kinds have none. */
export function toMentionRecord(row: MentionRow): MentionRecord {
  const label = row.label as EntityLabel;
  const record: MentionRecord = {
    paragraphId: row.paragraph_id,
    paragraph: row.paragraph_key,
    kind: MENTION_KIND_OF[label],
    name: row.name,
    start: row.start_offset,
    end: row.end_offset,
    entity: { label, key: row.entity_key },
  };
  if (label === "Country") record.id = row.entity_key;
  if (row.footnote !== null) record.footnote = row.footnote;
  return record;
}

export function toResolutionNode(row: ResolutionNodeRow): ResolutionNode {
  if (row.stub === 1) return { symbol: row.symbol, stub: true };
  return { symbol: row.symbol, stub: false, record: toResolutionRecord(row as ResolutionRow) };
}

export interface EntityRow {
  label: string;
  key: string;
  name: string;
  country: string | null;
}

export function toEntityRecord(row: EntityRow): EntityRecord {
  const record: EntityRecord = { label: row.label as EntityLabel, key: row.key, name: row.name };
  if (row.country !== null) record.country = row.country;
  return record;
}

export interface AnalysisRow {
  key: string;
  title: string;
  body: string;
  session_type: string;
  agenda_item: string;
  country_concerned: string;
  summary: string;
  sponsors: string;
  votes: string | null;
  source_path: string;
  source_hash: string;
  resolution: string | null;
  score: number | null;
}

export interface QuoteRow {
  analysis_key: string;
  seq: number;
  section: string;
  text: string;
  paragraph_id: string | null;
  score: number | null;
}

export interface AnalysisParams {
  key: string;
  title: string;
  body: string;
  sessionType: string;
  agendaItem: string;
  countryConcerned: string;
  summary: string;
  sponsors: string;
  votes: string | null;
  sourcePath: string;
  sourceHash: string;
}

export function analysisParams(key: string, a: AnalysisDocument, source: SourceInfo): AnalysisParams {
  return {
    key,
    title: a.title,
    body: a.body,
    sessionType: a.sessionType,
    agendaItem: a.agendaItem,
    countryConcerned: a.countryConcerned,
    summary: JSON.stringify(a.summary),
    sponsors: JSON.stringify(a.sponsors),
    votes: a.votes ? JSON.stringify(a.votes) : null,
    sourcePath: source.path,
    sourceHash: source.hash,
  };
}

export function toQuoteRecord(row: QuoteRow): AnalysisQuoteRecord {
  const record: AnalysisQuoteRecord = { section: row.section as AnalysisQuote["section"], text: row.text };
  if (row.paragraph_id !== null && row.score !== null) {
    record.paragraphId = row.paragraph_id;
    record.score = row.score;
  }
  return record;
}

export function toAnalysisRecord(row: AnalysisRow, quotes: AnalysisQuoteRecord[]): AnalysisRecord {
  const record: AnalysisRecord = {
    key: row.key,
    title: row.title,
    body: row.body,
    sessionType: row.session_type,
    agendaItem: row.agenda_item,
    countryConcerned: row.country_concerned,
    summary: JSON.parse(row.summary) as string[],
    sponsors: JSON.parse(row.sponsors) as string[],
    source: { path: row.source_path, hash: row.source_hash },
    quotes,
  };
  if (row.votes !== null) record.votes = JSON.parse(row.votes) as NonNullable<AnalysisDocument["votes"]>;
  if (row.resolution !== null && row.score !== null) {
    record.resolution = row.resolution;
    record.score = row.score;
  }
  return record;
}
