// The SQLite schema and its versioned migrations. `PRAGMA user_version` records the last migration
// applied; a database from a newer resgraph is refused rather than half-understood.

import type Database from "better-sqlite3";
import { StoreSchemaMismatchError, StoreUnavailableError } from "../../errors.js";
import { COUNT_SCHEMA_OBJECTS } from "./statements.js";

/**
 * Marks a file as a resgraph store (`PRAGMA application_id`, "rgrh"), so that pointing resgraph at
 * some other application's SQLite file is refused instead of adding tables to it.
 */
export const APPLICATION_ID = 0x72677268;

export interface Migration {
  /** The `user_version` the database has once this migration is applied. */
  readonly version: number;
  readonly sql: string;
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

/** In ascending version order; append, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: V1 },
  { version: 2, sql: V2 },
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
    const objects = db.prepare<[], { n: number }>(COUNT_SCHEMA_OBJECTS).get();
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
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the version is a code constant, never outside input.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
  }).immediate();
}
