// The production GraphStore on Neo4j 5 (single server, cluster or Aura): the features
// (../features/*/neo4j.ts) composed over one driver. They write exactly the facts of facts.ts and
// answer with the records of records.ts, as the SQLite store does; sessions.ts runs their work in
// retried transactions and turns failures into StoreUnavailableError in one place.

import type { Driver } from "neo4j-driver";
import type { Config } from "../../config/config.js";
import type { AnalysisDocument, ResolutionDocument, SourceFormat, SourceInfo, Vote } from "../../domain.js";
import { ConfigError } from "../../errors.js";
import { Neo4jAnalyses } from "../features/analyses/neo4j.js";
import { Neo4jCounts } from "../features/counts/neo4j.js";
import { Neo4jDocuments } from "../features/documents/neo4j.js";
import { Neo4jEntities } from "../features/entities/neo4j.js";
import { Neo4jExport } from "../features/export/neo4j.js";
import { Neo4jLineage } from "../features/lineage/neo4j.js";
import { Neo4jLists } from "../features/lists/neo4j.js";
import { Neo4jLookups } from "../features/lookups/neo4j.js";
import { Neo4jMetadata } from "../features/metadata/neo4j.js";
import { Neo4jMetrics, VersionedSessions } from "../features/metrics/neo4j.js";
import { Neo4jRelations } from "../features/relations/neo4j.js";
import { Neo4jSearch } from "../features/search/neo4j.js";
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
import { acquireDriver, openFailure, releaseDriver, type Neo4jSettings } from "./driver.js";
import { applySchema } from "./schema.js";
import { Neo4jSessions } from "./sessions.js";

export class Neo4jStore implements GraphStore {
  readonly description: string;
  readonly #db: Neo4jSessions;

  readonly #documents: Neo4jDocuments;
  readonly #analyses: Neo4jAnalyses;
  readonly #lookups: Neo4jLookups;
  readonly #relations: Neo4jRelations;
  readonly #lineage: Neo4jLineage;
  readonly #search: Neo4jSearch;
  readonly #metrics: Neo4jMetrics;
  readonly #entities: Neo4jEntities;
  readonly #lists: Neo4jLists;
  readonly #counts: Neo4jCounts;
  readonly #metadata: Neo4jMetadata;
  readonly #export: Neo4jExport;

  /** Use openNeo4jStore: it checks the connection and applies the schema first. */
  constructor(driver: Driver, settings: Neo4jSettings) {
    // Every write transaction also increments the graph version (features/metrics/neo4j.ts).
    const db: Neo4jSessions = new VersionedSessions(driver, settings);
    this.#db = db;
    this.description = db.description;
    this.#documents = new Neo4jDocuments(db);
    this.#analyses = new Neo4jAnalyses(db);
    this.#lookups = new Neo4jLookups(db);
    this.#relations = new Neo4jRelations(db);
    this.#lineage = new Neo4jLineage(db);
    this.#search = new Neo4jSearch(db);
    this.#metrics = new Neo4jMetrics(db);
    this.#entities = new Neo4jEntities(db);
    this.#lists = new Neo4jLists(db);
    this.#counts = new Neo4jCounts(db);
    this.#metadata = new Neo4jMetadata(db);
    this.#export = new Neo4jExport(db);
  }

  // --- the UN's metadata -------------------------------------------------------------------------

  async upsertMetadata(items: readonly MetadataItem[]): Promise<(MetadataResult | Error)[]> {
    return this.#metadata.upsertMetadata(items);
  }

  async sourceFormatsOf(symbols: readonly string[]): Promise<(SourceFormat | null)[]> {
    return this.#metadata.sourceFormatsOf(symbols);
  }

  async sponsorshipsOf(symbols: readonly string[]): Promise<SponsorshipRecord[][]> {
    return this.#metadata.sponsorshipsOf(symbols);
  }

  async votesOfCountries(codes: readonly string[], vote?: Vote): Promise<VoteOfCountry[][]> {
    return this.#metadata.votesOfCountries(codes, vote);
  }

  async subjectsOf(symbols: readonly string[]): Promise<SubjectRecord[][]> {
    return this.#metadata.subjectsOf(symbols);
  }

  async subjectsByKeys(keys: readonly string[]): Promise<(SubjectRecord | null)[]> {
    return this.#metadata.subjectsByKeys(keys);
  }

  async resolutionsOfSubjects(keys: readonly string[]): Promise<string[][]> {
    return this.#metadata.resolutionsOfSubjects(keys);
  }

  // --- documents ---------------------------------------------------------------------------------

  async upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome> {
    return this.#documents.upsertDocument(doc, source);
  }

  async upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]> {
    return this.#documents.upsertDocuments(items);
  }

  async deleteDocument(symbol: string): Promise<boolean> {
    return this.#documents.deleteDocument(symbol);
  }

  // --- analyses ----------------------------------------------------------------------------------

  async upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome> {
    return this.#analyses.upsertAnalysis(key, analysis, source);
  }

  async linkAnalyses(links: readonly AnalysisLink[]): Promise<void> {
    await this.#analyses.linkAnalyses(links);
  }

  async listAnalyses(): Promise<AnalysisRecord[]> {
    return this.#analyses.listAnalyses();
  }

  async analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]> {
    return this.#analyses.analysesOfResolutions(symbols);
  }

  async paragraphTexts(): Promise<{ id: string; text: string }[]> {
    return this.#analyses.paragraphTexts();
  }

  // --- lookups by key ----------------------------------------------------------------------------

  async symbolForSourceHash(hash: string): Promise<string | null> {
    return this.#lookups.symbolForSourceHash(hash);
  }

  async resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]> {
    return this.#lookups.resolutionsBySymbols(symbols);
  }

  async resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]> {
    return this.#lookups.resolutionNodes(symbols);
  }

  async paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]> {
    return this.#lookups.paragraphsOfResolutions(symbols);
  }

  async paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    return this.#lookups.paragraphsByIds(ids);
  }

  async referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]> {
    return this.#lookups.referencesFromParagraphs(paragraphIds);
  }

  async referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]> {
    return this.#lookups.referencesToTargets(targets);
  }

  async mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]> {
    return this.#lookups.mentionsInParagraphs(paragraphIds);
  }

  async entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]> {
    return this.#lookups.entitiesByKeys(refs);
  }

  async citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]> {
    return this.#lookups.citingParagraphs(targets);
  }

  // --- relations ---------------------------------------------------------------------------------

  async recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]> {
    return this.#relations.recallsOf(symbols, direction);
  }

  async concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#relations.concernsOf(symbols);
  }

  async sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#relations.sponsorsOf(symbols);
  }

  async votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]> {
    return this.#relations.votesOf(symbols);
  }

  // --- lineage -----------------------------------------------------------------------------------

  async lineage(symbol: string, direction: LineageDirection, maxDepth: number): Promise<LineageEntry[]> {
    return (await this.lineages([symbol], direction, maxDepth))[0] ?? [];
  }

  async lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]> {
    return this.#lineage.lineages(symbols, direction, maxDepth);
  }

  async citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null> {
    return this.#lineage.citationPath(from, to, maxDepth);
  }

  // --- search, entities, lists, counts -----------------------------------------------------------

  async search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }> {
    return this.#search.search(args);
  }

  async findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]> {
    return this.#entities.findEntities(label, name, limit);
  }

  async coMentions(entity: EntityRef, limit: number): Promise<CoMention[]> {
    return this.#entities.coMentions(entity, limit);
  }

  async listResolutions(args: ListResolutionsArgs): Promise<ResolutionPage> {
    return this.#lists.listResolutions(args);
  }

  async resolutionsOfCountries(codes: readonly string[], window: PageWindow): Promise<Page<ResolutionNode>[]> {
    return this.#lists.resolutionsOfCountries(codes, window);
  }

  async findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>> {
    return this.#lists.findResolutions(args);
  }

  async findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>> {
    return this.#lists.findParagraphs(args);
  }

  // --- graph metrics -----------------------------------------------------------------------------

  async citationCounts(symbols: readonly string[]): Promise<number[]> {
    return this.#metrics.citationCounts(symbols);
  }

  async mostCited(args: MostCitedArgs): Promise<MostCitedPage> {
    return this.#metrics.mostCited(args);
  }

  async recallsInWindow(window: YearWindow): Promise<RecallSubgraph> {
    return this.#metrics.recallsInWindow(window);
  }

  async graphVersion(): Promise<string> {
    return this.#metrics.graphVersion();
  }

  async counts(): Promise<StoreCounts> {
    return this.#counts.counts();
  }

  async graphCounts(): Promise<GraphCounts> {
    return this.#counts.graphCounts();
  }

  exportGraph(args?: ExportArgs): AsyncIterable<ExportBatch> {
    return this.#export.exportGraph(args);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

/** Connects (failing fast with StoreUnavailableError), applies the schema, and returns the store behind the port's checks. */
export async function openNeo4jStore(config: Pick<Config, "neo4j"> & Partial<Pick<Config, "requestTimeoutMs">>): Promise<GraphStore> {
  const { uri, user, password, database } = config.neo4j;
  if (uri === undefined) throw new ConfigError("NEO4J_URI", "", "a Neo4j URI when the neo4j store is selected");
  if (password === undefined) throw new ConfigError("NEO4J_PASSWORD", "", "the Neo4j password when the neo4j store is selected");
  const settings: Neo4jSettings = { uri, user, password, database, readTimeoutMs: config.requestTimeoutMs };
  let driver: Driver | undefined;
  try {
    driver = acquireDriver(settings);
    await driver.verifyConnectivity({ database });
    await applySchema(driver, database);
    return withPortChecks(new Neo4jStore(driver, settings));
  } catch (err) {
    if (driver) await releaseDriver(settings, driver).catch(() => undefined);
    throw openFailure(`neo4j:${uri}`, err);
  }
}
