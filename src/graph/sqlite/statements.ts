// Every DML/query statement the SQLite store runs, as constants, so that one test can check them
// all for interpolated values. Batched reads take their keys as ONE JSON array parameter expanded
// by json_each: one query per call whatever the key count, and no SQLITE_MAX_VARIABLE_NUMBER limit.

const RESOLUTION_COLUMNS = `symbol, title, body, adopted_on, meeting, vote_method,
  votes_yes, votes_no, votes_abstain, source_path, source_hash`;

const PARAGRAPH_COLUMNS = `id, resolution, key, kind, ordinal, verb, text, footnotes`;

/** A paragraph's symbol and key come from the join, so that records need not parse ids. */
const REFERENCE_COLUMNS = `r.paragraph_id, r.seq, r.kind, r.target, r.verb, r.date,
  p.resolution, p.key AS paragraph_key`;

const MENTION_COLUMNS = `m.paragraph_id, m.seq, m.kind, m.name, m.entity_id, m.start_offset, m.end_offset,
  p.key AS paragraph_key`;

export const COUNT_SCHEMA_OBJECTS = `SELECT count(*) AS n FROM sqlite_schema`;

// --- writes -------------------------------------------------------------------------------------

export const SELECT_SOURCE_HASH = `SELECT source_hash FROM resolutions WHERE symbol = ?`;

export const INSERT_RESOLUTION = `INSERT INTO resolutions (${RESOLUTION_COLUMNS})
VALUES (@symbol, @title, @body, @adoptedOn, @meeting, @voteMethod,
  @votesYes, @votesNo, @votesAbstain, @sourcePath, @sourceHash)`;

export const UPDATE_RESOLUTION = `UPDATE resolutions
SET title = @title, body = @body, adopted_on = @adoptedOn, meeting = @meeting, vote_method = @voteMethod,
  votes_yes = @votesYes, votes_no = @votesNo, votes_abstain = @votesAbstain,
  source_path = @sourcePath, source_hash = @sourceHash
WHERE symbol = @symbol`;

/** References and mentions go with their paragraphs through ON DELETE CASCADE. */
export const DELETE_PARAGRAPHS_OF_RESOLUTION = `DELETE FROM paragraphs WHERE resolution = ?`;

export const INSERT_PARAGRAPH = `INSERT INTO paragraphs (${PARAGRAPH_COLUMNS})
VALUES (@id, @resolution, @key, @kind, @ordinal, @verb, @text, @footnotes)`;

export const INSERT_REFERENCE = `INSERT INTO refs (paragraph_id, seq, kind, target, verb, date)
VALUES (@paragraphId, @seq, @kind, @target, @verb, @date)`;

export const INSERT_MENTION = `INSERT INTO mentions (paragraph_id, seq, kind, name, entity_id, start_offset, end_offset)
VALUES (@paragraphId, @seq, @kind, @name, @entityId, @start, @end)`;

// --- reads --------------------------------------------------------------------------------------

/** Resolutions and analysis pages alike, each through its hash index. */
export const SELECT_SYMBOL_FOR_SOURCE_HASH = `SELECT symbol FROM (
  SELECT symbol FROM resolutions WHERE source_hash = @hash
  UNION ALL SELECT key FROM analyses WHERE source_hash = @hash
) ORDER BY symbol LIMIT 1`;

/** The batched reads of the port, keyed by method name. Each takes one parameter: a JSON array of keys. */
export const BATCHED_READS = {
  resolutionsBySymbols: `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?))`,

  paragraphsOfResolutions: `SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs
WHERE resolution IN (SELECT value FROM json_each(?))
ORDER BY resolution, ordinal`,

  paragraphsByIds: `SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs
WHERE id IN (SELECT value FROM json_each(?))`,

  referencesFromParagraphs: `SELECT ${REFERENCE_COLUMNS} FROM refs AS r
JOIN paragraphs AS p ON p.id = r.paragraph_id
WHERE r.paragraph_id IN (SELECT value FROM json_each(?))
ORDER BY r.paragraph_id, r.seq`,

  referencesToTargets: `SELECT ${REFERENCE_COLUMNS} FROM refs AS r
JOIN paragraphs AS p ON p.id = r.paragraph_id
WHERE r.target IN (SELECT value FROM json_each(?))
ORDER BY r.target, p.resolution, p.ordinal, r.seq`,

  mentionsInParagraphs: `SELECT ${MENTION_COLUMNS} FROM mentions AS m
JOIN paragraphs AS p ON p.id = m.paragraph_id
WHERE m.paragraph_id IN (SELECT value FROM json_each(?))
ORDER BY m.paragraph_id, m.start_offset, m.seq`,
} as const;

export type BatchedRead = keyof typeof BATCHED_READS;

export const COUNT_RESOLUTIONS = `SELECT count(*) AS n FROM resolutions`;

export const LIST_RESOLUTIONS_FIRST = `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
ORDER BY adopted_on, symbol
LIMIT ?`;

/** Row-value comparison so that the (adopted_on, symbol) index serves the seek. */
export const LIST_RESOLUTIONS_AFTER = `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE (adopted_on, symbol) > (?, ?)
ORDER BY adopted_on, symbol
LIMIT ?`;

export const COUNTS = `SELECT
  (SELECT count(*) FROM resolutions) AS resolutions,
  (SELECT count(*) FROM paragraphs) AS paragraphs,
  (SELECT count(*) FROM refs) AS refs,
  (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(*) FROM analyses) AS analyses`;

// --- analysis pages -----------------------------------------------------------------------------

const ANALYSIS_COLUMNS = `key, title, body, session_type, agenda_item, country_concerned, summary, sponsors, votes,
  source_path, source_hash, resolution, score`;

export const SELECT_ANALYSIS_HASH = `SELECT source_hash FROM analyses WHERE key = ?`;

export const UPSERT_ANALYSIS = `INSERT INTO analyses (${ANALYSIS_COLUMNS})
VALUES (@key, @title, @body, @sessionType, @agendaItem, @countryConcerned, @summary, @sponsors, @votes,
  @sourcePath, @sourceHash, NULL, NULL)
ON CONFLICT (key) DO UPDATE SET
  title = excluded.title, body = excluded.body, session_type = excluded.session_type,
  agenda_item = excluded.agenda_item, country_concerned = excluded.country_concerned,
  summary = excluded.summary, sponsors = excluded.sponsors, votes = excluded.votes,
  source_path = excluded.source_path, source_hash = excluded.source_hash, resolution = NULL, score = NULL`;

export const DELETE_QUOTES_OF_ANALYSIS = `DELETE FROM quotes WHERE analysis_key = ?`;

export const INSERT_QUOTE = `INSERT INTO quotes (analysis_key, seq, section, text, paragraph_id, score)
VALUES (@key, @seq, @section, @text, NULL, NULL)`;

export const LINK_ANALYSIS = `UPDATE analyses SET resolution = @resolution, score = @score WHERE key = @key`;

export const UNLINK_QUOTES = `UPDATE quotes SET paragraph_id = NULL, score = NULL WHERE analysis_key = ?`;

export const LINK_QUOTE = `UPDATE quotes SET paragraph_id = @paragraphId, score = @score
WHERE analysis_key = @key AND seq = @seq`;

export const LIST_ANALYSES = `SELECT ${ANALYSIS_COLUMNS} FROM analyses ORDER BY key`;

export const ANALYSES_OF_RESOLUTIONS = `SELECT ${ANALYSIS_COLUMNS} FROM analyses
WHERE resolution IN (SELECT value FROM json_each(?))
ORDER BY resolution, key`;

/** Quotes of the analyses named by a JSON array of keys. */
export const QUOTES_OF_ANALYSES = `SELECT analysis_key, seq, section, text, paragraph_id, score FROM quotes
WHERE analysis_key IN (SELECT value FROM json_each(?))
ORDER BY analysis_key, seq`;

export const PARAGRAPH_TEXTS = `SELECT id, text FROM paragraphs ORDER BY id`;
