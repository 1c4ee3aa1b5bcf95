// The SQLite schema and its versioned migrations. `PRAGMA user_version` records the last migration
// applied; a database from a newer resgraph is refused rather than half-understood.

import type Database from "better-sqlite3";
import { StoreSchemaMismatchError, StoreUnavailableError } from "../../errors.js";
import { migrateV2Documents } from "./migrate-v3.js";

/**
 * Marks a file as a resgraph store (`PRAGMA application_id`, "rgrh"), so that pointing resgraph at
 * some other application's SQLite file is refused instead of adding tables to it.
 */
export const APPLICATION_ID = 0x72677268;

export interface Migration {
  /** The `user_version` the database has once this migration is applied. */
  readonly version: number;
  readonly sql: string;
  /** Moves data the DDL cannot: in the same transaction, after every pending migration's `sql` (it may use today's code). */
  readonly data?: (db: Database.Database) => void;
}

// Column notes:
// - STRICT tables so that a number never silently lands in a text column (and back).
// - `mentions.start_offset/end_offset` rather than `start/end`: END is an SQL keyword.
// - `refs.target` is deliberately not a foreign key: a resolution may cite one not loaded (yet).
// - `adopted_on` is checked to be ISO or empty because keyset pagination sorts it as text.
// - Votes are all three or none, mirroring the optional `votes` object of the domain.
// - UNIQUE (resolution, ordinal) doubles as the index for "paragraphs of a resolution in order"
//   and as the child index the cascade from resolutions needs.
// - The primary keys of refs and mentions start with paragraph_id, which is both the lookup the
//   port does and the child index the cascade from paragraphs needs.
const V1 = `
CREATE TABLE resolutions (
  symbol        TEXT NOT NULL PRIMARY KEY CHECK (symbol <> ''),
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  adopted_on    TEXT NOT NULL
                CHECK (adopted_on = '' OR adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  meeting       TEXT NOT NULL,
  vote_method   TEXT NOT NULL,
  votes_yes     INTEGER,
  votes_no      INTEGER,
  votes_abstain INTEGER,
  source_path   TEXT NOT NULL,
  source_hash   TEXT NOT NULL,
  CHECK (
    (votes_yes IS NULL AND votes_no IS NULL AND votes_abstain IS NULL)
    OR (votes_yes >= 0 AND votes_no >= 0 AND votes_abstain >= 0)
  )
) STRICT;

CREATE INDEX resolutions_by_adoption ON resolutions (adopted_on, symbol);
CREATE INDEX resolutions_by_source_hash ON resolutions (source_hash);

CREATE TABLE paragraphs (
  id         TEXT NOT NULL PRIMARY KEY,
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  key        TEXT NOT NULL CHECK (key <> ''),
  kind       TEXT NOT NULL CHECK (kind IN ('preambular', 'operative')),
  ordinal    INTEGER NOT NULL CHECK (ordinal >= 1),
  verb       TEXT NOT NULL,
  text       TEXT NOT NULL,
  footnotes  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(footnotes) AND json_type(footnotes) = 'array'),
  CHECK (id = resolution || '#' || key),
  UNIQUE (resolution, ordinal)
) STRICT;

CREATE TABLE refs (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('resolution', 'document')),
  target       TEXT NOT NULL CHECK (target <> ''),
  verb         TEXT,
  date         TEXT,
  PRIMARY KEY (paragraph_id, seq)
) STRICT;

CREATE INDEX refs_by_target ON refs (target);

CREATE TABLE mentions (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  name         TEXT NOT NULL,
  entity_id    TEXT,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
  PRIMARY KEY (paragraph_id, seq)
) STRICT;

PRAGMA application_id = ${APPLICATION_ID};
`;

// Analysis pages and their quotes. A link to a resolution or paragraph is a soft reference (no
// foreign key): replacing a resolution re-creates its paragraphs, and linking runs again after
// every ingest, so a link that points nowhere for a moment is expected, not corrupt.
const V2 = `
CREATE TABLE analyses (
  key               TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
  title             TEXT NOT NULL,
  body              TEXT NOT NULL,
  session_type      TEXT NOT NULL,
  agenda_item       TEXT NOT NULL,
  country_concerned TEXT NOT NULL,
  summary           TEXT NOT NULL CHECK (json_valid(summary) AND json_type(summary) = 'array'),
  sponsors          TEXT NOT NULL CHECK (json_valid(sponsors) AND json_type(sponsors) = 'array'),
  votes             TEXT CHECK (votes IS NULL OR (json_valid(votes) AND json_type(votes) = 'object')),
  source_path       TEXT NOT NULL,
  source_hash       TEXT NOT NULL,
  resolution        TEXT,
  score             REAL,
  CHECK ((resolution IS NULL) = (score IS NULL))
) STRICT;

CREATE INDEX analyses_by_resolution ON analyses (resolution, key);
CREATE INDEX analyses_by_source_hash ON analyses (source_hash);

CREATE TABLE quotes (
  analysis_key TEXT NOT NULL REFERENCES analyses (key) ON DELETE CASCADE,
  seq          INTEGER NOT NULL CHECK (seq >= 0),
  section      TEXT NOT NULL CHECK (section IN ('praise', 'criticism')),
  text         TEXT NOT NULL,
  paragraph_id TEXT,
  score        REAL,
  CHECK ((paragraph_id IS NULL) = (score IS NULL)),
  PRIMARY KEY (analysis_key, seq)
) STRICT;
`;

// The whole graph model (see model-map.ts for which table holds which label and type).
// v1/v2 tables that change shape are renamed to v2_* and rebuilt: the data step (migrate-v3.ts)
// reads them back as documents, writes them through documentFacts like any ingest, and drops them.
// Column notes:
// - A Resolution row is a stub (only its symbol, stub = 1) while it is only cited; loading its text
//   fills the same row, so every edge pointing at it stays. Loaded rows keep the domain's "" for
//   "not given" in adopted_on/meeting/vote_method (keyset pagination sorts adopted_on as text).
// - paragraphs.pk is an explicit INTEGER PRIMARY KEY because the FTS index is keyed by rowid, and an
//   implicit rowid may change on VACUUM.
// - refs holds REFERS_TO (kind = 'resolution') and CITES (kind = 'document'); its target is a soft
//   reference (the writer guarantees the stub or document row, pruning removes orphans).
// - entities holds the five entity labels, keyed by (label, key); mentions, concerns, votes and
//   sponsorships reference it with a composite foreign key (a constant label column), so an entity
//   still referenced cannot be deleted by mistake.
// - recalls.dst references resolutions without a cascade: a cited resolution cannot vanish under
//   its citations, it becomes a stub instead.
const V3 = `
DROP INDEX resolutions_by_adoption;
DROP INDEX resolutions_by_source_hash;
DROP INDEX refs_by_target;
ALTER TABLE mentions RENAME TO v2_mentions;
ALTER TABLE refs RENAME TO v2_refs;
ALTER TABLE paragraphs RENAME TO v2_paragraphs;
ALTER TABLE resolutions RENAME TO v2_resolutions;

CREATE TABLE resolutions (
  symbol        TEXT NOT NULL PRIMARY KEY CHECK (symbol <> ''),
  stub          INTEGER NOT NULL CHECK (stub IN (0, 1)),
  title         TEXT,
  body          TEXT,
  session       TEXT,
  year          INTEGER,
  adopted_on    TEXT
                CHECK (adopted_on = '' OR adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  meeting       TEXT,
  vote_method   TEXT,
  votes_yes     INTEGER,
  votes_no      INTEGER,
  votes_abstain INTEGER,
  source_path   TEXT,
  source_hash   TEXT,
  CHECK (
    (votes_yes IS NULL AND votes_no IS NULL AND votes_abstain IS NULL)
    OR (votes_yes >= 0 AND votes_no >= 0 AND votes_abstain >= 0)
  ),
  CHECK (CASE stub
    WHEN 1 THEN coalesce(title, body, session, year, adopted_on, meeting, vote_method, votes_yes,
                         votes_no, votes_abstain, source_path, source_hash) IS NULL
    ELSE title IS NOT NULL AND body IS NOT NULL AND adopted_on IS NOT NULL AND meeting IS NOT NULL
         AND vote_method IS NOT NULL AND source_path IS NOT NULL AND source_hash IS NOT NULL
  END)
) STRICT;

CREATE INDEX resolutions_by_adoption ON resolutions (adopted_on, symbol) WHERE stub = 0;
CREATE INDEX resolutions_by_source_hash ON resolutions (source_hash);
CREATE INDEX resolutions_by_year ON resolutions (year);
CREATE INDEX resolutions_by_body ON resolutions (body, year);

CREATE TABLE paragraphs (
  pk         INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  key        TEXT NOT NULL CHECK (key <> ''),
  kind       TEXT NOT NULL CHECK (kind IN ('preambular', 'operative')),
  ordinal    INTEGER NOT NULL CHECK (ordinal >= 1),
  verb       TEXT NOT NULL,
  text       TEXT NOT NULL,
  footnotes  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(footnotes) AND json_type(footnotes) = 'array'),
  CHECK (id = resolution || '#' || key),
  UNIQUE (resolution, ordinal)
) STRICT;

-- External content: the text lives once, in paragraphs; triggers keep the index in step, in the
-- same transaction as the write, cascades from resolutions included.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
  text, content = 'paragraphs', content_rowid = 'pk', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF pk, text ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.pk, old.text);
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.pk, new.text);
END;

CREATE TABLE refs (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL CHECK (seq >= 0),
  kind         TEXT NOT NULL CHECK (kind IN ('resolution', 'document')),
  target       TEXT NOT NULL CHECK (target <> ''),
  verb         TEXT,
  date         TEXT,
  CHECK (kind = 'resolution' OR date IS NULL),
  PRIMARY KEY (paragraph_id, seq)
) STRICT;

CREATE INDEX refs_by_target ON refs (target, kind);

CREATE TABLE documents (
  symbol TEXT NOT NULL PRIMARY KEY CHECK (symbol <> '')
) STRICT, WITHOUT ROWID;

CREATE TABLE entities (
  label   TEXT NOT NULL CHECK (label IN ('Country', 'Person', 'Law', 'Instrument', 'Organization')),
  key     TEXT NOT NULL CHECK (key <> ''),
  name    TEXT NOT NULL,
  country TEXT CHECK (country IS NULL OR label = 'Law'),
  PRIMARY KEY (label, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX entities_by_country ON entities (country) WHERE country IS NOT NULL;

CREATE TABLE mentions (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL CHECK (seq >= 0),
  label        TEXT NOT NULL,
  entity_key   TEXT NOT NULL,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
  surface      TEXT NOT NULL,
  PRIMARY KEY (paragraph_id, seq),
  FOREIGN KEY (label, entity_key) REFERENCES entities (label, key)
) STRICT;

CREATE INDEX mentions_by_entity ON mentions (label, entity_key, paragraph_id);

CREATE TABLE recalls (
  src        TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  dst        TEXT NOT NULL REFERENCES resolutions (symbol),
  verbs      TEXT NOT NULL CHECK (json_valid(verbs) AND json_type(verbs) = 'array'),
  paragraphs TEXT NOT NULL CHECK (json_valid(paragraphs) AND json_type(paragraphs) = 'array'),
  PRIMARY KEY (src, dst)
) STRICT, WITHOUT ROWID;

CREATE INDEX recalls_by_dst ON recalls (dst, src);

CREATE TABLE concerns (
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country    TEXT NOT NULL,
  PRIMARY KEY (resolution, country),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX concerns_by_country ON concerns (label, country);

CREATE TABLE votes (
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country    TEXT NOT NULL,
  vote       TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
  PRIMARY KEY (resolution, country),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX votes_by_country ON votes (label, country);

-- SPONSORED is in the model, but no fact produces it yet (sponsors on analysis pages are names as
-- printed, not states): the table exists so that the mapping is total, and stays empty.
CREATE TABLE sponsorships (
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country    TEXT NOT NULL,
  PRIMARY KEY (resolution, country),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX sponsorships_by_country ON sponsorships (label, country);
`;

// Indexes the filtered lists need (findResolutions): resolutions by session, as they already are
// by body and year. Everything else they filter on already has one (concerns, mentions, refs, FTS).
const V4 = `
CREATE INDEX resolutions_by_session ON resolutions (session, year);
`;

// Bulk ingest defers full-text indexing to the end of each batch. FTS5 flushes its pending terms
// at every SAVEPOINT, so indexing row by row inside the per-document savepoints of a batch wrote one
// tiny segment per document and then merged them (about half of the write time). While a batch
// runs, its transaction holds a row in fts_deferral: the insert trigger then only notes the new
// paragraph in fts_pending, and the batch indexes all its pending paragraphs in one statement
// before it commits (DocumentWriter.batch). Both tables are empty in every committed state (the
// rows live and die inside one transaction), so readers, other connections and other tools see
// exactly the v4 behaviour: every trigger indexes at once when no deferral row is there. A
// paragraph deleted (or updated) while still pending leaves the index alone and drops (or moves)
// its pending row instead, since the index never held it.
const V5 = `
CREATE TABLE fts_deferral (
  active INTEGER NOT NULL PRIMARY KEY CHECK (active = 1)
) STRICT;

CREATE TABLE fts_pending (
  pk INTEGER PRIMARY KEY
) STRICT;

DROP TRIGGER paragraphs_fts_insert;
DROP TRIGGER paragraphs_fts_delete;
DROP TRIGGER paragraphs_fts_update;

CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral) BEGIN
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER paragraphs_fts_insert_deferred AFTER INSERT ON paragraphs
WHEN EXISTS (SELECT 1 FROM fts_deferral) BEGIN
  INSERT INTO fts_pending (pk) VALUES (new.pk);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text)
    SELECT 'delete', old.pk, old.text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE pk = old.pk);
  DELETE FROM fts_pending WHERE pk = old.pk;
END;
CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF pk, text ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text)
    SELECT 'delete', old.pk, old.text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE pk = old.pk);
  INSERT INTO paragraphs_fts (rowid, text)
    SELECT new.pk, new.text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE pk = old.pk);
  UPDATE fts_pending SET pk = new.pk WHERE pk = old.pk;
END;
`;

// SPONSORED edges come from analysis pages: each page linked to a resolution contributes its main
// sponsors (as states). A row is keyed by the page too, so that relinking one page replaces its
// own sponsorships and never another page's for the same resolution. The v3 table never held a
// row (nothing produced it), so it is dropped rather than copied.
const V6 = `
DROP INDEX sponsorships_by_country;
DROP TABLE sponsorships;

CREATE TABLE sponsorships (
  analysis_key TEXT NOT NULL REFERENCES analyses (key) ON DELETE CASCADE,
  resolution   TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label        TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country      TEXT NOT NULL,
  PRIMARY KEY (analysis_key, country),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX sponsorships_by_resolution ON sponsorships (resolution, country);
CREATE INDEX sponsorships_by_country ON sponsorships (label, country);
`;

// MENTIONS may come from a paragraph's footnotes (the mark says which; offsets index its text).
// Texts loaded before that were read without them: their hash is marked (as v3 did), so the next
// ingest of the same file reads it again and replaces it, rather than skipping it as unchanged.
// Hashes are hex: a ':' says a row is marked already.
const V7 = `
ALTER TABLE mentions ADD COLUMN footnote TEXT CHECK (footnote IS NULL OR length(footnote) > 0);

UPDATE resolutions SET source_hash = 'v6:' || source_hash
WHERE stub = 0 AND source_hash IS NOT NULL AND instr(source_hash, ':') = 0;
`;

// The UN's metadata (upsertMetadata) beside the texts. A resolution row carries its metadata in
// columns of its own, which a text write never touches, so either may be loaded first and a stub
// may carry metadata (a stub with metadata_hash is never pruned). VOTED and SPONSORED rows say
// where they come from (`source`): a text's votes and a page's sponsors are replaced with them, the
// metadata's with it. A sponsorship from metadata has no analysis page, so the table is rebuilt
// with a nullable analysis_key. Subjects (UNBIS, SDG, EuroVoc headings) and the ABOUT edges to
// them, from a text (AKN) or from metadata, are new. Texts loaded before are plain text. The
// metadata's title, date and meeting are a stub's (a loaded text's own always win): a stub sorts by
// its metadata_adopted_on where lists order by date.
const V8 = `
ALTER TABLE resolutions ADD COLUMN source_format TEXT CHECK (source_format IS NULL OR source_format IN ('akn', 'pdf', 'text'));
ALTER TABLE resolutions ADD COLUMN metadata_title TEXT;
ALTER TABLE resolutions ADD COLUMN metadata_adopted_on TEXT
  CHECK (metadata_adopted_on IS NULL OR metadata_adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE resolutions ADD COLUMN metadata_meeting TEXT;
ALTER TABLE resolutions ADD COLUMN adoption_type TEXT;
ALTER TABLE resolutions ADD COLUMN originating_document TEXT;
ALTER TABLE resolutions ADD COLUMN committee TEXT;
ALTER TABLE resolutions ADD COLUMN agenda_item TEXT;
ALTER TABLE resolutions ADD COLUMN verbatim_record TEXT;
ALTER TABLE resolutions ADD COLUMN metadata_votes_yes INTEGER CHECK (metadata_votes_yes IS NULL OR metadata_votes_yes >= 0);
ALTER TABLE resolutions ADD COLUMN metadata_votes_no INTEGER CHECK (metadata_votes_no IS NULL OR metadata_votes_no >= 0);
ALTER TABLE resolutions ADD COLUMN metadata_votes_abstain INTEGER CHECK (metadata_votes_abstain IS NULL OR metadata_votes_abstain >= 0);
ALTER TABLE resolutions ADD COLUMN metadata_path TEXT;
ALTER TABLE resolutions ADD COLUMN metadata_hash TEXT;

UPDATE resolutions SET source_format = 'text' WHERE stub = 0;

CREATE TABLE votes_v8 (
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country    TEXT NOT NULL,
  vote       TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
  source     TEXT NOT NULL CHECK (source IN ('text', 'metadata')),
  PRIMARY KEY (resolution, country, source),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT, WITHOUT ROWID;
INSERT INTO votes_v8 (resolution, label, country, vote, source) SELECT resolution, label, country, vote, 'text' FROM votes;
DROP TABLE votes;
ALTER TABLE votes_v8 RENAME TO votes;
CREATE INDEX votes_by_country ON votes (label, country, resolution);

CREATE TABLE sponsorships_v8 (
  analysis_key TEXT REFERENCES analyses (key) ON DELETE CASCADE,
  resolution   TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  label        TEXT NOT NULL DEFAULT 'Country' CHECK (label = 'Country'),
  country      TEXT NOT NULL,
  source       TEXT NOT NULL CHECK (source IN ('analysis', 'metadata')),
  additional   INTEGER NOT NULL DEFAULT 0 CHECK (additional IN (0, 1)),
  CHECK ((source = 'analysis') = (analysis_key IS NOT NULL)),
  CHECK (source = 'metadata' OR additional = 0),
  FOREIGN KEY (label, country) REFERENCES entities (label, key)
) STRICT;
INSERT INTO sponsorships_v8 (analysis_key, resolution, label, country, source, additional)
  SELECT analysis_key, resolution, label, country, 'analysis', 0 FROM sponsorships;
DROP TABLE sponsorships;
ALTER TABLE sponsorships_v8 RENAME TO sponsorships;
CREATE UNIQUE INDEX sponsorships_by_analysis ON sponsorships (analysis_key, country);
CREATE UNIQUE INDEX sponsorships_from_metadata ON sponsorships (resolution, country) WHERE source = 'metadata';
CREATE INDEX sponsorships_by_resolution ON sponsorships (resolution, country);
CREATE INDEX sponsorships_by_country ON sponsorships (label, country, resolution);

CREATE TABLE subjects (
  key    TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
  scheme TEXT NOT NULL CHECK (scheme IN ('UNBIS', 'SDG', 'EuroVoc')),
  code   TEXT NOT NULL CHECK (code <> ''),
  label  TEXT NOT NULL,
  CHECK (key = scheme || ':' || code)
) STRICT, WITHOUT ROWID;

CREATE TABLE about (
  resolution TEXT NOT NULL REFERENCES resolutions (symbol) ON DELETE CASCADE,
  subject    TEXT NOT NULL REFERENCES subjects (key),
  source     TEXT NOT NULL CHECK (source IN ('text', 'metadata')),
  PRIMARY KEY (resolution, subject, source)
) STRICT, WITHOUT ROWID;

CREATE INDEX about_by_subject ON about (subject, resolution);
`;

/** In ascending version order; append, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: V1 },
  { version: 2, sql: V2 },
  { version: 3, sql: V3, data: migrateV2Documents },
  { version: 4, sql: V4 },
  { version: 5, sql: V5 },
  { version: 6, sql: V6 },
  { version: 7, sql: V7 },
  { version: 8, sql: V8 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

const readInt = (db: Database.Database, pragma: string): number => Number(db.pragma(pragma, { simple: true }));

/**
 * Checks that the file is a resgraph store this version understands, before anything is written
 * to it: a newer schema or a foreign database must stay untouched.
 */
export function checkSchema(db: Database.Database, path: string): void {
  const found = readInt(db, "user_version");
  if (found > SCHEMA_VERSION) throw new StoreSchemaMismatchError(path, found, SCHEMA_VERSION);
  const appId = readInt(db, "application_id");
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw new StoreUnavailableError(path, "not a resgraph database (it belongs to another application)");
  }
  if (found === 0 && appId === 0) {
    const objects = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM sqlite_schema`).get();
    if ((objects?.n ?? 0) > 0) {
      throw new StoreUnavailableError(path, "not a resgraph database (it already holds other tables)");
    }
  }
}

/** Applies the pending migrations, all in one write transaction so that a crash leaves none half-done. */
export function migrate(db: Database.Database, path: string): void {
  db.transaction(() => {
    // Read again inside the write lock: another process may have migrated since checkSchema.
    const current = readInt(db, "user_version");
    if (current > SCHEMA_VERSION) throw new StoreSchemaMismatchError(path, current, SCHEMA_VERSION);
    const pending = MIGRATIONS.filter((m) => m.version > current);
    for (const migration of pending) db.exec(migration.sql);
    // Data steps write through today's code (DocumentWriter), which needs today's tables: they run
    // once every pending DDL has, in version order. (DDL never needs a data step's rows.)
    for (const migration of pending) migration.data?.(db);
    // PRAGMA takes no bound parameters; the version is a code constant, never outside input.
    if (pending.length > 0) db.pragma(`user_version = ${Math.trunc(SCHEMA_VERSION)}`);
  }).immediate();
}
