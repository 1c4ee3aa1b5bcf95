// The UN's per-resolution metadata on SQLite (upsertMetadata), and the reads that come with it:
// sponsorships, subjects and the resolutions about them, a state's votes, the format of each text.
// A record is matched to its resolution by symbol: a symbol not loaded gets a stub row that carries
// it. Writing a record replaces only its own facts (the metadata columns, and the VOTED, SPONSORED
// and ABOUT rows whose source is the metadata); a text write never touches them (documents/sqlite.ts).

import type Database from "better-sqlite3";
import type { SourceFormat, Vote } from "../../../domain.js";
import { metadataFacts, type MetadataFacts } from "../../facts.js";
import { manyPerKey, onePerKey } from "../../per-key.js";
import type { MetadataItem, MetadataResult, SponsorshipRecord, SubjectRecord, UpsertStatus, VoteOfCountry } from "../../port.js";
import { toEntityRecord, toSubjectRecord, type EntityFields, type SubjectFields } from "../../records.js";
import { unavailableReason } from "../../sqlite/failures.js";
import { datedOrder, keysParam, prepare, sql, type Prepared } from "../../sqlite/sql.js";
import { FROM_METADATA, type DocumentWriter } from "../documents/sqlite.js";

const COUNTRY = "Country";
const UNDATED = "";

export const METADATA_SQL = {
  setMetadata: sql(
    `UPDATE resolutions SET metadata_title = @metadataTitle, metadata_adopted_on = @metadataAdoptedOn,
  metadata_meeting = @metadataMeeting, adoption_type = @adoptionType, originating_document = @originatingDocument,
  committee = @committee, agenda_item = @agendaItem, verbatim_record = @verbatimRecord,
  metadata_votes_yes = @metadataVotesYes, metadata_votes_no = @metadataVotesNo, metadata_votes_abstain = @metadataVotesAbstain,
  metadata_path = @metadataPath, metadata_hash = @metadataHash
WHERE symbol = @symbol`,
    [{ symbol: "s", metadataTitle: null, metadataAdoptedOn: null, metadataMeeting: null, adoptionType: null, originatingDocument: null, committee: null, agendaItem: null, verbatimRecord: null, metadataVotesYes: null, metadataVotesNo: null, metadataVotesAbstain: null, metadataPath: null, metadataHash: null }],
  ),
  /** The states the symbol's metadata points at: candidates for pruning once it is replaced. */
  metadataCountries: sql(
    `SELECT country FROM votes WHERE resolution = @symbol AND source = @source
UNION SELECT country FROM sponsorships WHERE resolution = @symbol AND source = @source
ORDER BY country`,
    [{ symbol: "s", source: FROM_METADATA }],
  ),
  deleteMetadataSponsorships: sql(
    `DELETE FROM sponsorships WHERE resolution = @symbol AND source = @source`,
    [{ symbol: "s", source: FROM_METADATA }],
  ),
  /** A state is created with the name the record gives it, never renamed (as a mention would). */
  upsertCountry: sql(
    `INSERT INTO entities (label, key, name, country) VALUES (@label, @key, @name, NULL)
ON CONFLICT (label, key) DO NOTHING`,
    [{ label: COUNTRY, key: "k", name: "n" }],
  ),
  insertVote: sql(
    `INSERT INTO votes (resolution, country, vote, source) VALUES (@resolution, @country, @vote, @source)
ON CONFLICT DO NOTHING`,
    [{ resolution: "s", country: "c", vote: "yes", source: FROM_METADATA }],
  ),
  insertSponsorship: sql(
    `INSERT INTO sponsorships (analysis_key, resolution, country, source, additional)
VALUES (NULL, @resolution, @country, @source, @additional) ON CONFLICT DO NOTHING`,
    [{ resolution: "s", country: "c", source: FROM_METADATA, additional: 0 }],
  ),

  // --- reads --------------------------------------------------------------------------------------

  /** Loaded texts only: a stub has no format. */
  sourceFormatsOf: sql(
    `SELECT symbol, source_format AS sourceFormat FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?)) AND stub = 0`,
    ['["k"]'],
  ),
  /** Each subject once per resolution, whether the text, the metadata or both classify it so. */
  subjectsOf: sql(
    `SELECT DISTINCT a.resolution AS owner, s.key, s.scheme, s.code, s.label FROM about AS a
JOIN subjects AS s ON s.key = a.subject
WHERE a.resolution IN (SELECT value FROM json_each(?))
ORDER BY a.resolution, s.scheme, s.code`,
    ['["k"]'],
  ),
  subjectsByKeys: sql(
    `SELECT key, scheme, code, label FROM subjects WHERE key IN (SELECT value FROM json_each(?))`,
    ['["k"]'],
  ),
  resolutionsOfSubjects: sql(
    `SELECT DISTINCT subject AS owner, resolution AS symbol FROM about
WHERE subject IN (SELECT value FROM json_each(?))
ORDER BY subject, resolution`,
    ['["k"]'],
  ),
  sponsorshipsOf: sql(
    `SELECT s.resolution AS owner, s.source, s.additional, s.analysis_key AS analysis, e.label, e.key, e.name, e.country
FROM sponsorships AS s
JOIN entities AS e ON e.label = s.label AND e.key = s.country
WHERE s.resolution IN (SELECT value FROM json_each(?))
ORDER BY s.resolution, e.name, e.key, s.source, s.analysis_key`,
    ['["k"]'],
  ),
  /** A state's votes, one per resolution (the metadata's when both give one), by the resolution's (adoptedOn, symbol), a stub by its metadata's date. */
  votesOfCountries: sql(
    `SELECT v.country AS owner, v.resolution, v.vote FROM votes AS v
JOIN resolutions AS r ON r.symbol = v.resolution
WHERE v.label = @countryLabel AND v.country IN (SELECT value FROM json_each(@keys))
  AND (@vote IS NULL OR v.vote = @vote)
  AND (v.source = @metadata
    OR NOT EXISTS (SELECT m.vote FROM votes AS m WHERE m.resolution = v.resolution AND m.country = v.country AND m.source = @metadata))
ORDER BY v.country, ${datedOrder("r")}, r.symbol`,
    [{ keys: '["k"]', countryLabel: COUNTRY, vote: "yes", metadata: FROM_METADATA, undated: UNDATED }],
  ),
} as const;

type Run<P> = Prepared<P>;
type Get<P, R> = Prepared<P, R>;
type Batched<R> = Prepared<[string], R>;
type Owned<R> = R & { owner: string };

/** Writes one record's facts; runs inside the transaction or savepoint the caller opened. */
class MetadataWriter {
  readonly #set: Run<Record<string, unknown>>;
  readonly #countries: Get<{ symbol: string; source: string }, { country: string }>;
  readonly #deleteSponsorships: Run<{ symbol: string; source: string }>;
  readonly #upsertCountry: Run<{ label: string; key: string; name: string }>;
  readonly #insertVote: Run<{ resolution: string; country: string; vote: string; source: string }>;
  readonly #insertSponsorship: Run<{ resolution: string; country: string; source: string; additional: number }>;
  readonly #documents: DocumentWriter;

  constructor(db: Database.Database, documents: DocumentWriter) {
    const s = METADATA_SQL;
    this.#documents = documents;
    this.#set = prepare(db, s.setMetadata);
    this.#countries = prepare(db, s.metadataCountries);
    this.#deleteSponsorships = prepare(db, s.deleteMetadataSponsorships);
    this.#upsertCountry = prepare(db, s.upsertCountry);
    this.#insertVote = prepare(db, s.insertVote);
    this.#insertSponsorship = prepare(db, s.insertSponsorship);
  }

  write(facts: MetadataFacts): MetadataResult {
    const symbol = facts.symbol;
    const existing = this.#documents.stateOf(symbol);
    const loaded = existing !== undefined && existing.stub === 0;
    if (existing?.metadataHash === facts.properties.metadataHash) return { symbol, status: "unchanged", loaded };
    const status: UpsertStatus = existing?.metadataHash ? "replaced" : "created";
    if (!existing) this.#documents.ensureRow(symbol);
    // What the former metadata pointed at, removed first: pruned once the new facts are written.
    const formerCountries = this.#countries.all({ symbol, source: FROM_METADATA }).map((r) => r.country);
    this.#documents.removeVotes(symbol, FROM_METADATA);
    this.#deleteSponsorships.run({ symbol, source: FROM_METADATA });
    const formerSubjects = this.#documents.removeSubjects(symbol, FROM_METADATA);

    this.#set.run({ symbol, ...facts.properties });
    for (const c of facts.countries) this.#upsertCountry.run({ label: COUNTRY, key: c.code, name: c.name });
    for (const v of facts.votes) this.#insertVote.run({ resolution: symbol, country: v.country, vote: v.vote, source: FROM_METADATA });
    for (const s of facts.sponsors) {
      this.#insertSponsorship.run({ resolution: symbol, country: s.country, source: FROM_METADATA, additional: s.additional ? 1 : 0 });
    }
    this.#documents.writeSubjects(symbol, facts.subjects, FROM_METADATA);
    this.#documents.pruneCountriesAndSubjects(formerCountries, formerSubjects);
    return { symbol, status, loaded };
  }
}

interface SponsorshipRow extends EntityFields {
  owner: string;
  source: "analysis" | "metadata";
  additional: number;
  analysis: string | null;
}

export class SqliteMetadata {
  readonly #writeOne: Database.Transaction<(facts: MetadataFacts) => MetadataResult>;
  readonly #writeMany: Database.Transaction<(items: readonly MetadataItem[]) => (MetadataResult | Error)[]>;
  readonly #formats: Batched<{ symbol: string; sourceFormat: string | null }>;
  readonly #subjectsOf: Batched<Owned<SubjectFields>>;
  readonly #subjectsByKeys: Batched<SubjectFields>;
  readonly #resolutionsOfSubjects: Batched<{ owner: string; symbol: string }>;
  readonly #sponsorships: Batched<SponsorshipRow>;
  readonly #votesOfCountries: Prepared<{ keys: string; countryLabel: string; vote: string | null; metadata: string; undated: string }, { owner: string; resolution: string; vote: Vote }>;

  constructor(db: Database.Database, documents: DocumentWriter) {
    const writer = new MetadataWriter(db, documents);
    this.#writeOne = db.transaction((facts: MetadataFacts) => writer.write(facts));
    // Inside this transaction each #writeOne is a SAVEPOINT: a failing record rolls back alone.
    this.#writeMany = db.transaction((items: readonly MetadataItem[]) => items.map((item) => this.#one(item)));
    const s = METADATA_SQL;
    this.#formats = prepare(db, s.sourceFormatsOf);
    this.#subjectsOf = prepare(db, s.subjectsOf);
    this.#subjectsByKeys = prepare(db, s.subjectsByKeys);
    this.#resolutionsOfSubjects = prepare(db, s.resolutionsOfSubjects);
    this.#sponsorships = prepare(db, s.sponsorshipsOf);
    this.#votesOfCountries = prepare(db, s.votesOfCountries);
  }

  upsertMetadata(items: readonly MetadataItem[]): (MetadataResult | Error)[] {
    return items.length === 0 ? [] : this.#writeMany.immediate(items);
  }

  #one({ metadata, source }: MetadataItem): MetadataResult | Error {
    try {
      return this.#writeOne(metadataFacts(metadata, source));
    } catch (err) {
      if (unavailableReason(err) !== undefined) throw err;
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  sourceFormatsOf(symbols: readonly string[]): (SourceFormat | null)[] {
    if (symbols.length === 0) return [];
    const rows = this.#formats.all(keysParam(symbols));
    // A text loaded before formats were recorded was read as plain text.
    return onePerKey(symbols, rows, (r) => r.symbol).map((r) => (r === null ? null : ((r.sourceFormat ?? "text") as SourceFormat)));
  }

  subjectsOf(symbols: readonly string[]): SubjectRecord[][] {
    if (symbols.length === 0) return [];
    return manyPerKey(symbols, this.#subjectsOf.all(keysParam(symbols)), (r) => r.owner, toSubjectRecord);
  }

  subjectsByKeys(keys: readonly string[]): (SubjectRecord | null)[] {
    if (keys.length === 0) return [];
    return onePerKey(keys, this.#subjectsByKeys.all(keysParam(keys)).map(toSubjectRecord), (s) => s.id);
  }

  resolutionsOfSubjects(keys: readonly string[]): string[][] {
    if (keys.length === 0) return [];
    return manyPerKey(keys, this.#resolutionsOfSubjects.all(keysParam(keys)), (r) => r.owner, (r) => r.symbol);
  }

  sponsorshipsOf(symbols: readonly string[]): SponsorshipRecord[][] {
    if (symbols.length === 0) return [];
    return manyPerKey(symbols, this.#sponsorships.all(keysParam(symbols)), (r) => r.owner, sponsorshipOf);
  }

  votesOfCountries(codes: readonly string[], vote?: Vote): VoteOfCountry[][] {
    if (codes.length === 0) return [];
    const rows = this.#votesOfCountries.all({ keys: keysParam(codes), countryLabel: COUNTRY, vote: vote ?? null, metadata: FROM_METADATA, undated: UNDATED });
    return manyPerKey(codes, rows, (r) => r.owner, (r) => ({ resolution: r.resolution, vote: r.vote }));
  }
}

export function sponsorshipOf(r: Omit<SponsorshipRow, "additional"> & { additional: number | boolean | null }): SponsorshipRecord {
  const record: SponsorshipRecord = { country: toEntityRecord(r), source: r.source, additional: r.additional === true || r.additional === 1 };
  if (r.analysis !== null && r.analysis !== undefined) record.analysis = r.analysis;
  return record;
}
