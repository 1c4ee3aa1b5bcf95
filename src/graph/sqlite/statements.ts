// Every DML/query statement the SQLite store runs, as constants, so that one test can check them
// all for interpolated values. Batched reads take their keys as ONE JSON array parameter expanded
// by json_each: one query per call whatever the key count, and no SQLITE_MAX_VARIABLE_NUMBER limit.

const RESOLUTION_COLUMNS = `symbol, title, body, adopted_on, meeting, vote_method,
  votes_yes, votes_no, votes_abstain, source_path, source_hash`;

const PARAGRAPH_COLUMNS = `id, resolution, key, kind, ordinal, verb, text, footnotes`;

/** A paragraph's symbol and key come from the join, so that records need not parse ids. */
const REFERENCE_COLUMNS = `r.paragraph_id, r.seq, r.kind, r.target, r.verb, r.date,
  p.resolution, p.key AS paragraph_key`;

/** A mention's name is its entity's: the graph keeps the name on the node, not on the edge. */
const MENTION_COLUMNS = `m.paragraph_id, m.seq, m.label, m.entity_key, e.name, m.start_offset, m.end_offset, m.footnote,
  p.key AS paragraph_key`;

export const COUNT_SCHEMA_OBJECTS = `SELECT count(*) AS n FROM sqlite_schema`;

// --- writes (see write.ts for the order they run in) --------------------------------------------

/** NULL for a stub, no row for a symbol never seen. */
export const SELECT_SOURCE_HASH = `SELECT source_hash FROM resolutions WHERE symbol = ?`;

/** Creates the resolution, or fills its stub, or overwrites the loaded version being replaced. */
export const UPSERT_RESOLUTION = `INSERT INTO resolutions (symbol, stub, title, body, session, year, adopted_on,
  meeting, vote_method, votes_yes, votes_no, votes_abstain, source_path, source_hash)
VALUES (@symbol, 0, @title, @body, @session, @year, @adoptedOn, @meeting, @voteMethod,
  @votesYes, @votesNo, @votesAbstain, @sourcePath, @sourceHash)
ON CONFLICT (symbol) DO UPDATE SET stub = 0, title = excluded.title, body = excluded.body,
  session = excluded.session, year = excluded.year, adopted_on = excluded.adopted_on,
  meeting = excluded.meeting, vote_method = excluded.vote_method, votes_yes = excluded.votes_yes,
  votes_no = excluded.votes_no, votes_abstain = excluded.votes_abstain,
  source_path = excluded.source_path, source_hash = excluded.source_hash`;

/** A cited resolution: a stub unless it is already there (loaded or stub). */
export const INSERT_STUB = `INSERT INTO resolutions (symbol, stub) VALUES (?, 1) ON CONFLICT (symbol) DO NOTHING`;

export const INSERT_DOCUMENT = `INSERT INTO documents (symbol) VALUES (?) ON CONFLICT (symbol) DO NOTHING`;

/** The last document written decides an entity's name (both stores: MERGE then SET). */
/** The first document to name an entity names it, as in Neo4j (ON CREATE SET): both stores agree whatever is loaded later. */
export const UPSERT_ENTITY = `INSERT INTO entities (label, key, name, country) VALUES (@label, @key, @name, @country)
ON CONFLICT (label, key) DO NOTHING`;

export const INSERT_PARAGRAPH = `INSERT INTO paragraphs (${PARAGRAPH_COLUMNS})
VALUES (@id, @resolution, @key, @kind, @ordinal, @verb, @text, @footnotes)`;

export const INSERT_REFERENCE = `INSERT INTO refs (paragraph_id, seq, kind, target, verb, date)
VALUES (@paragraphId, @seq, @kind, @target, @verb, @date)`;

export const INSERT_MENTION = `INSERT INTO mentions (paragraph_id, seq, label, entity_key, start_offset, end_offset, surface, footnote)
VALUES (@paragraphId, @seq, @label, @key, @start, @end, @surface, @footnote)`;

export const INSERT_RECALL = `INSERT INTO recalls (src, dst, verbs, paragraphs) VALUES (@src, @dst, @verbs, @paragraphs)`;

export const INSERT_CONCERN = `INSERT INTO concerns (resolution, country) VALUES (?, ?) ON CONFLICT DO NOTHING`;

export const UPSERT_VOTE = `INSERT INTO votes (resolution, country, vote) VALUES (@resolution, @country, @vote)
ON CONFLICT (resolution, country) DO UPDATE SET vote = excluded.vote`;

/** References, mentions and the FTS rows go with their paragraphs (cascade and trigger). */
export const DELETE_PARAGRAPHS_OF_RESOLUTION = `DELETE FROM paragraphs WHERE resolution = ?`;
export const DELETE_RECALLS_FROM = `DELETE FROM recalls WHERE src = ?`;
export const DELETE_CONCERNS_OF = `DELETE FROM concerns WHERE resolution = ?`;
export const DELETE_VOTES_OF = `DELETE FROM votes WHERE resolution = ?`;

/** What a loaded resolution's content points at: candidates for pruning once the content is gone. */
export const RECALLED_BY = `SELECT dst AS key FROM recalls WHERE src = ? ORDER BY dst`;

export const DOCUMENTS_CITED_BY = `SELECT DISTINCT r.target AS key FROM paragraphs AS p
JOIN refs AS r ON r.paragraph_id = p.id
WHERE p.resolution = @symbol AND r.kind = @kind
ORDER BY r.target`;

export const ENTITIES_OF = `SELECT m.label, m.entity_key AS key FROM paragraphs AS p
JOIN mentions AS m ON m.paragraph_id = p.id WHERE p.resolution = @symbol
UNION SELECT e.label, e.country FROM paragraphs AS p
JOIN mentions AS m ON m.paragraph_id = p.id
JOIN entities AS l ON l.label = m.label AND l.key = m.entity_key
JOIN entities AS e ON e.label = @countryLabel AND e.key = l.country
WHERE p.resolution = @symbol
UNION SELECT label, country FROM concerns WHERE resolution = @symbol
UNION SELECT label, country FROM votes WHERE resolution = @symbol
UNION SELECT label, country FROM sponsorships WHERE resolution = @symbol
ORDER BY label, key`;

/** Stubs nobody recalls any more (every REFERS_TO has its RECALLS, so this is "nobody cites"). */
export const PRUNE_STUBS = `DELETE FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?)) AND stub = 1
  AND NOT EXISTS (SELECT 1 FROM recalls WHERE recalls.dst = resolutions.symbol)`;

export const PRUNE_DOCUMENTS = `DELETE FROM documents
WHERE symbol IN (SELECT value FROM json_each(@keys))
  AND NOT EXISTS (SELECT 1 FROM refs WHERE refs.target = documents.symbol AND refs.kind = @kind)`;

/** Run for laws before countries: a law's country keeps that Country node alive. */
export const PRUNE_ENTITIES = `DELETE FROM entities
WHERE label = @label AND key IN (SELECT value FROM json_each(@keys))
  AND NOT EXISTS (SELECT 1 FROM mentions AS m WHERE m.label = entities.label AND m.entity_key = entities.key)
  AND NOT EXISTS (SELECT 1 FROM concerns AS c WHERE c.label = entities.label AND c.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM votes AS v WHERE v.label = entities.label AND v.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM sponsorships AS s WHERE s.label = entities.label AND s.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM entities AS l WHERE l.country = entities.key AND entities.label = @countryLabel)`;

export const SELECT_STUB_FLAG = `SELECT stub FROM resolutions WHERE symbol = ?`;

export const IS_RECALLED = `SELECT EXISTS (SELECT 1 FROM recalls WHERE dst = ?) AS cited`;

export const MAKE_STUB = `UPDATE resolutions SET stub = 1, title = NULL, body = NULL, session = NULL, year = NULL,
  adopted_on = NULL, meeting = NULL, vote_method = NULL, votes_yes = NULL, votes_no = NULL, votes_abstain = NULL,
  source_path = NULL, source_hash = NULL
WHERE symbol = ?`;

export const DELETE_RESOLUTION = `DELETE FROM resolutions WHERE symbol = ?`;

/** A batch's deferred full-text indexing (schema v5): see DocumentWriter.batch. */
export const HAS_TABLE = `SELECT count(*) AS n FROM sqlite_schema WHERE type = @type AND name = @name`;

export const BEGIN_FTS_DEFERRAL = `INSERT INTO fts_deferral (active) VALUES (1)`;

/** In rowid order, which is the order the rows were written in. */
export const INDEX_PENDING_PARAGRAPHS = `INSERT INTO paragraphs_fts (rowid, text)
SELECT p.pk, p.text FROM fts_pending AS f JOIN paragraphs AS p ON p.pk = f.pk ORDER BY f.pk`;

export const CLEAR_FTS_PENDING = `DELETE FROM fts_pending`;

export const END_FTS_DEFERRAL = `DELETE FROM fts_deferral`;

// --- reads --------------------------------------------------------------------------------------

/** Resolutions and analysis pages alike, each through its hash index. */
export const SELECT_SYMBOL_FOR_SOURCE_HASH = `SELECT symbol FROM (
  SELECT symbol FROM resolutions WHERE source_hash = @hash
  UNION ALL SELECT key FROM analyses WHERE source_hash = @hash
) ORDER BY symbol LIMIT 1`;

/** The batched reads of the port, keyed by method name. Each takes one parameter: a JSON array of keys. */
export const BATCHED_READS = {
  resolutionsBySymbols: `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?)) AND NOT stub`,

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
JOIN entities AS e ON e.label = m.label AND e.key = m.entity_key
WHERE m.paragraph_id IN (SELECT value FROM json_each(?))
ORDER BY m.paragraph_id, m.footnote IS NOT NULL, CASE WHEN m.footnote IS NULL THEN m.start_offset ELSE m.seq END, m.seq`,

  resolutionNodes: `SELECT stub, ${RESOLUTION_COLUMNS} FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?))`,
} as const;

export type BatchedRead = keyof typeof BATCHED_READS;

export const COUNT_RESOLUTIONS = `SELECT count(*) AS n FROM resolutions WHERE stub = 0`;

/** `stub = 0` spelled exactly as in the partial index, so that the index serves the order. */
export const LIST_RESOLUTIONS_FIRST = `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE stub = 0
ORDER BY adopted_on, symbol
LIMIT ?`;

/** Row-value comparison so that the (adopted_on, symbol) index serves the seek. */
export const LIST_RESOLUTIONS_AFTER = `SELECT ${RESOLUTION_COLUMNS} FROM resolutions
WHERE stub = 0 AND (adopted_on, symbol) > (?, ?)
ORDER BY adopted_on, symbol
LIMIT ?`;

export const COUNTS = `SELECT
  (SELECT count(*) FROM resolutions WHERE stub = 0) AS resolutions,
  (SELECT count(*) FROM paragraphs) AS paragraphs,
  (SELECT count(*) FROM refs) AS refs,
  (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(*) FROM analyses) AS analyses`;

// --- graph reads (GraphQueries) -----------------------------------------------------------------
// Keys that are pairs (label, key) come as one JSON array of two-element arrays; `->> 0` and
// `->> 1` take them apart. Constants such as labels and reference kinds are bound parameters too.

export const GRAPH_READS = {
  entitiesByKeys: `SELECT e.label, e.key, e.name, e.country
FROM (SELECT DISTINCT value ->> 0 AS label, value ->> 1 AS key FROM json_each(?)) AS k
JOIN entities AS e ON e.label = k.label AND e.key = k.key`,

  /**
   * One paragraph once per target, whatever the number of references or mentions in it. CROSS JOIN
   * pins the join order: the few hits drive the paragraph lookups, never a paragraph scan.
   */
  citingParagraphs: `WITH t AS (SELECT DISTINCT value ->> 0 AS label, value ->> 1 AS key FROM json_each(@targets)),
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
SELECT h.label, h.key, p.resolution, p.id AS paragraph_id
FROM hits AS h
CROSS JOIN paragraphs AS p ON p.id = h.paragraph_id
JOIN resolutions AS r ON r.symbol = p.resolution
ORDER BY h.label, h.key, r.adopted_on, r.symbol, p.ordinal`,

  /** Paragraph and resolution counts are of the paragraphs naming both (and their resolutions). */
  coMentions: `SELECT e.label, e.key, e.name, e.country,
  count(DISTINCT o.paragraph_id) AS paragraphs, count(DISTINCT p.resolution) AS resolutions
FROM mentions AS m
JOIN mentions AS o ON o.paragraph_id = m.paragraph_id
  AND NOT (o.label = m.label AND o.entity_key = m.entity_key)
JOIN paragraphs AS p ON p.id = o.paragraph_id
JOIN entities AS e ON e.label = o.label AND e.key = o.entity_key
WHERE m.label = @label AND m.entity_key = @key
GROUP BY e.label, e.key
ORDER BY paragraphs DESC, e.label, e.key
LIMIT @limit`,

  /** Counts per label and type; see model-map.ts for where each lives. */
  graphCounts: `SELECT
  (SELECT count(*) FROM resolutions) AS Resolution,
  (SELECT count(*) FROM paragraphs) AS Paragraph,
  (SELECT count(*) FROM documents) AS Document,
  (SELECT count(*) FROM entities WHERE label = @Country) AS Country,
  (SELECT count(*) FROM entities WHERE label = @Person) AS Person,
  (SELECT count(*) FROM entities WHERE label = @Law) AS Law,
  (SELECT count(*) FROM entities WHERE label = @Instrument) AS Instrument,
  (SELECT count(*) FROM entities WHERE label = @Organization) AS Organization,
  (SELECT count(*) FROM analyses) AS Analysis,
  (SELECT count(*) FROM quotes) AS Quote,
  (SELECT count(*) FROM paragraphs) AS HAS_PARAGRAPH,
  (SELECT count(*) FROM refs WHERE kind = @resolutionKind) AS REFERS_TO,
  (SELECT count(*) FROM recalls) AS RECALLS,
  (SELECT count(*) FROM refs WHERE kind = @documentKind) AS CITES,
  (SELECT count(*) FROM mentions) AS MENTIONS,
  (SELECT count(*) FROM entities AS l JOIN entities AS c ON c.label = @Country AND c.key = l.country
    WHERE l.label = @Law) AS LAW_OF,
  (SELECT count(*) FROM concerns) AS CONCERNS,
  (SELECT count(*) FROM sponsorships) AS SPONSORED,
  (SELECT count(*) FROM votes) AS VOTED,
  (SELECT count(*) FROM analyses AS a JOIN resolutions AS r ON r.symbol = a.resolution) AS ANALYZES,
  (SELECT count(*) FROM quotes) AS HAS_QUOTE,
  (SELECT count(*) FROM quotes AS q JOIN paragraphs AS p ON p.id = q.paragraph_id) AS QUOTES`,
} as const;

export type GraphRead = keyof typeof GRAPH_READS;

// --- lineage and paths (recursive CTEs over recalls) --------------------------------------------
// The walk keeps (symbol, depth) pairs under UNION, so a cycle only adds one row per depth, and
// depth stops at min(@maxDepth, number of resolutions): a shortest chain never needs more hops
// than there are nodes, so even an absurd maxDepth terminates quickly on a cyclic graph. The
// largest rowid stands in for the count: never smaller, and read from the b-tree in O(log n).

const walk = (name: string, start: string, step: "forwards" | "backwards"): string => {
  const [near, far] = step === "forwards" ? ["src", "dst"] : ["dst", "src"];
  return `${name}(symbol, depth) AS (
  SELECT ${start}, 0
  UNION
  SELECT e.${far}, w.depth + 1 FROM ${name} AS w
  JOIN recalls AS e ON e.${near} = w.symbol
  WHERE w.depth < min(@maxDepth, (SELECT max(rowid) FROM resolutions))
)`;
};

/**
 * The same walk from many roots at once (the roots are one JSON parameter, @symbols): each row
 * carries its root, so one statement answers a whole DataLoader batch of lineages.
 */
const rootedWalk = (step: "forwards" | "backwards"): string => {
  const [near, far] = step === "forwards" ? ["src", "dst"] : ["dst", "src"];
  return `walk(root, symbol, depth) AS (
  SELECT value, value, 0 FROM json_each(@symbols)
  UNION
  SELECT w.root, e.${far}, w.depth + 1 FROM walk AS w
  JOIN recalls AS e ON e.${near} = w.symbol
  WHERE w.depth < min(@maxDepth, (SELECT max(rowid) FROM resolutions))
)`;
};

/**
 * Ancestors of each root: what it recalls, and so on (RECALLS forwards). Each is reached at its
 * smallest depth; `via` is the edge from the smallest-symbol resolution one level closer.
 */
export const LINEAGE_ANCESTORS = `WITH RECURSIVE ${rootedWalk("forwards")},
best AS (SELECT root, symbol, min(depth) AS depth FROM walk GROUP BY root, symbol),
via AS (
  SELECT b.root, b.symbol, b.depth, min(e.src) AS other FROM best AS b
  JOIN recalls AS e ON e.dst = b.symbol
  JOIN best AS prev ON prev.root = b.root AND prev.symbol = e.src AND prev.depth = b.depth - 1
  WHERE b.depth > 0
  GROUP BY b.root, b.symbol, b.depth
)
SELECT v.root, v.symbol, v.depth, e.src, e.dst, e.verbs, e.paragraphs FROM via AS v
JOIN recalls AS e ON e.src = v.other AND e.dst = v.symbol
ORDER BY v.root, v.depth, v.symbol`;

/** Descendants of each root: what recalls it, and so on (RECALLS backwards); `via` symmetric. */
export const LINEAGE_DESCENDANTS = `WITH RECURSIVE ${rootedWalk("backwards")},
best AS (SELECT root, symbol, min(depth) AS depth FROM walk GROUP BY root, symbol),
via AS (
  SELECT b.root, b.symbol, b.depth, min(e.dst) AS other FROM best AS b
  JOIN recalls AS e ON e.src = b.symbol
  JOIN best AS prev ON prev.root = b.root AND prev.symbol = e.dst AND prev.depth = b.depth - 1
  WHERE b.depth > 0
  GROUP BY b.root, b.symbol, b.depth
)
SELECT v.root, v.symbol, v.depth, e.src, e.dst, e.verbs, e.paragraphs FROM via AS v
JOIN recalls AS e ON e.src = v.symbol AND e.dst = v.other
ORDER BY v.root, v.depth, v.symbol`;

/**
 * The shortest chain @from → … → @to along RECALLS. A node lies on a shortest chain when its
 * distance from @from plus its distance to @to is the chain's length; walking from @from and
 * always taking the smallest such next symbol gives the lexicographically smallest chain. Each hop
 * comes with the lowest-ordinal paragraph of its source citing its target, and that paragraph's verb.
 */
export const CITATION_PATH = `WITH RECURSIVE ${walk("fwd", "@from", "forwards")},
${walk("bwd", "@to", "backwards")},
f AS (SELECT symbol, min(depth) AS d FROM fwd GROUP BY symbol),
b AS (SELECT symbol, min(depth) AS d FROM bwd GROUP BY symbol),
len AS (SELECT d AS l FROM f WHERE symbol = @to),
on_path AS (SELECT f.symbol, f.d FROM f JOIN b ON b.symbol = f.symbol JOIN len ON f.d + b.d = len.l),
chain(step, symbol) AS (
  SELECT 0, @from FROM len
  UNION ALL
  SELECT c.step + 1, (
    SELECT min(e.dst) FROM recalls AS e
    JOIN on_path AS o ON o.symbol = e.dst AND o.d = c.step + 1
    WHERE e.src = c.symbol
  ) FROM chain AS c JOIN len ON c.step < len.l
),
hops AS (
  SELECT a.step, a.symbol AS src, z.symbol AS dst, (
    SELECT p.id FROM refs AS x JOIN paragraphs AS p ON p.id = x.paragraph_id
    WHERE p.resolution = a.symbol AND x.target = z.symbol AND x.kind = @resolutionKind
    ORDER BY p.ordinal, x.seq LIMIT 1
  ) AS paragraph_id
  FROM chain AS a JOIN chain AS z ON z.step = a.step + 1
)
SELECT h.step, h.src, h.dst, h.paragraph_id, p.verb FROM hops AS h
JOIN paragraphs AS p ON p.id = h.paragraph_id
ORDER BY h.step`;

// --- full-text search ---------------------------------------------------------------------------

const SEARCH_FILTERS = `paragraphs_fts MATCH @query
  AND (@body IS NULL OR r.body = @body)
  AND (@yearFrom IS NULL OR r.year >= @yearFrom)
  AND (@yearTo IS NULL OR r.year <= @yearTo)`;

/** The hits, scored: from the index alone, or joined to their resolutions when body or year filter them. */
const SCORED_HITS: Record<"all" | "filtered", string> = {
  all: `SELECT rowid AS pk, round(-bm25(paragraphs_fts), 6) AS score FROM paragraphs_fts WHERE paragraphs_fts MATCH @query`,
  filtered: `SELECT paragraphs_fts.rowid AS pk, round(-bm25(paragraphs_fts), 6) AS score FROM paragraphs_fts
    JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
    JOIN resolutions AS r ON r.symbol = p.resolution
    WHERE ${SEARCH_FILTERS}`,
};

/**
 * A page of ranked hits. bm25 is lower-is-better: negated, and rounded so that float noise cannot
 * reorder equal scores; ties go by paragraph id. A common term matches tens of thousands of
 * paragraphs, so the work is kept off the rows that cannot be on the page: every hit is scored
 * from the index, but only those scoring at least the page's last score (the cutoff; ties
 * included, since the id decides among them) are joined to their paragraphs and ordered, and only
 * the page's rows get a snippet (looked up by rowid: CROSS JOIN keeps the page as the outer loop).
 */
export function searchSql(filtered: boolean): { page: string; total: string } {
  return {
    page: `WITH scored AS MATERIALIZED (${SCORED_HITS[filtered ? "filtered" : "all"]}),
cutoff AS (SELECT score FROM scored ORDER BY score DESC LIMIT 1 OFFSET @offset + @first - 1),
page AS (
  SELECT p.pk, p.id, p.resolution, s.score FROM scored AS s
  JOIN paragraphs AS p ON p.pk = s.pk
  WHERE s.score >= (SELECT score FROM cutoff) OR NOT EXISTS (SELECT 1 FROM cutoff)
  ORDER BY s.score DESC, p.id
  LIMIT @first OFFSET @offset
)
SELECT page.id, page.resolution, page.score,
  snippet(paragraphs_fts, 0, @open, @close, @ellipsis, @tokens) AS snippet
FROM page CROSS JOIN paragraphs_fts ON paragraphs_fts.rowid = page.pk
WHERE paragraphs_fts MATCH @query
ORDER BY page.score DESC, page.id`,
    // Every index row is a loaded paragraph's (the triggers keep them in step), so without filters
    // the index alone counts the hits.
    total: filtered
      ? `SELECT count(*) AS n
FROM paragraphs_fts
JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
JOIN resolutions AS r ON r.symbol = p.resolution
WHERE ${SEARCH_FILTERS}`
      : `SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH @query`,
  };
}

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

/** A page's SPONSORED edges, replaced on every link (the page is the key, not the resolution). */
export const DELETE_SPONSORSHIPS_OF_ANALYSIS = `DELETE FROM sponsorships WHERE analysis_key = ?`;

/** The states a page's SPONSORED edges come from: candidates for pruning once the edges are replaced. */
export const SPONSORS_OF_ANALYSIS = `SELECT DISTINCT country FROM sponsorships WHERE analysis_key = ?`;

export const INSERT_SPONSORSHIP = `INSERT INTO sponsorships (analysis_key, resolution, country)
VALUES (@key, @resolution, @country) ON CONFLICT DO NOTHING`;

export const LIST_ANALYSES = `SELECT ${ANALYSIS_COLUMNS} FROM analyses ORDER BY key`;

export const ANALYSES_OF_RESOLUTIONS = `SELECT ${ANALYSIS_COLUMNS} FROM analyses
WHERE resolution IN (SELECT value FROM json_each(?))
ORDER BY resolution, key`;

/** Quotes of the analyses named by a JSON array of keys. */
export const QUOTES_OF_ANALYSES = `SELECT analysis_key, seq, section, text, paragraph_id, score FROM quotes
WHERE analysis_key IN (SELECT value FROM json_each(?))
ORDER BY analysis_key, seq`;

export const PARAGRAPH_TEXTS = `SELECT id, text FROM paragraphs ORDER BY id`;

// --- the GraphQL API's reads ------------------------------------------------------------------
// Batched like BATCHED_READS (the keys as ONE JSON array, `@keys`), plus the constants they compare
// with, bound too. A stub has no adoption date: `coalesce(adopted_on, @undated)` sorts it with the
// loaded resolutions that give none ("" sorts first), ties by symbol, as Neo4jStore does.

export const GRAPH_BATCHED_READS = {
  /** RECALLS out of each resolution, by the recalled one's (adoptedOn, symbol). */
  recallsOut: `SELECT e.src AS owner, e.src, e.dst, e.verbs, e.paragraphs FROM recalls AS e
JOIN resolutions AS o ON o.symbol = e.dst
WHERE e.src IN (SELECT value FROM json_each(@keys))
ORDER BY e.src, coalesce(o.adopted_on, @undated), o.symbol`,

  /** RECALLS into each resolution, by the recalling one's (adoptedOn, symbol). */
  recallsIn: `SELECT e.dst AS owner, e.src, e.dst, e.verbs, e.paragraphs FROM recalls AS e
JOIN resolutions AS o ON o.symbol = e.src
WHERE e.dst IN (SELECT value FROM json_each(@keys))
ORDER BY e.dst, coalesce(o.adopted_on, @undated), o.symbol`,

  concernsOf: `SELECT c.resolution AS owner, e.label, e.key, e.name, e.country FROM concerns AS c
JOIN entities AS e ON e.label = c.label AND e.key = c.country
WHERE c.resolution IN (SELECT value FROM json_each(@keys))
ORDER BY c.resolution, e.name, e.key`,

  /** Each state once per resolution, however many pages list it. */
  sponsorsOf: `SELECT DISTINCT s.resolution AS owner, e.label, e.key, e.name, e.country FROM sponsorships AS s
JOIN entities AS e ON e.label = s.label AND e.key = s.country
WHERE s.resolution IN (SELECT value FROM json_each(@keys))
ORDER BY s.resolution, e.name, e.key`,

  /** Yes, then no, then abstain (the votes.vote CHECK allows nothing else), each by state name. */
  votesOf: `SELECT v.resolution AS owner, v.vote, e.label, e.key, e.name, e.country FROM votes AS v
JOIN entities AS e ON e.label = v.label AND e.key = v.country
WHERE v.resolution IN (SELECT value FROM json_each(@keys))
ORDER BY v.resolution, CASE v.vote WHEN @yes THEN 0 WHEN @no THEN 1 ELSE 2 END, e.name, e.key`,

  /**
   * Loaded resolutions concerning (CONCERNS) or naming (MENTIONS) each state, by (adoptedOn,
   * symbol), one page per state (rows @offset < n <= @offset + @first) with its total. A state's
   * last row comes too, even off the page, so that an empty page still carries the total. CROSS
   * JOIN keeps SQLite's planner walking from the few keys into the indexes, not the other way.
   */
  resolutionsOfCountries: `WITH keys(code) AS (SELECT DISTINCT value FROM json_each(@keys)),
hits(code, symbol) AS (
  SELECT k.code, c.resolution FROM keys AS k
  CROSS JOIN concerns AS c ON c.label = @countryLabel AND c.country = k.code
  UNION
  SELECT k.code, p.resolution FROM keys AS k
  CROSS JOIN mentions AS m ON m.label = @countryLabel AND m.entity_key = k.code
  JOIN paragraphs AS p ON p.id = m.paragraph_id
),
ranked AS (
  SELECT h.code AS owner, r.*,
    row_number() OVER (PARTITION BY h.code ORDER BY r.adopted_on, r.symbol) AS n,
    count(*) OVER (PARTITION BY h.code) AS total
  FROM hits AS h JOIN resolutions AS r ON r.symbol = h.symbol AND NOT r.stub
)
SELECT owner, total, n > @offset AND n <= @offset + @first AS on_page, stub, ${RESOLUTION_COLUMNS} FROM ranked
WHERE n = total OR (n > @offset AND n <= @offset + @first)
ORDER BY owner, n`,
} as const;

export type GraphBatchedRead = keyof typeof GRAPH_BATCHED_READS;

/**
 * Entities of one label whose name or key equals or starts with @name (already case-folded by the
 * caller), case-insensitively; exact matches first, then by name and key. `instr(x, y) = 1` is
 * "x starts with y" without LIKE's wildcards. The label's primary-key range bounds the scan.
 */
export const FIND_ENTITIES = `SELECT label, key, name, country,
  fold_case(name) = @name OR fold_case(key) = @name AS exact
FROM entities
WHERE label = @label AND (instr(fold_case(name), @name) = 1 OR instr(fold_case(key), @name) = 1)
ORDER BY exact DESC, name, key
LIMIT @limit`;

// --- filtered lists: SQL composed from fixed fragments --------------------------------------------
// Which fragments a statement has depends only on which filter fields are present (its "shape"),
// never on their values, which are always bound. One statement text per shape, prepared once.

export interface ResolutionListShape {
  body: boolean;
  yearFrom: boolean;
  yearTo: boolean;
  session: boolean;
  concerns: boolean;
  mentions: boolean;
  references: boolean;
  text: boolean;
  includeStubs: boolean;
  orderBy: "ADOPTED_ASC" | "ADOPTED_DESC" | "SYMBOL_ASC";
}

export interface ParagraphListShape {
  resolution: boolean;
  kind: boolean;
  verb: boolean;
  mentions: boolean;
  text: boolean;
}

/** Each present field adds its condition (ANDed); `r.symbol IN (…)` lets the index of the sub-select drive. */
const RESOLUTION_CONDITIONS: Record<Exclude<keyof ResolutionListShape, "includeStubs" | "orderBy">, string> = {
  body: `r.body = @body`,
  yearFrom: `r.year >= @yearFrom`,
  yearTo: `r.year <= @yearTo`,
  session: `r.session = @session`,
  concerns: `r.symbol IN (SELECT c.resolution FROM concerns AS c WHERE c.label = @countryLabel AND c.country = @concerns)`,
  mentions: `r.symbol IN (SELECT p.resolution FROM mentions AS m JOIN paragraphs AS p ON p.id = m.paragraph_id
    WHERE m.label = @mentionsLabel AND m.entity_key = @mentionsKey)`,
  references: `r.symbol IN (SELECT p.resolution FROM refs AS x JOIN paragraphs AS p ON p.id = x.paragraph_id
    WHERE x.target = @references)`,
  text: `r.symbol IN (SELECT p.resolution FROM paragraphs_fts JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
    WHERE paragraphs_fts MATCH @text)`,
};

/** Loaded rows always have adopted_on (a CHECK says so), so without stubs the partial index serves the order. */
const RESOLUTION_ORDERS: Record<ResolutionListShape["orderBy"], { loaded: string; withStubs: string }> = {
  ADOPTED_ASC: { loaded: `r.adopted_on, r.symbol`, withStubs: `coalesce(r.adopted_on, @undated), r.symbol` },
  ADOPTED_DESC: { loaded: `r.adopted_on DESC, r.symbol`, withStubs: `coalesce(r.adopted_on, @undated) DESC, r.symbol` },
  SYMBOL_ASC: { loaded: `r.symbol`, withStubs: `r.symbol` },
};

const where = (conditions: string[]): string => (conditions.length === 0 ? "" : `\nWHERE ${conditions.join("\n  AND ")}`);

function resolutionConditions(shape: ResolutionListShape): string[] {
  const conditions = shape.includeStubs ? [] : [`r.stub = 0`];
  for (const field of Object.keys(RESOLUTION_CONDITIONS) as Array<keyof typeof RESOLUTION_CONDITIONS>) {
    if (shape[field]) conditions.push(RESOLUTION_CONDITIONS[field]);
  }
  return conditions;
}

/** The page (`@first`, `@offset`) and the total of a findResolutions shape: two statements, one read transaction. */
export function findResolutionsSql(shape: ResolutionListShape): { page: string; total: string } {
  const filter = where(resolutionConditions(shape));
  const order = RESOLUTION_ORDERS[shape.orderBy][shape.includeStubs ? "withStubs" : "loaded"];
  return {
    page: `SELECT stub, ${RESOLUTION_COLUMNS} FROM resolutions AS r${filter}
ORDER BY ${order}
LIMIT @first OFFSET @offset`,
    total: `SELECT count(*) AS n FROM resolutions AS r${filter}`,
  };
}

const PARAGRAPH_CONDITIONS: Record<keyof ParagraphListShape, string> = {
  resolution: `p.resolution = @resolution`,
  kind: `p.kind = @kind`,
  /** Whole-word prefix: the folded verb is @verb, or starts with @verbWord (= @verb followed by a space). */
  verb: `(fold_case(p.verb) = @verb OR instr(fold_case(p.verb), @verbWord) = 1)`,
  mentions: `p.id IN (SELECT m.paragraph_id FROM mentions AS m WHERE m.label = @mentionsLabel AND m.entity_key = @mentionsKey)`,
  text: `p.pk IN (SELECT paragraphs_fts.rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH @text)`,
};

/** Paragraphs belong to loaded resolutions only, whose adopted_on is never NULL. */
export function findParagraphsSql(shape: ParagraphListShape): { page: string; total: string } {
  const conditions = (Object.keys(PARAGRAPH_CONDITIONS) as Array<keyof ParagraphListShape>)
    .filter((field) => shape[field])
    .map((field) => PARAGRAPH_CONDITIONS[field]);
  const filter = where(conditions);
  return {
    page: `SELECT p.id, p.resolution, p.key, p.kind, p.ordinal, p.verb, p.text, p.footnotes
FROM paragraphs AS p
JOIN resolutions AS r ON r.symbol = p.resolution${filter}
ORDER BY r.adopted_on, r.symbol, p.ordinal
LIMIT @first OFFSET @offset`,
    total: `SELECT count(*) AS n FROM paragraphs AS p${filter}`,
  };
}
