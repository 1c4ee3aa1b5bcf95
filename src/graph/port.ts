// The one storage interface. SqliteStore (embedded default) implements it now; Neo4jStore will
// implement the same contract, checked by the same conformance suite. Every batched read takes
// keys and returns one result per key, in the keys' order, so DataLoader can sit on top of it.

import type {
  AnalysisDocument,
  CountryRef,
  Mention,
  Paragraph,
  QuoteMatch,
  Reference,
  ResolutionDocument,
  ResolutionHeader,
  ResolutionMetadata,
  SourceFormat,
  SourceInfo,
  Subject,
  Vote,
  VoteCounts,
} from "../domain.js";
import type { EntityLabel, NodeLabel, RelationshipType } from "./model.js";

export interface ResolutionRecord extends ResolutionHeader {
  /** Where the text came from; every loaded resolution has one. */
  source: SourceInfo;
}

/**
 * What the UN's metadata says of a resolution beyond its text (upsertMetadata): present on loaded
 * resolutions and on stubs alike, once a metadata record for the symbol is loaded. Fields the
 * record does not give are absent.
 */
export interface ResolutionMetadataRecord
  extends Pick<ResolutionMetadata, "title" | "adoptedOn" | "meeting" | "adoptionType" | "originatingDocument" | "committee" | "agendaItem" | "verbatimRecord"> {
  /** The record's own counts (ResolutionMetadata.voteCounts); `ResolutionRecord.votes` uses them when the text gives none. */
  votes?: VoteCounts;
  source: SourceInfo;
}

export interface ParagraphRecord extends Paragraph {
  /** Globally unique: `<symbol>#<key>`, e.g. `A/HRC/RES/36/32#op22`. */
  id: string;
  /** Symbol of the resolution the paragraph belongs to. */
  resolution: string;
}

export interface ReferenceRecord extends Reference {
  /** Symbol of the citing resolution. */
  from: string;
  /** Id of the citing paragraph (`<symbol>#<key>`). */
  paragraphId: string;
}

export interface MentionRecord extends Mention {
  paragraphId: string;
  /** The node the mention points at (laws are keyed with their state, so the name alone is not enough). */
  entity: EntityRef;
}

export interface AnalysisQuoteRecord {
  section: "praise" | "criticism";
  text: string;
  /** Best-matching paragraph of a loaded resolution, with its score; absent when none matches well. */
  paragraphId?: string;
  score?: number;
}

export interface AnalysisRecord extends Omit<AnalysisDocument, "quotes"> {
  /** Stable across edits of the page: the source file's name without its extension. */
  key: string;
  source: SourceInfo;
  quotes: AnalysisQuoteRecord[];
  /** The loaded resolution the page's quotes match best, with the mean quote score; absent when none does. */
  resolution?: string;
  score?: number;
}

/** What linking decided for one analysis page. */
export interface AnalysisLink {
  key: string;
  resolution: { symbol: string; score: number } | null;
  matches: QuoteMatch[];
  /** The page's main sponsors that name a known state, each once; empty when the page is not linked. */
  sponsors: CountryRef[];
}

/** Keyset cursor for listing resolutions; ordering is (adoptedOn, symbol) ascending, "" dates first. */
export interface ResolutionCursor {
  adoptedOn: string;
  symbol: string;
}

export interface ListResolutionsArgs {
  first: number;
  after?: ResolutionCursor;
}

export interface ResolutionPage {
  items: ResolutionRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

export type UpsertStatus = "created" | "replaced" | "unchanged";

export interface UpsertOutcome {
  symbol: string;
  status: UpsertStatus;
}

/** What upsertMetadata did with one record. */
export interface MetadataResult {
  symbol: string;
  /** created: the symbol had no metadata; replaced: other metadata; unchanged: the same content hash. */
  status: UpsertStatus;
  /** Whether the resolution's text is loaded (false: the metadata is carried by a stub). */
  loaded: boolean;
}

export interface MetadataItem {
  metadata: ResolutionMetadata;
  source: SourceInfo;
}

/** A subject heading as read back; `key` is `<scheme>:<code>`, the graph's node key. */
export interface SubjectRecord extends Subject {
  /** `<scheme>:<code>`: the Subject node's key. */
  id: string;
}

export type SponsorshipSource = "analysis" | "metadata";

/** One state's sponsorship of a resolution, from an analysis page or from the UN's metadata. */
export interface SponsorshipRecord {
  country: EntityRecord;
  source: SponsorshipSource;
  /** Listed among the additional sponsors (metadata); always false for analysis pages. */
  additional: boolean;
  /** The analysis page that lists it (source "analysis"). */
  analysis?: string;
}

/** One recorded vote of a state, on the resolution `resolution`. */
export interface VoteOfCountry {
  resolution: string;
  vote: Vote;
}

export interface StoreCounts {
  resolutions: number;
  paragraphs: number;
  references: number;
  mentions: number;
  analyses: number;
}

export interface GraphStore extends GraphQueries {
  /** `sqlite:<path>` or `neo4j:<uri>`: what to print when telling the user which store is in use. */
  readonly description: string;

  /**
   * Writes one parsed document atomically: all of it or nothing. Same symbol and same content
   * hash: nothing changes ("unchanged"). Same symbol, other content: its paragraphs, references and
   * mentions are replaced ("replaced").
   */
  upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome>;

  /**
   * Writes one analysis page (keyed by `key`), atomically, with its quotes unlinked; linking is a
   * separate step because it depends on which resolutions are loaded.
   */
  upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome>;

  /**
   * Records which resolution and paragraphs each analysis page's quotes match, and replaces the
   * page's SPONSORED edges by its sponsors' (to the linked resolution); all links in one transaction.
   */
  linkAnalyses(links: readonly AnalysisLink[]): Promise<void>;

  /**
   * Writes the UN's metadata records, each all-or-nothing, matched to resolutions by symbol: a
   * resolution not loaded becomes (or stays) a stub that carries the metadata. Only the metadata
   * facts of the symbol are replaced (its metadata properties, SPONSORED and VOTED edges from
   * metadata, ABOUT edges from metadata); the text's facts are never touched, and writing a text
   * never touches these. Same content hash as the symbol's current metadata: "unchanged". One slot
   * per item, in order; a record that fails is reported in its slot.
   */
  upsertMetadata(items: readonly MetadataItem[]): Promise<(MetadataResult | Error)[]>;

  /** The format each resolution's loaded text was read from; null when no text is loaded (a stub, or unknown). */
  sourceFormatsOf(symbols: readonly string[]): Promise<(SourceFormat | null)[]>;

  /** Every analysis page, by key. */
  listAnalyses(): Promise<AnalysisRecord[]>;

  /** Analysis pages linked to each resolution, by key. */
  analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]>;

  /** Every paragraph's id and text, for matching quotes; ordered by id. */
  paragraphTexts(): Promise<{ id: string; text: string }[]>;

  /** Symbol of the resolution, or key of the analysis page, ingested from content with this hash, or null. */
  symbolForSourceHash(hash: string): Promise<string | null>;

  resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]>;
  /** Paragraphs of each resolution in document order. */
  paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]>;
  paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]>;
  /** References made by each paragraph, in order of appearance. */
  referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]>;
  /** References pointing at each target symbol, ordered by citing resolution then paragraph order. */
  referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]>;
  /** Mentions in each paragraph, ordered by offset. */
  mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]>;

  listResolutions(args: ListResolutionsArgs): Promise<ResolutionPage>;
  counts(): Promise<StoreCounts>;
  /**
   * The whole graph, or the part a filter selects, streamed: every node label in the model's order,
   * then every relationship type, each in batches read by keyset (never all at once). Properties
   * are the model's (model.ts), typed as it says; absent ones (and empty optional strings) omitted.
   */
  exportGraph(args?: ExportArgs): AsyncIterable<ExportBatch>;
  close(): Promise<void>;
}

// --- the export (resgraph export) ------------------------------------------------------------------

/** A property value as the model types it: STRING, INTEGER or FLOAT, BOOLEAN, LIST<STRING>. */
export type ExportValue = string | number | boolean | string[];

export interface ExportNodeRef {
  label: NodeLabel;
  /** The value of the label's key property (model.ts), e.g. a Quote's `<analysis key>#<n>`. */
  key: string;
}

export interface ExportNode extends ExportNodeRef {
  properties: Record<string, ExportValue>;
}

export interface ExportEdge {
  type: RelationshipType;
  from: ExportNodeRef;
  to: ExportNodeRef;
  properties: Record<string, ExportValue>;
}

export type ExportBatch =
  | { kind: "nodes"; label: NodeLabel; records: ExportNode[] }
  | { kind: "relationships"; type: RelationshipType; records: ExportEdge[] };

/**
 * Which resolutions an export starts from (loaded ones; every field narrows): the export holds
 * them and what they reach (their paragraphs, what those cite and name, what they recall, the
 * states they concern and that voted on or sponsored them, their subjects, the analysis pages of
 * them with their quotes, the states of the laws named).
 */
export interface ExportFilter {
  body?: string;
  yearFrom?: number;
  yearTo?: number;
  session?: string;
}

export interface ExportArgs {
  /** Absent: the whole graph, stubs and unlinked pages included. */
  filter?: ExportFilter;
  /** Records per batch (default 1,000). */
  batchSize?: number;
}

export const paragraphId = (symbol: string, key: string): string => `${symbol}#${key}`;

// --- the graph queries (both stores) -------------------------------------------------------------

/** A node that a paragraph can mention, or that queries start from. */
export interface EntityRef {
  label: EntityLabel;
  /** Countries: ISO alpha-3; laws: `<code>:<name>` when the country is known; others: the canonical name. */
  key: string;
}

export interface EntityRecord extends EntityRef {
  name: string;
  /** Laws only: the state whose law it is. */
  country?: string;
}

/** A resolution that is cited but whose text is not loaded has `stub: true` and only its symbol. */
export interface ResolutionNode {
  symbol: string;
  stub: boolean;
  /** Present when loaded. */
  record?: ResolutionRecord;
  /** Present when a metadata record for the symbol is loaded (stubs included). */
  metadata?: ResolutionMetadataRecord;
}

/** What leads to a resolution: a document, an entity, or another resolution. */
export type CitationTarget =
  | { label: "Resolution"; key: string }
  | { label: "Document"; key: string }
  | EntityRef;

/** One citing paragraph, with the resolution it belongs to (loaded, by construction). */
export interface CitingParagraph {
  resolution: string;
  paragraphId: string;
}

/** A hop of the lineage graph: `from` recalls `to` (from its paragraphs `paragraphs`, with `verbs`). */
export interface RecallEdge {
  from: string;
  to: string;
  verbs: string[];
  /** Labels of the citing paragraphs of `from`, in order. */
  paragraphs: string[];
}

export type LineageDirection = "ancestors" | "descendants";

export interface LineageEntry {
  symbol: string;
  /** 1 for direct citations. */
  depth: number;
  /** The edge it was reached by (the first found at that depth, by symbol order). */
  via: RecallEdge;
}

export interface PathHop {
  from: string;
  to: string;
  /** The first paragraph of `from` that cites `to`. */
  paragraphId: string;
  verb: string;
}

export interface CoMention {
  entity: EntityRecord;
  /** Paragraphs naming both. */
  paragraphs: number;
  /** Resolutions in which both are named. */
  resolutions: number;
}

export interface SearchArgs {
  text: string;
  body?: string;
  yearFrom?: number;
  yearTo?: number;
  first: number;
  /** Offset into the ranked hits (search results are not stable enough for keyset cursors). */
  offset?: number;
}

export interface SearchHit {
  paragraphId: string;
  resolution: string;
  /**
   * Higher is better; comparable within one search only. The engine's own BM25 (FTS5 on SQLite,
   * Lucene on Neo4j): the one value the two stores do not give alike (the snippet and the matched
   * paragraphs are alike; the conformance suite checks orders where relevance clearly differs).
   */
  score: number;
  /** The matched passage with matches wrapped in `«` and `»`. */
  snippet: string;
}

/** How a resolution list is filtered; every field narrows (AND). */
export interface ResolutionFilter {
  body?: string;
  yearFrom?: number;
  yearTo?: number;
  session?: string;
  /** Resolutions about this state (CONCERNS), by ISO alpha-3. */
  concerns?: string;
  /** Resolutions with a paragraph naming this entity. */
  mentions?: EntityRef;
  /** Resolutions citing this resolution (REFERS_TO) or document (CITES), by symbol. */
  references?: string;
  /** Resolutions with a paragraph matching this full-text query. */
  text?: string;
  /** Resolutions classified under this subject (ABOUT, from the text or the metadata), by `<scheme>:<code>`. */
  subject?: string;
  /** Resolutions this state sponsored (SPONSORED, from an analysis page or the metadata), by ISO alpha-3. */
  sponsor?: string;
  /** Include stubs (cited, not loaded); default false. */
  includeStubs?: boolean;
}

export type ResolutionOrder = "ADOPTED_ASC" | "ADOPTED_DESC" | "SYMBOL_ASC";

export interface FindResolutionsArgs {
  filter: ResolutionFilter;
  orderBy: ResolutionOrder;
  first: number;
  /** Items to skip: filtered lists use offsets, whose cursors stay valid for one ordering. */
  offset: number;
}

export interface ParagraphFilter {
  /** Only paragraphs of this resolution. */
  resolution?: string;
  kind?: "preambular" | "operative";
  /** Paragraphs whose verb starts with this phrase, case-insensitive (`Recalling` matches `Recalling also`). */
  verb?: string;
  mentions?: EntityRef;
  text?: string;
}

export interface FindParagraphsArgs {
  filter: ParagraphFilter;
  first: number;
  offset: number;
}

/** Which slice of an ordered list: `first` items after skipping `offset`. */
export interface PageWindow {
  first: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export interface CountryVoteRecord {
  country: EntityRecord;
  vote: "yes" | "no" | "abstain";
}

export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
}

export interface BatchItem {
  doc: ResolutionDocument;
  source: SourceInfo;
}

export interface GraphQueries {
  /**
   * Writes many documents; each is still all-or-nothing (a savepoint, or its own transaction), so
   * one that fails is reported in its slot and the others are written. One slot per item, in order.
   */
  upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]>;
  /** Removes a loaded resolution's text; it stays a stub if other texts cite it. False when not loaded. */
  deleteDocument(symbol: string): Promise<boolean>;
  /** Resolutions by symbol, stubs included (record absent), null when neither loaded nor cited. */
  resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]>;
  entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]>;
  /** Paragraphs citing / naming each target, ordered by the citing resolution's (adoptedOn, symbol), then ordinal. */
  citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]>;
  /** Resolutions reached through RECALLS, breadth first, each once at its smallest depth; cycles are safe. */
  lineage(symbol: string, direction: LineageDirection, maxDepth: number): Promise<LineageEntry[]>;
  /** `lineage` of each root, in one read (what a list of resolutions asking their lineage needs); one list per root, in order. */
  lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): Promise<LineageEntry[][]>;
  /** Shortest chain of citations from `from` to `to` (following RECALLS forwards), or null. */
  citationPath(from: string, to: string, maxDepth: number): Promise<PathHop[] | null>;
  /** Entities named in the same paragraphs as this one, by paragraph count descending, then label and key. */
  coMentions(entity: EntityRef, limit: number): Promise<CoMention[]>;
  /** Full-text search over paragraph text, best first (ties by paragraph id). */
  search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }>;
  graphCounts(): Promise<GraphCounts>;

  /** RECALLS edges of each resolution: "out" = what it recalls, "in" = what recalls it; ordered by the other end's (adoptedOn, symbol). */
  recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]>;
  /** States each resolution concerns, by name. */
  concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]>;
  /** States that sponsored each resolution (on any analysis page linked to it, or in its metadata), by name then code, each once. */
  sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]>;
  /** Every sponsorship of each resolution: by state name, code, then source (analysis first), then analysis key. */
  sponsorshipsOf(symbols: readonly string[]): Promise<SponsorshipRecord[][]>;
  /**
   * Recorded votes on each resolution (from its text and its metadata, one per state: the
   * metadata's when both give one): yes, then no, then abstain, each by state name.
   */
  votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]>;
  /**
   * Recorded votes of each state, by ISO alpha-3 (one per resolution, the metadata's when both
   * give one), only `vote` when given; ordered by the resolution's (adoptedOn, symbol), stubs
   * (no date) first.
   */
  votesOfCountries(codes: readonly string[], vote?: Vote): Promise<VoteOfCountry[][]>;
  /** Subject headings of each resolution (from its text and its metadata, each once), by scheme then code. */
  subjectsOf(symbols: readonly string[]): Promise<SubjectRecord[][]>;
  /** Subjects by `<scheme>:<code>` key; null when no resolution is about it. */
  subjectsByKeys(keys: readonly string[]): Promise<(SubjectRecord | null)[]>;
  /** Symbols of the resolutions (stubs included) about each subject, by `<scheme>:<code>` key, ordered by symbol. */
  resolutionsOfSubjects(keys: readonly string[]): Promise<string[][]>;
  /** Entities of a label whose name or key equals (case-insensitively) or starts with `name`; exact matches first, then by name. */
  findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]>;
  /**
   * Loaded resolutions concerning (CONCERNS) or naming (MENTIONS) each state, by ISO alpha-3: one
   * page per code, in the codes' order, ordered by (adoptedOn, symbol), with the union's exact total.
   */
  resolutionsOfCountries(codes: readonly string[], window: PageWindow): Promise<Page<ResolutionNode>[]>;
  /** Loaded resolutions (and stubs if asked) matching the filter, in the given order (ties by symbol). */
  findResolutions(args: FindResolutionsArgs): Promise<Page<ResolutionNode>>;
  /** Paragraphs matching the filter, ordered by the resolution's (adoptedOn, symbol) then ordinal. */
  findParagraphs(args: FindParagraphsArgs): Promise<Page<ParagraphRecord>>;

  // --- graph metrics (features/metrics) ---

  /**
   * Per symbol, in order: the loaded resolutions recalling it (RECALLS edges in, a self-citation
   * included), exactly what `recalledBy.totalCount` counts; 0 for a symbol unknown or uncited.
   */
  citationCounts(symbols: readonly string[]): Promise<number[]>;
  /**
   * Resolutions (stubs included: a text not loaded can be the most cited of all) by citations
   * made within the window, most first, ties by symbol; only those cited at least once in it.
   */
  mostCited(args: MostCitedArgs): Promise<MostCitedPage>;
  /**
   * The RECALLS edges made by resolutions adopted within the years (the body is not applied here:
   * see RecallSubgraph), with their ends, for PageRank (src/metrics).
   */
  recallsInWindow(window: YearWindow): Promise<RecallSubgraph>;
  /**
   * A token that changes whenever anything is written to the store, by this process or another
   * (ingest, delete, analyses, metadata): what keys the metrics cache. Cheap: one tiny read.
   */
  graphVersion(): Promise<string>;
}

// --- graph metrics -------------------------------------------------------------------------------

/** Years of the citing resolutions, each bound inclusive and optional. */
export interface YearWindow {
  yearFrom?: number;
  yearTo?: number;
}

/**
 * Which citations count: those made by resolutions adopted within the years (a citing text with no
 * year is outside any window with a bound), of resolutions of `body` (a loaded text's own body; a
 * stub's, the body its symbol names: A/RES/… the General Assembly).
 */
export interface CitationWindow extends YearWindow {
  body?: string;
}

/** Keyset cursor of mostCited: the last item's citations and symbol. */
export interface MostCitedCursor {
  citations: number;
  symbol: string;
}

export interface MostCitedArgs extends CitationWindow {
  first: number;
  after?: MostCitedCursor;
}

export interface CitedResolution {
  node: ResolutionNode;
  /** Resolutions of the window citing it (RECALLS edges in from them). */
  citations: number;
}

export interface MostCitedPage {
  items: CitedResolution[];
  /** Resolutions cited at least once within the window (and of the body). */
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * A RECALLS subgraph as compact arrays: `symbols` ascending (every end of an edge, once), edge i
 * goes from `symbols[sources[i]]` to `symbols[targets[i]]`, edges ordered by (source, target),
 * one per citing pair. `bodies[i]` is the body `symbols[i]` counts under (CitationWindow.body),
 * null when none is known; a body filter is applied to the ranking, not to the graph, so that a
 * resolution's score does not depend on the filter.
 */
export interface RecallSubgraph {
  symbols: string[];
  bodies: (string | null)[];
  sources: Uint32Array;
  targets: Uint32Array;
}
