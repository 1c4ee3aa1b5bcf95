// The embedded GraphStore. better-sqlite3 is synchronous; the methods are async only to honour the
// port, and every statement is prepared once here so that a call never re-parses SQL.

import type Database from "better-sqlite3";
import type { EntityLabel } from "../model.js";
import type { AnalysisDocument, ResolutionDocument, SourceInfo } from "../../domain.js";
import { StoreUnavailableError } from "../../errors.js";
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
  GraphCounts,
  GraphQueries,
  GraphStore,
  LineageDirection,
  LineageEntry,
  PathHop,
  ResolutionNode,
  SearchArgs,
  SearchHit,
  FindParagraphsArgs,
  FindResolutionsArgs,
  ListResolutionsArgs,
  MentionRecord,
  Page,
  PageWindow,
  RecallEdge,
  ParagraphRecord,
  ReferenceRecord,
  ResolutionPage,
  ResolutionRecord,
  StoreCounts,
  UpsertOutcome,
  UpsertStatus,
} from "../port.js";
import { withPortChecks } from "../port-checks.js";
import { keysParam, manyPerKey, onePerKey } from "./batch.js";
import { unavailableReason, useFailure } from "./failures.js";
import { GraphReads } from "./graph-reads.js";
import { LineageQueries } from "./lineage.js";
import { ListQueries } from "./lists.js";
import { SearchQueries } from "./search.js";
import { DocumentWriter } from "./write.js";
import { openDatabase, type OpenOptions } from "./open.js";
import {
  analysisParams,
  toAnalysisRecord,
  toQuoteRecord,
  type AnalysisParams,
  type AnalysisRow,
  type QuoteRow,
  toMentionRecord,
  toParagraphRecord,
  toReferenceRecord,
  toResolutionNode,
  toResolutionRecord,
  type MentionRow,
  type ParagraphRow,
  type ReferenceRow,
  type ResolutionNodeRow,
  type ResolutionRow,
} from "./rows.js";
import {
  ANALYSES_OF_RESOLUTIONS,
  DELETE_QUOTES_OF_ANALYSIS,
  INSERT_QUOTE,
  LINK_ANALYSIS,
  LINK_QUOTE,
  LIST_ANALYSES,
  PARAGRAPH_TEXTS,
  QUOTES_OF_ANALYSES,
  SELECT_ANALYSIS_HASH,
  UNLINK_QUOTES,
  UPSERT_ENTITY,
  DELETE_SPONSORSHIPS_OF_ANALYSIS,
  SPONSORS_OF_ANALYSIS,
  INSERT_SPONSORSHIP,
  SELECT_STUB_FLAG,
  UPSERT_ANALYSIS,
  BATCHED_READS,
  COUNT_RESOLUTIONS,
  COUNTS,
  LIST_RESOLUTIONS_AFTER,
  LIST_RESOLUTIONS_FIRST,
  SELECT_SYMBOL_FOR_SOURCE_HASH,
} from "./statements.js";

export type SqliteStoreOptions = OpenOptions;

type Statement<P, R = unknown> = Database.Statement<P extends unknown[] ? P : [P], R>;

interface CountsRow {
  resolutions: number;
  paragraphs: number;
  refs: number;
  mentions: number;
  analyses: number;
}

export class SqliteStore implements GraphStore, GraphQueries {
  readonly description: string;
  readonly #path: string;
  readonly #db: Database.Database;
  #closed = false;

  readonly #writer: DocumentWriter;
  readonly #lineage: LineageQueries;
  readonly #search: SearchQueries;
  readonly #graph: GraphReads;
  readonly #lists: ListQueries;
  readonly #resolutionNodes: Statement<[string], ResolutionNodeRow>;
  readonly #symbolForHash: Statement<{ hash: string }, { symbol: string }>;
  readonly #resolutionsBySymbols: Statement<[string], ResolutionRow>;
  readonly #paragraphsOfResolutions: Statement<[string], ParagraphRow>;
  readonly #paragraphsByIds: Statement<[string], ParagraphRow>;
  readonly #referencesFromParagraphs: Statement<[string], ReferenceRow>;
  readonly #referencesToTargets: Statement<[string], ReferenceRow>;
  readonly #mentionsInParagraphs: Statement<[string], MentionRow>;
  readonly #countResolutions: Statement<[], { n: number }>;
  readonly #listFirst: Statement<[number], ResolutionRow>;
  readonly #listAfter: Statement<[string, string, number], ResolutionRow>;
  readonly #counts: Statement<[], CountsRow>;
  readonly #selectAnalysisHash: Statement<[string], { source_hash: string }>;
  readonly #upsertAnalysisRow: Statement<AnalysisParams>;
  readonly #deleteQuotes: Statement<[string]>;
  readonly #insertQuote: Statement<{ key: string; seq: number; section: string; text: string }>;
  readonly #linkAnalysis: Statement<{ key: string; resolution: string | null; score: number | null }>;
  readonly #unlinkQuotes: Statement<[string]>;
  readonly #upsertEntity: Statement<{ label: string; key: string; name: string; country: string | null }>;
  readonly #deleteSponsorships: Statement<[string]>;
  readonly #sponsorsOfAnalysis: Statement<[string], string>;
  readonly #selectStub: Database.Statement<[string], { stub: number }>;
  readonly #insertSponsorship: Statement<{ key: string; resolution: string; country: string }>;
  readonly #linkQuote: Statement<{ key: string; seq: number; paragraphId: string; score: number }>;
  readonly #listAnalyses: Statement<[], AnalysisRow>;
  readonly #analysesOfResolutions: Statement<[string], AnalysisRow>;
  readonly #quotesOfAnalyses: Statement<[string], QuoteRow>;
  readonly #paragraphTexts: Statement<[], { id: string; text: string }>;
  readonly #writeAnalysis: Database.Transaction<(key: string, a: AnalysisDocument, source: SourceInfo) => UpsertStatus>;
  readonly #writeLinks: Database.Transaction<(links: readonly AnalysisLink[]) => void>;
  readonly #upsert: Database.Transaction<(doc: ResolutionDocument, source: SourceInfo) => UpsertStatus>;
  readonly #upsertMany: Database.Transaction<(items: readonly BatchItem[]) => (UpsertOutcome | Error)[]>;
  readonly #delete: Database.Transaction<(symbol: string) => boolean>;
  readonly #page: Database.Transaction<(args: ListResolutionsArgs) => ResolutionPage>;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#path = path;
    this.description = `sqlite:${path}`;
    const db = openDatabase(path, options);
    this.#db = db;

    this.#writer = new DocumentWriter(db);
    this.#lineage = new LineageQueries(db);
    this.#search = new SearchQueries(db);
    this.#graph = new GraphReads(db);
    this.#lists = new ListQueries(db);
    this.#resolutionNodes = db.prepare(BATCHED_READS.resolutionNodes);
    this.#symbolForHash = db.prepare(SELECT_SYMBOL_FOR_SOURCE_HASH);
    this.#resolutionsBySymbols = db.prepare(BATCHED_READS.resolutionsBySymbols);
    this.#paragraphsOfResolutions = db.prepare(BATCHED_READS.paragraphsOfResolutions);
    this.#paragraphsByIds = db.prepare(BATCHED_READS.paragraphsByIds);
    this.#referencesFromParagraphs = db.prepare(BATCHED_READS.referencesFromParagraphs);
    this.#referencesToTargets = db.prepare(BATCHED_READS.referencesToTargets);
    this.#mentionsInParagraphs = db.prepare(BATCHED_READS.mentionsInParagraphs);
    this.#countResolutions = db.prepare(COUNT_RESOLUTIONS);
    this.#listFirst = db.prepare(LIST_RESOLUTIONS_FIRST);
    this.#listAfter = db.prepare(LIST_RESOLUTIONS_AFTER);
    this.#counts = db.prepare(COUNTS);

    this.#selectAnalysisHash = db.prepare(SELECT_ANALYSIS_HASH);
    this.#upsertAnalysisRow = db.prepare(UPSERT_ANALYSIS);
    this.#deleteQuotes = db.prepare(DELETE_QUOTES_OF_ANALYSIS);
    this.#insertQuote = db.prepare(INSERT_QUOTE);
    this.#linkAnalysis = db.prepare(LINK_ANALYSIS);
    this.#unlinkQuotes = db.prepare(UNLINK_QUOTES);
    this.#upsertEntity = db.prepare(UPSERT_ENTITY);
    this.#deleteSponsorships = db.prepare(DELETE_SPONSORSHIPS_OF_ANALYSIS);
    this.#sponsorsOfAnalysis = db.prepare<[string], string>(SPONSORS_OF_ANALYSIS).pluck();
    this.#selectStub = db.prepare(SELECT_STUB_FLAG);
    this.#insertSponsorship = db.prepare(INSERT_SPONSORSHIP);
    this.#linkQuote = db.prepare(LINK_QUOTE);
    this.#listAnalyses = db.prepare(LIST_ANALYSES);
    this.#analysesOfResolutions = db.prepare(ANALYSES_OF_RESOLUTIONS);
    this.#quotesOfAnalyses = db.prepare(QUOTES_OF_ANALYSES);
    this.#paragraphTexts = db.prepare(PARAGRAPH_TEXTS);
    this.#writeAnalysis = db.transaction((key: string, a: AnalysisDocument, source: SourceInfo) =>
      this.#putAnalysis(key, a, source),
    );
    this.#writeLinks = db.transaction((links: readonly AnalysisLink[]) => {
      // Pruned once all pages are relinked (as Neo4jStore does): a state one page drops and another
      // adds stays the node it was.
      const formerSponsors = links.flatMap((link) => this.#putLink(link));
      this.#writer.pruneCountries([...new Set(formerSponsors)]);
    });
    this.#upsert = db.transaction((doc: ResolutionDocument, source: SourceInfo) => this.#writer.write(doc, source));
    // Inside this transaction each #upsert call is a SAVEPOINT (better-sqlite3 nests that way): a
    // failing document rolls back to its savepoint only, and the batch commits once.
    // Full-text indexing waits for the end of the batch (DocumentWriter.batch), in the same transaction.
    this.#upsertMany = db.transaction((items: readonly BatchItem[]) => this.#writer.batch(() => items.map((item) => this.#upsertOne(item))));
    this.#delete = db.transaction((symbol: string) => this.#writer.delete(symbol));
    this.#page = db.transaction((args: ListResolutionsArgs) => this.#readPage(args));
  }

  async upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome> {
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads then writes can
    // fail with SQLITE_BUSY when another connection wrote in between, whatever busy_timeout says.
    const status = this.#use(() => this.#upsert.immediate(doc, source));
    return { symbol: doc.resolution.symbol, status };
  }

  async upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome> {
    const status = this.#use(() => this.#writeAnalysis.immediate(key, analysis, source));
    return { symbol: key, status };
  }

  async linkAnalyses(links: readonly AnalysisLink[]): Promise<void> {
    this.#use(() => this.#writeLinks.immediate(links));
  }

  async listAnalyses(): Promise<AnalysisRecord[]> {
    return this.#use(() => this.#withQuotes(this.#listAnalyses.all()));
  }

  async analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]> {
    const records = this.#use(() =>
      symbols.length === 0 ? [] : this.#withQuotes(this.#analysesOfResolutions.all(keysParam(symbols))),
    );
    return manyPerKey(symbols, records, (a) => a.resolution ?? "");
  }

  async paragraphTexts(): Promise<{ id: string; text: string }[]> {
    return this.#use(() => this.#paragraphTexts.all());
  }

  async symbolForSourceHash(hash: string): Promise<string | null> {
    return this.#use(() => this.#symbolForHash.get({ hash })?.symbol ?? null);
  }

  async resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]> {
    const records = this.#batch(symbols, this.#resolutionsBySymbols, toResolutionRecord);
    return onePerKey(symbols, records, (r) => r.symbol);
  }

  async paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]> {
    const records = this.#batch(symbols, this.#paragraphsOfResolutions, toParagraphRecord);
    return manyPerKey(symbols, records, (p) => p.resolution);
  }

  async paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    const records = this.#batch(ids, this.#paragraphsByIds, toParagraphRecord);
    return onePerKey(ids, records, (p) => p.id);
  }

  async referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]> {
    const records = this.#batch(paragraphIds, this.#referencesFromParagraphs, toReferenceRecord);
    return manyPerKey(paragraphIds, records, (r) => r.paragraphId);
  }

  async referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]> {
    const records = this.#batch(targets, this.#referencesToTargets, toReferenceRecord);
    return manyPerKey(targets, records, (r) => r.target);
  }

  async mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]> {
    const records = this.#batch(paragraphIds, this.#mentionsInParagraphs, toMentionRecord);
    return manyPerKey(paragraphIds, records, (m) => m.paragraphId);
  }

  async listResolutions(args: ListResolutionsArgs): Promise<ResolutionPage> {
    // One read transaction, so that totalCount and the items come from the same snapshot.
    return this.#use(() => this.#page.deferred(args));
  }

  async counts(): Promise<StoreCounts> {
    return this.#use(() => {
      const row = this.#counts.get();
      return {
        resolutions: row?.resolutions ?? 0,
        paragraphs: row?.paragraphs ?? 0,
        references: row?.refs ?? 0,
        mentions: row?.mentions ?? 0,
        analyses: row?.analyses ?? 0,
      };
    });
  }

  // --- GraphQueries ------------------------------------------------------------------------------

  async upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]> {
    if (items.length === 0) return [];
    return this.#use(() => this.#upsertMany.immediate(items));
  }

  async deleteDocument(symbol: string): Promise<boolean> {
    return this.#use(() => this.#delete.immediate(symbol));
  }

  async resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]> {
    const nodes = this.#batch(symbols, this.#resolutionNodes, toResolutionNode);
    return onePerKey(symbols, nodes, (n) => n.symbol);
  }

  async entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]> {
    return this.#use(() => this.#graph.entitiesByKeys(refs));
  }

  async citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]> {
    return this.#use(() => this.#graph.citingParagraphs(targets));
  }

  async lineage(symbol: string, direction: LineageDirection, maxDepth: number): Promise<LineageEntry[]> {
    return (await this.lineages([symbol], direction, maxDepth))[0] ?? [];
  }

  async lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]> {
    return this.#use(() => this.#lineage.lineages(symbols, direction, maxDepth));
  }

  async citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null> {
    return this.#use(() => this.#lineage.citationPath(from, to, maxDepth));
  }

  async coMentions(entity: EntityRef, limit: number): Promise<CoMention[]> {
    return this.#use(() => this.#graph.coMentions(entity, limit));
  }

  async search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }> {
    return this.#use(() => this.#search.search(args));
  }

  async graphCounts(): Promise<GraphCounts> {
    return this.#use(() => this.#graph.graphCounts());
  }

  async recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]> {
    return this.#use(() => this.#lists.recallsOf(symbols, direction));
  }

  async resolutionsOfCountries(codes: readonly string[], window: PageWindow): Promise<Page<ResolutionNode>[]> {
    return this.#use(() => this.#lists.resolutionsOfCountries(codes, window));
  }

  async concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#use(() => this.#lists.concernsOf(symbols));
  }

  async sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    return this.#use(() => this.#lists.sponsorsOf(symbols));
  }

  async votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]> {
    return this.#use(() => this.#lists.votesOf(symbols));
  }

  async findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]> {
    return this.#use(() => this.#lists.findEntities(label, name, limit));
  }

  async findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>> {
    return this.#use(() => this.#lists.findResolutions(args));
  }

  async findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>> {
    return this.#use(() => this.#lists.findParagraphs(args));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#db.close();
  }

  #upsertOne({ doc, source }: BatchItem): UpsertOutcome | Error {
    try {
      return { symbol: doc.resolution.symbol, status: this.#upsert(doc, source) };
    } catch (err) {
      // The store itself failing (disk full, lock, I/O) ends the whole batch; a bad document only
      // its own slot.
      if (unavailableReason(err) !== undefined) throw err;
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  #putAnalysis(key: string, a: AnalysisDocument, source: SourceInfo): UpsertStatus {
    const existing = this.#selectAnalysisHash.get(key);
    if (existing?.source_hash === source.hash) return "unchanged";
    this.#upsertAnalysisRow.run(analysisParams(key, a, source));
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
        this.#insertSponsorship.run({ key, resolution: resolution.symbol, country: c.code });
      }
    }
    // A state that was only ever a sponsor goes with its last sponsorship, as entities do with their last mention.
    return formerSponsors;
  }

  /** One query for the quotes of all the analyses read, not one per analysis. */
  #withQuotes(rows: AnalysisRow[]): AnalysisRecord[] {
    if (rows.length === 0) return [];
    const quotes = this.#quotesOfAnalyses.all(keysParam(rows.map((r) => r.key)));
    const byKey = manyPerKey(
      rows.map((r) => r.key),
      quotes,
      (q) => q.analysis_key,
    );
    return rows.map((row, i) => toAnalysisRecord(row, (byKey[i] ?? []).map(toQuoteRecord)));
  }

  #readPage({ first, after }: ListResolutionsArgs): ResolutionPage {
    // One row more than asked tells whether a next page exists without a second count.
    const rows = after
      ? this.#listAfter.all(after.adoptedOn, after.symbol, first + 1)
      : this.#listFirst.all(first + 1);
    return {
      items: rows.slice(0, first).map(toResolutionRecord),
      totalCount: this.#countResolutions.get()?.n ?? 0,
      hasNextPage: rows.length > first,
    };
  }

  #batch<Row, R>(keys: readonly string[], statement: Statement<[string], Row>, toRecord: (row: Row) => R): R[] {
    return this.#use(() => (keys.length === 0 ? [] : statement.all(keysParam(keys)).map(toRecord)));
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

/** The embedded store, as callers get it: behind the port's checks (checked-store.ts). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): GraphStore {
  return withPortChecks(new SqliteStore(path, options));
}
