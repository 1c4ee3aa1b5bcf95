// The data half of migration v3: a v2 database holds resolutions, paragraphs, references and
// mentions, but none of the graph derived from them (stubs, documents, entities, RECALLS). Each
// v2 resolution is read back as the document it was written from and written again through
// documentFacts, exactly like an ingest, so a migrated graph obeys the same rules as a fresh one.
//
// What v2 never stored cannot be derived: the states a resolution concerns and recorded votes
// (and so the country part of law keys). The migrated rows get their source hash prefixed with
// `v2:`, so the next ingest of the same file does not skip it as unchanged but replaces it, with
// the full facts.

import type Database from "better-sqlite3";
import type {
  Body,
  Footnote,
  MentionKind,
  ParagraphKind,
  ReferenceKind,
  ResolutionDocument,
  VoteMethod,
} from "../../domain.js";
import { DocumentWriter } from "../features/documents/sqlite.js";

/** Prefix marking a source hash carried over from a v2 database (see above). */
export const V2_HASH_PREFIX = "v2:";

interface V2Resolution {
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

// Migration-only SQL: it reads tables that exist only during this migration, so it lives here
// rather than among the store's statements.
const V2_RESOLUTIONS = `SELECT symbol, title, body, adopted_on, meeting, vote_method, votes_yes, votes_no,
  votes_abstain, source_path, source_hash FROM v2_resolutions ORDER BY symbol`;
const V2_PARAGRAPHS = `SELECT key, kind, ordinal, verb, text, footnotes FROM v2_paragraphs
WHERE resolution = ? ORDER BY ordinal`;
const V2_REFS = `SELECT p.key AS paragraph, r.kind, r.target, r.verb, r.date FROM v2_refs AS r
JOIN v2_paragraphs AS p ON p.id = r.paragraph_id WHERE p.resolution = ? ORDER BY r.seq`;
const V2_MENTIONS = `SELECT p.key AS paragraph, m.kind, m.name, m.entity_id, m.start_offset, m.end_offset
FROM v2_mentions AS m JOIN v2_paragraphs AS p ON p.id = m.paragraph_id WHERE p.resolution = ? ORDER BY m.seq`;
const DROP_V2 = `DROP TABLE v2_mentions; DROP TABLE v2_refs; DROP TABLE v2_paragraphs; DROP TABLE v2_resolutions;`;

function readDocument(db: Database.Database, row: V2Resolution): ResolutionDocument {
  const paragraphs = db
    .prepare<[string], { key: string; kind: string; ordinal: number; verb: string; text: string; footnotes: string }>(V2_PARAGRAPHS)
    .all(row.symbol);
  const refs = db
    .prepare<[string], { paragraph: string; kind: string; target: string; verb: string | null; date: string | null }>(V2_REFS)
    .all(row.symbol);
  const mentions = db
    .prepare<[string], { paragraph: string; kind: string; name: string; entity_id: string | null; start_offset: number; end_offset: number }>(
      V2_MENTIONS,
    )
    .all(row.symbol);
  const doc: ResolutionDocument = {
    resolution: {
      symbol: row.symbol,
      title: row.title,
      body: row.body as Body,
      adoptedOn: row.adopted_on,
      meeting: row.meeting,
      voteMethod: row.vote_method as VoteMethod,
    },
    paragraphs: paragraphs.map((p) => ({
      key: p.key,
      kind: p.kind as ParagraphKind,
      ordinal: p.ordinal,
      verb: p.verb,
      text: p.text,
      footnotes: JSON.parse(p.footnotes) as Footnote[],
    })),
    references: refs.map((r) => ({
      paragraph: r.paragraph,
      kind: r.kind as ReferenceKind,
      target: r.target,
      ...(r.verb !== null ? { verb: r.verb } : {}),
      ...(r.date !== null ? { date: r.date } : {}),
    })),
    mentions: mentions.map((m) => ({
      paragraph: m.paragraph,
      kind: m.kind as MentionKind,
      name: m.name,
      ...(m.entity_id !== null ? { id: m.entity_id } : {}),
      start: m.start_offset,
      end: m.end_offset,
    })),
  };
  if (row.votes_yes !== null && row.votes_no !== null && row.votes_abstain !== null) {
    doc.resolution.votes = { yes: row.votes_yes, no: row.votes_no, abstain: row.votes_abstain };
  }
  return doc;
}

/**
 * Runs inside the migration transaction, after the v3 DDL renamed the v2 tables to v2_* and after
 * every later migration's DDL: it writes through today's DocumentWriter, whose statements need
 * today's tables. A database without v2 rows needs no writer at all.
 */
export function migrateV2Documents(db: Database.Database): void {
  const rows = db.prepare<[], V2Resolution>(V2_RESOLUTIONS).all();
  if (rows.length > 0) {
    const writer = new DocumentWriter(db);
    for (const row of rows) writer.write(readDocument(db, row), { path: row.source_path, hash: `${V2_HASH_PREFIX}${row.source_hash}` });
  }
  db.exec(DROP_V2);
}
