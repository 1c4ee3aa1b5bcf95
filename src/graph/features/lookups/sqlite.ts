// Lookups by key on SQLite: what DataLoader batches ask for (resolutions, paragraphs, references,
// mentions, entities, citing paragraphs). Each takes its keys as ONE JSON array parameter expanded
// by json_each: one query per call whatever the key count, and no SQLITE_MAX_VARIABLE_NUMBER limit.

import type Database from "better-sqlite3";
import type { Footnote } from "../../../domain.js";
import { manyPerKey, onePerKey, pairKey } from "../../per-key.js";
import type {
  CitationTarget,
  CitingParagraph,
  EntityRecord,
  EntityRef,
  MentionRecord,
  ParagraphRecord,
  ReferenceRecord,
  ResolutionNode,
  ResolutionRecord,
} from "../../port.js";
import {
  toEntityRecord,
  toMentionRecord,
  toParagraphRecord,
  toReferenceRecord,
  toResolutionNode,
  toResolutionRecord,
  type EntityFields,
  type MentionFields,
  type ParagraphFields,
  type ReferenceFields,
  type ResolutionFields,
} from "../../records.js";
import { decodeJson, keysParam, pairsParam, prepare, REF_KIND, sql, type Prepared } from "../../sqlite/sql.js";

/** The columns of a resolution under the names of records.ts (ResolutionFields). */
export const RESOLUTION_COLUMNS = `symbol, stub, title, body, adopted_on AS adoptedOn, meeting, vote_method AS voteMethod,
  votes_yes AS votesYes, votes_no AS votesNo, votes_abstain AS votesAbstain, source_path AS sourcePath, source_hash AS sourceHash,
  source_format AS sourceFormat, metadata_title AS metadataTitle, metadata_adopted_on AS metadataAdoptedOn,
  metadata_meeting AS metadataMeeting, adoption_type AS adoptionType, originating_document AS originatingDocument, committee,
  agenda_item AS agendaItem, verbatim_record AS verbatimRecord, metadata_votes_yes AS metadataVotesYes,
  metadata_votes_no AS metadataVotesNo, metadata_votes_abstain AS metadataVotesAbstain, metadata_path AS metadataPath,
  metadata_hash AS metadataHash`;

/** A paragraph's columns as ParagraphFields, footnotes still JSON text (see paragraphOf). */
export const PARAGRAPH_COLUMNS = `p.id, p.resolution, p.key, p.kind, p.ordinal, p.verb, p.text, p.footnotes`;

/** A paragraph's symbol and key come from the join, so that records need not parse ids. */
const REFERENCE_COLUMNS = `r.paragraph_id AS paragraphId, r.kind, r.target, r.verb, r.date,
  p.resolution AS citing, p.key AS paragraph`;

/** A mention's name is its entity's: the graph keeps the name on the node, not on the edge. */
const MENTION_COLUMNS = `m.paragraph_id AS paragraphId, m.label, m.entity_key AS key, e.name,
  m.start_offset AS startOffset, m.end_offset AS endOffset, m.footnote, p.key AS paragraph`;

const KEYS = ['["k"]'];

/** The batched reads, each taking one parameter: a JSON array of keys. */
export const BATCHED_READS = {
  resolutionsBySymbols: sql(
    `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?)) AND NOT stub`,
    KEYS,
  ),
  resolutionNodes: sql(
    `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?))`,
    KEYS,
  ),
  paragraphsOfResolutions: sql(
    `SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs AS p
WHERE p.resolution IN (SELECT value FROM json_each(?))
ORDER BY p.resolution, p.ordinal`,
    KEYS,
  ),
  paragraphsByIds: sql(
    `SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs AS p
WHERE p.id IN (SELECT value FROM json_each(?))`,
    KEYS,
  ),
  referencesFromParagraphs: sql(
    `SELECT ${REFERENCE_COLUMNS} FROM refs AS r
JOIN paragraphs AS p ON p.id = r.paragraph_id
WHERE r.paragraph_id IN (SELECT value FROM json_each(?))
ORDER BY r.paragraph_id, r.seq`,
    KEYS,
  ),
  referencesToTargets: sql(
    `SELECT ${REFERENCE_COLUMNS} FROM refs AS r
JOIN paragraphs AS p ON p.id = r.paragraph_id
WHERE r.target IN (SELECT value FROM json_each(?))
ORDER BY r.target, p.resolution, p.ordinal, r.seq`,
    KEYS,
  ),
  mentionsInParagraphs: sql(
    `SELECT ${MENTION_COLUMNS} FROM mentions AS m
JOIN paragraphs AS p ON p.id = m.paragraph_id
JOIN entities AS e ON e.label = m.label AND e.key = m.entity_key
WHERE m.paragraph_id IN (SELECT value FROM json_each(?))
ORDER BY m.paragraph_id, m.footnote IS NOT NULL, CASE WHEN m.footnote IS NULL THEN m.start_offset ELSE m.seq END, m.seq`,
    KEYS,
  ),
} as const;

export type BatchedRead = keyof typeof BATCHED_READS;

const TARGET_PARAMS = {
  resolutionLabel: "Resolution",
  documentLabel: "Document",
  resolutionKind: REF_KIND.REFERS_TO,
  documentKind: REF_KIND.CITES,
};

export const LOOKUP_SQL = {
  ...BATCHED_READS,
  /** Resolutions and analysis pages alike, each through its hash index. */
  symbolForSourceHash: sql(
    `SELECT symbol FROM (
  SELECT symbol FROM resolutions WHERE source_hash = @hash
  UNION ALL SELECT key FROM analyses WHERE source_hash = @hash
) ORDER BY symbol LIMIT 1`,
    [{ hash: "h" }],
  ),
  entitiesByKeys: sql(
    `SELECT e.label, e.key, e.name, e.country
FROM (SELECT DISTINCT value ->> 0 AS label, value ->> 1 AS key FROM json_each(?)) AS k
JOIN entities AS e ON e.label = k.label AND e.key = k.key`,
    ['[["Country","k"]]'],
  ),
  /**
   * One paragraph once per target, whatever the number of references or mentions in it. CROSS JOIN
   * pins the join order: the few hits drive the paragraph lookups, never a paragraph scan.
   */
  citingParagraphs: sql(
    `WITH t AS (SELECT DISTINCT value ->> 0 AS label, value ->> 1 AS key FROM json_each(@targets)),
hits AS (
  SELECT t.label, t.key, x.paragraph_id FROM t
  JOIN refs AS x ON x.target = t.key AND x.kind = @resolutionKind
  WHERE t.label = @resolutionLabel
  UNION
  SELECT t.label, t.key, x.paragraph_id FROM t
  JOIN refs AS x ON x.target = t.key AND x.kind = @documentKind
  WHERE t.label = @documentLabel
  UNION
  SELECT t.label, t.key, m.paragraph_id FROM t
  JOIN mentions AS m ON m.label = t.label AND m.entity_key = t.key
)
SELECT h.label, h.key, p.resolution, p.id AS paragraphId
FROM hits AS h
CROSS JOIN paragraphs AS p ON p.id = h.paragraph_id
JOIN resolutions AS r ON r.symbol = p.resolution
ORDER BY h.label, h.key, r.adopted_on, r.symbol, p.ordinal`,
    [{ targets: "[]", ...TARGET_PARAMS }],
  ),
} as const;

/** A paragraph row: ParagraphFields with its footnotes as the JSON text the table keeps. */
export type ParagraphRow = Omit<ParagraphFields, "footnotes"> & { footnotes: string };

export const paragraphOf = (row: ParagraphRow): ParagraphRecord => toParagraphRecord({ ...row, footnotes: decodeJson<Footnote[]>(row.footnotes) });

type Batched<R> = Prepared<[string], R>;

export class SqliteLookups {
  readonly #resolutions: Batched<ResolutionFields>;
  readonly #nodes: Batched<ResolutionFields>;
  readonly #paragraphsOf: Batched<ParagraphRow>;
  readonly #paragraphsByIds: Batched<ParagraphRow>;
  readonly #referencesFrom: Batched<ReferenceFields>;
  readonly #referencesTo: Batched<ReferenceFields>;
  readonly #mentions: Batched<MentionFields>;
  readonly #symbolForHash: Prepared<{ hash: string }, { symbol: string }>;
  readonly #entities: Batched<EntityFields>;
  readonly #citing: Prepared<Record<string, string>, { label: string; key: string; resolution: string; paragraphId: string }>;

  constructor(db: Database.Database) {
    const s = LOOKUP_SQL;
    this.#resolutions = prepare(db, s.resolutionsBySymbols);
    this.#nodes = prepare(db, s.resolutionNodes);
    this.#paragraphsOf = prepare(db, s.paragraphsOfResolutions);
    this.#paragraphsByIds = prepare(db, s.paragraphsByIds);
    this.#referencesFrom = prepare(db, s.referencesFromParagraphs);
    this.#referencesTo = prepare(db, s.referencesToTargets);
    this.#mentions = prepare(db, s.mentionsInParagraphs);
    this.#symbolForHash = prepare(db, s.symbolForSourceHash);
    this.#entities = prepare(db, s.entitiesByKeys);
    this.#citing = prepare(db, s.citingParagraphs);
  }

  resolutionsBySymbols(symbols: readonly string[]): (ResolutionRecord | null)[] {
    return onePerKey(symbols, batch(this.#resolutions, symbols).map(toResolutionRecord), (r) => r.symbol);
  }

  resolutionNodes(symbols: readonly string[]): (ResolutionNode | null)[] {
    return onePerKey(symbols, batch(this.#nodes, symbols).map(toResolutionNode), (n) => n.symbol);
  }

  paragraphsOfResolutions(symbols: readonly string[]): ParagraphRecord[][] {
    return manyPerKey(symbols, batch(this.#paragraphsOf, symbols).map(paragraphOf), (p) => p.resolution);
  }

  paragraphsByIds(ids: readonly string[]): (ParagraphRecord | null)[] {
    return onePerKey(ids, batch(this.#paragraphsByIds, ids).map(paragraphOf), (p) => p.id);
  }

  referencesFromParagraphs(paragraphIds: readonly string[]): ReferenceRecord[][] {
    return manyPerKey(paragraphIds, batch(this.#referencesFrom, paragraphIds).map(toReferenceRecord), (r) => r.paragraphId);
  }

  referencesToTargets(targets: readonly string[]): ReferenceRecord[][] {
    return manyPerKey(targets, batch(this.#referencesTo, targets).map(toReferenceRecord), (r) => r.target);
  }

  mentionsInParagraphs(paragraphIds: readonly string[]): MentionRecord[][] {
    return manyPerKey(paragraphIds, batch(this.#mentions, paragraphIds).map(toMentionRecord), (m) => m.paragraphId);
  }

  symbolForSourceHash(hash: string): string | null {
    return this.#symbolForHash.get({ hash })?.symbol ?? null;
  }

  entitiesByKeys(refs: readonly EntityRef[]): (EntityRecord | null)[] {
    if (refs.length === 0) return [];
    const records = this.#entities.all(pairsParam(refs)).map(toEntityRecord);
    return onePerKey(
      refs.map((r) => pairKey(r.label, r.key)),
      records,
      (e) => pairKey(e.label, e.key),
    );
  }

  citingParagraphs(targets: readonly CitationTarget[]): CitingParagraph[][] {
    if (targets.length === 0) return [];
    const rows = this.#citing.all({ targets: pairsParam(targets), ...TARGET_PARAMS });
    return manyPerKey(
      targets.map((t) => pairKey(t.label, t.key)),
      rows,
      (row) => pairKey(row.label, row.key),
      (row) => ({ resolution: row.resolution, paragraphId: row.paragraphId }),
    );
  }
}

/** One query for all the keys; none for no keys. */
const batch = <R>(statement: Batched<R>, keys: readonly string[]): R[] => (keys.length === 0 ? [] : statement.all(keysParam(keys)));
