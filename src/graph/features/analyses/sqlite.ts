// Analysis pages on SQLite: written whole (a page and its quotes), linked to the resolution and
// paragraphs their quotes match (a separate step: it depends on which resolutions are loaded), and
// read back with their quotes. Sponsors of a linked page become SPONSORED rows.

import type Database from "better-sqlite3";
import type { AnalysisDocument, SourceInfo } from "../../../domain.js";
import { manyPerKey } from "../../per-key.js";
import type { AnalysisLink, AnalysisRecord, UpsertOutcome, UpsertStatus } from "../../port.js";
import { toAnalysisRecord, type AnalysisFields, type QuoteFields } from "../../records.js";
import { decodeJson, keysParam, prepare, sql, type Prepared } from "../../sqlite/sql.js";
import type { DocumentWriter } from "../documents/sqlite.js";

/** The table's columns, in the order UPSERT_ANALYSIS writes them. */
const ANALYSIS_COLUMNS = `key, title, body, session_type, agenda_item, country_concerned, summary, sponsors, votes,
  source_path, source_hash, resolution, score`;

/** The same, read back under the names of records.ts (AnalysisFields); lists still JSON text. */
const ANALYSIS_FIELDS = `key, title, body, session_type AS sessionType, agenda_item AS agendaItem,
  country_concerned AS countryConcerned, summary, sponsors, votes, source_path AS sourcePath, source_hash AS sourceHash,
  resolution, score`;

export const ANALYSIS_SQL = {
  selectAnalysisHash: sql(
    `SELECT source_hash FROM analyses WHERE key = ?`,
    ["k"],
  ),

  upsertAnalysis: sql(
    `INSERT INTO analyses (${ANALYSIS_COLUMNS})
VALUES (@key, @title, @body, @sessionType, @agendaItem, @countryConcerned, @summary, @sponsors, @votes,
  @sourcePath, @sourceHash, NULL, NULL)
ON CONFLICT (key) DO UPDATE SET
  title = excluded.title, body = excluded.body, session_type = excluded.session_type,
  agenda_item = excluded.agenda_item, country_concerned = excluded.country_concerned,
  summary = excluded.summary, sponsors = excluded.sponsors, votes = excluded.votes,
  source_path = excluded.source_path, source_hash = excluded.source_hash, resolution = NULL, score = NULL`,
    [{ key: null, title: null, body: null, sessionType: null, agendaItem: null, countryConcerned: null, summary: null, sponsors: null, votes: null, sourcePath: null, sourceHash: null }],
  ),

  deleteQuotesOfAnalysis: sql(
    `DELETE FROM quotes WHERE analysis_key = ?`,
    ["k"],
  ),

  insertQuote: sql(
    `INSERT INTO quotes (analysis_key, seq, section, text, paragraph_id, score)
VALUES (@key, @seq, @section, @text, NULL, NULL)`,
    [{ key: null, seq: null, section: null, text: null }],
  ),

  linkAnalysis: sql(
    `UPDATE analyses SET resolution = @resolution, score = @score WHERE key = @key`,
    [{ resolution: null, score: null, key: null }],
  ),

  unlinkQuotes: sql(
    `UPDATE quotes SET paragraph_id = NULL, score = NULL WHERE analysis_key = ?`,
    ["k"],
  ),

  linkQuote: sql(
    `UPDATE quotes SET paragraph_id = @paragraphId, score = @score
WHERE analysis_key = @key AND seq = @seq`,
    [{ paragraphId: null, score: null, key: null, seq: null }],
  ),

  /** A page's SPONSORED edges, replaced on every link (the page is the key, not the resolution). */
  deleteSponsorshipsOfAnalysis: sql(
    `DELETE FROM sponsorships WHERE analysis_key = ?`,
    ["k"],
  ),

  /** The states a page's SPONSORED edges come from: candidates for pruning once the edges are replaced. */
  sponsorsOfAnalysis: sql(
    `SELECT DISTINCT country FROM sponsorships WHERE analysis_key = ?`,
    ["k"],
  ),

  /** A sponsor not yet in the graph becomes a Country (as a mention would make it). */
  upsertSponsor: sql(
    `INSERT INTO entities (label, key, name, country) VALUES (@label, @key, @name, @country)
ON CONFLICT (label, key) DO NOTHING`,
    [{ label: null, key: null, name: null, country: null }],
  ),

  selectStubFlag: sql(`SELECT stub FROM resolutions WHERE symbol = ?`, ["s"]),

  insertSponsorship: sql(
    `INSERT INTO sponsorships (analysis_key, resolution, country, source)
VALUES (@key, @resolution, @country, @source) ON CONFLICT DO NOTHING`,
    [{ key: null, resolution: null, country: null, source: null }],
  ),

  listAnalyses: sql(
    `SELECT ${ANALYSIS_FIELDS} FROM analyses ORDER BY key`,
    [],
  ),

  analysesOfResolutions: sql(
    `SELECT ${ANALYSIS_FIELDS} FROM analyses
WHERE resolution IN (SELECT value FROM json_each(?))
ORDER BY resolution, key`,
    ['["k"]'],
  ),

  /** Quotes of the analyses named by a JSON array of keys. */
  quotesOfAnalyses: sql(
    `SELECT analysis_key AS analysisKey, seq, section, text, paragraph_id AS paragraphId, score FROM quotes
WHERE analysis_key IN (SELECT value FROM json_each(?))
ORDER BY analysis_key, seq`,
    ['["k"]'],
  ),

  paragraphTexts: sql(
    `SELECT id, text FROM paragraphs ORDER BY id`,
    [],
  ),
} as const;

/** An analysis row: AnalysisFields with its lists as the JSON text the table keeps. */
type AnalysisRow = Omit<AnalysisFields, "summary" | "sponsors" | "votes"> & { summary: string; sponsors: string; votes: string | null };
type QuoteRow = QuoteFields & { analysisKey: string; seq: number };

interface AnalysisParams {
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

function analysisParams(key: string, a: AnalysisDocument, source: SourceInfo): AnalysisParams {
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

const analysisOf = (row: AnalysisRow, quotes: readonly QuoteFields[]): AnalysisRecord =>
  toAnalysisRecord(
    {
      ...row,
      summary: decodeJson<string[]>(row.summary),
      sponsors: decodeJson<string[]>(row.sponsors),
      votes: row.votes === null ? null : decodeJson<NonNullable<AnalysisFields["votes"]>>(row.votes),
    },
    quotes,
  );

type Run<P> = Prepared<P>;

/** The `source` of the SPONSORED rows a linked page writes (bound, never spliced). */
const FROM_ANALYSIS = "analysis";

export class SqliteAnalyses {
  readonly #selectHash: Prepared<[string], { source_hash: string }>;
  readonly #upsertRow: Run<AnalysisParams>;
  readonly #deleteQuotes: Run<[string]>;
  readonly #insertQuote: Run<{ key: string; seq: number; section: string; text: string }>;
  readonly #linkAnalysis: Run<{ key: string; resolution: string | null; score: number | null }>;
  readonly #unlinkQuotes: Run<[string]>;
  readonly #linkQuote: Run<{ key: string; seq: number; paragraphId: string; score: number }>;
  readonly #upsertEntity: Run<{ label: string; key: string; name: string; country: string | null }>;
  readonly #deleteSponsorships: Run<[string]>;
  readonly #sponsorsOfAnalysis: Prepared<[string], string>;
  readonly #selectStub: Prepared<[string], { stub: number }>;
  readonly #insertSponsorship: Run<{ key: string; resolution: string; country: string; source: string }>;
  readonly #list: Prepared<[], AnalysisRow>;
  readonly #ofResolutions: Prepared<[string], AnalysisRow>;
  readonly #quotesOf: Prepared<[string], QuoteRow>;
  readonly #paragraphTexts: Prepared<[], { id: string; text: string }>;
  readonly #write: Database.Transaction<(key: string, a: AnalysisDocument, source: SourceInfo) => UpsertStatus>;
  readonly #writeLinks: Database.Transaction<(links: readonly AnalysisLink[]) => void>;

  /** `writer` prunes the states a relinked page no longer names, as writing documents does. */
  constructor(db: Database.Database, writer: DocumentWriter) {
    const s = ANALYSIS_SQL;
    this.#selectHash = prepare(db, s.selectAnalysisHash);
    this.#upsertRow = prepare(db, s.upsertAnalysis);
    this.#deleteQuotes = prepare(db, s.deleteQuotesOfAnalysis);
    this.#insertQuote = prepare(db, s.insertQuote);
    this.#linkAnalysis = prepare(db, s.linkAnalysis);
    this.#unlinkQuotes = prepare(db, s.unlinkQuotes);
    this.#linkQuote = prepare(db, s.linkQuote);
    this.#upsertEntity = prepare(db, s.upsertSponsor);
    this.#deleteSponsorships = prepare(db, s.deleteSponsorshipsOfAnalysis);
    this.#sponsorsOfAnalysis = prepare<Prepared<[string], string>>(db, s.sponsorsOfAnalysis).pluck();
    this.#selectStub = prepare(db, s.selectStubFlag);
    this.#insertSponsorship = prepare(db, s.insertSponsorship);
    this.#list = prepare(db, s.listAnalyses);
    this.#ofResolutions = prepare(db, s.analysesOfResolutions);
    this.#quotesOf = prepare(db, s.quotesOfAnalyses);
    this.#paragraphTexts = prepare(db, s.paragraphTexts);
    this.#write = db.transaction((key: string, a: AnalysisDocument, source: SourceInfo) => this.#put(key, a, source));
    this.#writeLinks = db.transaction((links: readonly AnalysisLink[]) => {
      // Pruned once all pages are relinked (as on Neo4j): a state one page drops and another adds
      // stays the node it was.
      const formerSponsors = links.flatMap((link) => this.#putLink(link));
      writer.pruneCountries([...new Set(formerSponsors)]);
    });
  }

  upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): UpsertOutcome {
    return { symbol: key, status: this.#write.immediate(key, analysis, source) };
  }

  linkAnalyses(links: readonly AnalysisLink[]): void {
    this.#writeLinks.immediate(links);
  }

  listAnalyses(): AnalysisRecord[] {
    return this.#withQuotes(this.#list.all());
  }

  analysesOfResolutions(symbols: readonly string[]): AnalysisRecord[][] {
    const records = symbols.length === 0 ? [] : this.#withQuotes(this.#ofResolutions.all(keysParam(symbols)));
    return manyPerKey(symbols, records, (a) => a.resolution ?? "");
  }

  paragraphTexts(): { id: string; text: string }[] {
    return this.#paragraphTexts.all();
  }

  #put(key: string, a: AnalysisDocument, source: SourceInfo): UpsertStatus {
    const existing = this.#selectHash.get(key);
    if (existing?.source_hash === source.hash) return "unchanged";
    this.#upsertRow.run(analysisParams(key, a, source));
    this.#deleteQuotes.run(key);
    a.quotes.forEach((q, seq) => this.#insertQuote.run({ key, seq, section: q.section, text: q.text }));
    return existing ? "replaced" : "created";
  }

  /** Writes one page's links; gives the states its SPONSORED edges came from before. */
  #putLink({ key, resolution, matches, sponsors }: AnalysisLink): string[] {
    this.#linkAnalysis.run({ key, resolution: resolution?.symbol ?? null, score: resolution?.score ?? null });
    this.#unlinkQuotes.run(key);
    for (const m of matches) this.#linkQuote.run({ key, seq: m.quote, paragraphId: m.paragraphId, score: m.score });
    const formerSponsors = this.#sponsorsOfAnalysis.all(key);
    this.#deleteSponsorships.run(key);
    // Like the analysis link itself, a link to a resolution that is not loaded is dropped.
    if (resolution && this.#selectStub.get(resolution.symbol) !== undefined) {
      for (const c of sponsors) {
        this.#upsertEntity.run({ label: "Country", key: c.code, name: c.name, country: null });
        this.#insertSponsorship.run({ key, resolution: resolution.symbol, country: c.code, source: FROM_ANALYSIS });
      }
    }
    // A state that was only ever a sponsor goes with its last sponsorship, as entities do with their last mention.
    return formerSponsors;
  }

  /** One query for the quotes of all the analyses read, not one per analysis. */
  #withQuotes(rows: AnalysisRow[]): AnalysisRecord[] {
    if (rows.length === 0) return [];
    const keys = rows.map((r) => r.key);
    const quotes = manyPerKey(keys, this.#quotesOf.all(keysParam(keys)), (q) => q.analysisKey);
    return rows.map((row, i) => analysisOf(row, quotes[i] ?? []));
  }
}
