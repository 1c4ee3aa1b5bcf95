// The embedded GraphStore: one SQLite file (or :memory:) opened with the schema in place, and the
// features (../features/*/sqlite.ts) composed over it. better-sqlite3 is synchronous; the methods
// are async only to honour the port. Every statement is prepared once, when the store opens, so a
// call never re-parses SQL. Every call goes through #use: a closed store or a failing database
// becomes StoreUnavailableError in one place.

import type Database from "better-sqlite3";
import type { AnalysisDocument, ResolutionDocument, SourceFormat, SourceInfo, Vote } from "../../domain.js";
import { StoreUnavailableError } from "../../errors.js";
import { SqliteAnalyses } from "../features/analyses/sqlite.js";
import { SqliteCounts } from "../features/counts/sqlite.js";
import { SqliteDocuments } from "../features/documents/sqlite.js";
import { SqliteEntities } from "../features/entities/sqlite.js";
import { SqliteExport } from "../features/export/sqlite.js";
import { SqliteLineage } from "../features/lineage/sqlite.js";
import { SqliteLists } from "../features/lists/sqlite.js";
import { SqliteLookups } from "../features/lookups/sqlite.js";
import { SqliteMetadata } from "../features/metadata/sqlite.js";
import { SqliteMetrics } from "../features/metrics/sqlite.js";
import { SqliteRelations } from "../features/relations/sqlite.js";
import { SqliteSearch } from "../features/search/sqlite.js";
import type { EntityLabel } from "../model.js";
import type {
  AnalysisLink,
  AnalysisRecord,
  BatchItem,
  CitationTarget,
  CitingParagraph,
  CoMention,
  CountryVoteRecord,
  EntityRecord,
  EntityRef,
  ExportArgs,
  ExportBatch,
  FindParagraphsArgs,
  FindResolutionsArgs,
  GraphCounts,
  GraphStore,
  LineageDirection,
  LineageEntry,
  ListResolutionsArgs,
  MentionRecord,
  MetadataItem,
  MetadataResult,
  MostCitedArgs,
  MostCitedPage,
  Page,
  PageWindow,
  ParagraphRecord,
  PathHop,
  RecallEdge,
  RecallSubgraph,
  ReferenceRecord,
  ResolutionNode,
  ResolutionPage,
  ResolutionRecord,
  SearchArgs,
  SearchHit,
  SponsorshipRecord,
  StoreCounts,
  SubjectRecord,
  UpsertOutcome,
  VoteOfCountry,
  YearWindow,
} from "../port.js";
import { withPortChecks } from "../port-checks.js";
import { useFailure } from "./failures.js";
import { openDatabase, type OpenOptions } from "./open.js";

export type SqliteStoreOptions = OpenOptions;

export class SqliteStore implements GraphStore {
  readonly description: string;
  readonly #path: string;
  readonly #db: Database.Database;
  #closed = false;

  readonly #documents: SqliteDocuments;
  readonly #analyses: SqliteAnalyses;
  readonly #lookups: SqliteLookups;
  readonly #relations: SqliteRelations;
  readonly #lineage: SqliteLineage;
  readonly #search: SqliteSearch;
  readonly #metrics: SqliteMetrics;
  readonly #entities: SqliteEntities;
  readonly #lists: SqliteLists;
  readonly #counts: SqliteCounts;
  readonly #metadata: SqliteMetadata;
  readonly #export: SqliteExport;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#path = path;
    this.description = `sqlite:${path}`;
    const db = openDatabase(path, options);
    this.#db = db;
    this.#documents = new SqliteDocuments(db);
    this.#analyses = new SqliteAnalyses(db, this.#documents.writer);
    this.#lookups = new SqliteLookups(db);
    this.#relations = new SqliteRelations(db);
    this.#lineage = new SqliteLineage(db);
    this.#search = new SqliteSearch(db);
    this.#metrics = new SqliteMetrics(db);
    this.#entities = new SqliteEntities(db);
    this.#lists = new SqliteLists(db);
    this.#counts = new SqliteCounts(db);
    this.#metadata = new SqliteMetadata(db, this.#documents.writer);
    this.#export = new SqliteExport(db);
  }

  // --- the UN's metadata -------------------------------------------------------------------------

  async upsertMetadata(items: readonly MetadataItem[]): Promise<(MetadataResult | Error)[]> {
    return this.#use(() => this.#metadata.upsertMetadata(items));
  }

  async sourceFormatsOf(symbols: readonly string[]): Promise<(SourceFormat | null)[]> {
    return this.#use(() => this.#metadata.sourceFormatsOf(symbols));
  }

  async sponsorshipsOf(symbols: readonly string[]): Promise<SponsorshipRecord[][]> {
    return this.#use(() => this.#metadata.sponsorshipsOf(symbols));
  }

  async votesOfCountries(codes: readonly string[], vote?: Vote): Promise<VoteOfCountry[][]> {
    return this.#use(() => this.#metadata.votesOfCountries(codes, vote));
  }

  async subjectsOf(symbols: readonly string[]): Promise<SubjectRecord[][]> {
    return this.#use(() => this.#metadata.subjectsOf(symbols));
  }

  async subjectsByKeys(keys: readonly string[]): Promise<(SubjectRecord | null)[]> {
    return this.#use(() => this.#metadata.subjectsByKeys(keys));
  }

  async resolutionsOfSubjects(keys: readonly string[]): Promise<string[][]> {
    return this.#use(() => this.#metadata.resolutionsOfSubjects(keys));
  }

  // --- documents ---------------------------------------------------------------------------------

  async upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome> {
    return this.#use(() => this.#documents.upsertDocument(doc, source));
  }

  async upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]> {
    return this.#use(() => this.#documents.upsertDocuments(items));
  }

  async deleteDocument(symbol: string): Promise<boolean> {
    return this.#use(() => this.#documents.deleteDocument(symbol));
  }

  // --- analyses ----------------------------------------------------------------------------------

  async upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome> {
    return this.#use(() => this.#analyses.upsertAnalysis(key, analysis, source));
  }

  async linkAnalyses(links: readonly AnalysisLink[]): Promise<void> {
    this.#use(() => this.#analyses.linkAnalyses(links));
  }

  async listAnalyses(): Promise<AnalysisRecord[]> {
    return this.#use(() => this.#analyses.listAnalyses());
  }

  async analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]> {
    return this.#use(() => this.#analyses.analysesOfResolutions(symbols));
  }

  async paragraphTexts(): Promise<{ id: string; text: string }[]> {
    return this.#use(() => this.#analyses.paragraphTexts());
  }

  // --- lookups by key ----------------------------------------------------------------------------

  async symbolForSourceHash(hash: string): Promise<string | null> {
    return this.#use(() => this.#lookups.symbolForSourceHash(hash));
  }

  async resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]> {
    return this.#use(() => this.#lookups.resolutionsBySymbols(symbols));
  }

  async resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]> {
    return this.#use(() => this.#lookups.resolutionNodes(symbols));
  }

  async paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]> {
    return this.#use(() => this.#lookups.paragraphsOfResolutions(symbols));
  }

  async paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    return this.#use(() => this.#lookups.paragraphsByIds(ids));
  }

  async referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]> {
    return this.#use(() => this.#lookups.referencesFromParagraphs(paragraphIds));
  }

  async referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]> {
    return this.#use(() => this.#lookups.referencesToTargets(targets));
  }

  async mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]> {
    return this.#use(() => this.#lookups.mentionsInParagraphs(paragraphIds));
  }

  async entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]> {
    return this.#use(() => this.#lookups.entitiesByKeys(refs));
  }

  async citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]> {
    return this.#use(() => this.#lookups.citingParagraphs(targets));
  }

  // --- relations ---------------------------------------------------------------------------------

  async recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]> {
    return this.#use(() => this.#relations.recallsOf(symbols, direction));
  }

  async concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#use(() => this.#relations.concernsOf(symbols));
  }

  async sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#use(() => this.#relations.sponsorsOf(symbols));
  }

  async votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]> {
    return this.#use(() => this.#relations.votesOf(symbols));
  }

  // --- lineage -----------------------------------------------------------------------------------

  async lineage(symbol: string, direction: LineageDirection, maxDepth: number): Promise<LineageEntry[]> {
    return (await this.lineages([symbol], direction, maxDepth))[0] ?? [];
  }

  async lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]> {
    return this.#use(() => this.#lineage.lineages(symbols, direction, maxDepth));
  }

  async citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null> {
    return this.#use(() => this.#lineage.citationPath(from, to, maxDepth));
  }

  // --- search, entities, lists, counts -----------------------------------------------------------

  async search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }> {
    return this.#use(() => this.#search.search(args));
  }

  async findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]> {
    return this.#use(() => this.#entities.findEntities(label, name, limit));
  }

  async coMentions(entity: EntityRef, limit: number): Promise<CoMention[]> {
    return this.#use(() => this.#entities.coMentions(entity, limit));
  }

  async listResolutions(args: ListResolutionsArgs): Promise<ResolutionPage> {
    return this.#use(() => this.#lists.listResolutions(args));
  }

  async resolutionsOfCountries(codes: readonly string[], window: PageWindow): Promise<Page<ResolutionNode>[]> {
    return this.#use(() => this.#lists.resolutionsOfCountries(codes, window));
  }

  async findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>> {
    return this.#use(() => this.#lists.findResolutions(args));
  }

  async findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>> {
    return this.#use(() => this.#lists.findParagraphs(args));
  }

  // --- graph metrics -----------------------------------------------------------------------------

  async citationCounts(symbols: readonly string[]): Promise<number[]> {
    return this.#use(() => this.#metrics.citationCounts(symbols));
  }

  async mostCited(args: MostCitedArgs): Promise<MostCitedPage> {
    return this.#use(() => this.#metrics.mostCited(args));
  }

  async recallsInWindow(window: YearWindow): Promise<RecallSubgraph> {
    return this.#use(() => this.#metrics.recallsInWindow(window));
  }

  async graphVersion(): Promise<string> {
    return this.#use(() => this.#metrics.graphVersion());
  }

  async counts(): Promise<StoreCounts> {
    return this.#use(() => this.#counts.counts());
  }

  async graphCounts(): Promise<GraphCounts> {
    return this.#use(() => this.#counts.graphCounts());
  }

  exportGraph(args?: ExportArgs): AsyncIterable<ExportBatch> {
    return this.#export.exportGraph(args, (work) => this.#use(work));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#db.close();
  }

  #use<T>(work: () => T): T {
    if (this.#closed) throw new StoreUnavailableError(this.#path, "the store is closed");
    try {
      return work();
    } catch (err) {
      throw useFailure(this.#path, err);
    }
  }
}

/** The embedded store, as callers get it: behind the port's checks (port-checks.ts). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): GraphStore {
  return withPortChecks(new SqliteStore(path, options));
}
