// The production GraphStore on Neo4j 5 (single server, cluster or Aura). It writes exactly the facts
// of facts.ts, with the statements of cypher.ts, and answers the port with records structurally
// identical to SqliteStore's (records.ts). A session per call, work in executeRead/executeWrite so
// that the driver retries transient failures (leader switch, deadlock) by re-running the function:
// every transaction function here is therefore free of side effects outside the transaction.

import { bookmarkManager, int, type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import type { Config } from "../../config/config.js";
import type { AnalysisDocument, ResolutionDocument, SourceInfo } from "../../domain.js";
import { ConfigError, StoreUnavailableError } from "../../errors.js";
import { documentFacts, InconsistentDocumentError } from "../facts.js";
import { CITATION_LABELS, ENTITY_LABELS, type EntityLabel } from "../model.js";
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
  FindParagraphsArgs,
  FindResolutionsArgs,
  GraphCounts,
  GraphQueries,
  GraphStore,
  LineageDirection,
  LineageEntry,
  ListResolutionsArgs,
  MentionRecord,
  Page,
  PageWindow,
  ParagraphRecord,
  PathHop,
  RecallEdge,
  ReferenceRecord,
  ResolutionNode,
  ResolutionPage,
  ResolutionRecord,
  SearchArgs,
  SearchHit,
  StoreCounts,
  UpsertOutcome,
  UpsertStatus,
} from "../port.js";
import { groupPerKey, onePerKey, uniqueKeys } from "./batch.js";
import {
  CITING_PARAGRAPHS,
  ENTITY_STATEMENTS,
  MAX_DEPTH,
  STATEMENTS as S,
  type Statement,
} from "./cypher.js";
import { acquireDriver, openFailure, releaseDriver, useFailure, type Neo4jSettings } from "./driver.js";
import { paragraphListQuery, resolutionListQuery, type ListParams } from "./lists.js";
import { given, withPortChecks } from "../port-checks.js";
import { luceneQuery, snippet } from "./lucene.js";
import { applySchema } from "./schema.js";
import {
  analysisParams,
  documentParams,
  isLoaded,
  toAnalysisRecord,
  toEntityRecord,
  toMentionRecord,
  toParagraphRecord,
  toReferenceRecord,
  toResolutionNode,
  toResolutionRecord,
  type AnalysisRow,
  type DocumentParams,
  type MentionRow,
  type ParagraphProps,
  type ReferenceRow,
  type ResolutionProps,
} from "./records.js";

/** Runs one statement, checking that the parameters given are exactly those it declares. */
export async function run<Row>(tx: ManagedTransaction, statement: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
  const given = Object.keys(params);
  if (given.length !== statement.params.length || !statement.params.every((p) => given.includes(p))) {
    throw new Error(`parameters ${JSON.stringify(given)} do not match ${JSON.stringify(statement.params)}`);
  }
  const result = await tx.run(statement.cypher, params);
  return result.records.map((r) => r.toObject() as Row);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);



/**
 * What SQLite's constraints refuse and Cypher would silently skip (a MATCH that finds nothing
 * writes nothing): checked before the transaction so the document is refused whole.
 */
export function checkDocument(doc: ResolutionDocument): void {
  const symbol = doc.resolution.symbol;
  const keys = new Set<string>();
  const ordinals = new Set<number>();
  for (const p of doc.paragraphs) {
    if (keys.has(p.key)) throw new InconsistentDocumentError(symbol, `paragraph ${JSON.stringify(p.key)} appears twice`);
    if (ordinals.has(p.ordinal)) throw new InconsistentDocumentError(symbol, `two paragraphs have ordinal ${p.ordinal}`);
    keys.add(p.key);
    ordinals.add(p.ordinal);
  }
  for (const r of doc.references) {
    if (!keys.has(r.paragraph)) throw new InconsistentDocumentError(symbol, `reference from missing paragraph ${JSON.stringify(r.paragraph)}`);
  }
  for (const m of doc.mentions) {
    if (!keys.has(m.paragraph)) throw new InconsistentDocumentError(symbol, `mention in missing paragraph ${JSON.stringify(m.paragraph)}`);
  }
}

interface StateRow {
  exists: boolean;
  stub: boolean | null;
  sourceHash: string | null;
}

interface Edge {
  recaller: string;
  recalled: string;
  verbs: string[];
  paragraphs: string[];
}

export class Neo4jStore implements GraphStore, GraphQueries {
  readonly description: string;
  readonly #driver: Driver;
  readonly #settings: Neo4jSettings;
  /**
   * Shared by every session of the store: in a cluster a read may be routed to a follower, and the
   * bookmarks make it wait until that follower has the store's own earlier writes (read-your-writes).
   */
  readonly #bookmarks: BookmarkManager = bookmarkManager();
  #closed = false;

  /** Use openNeo4jStore: it checks the connection and applies the schema first. */
  constructor(driver: Driver, settings: Neo4jSettings) {
    this.#driver = driver;
    this.#settings = settings;
    this.description = `neo4j:${settings.uri}${settings.database ? ` (database ${settings.database})` : ""}`;
  }

  // --- writes --------------------------------------------------------------------------------------

  async upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome> {
    checkDocument(doc);
    const params = documentParams(documentFacts(doc, source));
    const status = await this.#write((tx) => this.#putDocument(tx, params));
    return { symbol: doc.resolution.symbol, status };
  }

  /** One transaction per document: a failing one is reported in its slot and the others are written. */
  async upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]> {
    const out: (UpsertOutcome | Error)[] = [];
    for (const { doc, source } of items) {
      try {
        out.push(await this.upsertDocument(doc, source));
      } catch (err) {
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  }

  async deleteDocument(symbol: string): Promise<boolean> {
    return this.#write(async (tx) => {
      const [state] = await run<StateRow>(tx, S.resolutionState, { symbol });
      if (!state?.exists || state.stub !== false) return false;
      const candidates = await this.#orphanCandidates(tx, symbol);
      await run(tx, S.clearResolution, { symbol });
      await run(tx, S.makeStub, { symbol });
      // The resolution itself is a candidate: a stub nothing cites any more goes.
      await this.#removeOrphans(tx, candidates);
      return true;
    });
  }

  async upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome> {
    const params = analysisParams(key, analysis, source);
    const status = await this.#write(async (tx): Promise<UpsertStatus> => {
      const [state] = await run<{ sourceHash: string | null }>(tx, S.analysisState, { key });
      const existing = state?.sourceHash ?? null;
      if (existing === source.hash) return "unchanged";
      await run(tx, S.upsertAnalysis, { ...params });
      return existing === null ? "created" : "replaced";
    });
    return { symbol: key, status };
  }

  async linkAnalyses(links: readonly AnalysisLink[]): Promise<void> {
    if (links.length === 0) return;
    const param = links.map((l) => ({
      key: l.key,
      resolution: l.resolution?.symbol ?? null,
      score: l.resolution?.score ?? null,
      matches: l.matches.map((m) => ({ quote: int(m.quote), paragraphId: m.paragraphId, score: m.score })),
    }));
    const sponsors = links.map((l) => ({
      key: l.key,
      resolution: l.resolution?.symbol ?? null,
      sponsors: l.resolution ? l.sponsors.map((c) => ({ code: c.code, name: c.name })) : [],
    }));
    await this.#write(async (tx) => {
      await run(tx, S.linkAnalyses, { links: param });
      const former = await run<{ id: string }>(tx, S.unlinkSponsors, { keys: links.map((l) => l.key) });
      await run(tx, S.linkSponsors, { links: sponsors });
      // A state that was only ever a sponsor goes with its last sponsorship, as entities do with their last mention.
      if (former.length > 0) await run(tx, S.removeOrphans, { ids: former.map((r) => r.id) });
    });
  }

  // --- reads ---------------------------------------------------------------------------------------

  async listAnalyses(): Promise<AnalysisRecord[]> {
    const rows = await this.#read((tx) => run<AnalysisRow>(tx, S.listAnalyses));
    return rows.map(toAnalysisRecord);
  }

  async analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]> {
    const rows = await this.#batch(symbols, (tx, keys) => run<AnalysisRow>(tx, S.analysesOfResolutions, { keys }));
    return groupPerKey(symbols, rows, (r) => r.resolution ?? "", toAnalysisRecord);
  }

  async paragraphTexts(): Promise<{ id: string; text: string }[]> {
    return this.#read((tx) => run<{ id: string; text: string }>(tx, S.paragraphTexts));
  }

  async symbolForSourceHash(hash: string): Promise<string | null> {
    const rows = await this.#read((tx) => run<{ symbol: string }>(tx, S.symbolForSourceHash, { hash }));
    return rows[0]?.symbol ?? null;
  }

  async resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]> {
    const rows = await this.#batch(symbols, (tx, keys) => run<{ resolution: ResolutionProps }>(tx, S.resolutionsBySymbols, { keys }));
    const loaded = rows.map((r) => r.resolution).filter(isLoaded).map(toResolutionRecord);
    return onePerKey(symbols, loaded, (r) => r.symbol);
  }

  async resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]> {
    const rows = await this.#batch(symbols, (tx, keys) => run<{ resolution: ResolutionProps }>(tx, S.resolutionNodes, { keys }));
    return onePerKey(symbols, rows.map((r) => toResolutionNode(r.resolution)), (n) => n.symbol);
  }

  async paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]> {
    type Row = { resolution: string; paragraph: ParagraphProps };
    const rows = await this.#batch(symbols, (tx, keys) => run<Row>(tx, S.paragraphsOfResolutions, { keys }));
    return groupPerKey(symbols, rows, (r) => r.resolution, (r) => toParagraphRecord(r.resolution, r.paragraph));
  }

  async paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    const records = await this.#paragraphsByIds(ids);
    return onePerKey(ids, records, (p) => p.id);
  }

  async referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]> {
    const rows = await this.#batch(paragraphIds, (tx, keys) => run<ReferenceRow>(tx, S.referencesFromParagraphs, { keys }));
    return groupPerKey(paragraphIds, rows, (r) => r.paragraphId, toReferenceRecord);
  }

  async referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]> {
    const rows = await this.#batch(targets, (tx, keys) => run<ReferenceRow>(tx, S.referencesToTargets, { keys }));
    return groupPerKey(targets, rows, (r) => r.target, toReferenceRecord);
  }

  async mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]> {
    const rows = await this.#batch(paragraphIds, (tx, keys) => run<MentionRow>(tx, S.mentionsInParagraphs, { keys }));
    return groupPerKey(paragraphIds, rows, (r) => r.paragraphId, toMentionRecord);
  }

  async listResolutions({ first, after }: ListResolutionsArgs): Promise<ResolutionPage> {
    // One read transaction, so that totalCount and the items come from the same snapshot.
    return this.#read(async (tx) => {
      const rows = await run<{ resolution: ResolutionProps }>(tx, S.listResolutions, {
        afterSymbol: after?.symbol ?? null,
        afterAdoptedOn: after?.adoptedOn ?? null,
        // One row more than asked tells whether a next page exists.
        limit: int(first + 1),
      });
      const [count] = await run<{ n: number }>(tx, S.countResolutions);
      return {
        items: rows.slice(0, first).map((r) => toResolutionRecord(r.resolution)),
        totalCount: count?.n ?? 0,
        hasNextPage: rows.length > first,
      };
    });
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.#read((tx) => run<StoreCounts>(tx, S.counts));
    return row ?? { resolutions: 0, paragraphs: 0, references: 0, mentions: 0, analyses: 0 };
  }

  async graphCounts(): Promise<GraphCounts> {
    const [row] = await this.#read((tx) => run<GraphCounts>(tx, S.graphCounts));
    if (!row) throw new Error("graphCounts returned no row");
    return row;
  }

  async entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]> {
    const labels = ENTITY_LABELS.filter((l) => refs.some((r) => r.label === l));
    const found = await this.#read(async (tx) => {
      const records: EntityRecord[] = [];
      for (const label of labels) {
        const keys = uniqueKeys(refs.filter((r) => r.label === label).map((r) => r.key));
        const rows = await run<{ key: string; name: string; country: string | null }>(tx, ENTITY_STATEMENTS[label].entitiesByKeys, { keys });
        records.push(...rows.map((r) => toEntityRecord(label, r.key, r.name, r.country)));
      }
      return records;
    });
    const byRef = new Map(found.map((e) => [`${e.label}|${e.key}`, e]));
    return refs.map((r) => byRef.get(`${r.label}|${r.key}`) ?? null);
  }

  async citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]> {
    const labels = CITATION_LABELS.filter((l) => targets.some((t) => t.label === l));
    const found = await this.#read(async (tx) => {
      const byTarget = new Map<string, CitingParagraph[]>();
      for (const label of labels) {
        const keys = uniqueKeys(targets.filter((t) => t.label === label).map((t) => t.key));
        const rows = await run<{ target: string; resolution: string; paragraphId: string }>(tx, CITING_PARAGRAPHS[label], { keys });
        for (const r of rows) {
          const id = `${label}|${r.target}`;
          const list = byTarget.get(id) ?? [];
          list.push({ resolution: r.resolution, paragraphId: r.paragraphId });
          byTarget.set(id, list);
        }
      }
      return byTarget;
    });
    return targets.map((t) => [...(found.get(`${t.label}|${t.key}`) ?? [])]);
  }

  async lineage(symbol: string, direction: LineageDirection, maxDepth: number): Promise<LineageEntry[]> {
    return (await this.lineages([symbol], direction, maxDepth))[0] ?? [];
  }

  async lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]> {
    // Any depth is fine: the walk ends when a level adds nothing new, whatever the bound.
    const limit = maxDepth;
    const roots = uniqueKeys(symbols);
    if (roots.length === 0) return [];
    const found = await this.#read((tx) => this.#breadthFirst(tx, roots, direction, limit));
    return symbols.map((s) => [...(found.get(s) ?? [])]);
  }

  async resolutionsOfCountries(codes: readonly string[], window: PageWindow): Promise<Page<ResolutionNode>[]> {
    const first = window.first;
    const offset = window.offset;
    type Row = { owner: string; total: number; page: ResolutionProps[] };
    const rows = await this.#batch(codes, (tx, keys) => run<Row>(tx, S.resolutionsOfCountries, { keys, offset: int(offset), first: int(first) }));
    const byCode = new Map(rows.map((r) => [r.owner, r]));
    return codes.map((code) => {
      const row = byCode.get(code);
      return { items: (row?.page ?? []).map(toResolutionNode), totalCount: row?.total ?? 0 };
    });
  }

  async citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null> {
    const limit = maxDepth;
    if (from === to) return [];
    if (limit === 0) return null;
    return this.#read(async (tx) => {
      // Within the hard maximum, the engine's bidirectional shortestPath says cheaply whether any
      // chain exists (the common "no" costs one query); beyond it, the walk below decides alone.
      if (limit <= MAX_DEPTH) {
        const [found] = await run<{ length: number }>(tx, S.shortestPathLength, { source: from, target: to, maxDepth: int(limit) });
        if (!found) return null;
      }
      const chain = await this.#smallestShortestChain(tx, from, to, limit);
      if (chain === null) return null;
      // Each hop is cited from the source's lowest-ordinal paragraph among the edge's paragraphs.
      const ids = chain.flatMap((e) => e.paragraphs.map((label) => `${e.recaller}#${label}`));
      const paragraphs = await this.#paragraphsByIds(ids, tx);
      return chain.map((e): PathHop => {
        const first = paragraphs
          .filter((p) => p.resolution === e.recaller && e.paragraphs.includes(p.key))
          .sort((a, b) => a.ordinal - b.ordinal)[0];
        return { from: e.recaller, to: e.recalled, paragraphId: first?.id ?? "", verb: first?.verb ?? "" };
      });
    });
  }

  async coMentions(entity: EntityRef, limit: number): Promise<CoMention[]> {
    const label = entity.label;
    type Row = { label: EntityLabel; key: string; name: string; country: string | null; paragraphs: number; resolutions: number };
    const rows = await this.#read((tx) => run<Row>(tx, ENTITY_STATEMENTS[label].coMentions, { key: entity.key, limit: int(limit) }));
    return rows.map((r) => ({
      entity: toEntityRecord(r.label, r.key, r.name, r.country),
      paragraphs: r.paragraphs,
      resolutions: r.resolutions,
    }));
  }

  async search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }> {
    const first = args.first;
    const offset = args.offset ?? 0;
    const yearFrom = given(args.yearFrom) ? int(args.yearFrom) : null;
    const yearTo = given(args.yearTo) ? int(args.yearTo) : null;
    const query = luceneQuery(args.text);
    if (query === null) return { hits: [], total: 0 };
    type Row = { total: number; page: Array<{ paragraphId: string; resolution: string; score: number; text: string }> };
    const [row] = await this.#read((tx) =>
      run<Row>(tx, S.search, { query, body: args.body ?? null, yearFrom, yearTo, offset: int(offset), first: int(first) }),
    );
    return {
      total: row?.total ?? 0,
      hits: (row?.page ?? []).map((h) => ({
        paragraphId: h.paragraphId,
        resolution: h.resolution,
        score: h.score,
        snippet: snippet(h.text, args.text),
      })),
    };
  }

  async recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]> {
    const statement = direction === "out" ? S.recallsOut : S.recallsIn;
    const rows = await this.#batch(symbols, (tx, keys) => run<Edge & { owner: string }>(tx, statement, { keys }));
    return groupPerKey(symbols, rows, (r) => r.owner, (r) => ({ from: r.recaller, to: r.recalled, verbs: r.verbs, paragraphs: r.paragraphs }));
  }

  async concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    type Row = { owner: string; key: string; name: string };
    const rows = await this.#batch(symbols, (tx, keys) => run<Row>(tx, S.concernsOf, { keys }));
    return groupPerKey(symbols, rows, (r) => r.owner, (r) => toEntityRecord("Country", r.key, r.name, null));
  }

  async sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    type Row = { owner: string; key: string; name: string };
    const rows = await this.#batch(symbols, (tx, keys) => run<Row>(tx, S.sponsorsOf, { keys }));
    return groupPerKey(symbols, rows, (r) => r.owner, (r) => toEntityRecord("Country", r.key, r.name, null));
  }

  async votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]> {
    type Row = { owner: string; vote: CountryVoteRecord["vote"]; key: string; name: string };
    const rows = await this.#batch(symbols, (tx, keys) => run<Row>(tx, S.votesOf, { keys }));
    return groupPerKey(symbols, rows, (r) => r.owner, (r) => ({ country: toEntityRecord("Country", r.key, r.name, null), vote: r.vote }));
  }

  async findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]> {
    const checked = label;
    const n = limit;
    if (n === 0) return [];
    type Row = { key: string; name: string; country: string | null };
    const rows = await this.#read((tx) =>
      run<Row>(tx, ENTITY_STATEMENTS[checked].findEntities, { name: name.toLowerCase(), limit: int(n) }),
    );
    return rows.map((r) => toEntityRecord(checked, r.key, r.name, r.country));
  }

  async findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>> {
    const query = resolutionListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const row = await this.#list<ResolutionProps>(query.statement, query.params);
    return { totalCount: row.total, items: row.page.map(toResolutionNode) };
  }

  async findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>> {
    const query = paragraphListQuery(args);
    if (query === null) return { items: [], totalCount: 0 };
    const row = await this.#list<{ resolution: string; paragraph: ParagraphProps }>(query.statement, query.params);
    return { totalCount: row.total, items: row.page.map((r) => toParagraphRecord(r.resolution, r.paragraph)) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await releaseDriver(this.#settings, this.#driver);
  }

  // --- internals -----------------------------------------------------------------------------------

  async #putDocument(tx: ManagedTransaction, p: DocumentParams): Promise<UpsertStatus> {
    const symbol = p.symbol;
    const [state] = await run<StateRow>(tx, S.resolutionState, { symbol });
    const loaded = state?.exists === true && state.stub === false;
    if (loaded && state?.sourceHash === p.resolution.sourceHash) return "unchanged";
    let candidates: string[] = [];
    if (loaded) {
      candidates = await this.#orphanCandidates(tx, symbol);
      await run(tx, S.clearResolution, { symbol });
    }
    // Each step is one UNWIND over the whole list: a fixed number of round trips per document.
    await run(tx, S.upsertResolution, { symbol, resolution: p.resolution });
    if (p.paragraphs.length > 0) await run(tx, S.createParagraphs, { symbol, paragraphs: p.paragraphs });
    for (const label of ENTITY_LABELS) {
      const entities = p.entities[label];
      if (entities.length > 0) await run(tx, ENTITY_STATEMENTS[label].mergeEntities, { entities });
    }
    if (p.refs.length > 0) await run(tx, S.createRefersTo, { refs: p.refs });
    if (p.cites.length > 0) await run(tx, S.createCites, { cites: p.cites });
    for (const label of ENTITY_LABELS) {
      const mentions = p.mentions[label];
      if (mentions.length > 0) await run(tx, ENTITY_STATEMENTS[label].createMentions, { mentions });
    }
    if (p.recalls.length > 0) await run(tx, S.createRecalls, { symbol, recalls: p.recalls });
    if (p.countries.length > 0) await run(tx, S.createConcerns, { symbol, countries: p.countries });
    if (p.votes.length > 0) await run(tx, S.createVotes, { symbol, votes: p.votes });
    if (p.laws.length > 0) await run(tx, S.createLawOf, { laws: p.laws });
    // After the new facts are written, so that what the new version still uses is kept, not recreated.
    await this.#removeOrphans(tx, candidates);
    return loaded ? "replaced" : "created";
  }

  async #orphanCandidates(tx: ManagedTransaction, symbol: string): Promise<string[]> {
    const [row] = await run<{ ids: string[] }>(tx, S.orphanCandidates, { symbol });
    return uniqueKeys(row?.ids ?? []);
  }

  async #removeOrphans(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // In order, each statement seeing the previous one's deletions: stubs, then laws (a law keeps
    // its state alive through LAW_OF), then the rest.
    const gone = new Set((await run<{ id: string }>(tx, S.removeOrphanStub, { ids })).map((r) => r.id));
    const entities = ids.filter((id) => !gone.has(id));
    if (entities.length === 0) return;
    const laws = new Set((await run<{ id: string }>(tx, S.removeOrphanLaws, { ids: entities })).map((r) => r.id));
    const rest = entities.filter((id) => !laws.has(id));
    if (rest.length > 0) await run(tx, S.removeOrphans, { ids: rest });
  }

  /**
   * Breadth-first over RECALLS from every root at once, one batched query per level for all the
   * roots' frontiers (no variable-length pattern, so no bound in the text and no path enumeration):
   * per root, each resolution once, at its smallest depth, reached by the first edge found when the
   * level is walked in symbol order.
   */
  async #breadthFirst(
    tx: ManagedTransaction,
    roots: readonly string[],
    direction: LineageDirection,
    maxDepth: number,
  ): Promise<Map<string, LineageEntry[]>> {
    const statement = direction === "ancestors" ? S.recallsFrom : S.recallsInto;
    const near = (e: Edge) => (direction === "ancestors" ? e.recaller : e.recalled);
    const far = (e: Edge) => (direction === "ancestors" ? e.recalled : e.recaller);
    const walks = roots.map((root) => ({ root, seen: new Set([root]), frontier: [root], entries: [] as LineageEntry[] }));
    for (let level = 1; level <= maxDepth; level += 1) {
      const active = walks.filter((w) => w.frontier.length > 0);
      if (active.length === 0) break;
      const edges = await run<Edge>(tx, statement, { keys: uniqueKeys(active.flatMap((w) => w.frontier)) });
      edges.sort((a, b) => compare(near(a), near(b)) || compare(far(a), far(b)));
      const fromNear = new Map<string, Edge[]>();
      for (const e of edges) {
        const list = fromNear.get(near(e));
        if (list) list.push(e);
        else fromNear.set(near(e), [e]);
      }
      for (const walk of active) {
        const reached = new Map<string, LineageEntry>();
        for (const at of [...walk.frontier].sort(compare)) {
          for (const e of fromNear.get(at) ?? []) {
            const symbol = far(e);
            if (walk.seen.has(symbol) || reached.has(symbol)) continue;
            reached.set(symbol, { symbol, depth: level, via: { from: e.recaller, to: e.recalled, verbs: e.verbs, paragraphs: e.paragraphs } });
          }
        }
        walk.frontier = [...reached.keys()].sort(compare);
        for (const symbol of walk.frontier) {
          walk.seen.add(symbol);
          walk.entries.push(reached.get(symbol)!);
        }
      }
    }
    return new Map(walks.map((w) => [w.root, w.entries]));
  }

  /**
   * The lexicographically smallest of the shortest chains from → to (as SqliteStore): walk forwards
   * level by level keeping the edges that advance one level; a node is on a shortest chain when
   * `to` is reachable from it through such edges; then from `from`, always take the smallest next
   * symbol on a shortest chain. One batched query per level, no path enumeration.
   */
  async #smallestShortestChain(tx: ManagedTransaction, from: string, to: string, maxDepth: number): Promise<Edge[] | null> {
    const level = new Map([[from, 0]]);
    const advancing: Edge[] = [];
    let frontier = [from];
    for (let d = 1; d <= maxDepth && frontier.length > 0 && !level.has(to); d += 1) {
      const edges = await run<Edge>(tx, S.recallsFrom, { keys: frontier });
      const next = new Set(edges.map((e) => e.recalled).filter((s) => !level.has(s)));
      for (const s of next) level.set(s, d);
      advancing.push(...edges.filter((e) => level.get(e.recalled) === d));
      frontier = [...next];
    }
    const length = level.get(to);
    if (length === undefined) return null;
    const onChain = new Set([to]);
    for (let d = length; d > 0; d -= 1) {
      for (const e of advancing) if (level.get(e.recalled) === d && onChain.has(e.recalled)) onChain.add(e.recaller);
    }
    const chain: Edge[] = [];
    for (let at = from; at !== to; ) {
      const here = at;
      const [step] = advancing.filter((e) => e.recaller === here && onChain.has(e.recalled)).sort((a, b) => compare(a.recalled, b.recalled));
      if (!step) return null;
      chain.push(step);
      at = step.recalled;
    }
    return chain;
  }

  async #paragraphsByIds(ids: readonly string[], tx?: ManagedTransaction): Promise<ParagraphRecord[]> {
    type Row = { resolution: string; paragraph: ParagraphProps };
    const read = (t: ManagedTransaction, keys: string[]) => run<Row>(t, S.paragraphsByIds, { keys });
    const keys = uniqueKeys(ids);
    if (keys.length === 0) return [];
    const rows = tx ? await read(tx, keys) : await this.#read((t) => read(t, keys));
    return rows.map((r) => toParagraphRecord(r.resolution, r.paragraph));
  }

  /** One filtered-list query: the total and the page, in one statement (so from one snapshot). */
  async #list<Item>(statement: Statement, params: ListParams): Promise<{ total: number; page: Item[] }> {
    const [row] = await this.#read((tx) => run<{ total: number; page: Item[] }>(tx, statement, params));
    return { total: row?.total ?? 0, page: row?.page ?? [] };
  }

  /** A batched read: deduplicated keys as one list parameter; no query at all for no keys. */
  async #batch<Row>(keys: readonly string[], work: (tx: ManagedTransaction, keys: string[]) => Promise<Row[]>): Promise<Row[]> {
    const unique = uniqueKeys(keys);
    if (unique.length === 0) return [];
    return this.#read((tx) => work(tx, unique));
  }

  #read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.#session("READ", work);
  }

  #write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.#session("WRITE", work);
  }

  async #session<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreUnavailableError(this.description, "the store is closed");
    const session = this.#driver.session({
      database: this.#settings.database,
      defaultAccessMode: mode,
      bookmarkManager: this.#bookmarks,
    });
    try {
      return mode === "READ" ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (err) {
      throw useFailure(this.description, err);
    } finally {
      await session.close();
    }
  }
}

/** Connects (failing fast with StoreUnavailableError), applies the schema, and returns the store. */
export async function openNeo4jStore(config: Pick<Config, "neo4j">): Promise<GraphStore> {
  const { uri, user, password, database } = config.neo4j;
  if (uri === undefined) throw new ConfigError("NEO4J_URI", "", "a Neo4j URI when the neo4j store is selected");
  if (password === undefined) throw new ConfigError("NEO4J_PASSWORD", "", "the Neo4j password when the neo4j store is selected");
  const settings: Neo4jSettings = { uri, user, password, database };
  const name = `neo4j:${uri}`;
  let driver: Driver | undefined;
  try {
    driver = acquireDriver(settings);
    await driver.verifyConnectivity({ database });
    await applySchema(driver, database);
    return withPortChecks(new Neo4jStore(driver, settings));
  } catch (err) {
    if (driver) await releaseDriver(settings, driver).catch(() => undefined);
    throw openFailure(name, err);
  }
}
