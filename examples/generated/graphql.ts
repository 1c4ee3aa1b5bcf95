/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A commentary page about a resolution. It names no symbol: it is linked to the loaded resolution its quotes match best. */
export type Analysis = Node & {
  __typename?: 'Analysis';
  agendaItem: Scalars['String']['output'];
  body: Scalars['String']['output'];
  /** As printed on the page. */
  countryConcerned: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The page's file name without extension. */
  key: Scalars['String']['output'];
  /** Quotes in page order. */
  quotes: Array<Quote>;
  /** The loaded resolution the page's quotes match best; null when none does. */
  resolution?: Maybe<Resolution>;
  /** Mean quote score for the linked resolution (0..1). */
  score?: Maybe<Scalars['Float']['output']>;
  sessionType: Scalars['String']['output'];
  /** Main sponsors as printed on the page. */
  sponsors: Array<Scalars['String']['output']>;
  summary: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  votes?: Maybe<AnalysisVotes>;
};

/** Vote counts printed on an analysis page. */
export type AnalysisVotes = {
  __typename?: 'AnalysisVotes';
  absent: Scalars['Int']['output'];
  abstain: Scalars['Int']['output'];
  no: Scalars['Int']['output'];
  yes: Scalars['Int']['output'];
};

/** Citations by loaded texts, one edge per citing paragraph (and per mention in it). */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  edges: Array<CitationEdge>;
  /** The citing resolutions, one per edge (repeated when several paragraphs cite). */
  nodes: Array<Resolution>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** Date given with the citation, `YYYY-MM-DD`. */
  date?: Maybe<Scalars['String']['output']>;
  /** The citing resolution. */
  node: Resolution;
  /** The citing paragraph. */
  paragraph: Paragraph;
  /** The citing paragraph's verb (Recalling, Welcoming …). */
  verb?: Maybe<Scalars['String']['output']>;
};

/** One hop of a citation chain: `from` cites `to` in `paragraph`. */
export type CitationHop = {
  __typename?: 'CitationHop';
  from: Resolution;
  /** The first paragraph of `from` citing `to`. */
  paragraph: Paragraph;
  to: Resolution;
  /** Its citing verb. */
  verb?: Maybe<Scalars['String']['output']>;
};

/** An entity named in the same paragraphs as another, with how often. */
export type CoMention = {
  __typename?: 'CoMention';
  entity: Entity;
  /** Paragraphs naming both. */
  paragraphs: Scalars['Int']['output'];
  /** Resolutions with a paragraph naming both. */
  resolutions: Scalars['Int']['output'];
};

/** A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states). */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** ISO 3166 alpha-3 (the key). */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
  /** Resolutions about this state (CONCERNS) or naming it in a paragraph (MENTIONS; a footnote counts as part of the paragraph carrying its mark), oldest first: its record over time. */
  resolutions: ResolutionConnection;
  /** The state's recorded votes (from texts and the UN's metadata, one per resolution: the metadata's when both give one), only `vote` when given; oldest resolution first (one known only from its metadata by the metadata's date). */
  votes: ResolutionVoteConnection;
};


/** A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states). */
export type CountryMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states). */
export type CountryReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states). */
export type CountryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states). */
export type CountryVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  vote?: InputMaybe<Vote>;
};

/** One state's recorded vote on a resolution. */
export type CountryVote = {
  __typename?: 'CountryVote';
  country: Country;
  vote: Vote;
};

/** Counts of a diff. */
export type DiffSummary = {
  __typename?: 'DiffSummary';
  added: Scalars['Int']['output'];
  dropped: Scalars['Int']['output'];
  kept: Scalars['Int']['output'];
  moved: Scalars['Int']['output'];
  reworded: Scalars['Int']['output'];
  /** Pairs whose verb went up a scale. */
  stronger: Scalars['Int']['output'];
  /** Pairs whose verb went down a scale. */
  weaker: Scalars['Int']['output'];
};

/** A UN document cited by symbol (a report, a letter, a presidential statement); only its symbol is known. */
export type Document = Node & {
  __typename?: 'Document';
  /** Citations of this document by loaded texts, one edge per citing paragraph. */
  citedBy: CitationConnection;
  id: Scalars['ID']['output'];
  /** Document symbol as cited, e.g. `A/HRC/36/61`. */
  symbol: Scalars['String']['output'];
};


/** A UN document cited by symbol (a report, a letter, a presidential statement); only its symbol is known. */
export type DocumentCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A document cited by a resolution: the CITES edge, with the citing paragraph. */
export type DocumentCitation = {
  __typename?: 'DocumentCitation';
  document: Document;
  /** The citing paragraph. */
  paragraph: Paragraph;
  /** The citing paragraph's verb. */
  verb?: Maybe<Scalars['String']['output']>;
};

/** Something paragraphs name. `key` identifies it within its kind; `id` is `<Kind>:<key>`. */
export type Entity = {
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
};


/** Something paragraphs name. `key` identifies it within its kind; `id` is `<Kind>:<key>`. */
export type EntityMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Something paragraphs name. `key` identifies it within its kind; `id` is `<Kind>:<key>`. */
export type EntityReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One entity: its kind and key (`{kind: COUNTRY, key: "KHM"}`, `{kind: LAW, key: "KHM:Land Law"}`). */
export type EntityInput = {
  key: Scalars['String']['input'];
  kind: EntityKind;
};

/** What a paragraph can name: a state, a person, a domestic law, a treaty or declaration, an organization. */
export type EntityKind =
  | 'COUNTRY'
  | 'INSTRUMENT'
  | 'LAW'
  | 'ORGANIZATION'
  | 'PERSON';

/** Paragraphs naming an entity, by resolution (adoption date, symbol), then position. */
export type EntityReferenceConnection = {
  __typename?: 'EntityReferenceConnection';
  edges: Array<EntityReferenceEdge>;
  nodes: Array<Paragraph>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type EntityReferenceEdge = {
  __typename?: 'EntityReferenceEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** Where the paragraph names the entity (usually once). */
  mentions: Array<Mention>;
  /** The paragraph naming the entity. */
  node: Paragraph;
  /** The resolution the paragraph belongs to. */
  resolution: Resolution;
};

/** A rung of an escalation scale. */
export type EscalationRung = {
  __typename?: 'EscalationRung';
  /** True for the rungs resgraph adds to the scales the UN's usage suggests (Deplores, Invites). */
  added: Scalars['Boolean']['output'];
  /** The verb phrases, reduced to their canonical form, that sit on it. */
  forms: Array<Scalars['String']['output']>;
  /** The rung's name (`Expresses grave concern`). */
  label: Scalars['String']['output'];
  /** Higher is stronger, within one scale; an intensified form with no rung of its own ("Strongly urges") sits half a rung up. */
  rank: Scalars['Float']['output'];
  scale: EscalationScale;
};

/** CONCERN: Takes note < Welcomes < Expresses concern < Expresses serious concern < Expresses grave concern < Deplores < Condemns < Strongly condemns. CALL: Invites < Encourages < Calls upon < Urges < Demands. */
export type EscalationScale =
  | 'CALL'
  | 'CONCERN';

/** A footnote carried by a paragraph. */
export type Footnote = {
  __typename?: 'Footnote';
  /** The mark as printed: `2`, `*`. */
  mark: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** How many nodes carry a label, or relationships a type. */
export type GraphCount = {
  __typename?: 'GraphCount';
  count: Scalars['Int']['output'];
  /** A node label (`Resolution`, `Law` …) or relationship type (`RECALLS` …). */
  name: Scalars['String']['output'];
};

/** Resolutions by PageRank over the RECALLS graph of a window, highest first, ties by symbol. */
export type InfluentialConnection = {
  __typename?: 'InfluentialConnection';
  edges: Array<InfluentialEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type InfluentialEdge = {
  __typename?: 'InfluentialEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: Resolution;
  /** 1-based position in the ranking. */
  rank: Scalars['Int']['output'];
  /** PageRank in the window's RECALLS graph (damping 0.85); a window's scores sum to 1, whatever the body filter. */
  score: Scalars['Float']['output'];
};

/** A treaty, convention, declaration, charter or agreement. */
export type Instrument = Entity & Node & {
  __typename?: 'Instrument';
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
};


/** A treaty, convention, declaration, charter or agreement. */
export type InstrumentMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A treaty, convention, declaration, charter or agreement. */
export type InstrumentReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Domestic legislation, keyed `<country code>:<name>` when its state is known. */
export type Law = Entity & Node & {
  __typename?: 'Law';
  /** The state whose law it is, when known. */
  country?: Maybe<Country>;
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
};


/** Domestic legislation, keyed `<country code>:<name>` when its state is known. */
export type LawMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Domestic legislation, keyed `<country code>:<name>` when its state is known. */
export type LawReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** ANCESTORS: what a resolution recalls, and what those recall … DESCENDANTS: what recalls it, and so on. */
export type LineageDirection =
  | 'ANCESTORS'
  | 'DESCENDANTS';

/** A resolution reached by following RECALLS edges, at its smallest distance. */
export type LineageStep = {
  __typename?: 'LineageStep';
  /** 1 for direct citations. */
  depth: Scalars['Int']['output'];
  resolution: Resolution;
  /** The edge it was reached by. */
  via: Recall;
};

/** A paragraph naming an entity: the MENTIONS edge, with where in the text. */
export type Mention = {
  __typename?: 'Mention';
  /** End offset: `text.slice(start, end)` is `surface`. */
  end: Scalars['Int']['output'];
  entity: Entity;
  /** The mark of the paragraph's footnote that names the entity, when the paragraph's own text does not (a footnote belongs to the paragraph that carries its mark); null for a mention in the paragraph's text. */
  footnote?: Maybe<Scalars['String']['output']>;
  /** Offset of the surface form in the paragraph's text, or in its footnote's text when `footnote` is set. */
  start: Scalars['Int']['output'];
  /** The text as printed, e.g. `Cambodian`, `ECCC`. */
  surface: Scalars['String']['output'];
};

/** Resolutions by citations within a window, most cited first, ties by symbol. */
export type MostCitedConnection = {
  __typename?: 'MostCitedConnection';
  edges: Array<MostCitedEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type MostCitedEdge = {
  __typename?: 'MostCitedEdge';
  /** Loaded resolutions of the window citing it. */
  citations: Scalars['Int']['output'];
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: Resolution;
};

/** Anything with a global id (`Label:key`, e.g. `Resolution:A/HRC/RES/36/32`) that `node(id:)` can fetch again. */
export type Node = {
  /** Global id, `Label:key`: stable across servers and loads of the same texts. */
  id: Scalars['ID']['output'];
};

/** A UN organ, office, court, treaty body or other organization. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
};


/** A UN organ, office, court, treaty body or other organization. */
export type OrganizationMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A UN organ, office, court, treaty body or other organization. */
export type OrganizationReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A preambular or operative paragraph (or lettered sub-paragraph) of a resolution; its id is `Paragraph:<symbol>#<key>`. */
export type Paragraph = Node & {
  __typename?: 'Paragraph';
  footnotes: Array<Footnote>;
  id: Scalars['ID']['output'];
  /** `pp3`, `op22`, `op28(a)`: unique within the resolution. */
  key: Scalars['String']['output'];
  kind: ParagraphKind;
  /** Entities this paragraph names, in order of appearance. */
  mentions: Array<Mention>;
  /** 1-based position in the document. */
  ordinal: Scalars['Int']['output'];
  /** Citations made by this paragraph (with its footnotes). */
  references: Array<Reference>;
  resolution: Resolution;
  /** Clean text, without footnote marks or page furniture. */
  text: Scalars['String']['output'];
  /** Leading UN phrase (`Recalling also`, `Calls upon`); null for sub-paragraphs without one. */
  verb?: Maybe<Scalars['String']['output']>;
};

/** One step of the alignment of two texts' paragraphs. */
export type ParagraphChange = {
  __typename?: 'ParagraphChange';
  /** The paragraph in the later text; null when DROPPED. */
  after?: Maybe<Paragraph>;
  /** The paragraph in the earlier text; null when ADDED. */
  before?: Maybe<Paragraph>;
  /** Content-word similarity (Dice, 0 to 1) of the pair; null when ADDED or DROPPED. */
  similarity?: Maybe<Scalars['Float']['output']>;
  status: ParagraphChangeStatus;
  /** Whether the pair's text differs: always when REWORDED, never when KEPT, either when MOVED. */
  textChanged: Scalars['Boolean']['output'];
  /** How the opening verb changed; null when ADDED or DROPPED. */
  verb?: Maybe<VerbComparison>;
  /** Word-level changes when the text differs (jsdiff's word diff); empty otherwise. */
  words: Array<WordChange>;
};

/** What became of a paragraph from the earlier text to the later. */
export type ParagraphChangeStatus =
  /** Only in the later text. */
  | 'ADDED'
  /** Only in the earlier text. */
  | 'DROPPED'
  /** Same place in the order, same text (numbering, spacing, typographic quotes and dashes aside). */
  | 'KEPT'
  /** Paired out of order; its text may also have changed (`textChanged`). */
  | 'MOVED'
  /** Same place in the order, other words (see `words`). */
  | 'REWORDED';

/** A page of paragraphs, by resolution (adoption date, symbol), then position. */
export type ParagraphConnection = {
  __typename?: 'ParagraphConnection';
  edges: Array<ParagraphEdge>;
  nodes: Array<Paragraph>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type ParagraphEdge = {
  __typename?: 'ParagraphEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: Paragraph;
};

/** Every field given narrows the list (AND). */
export type ParagraphFilter = {
  kind?: InputMaybe<ParagraphKind>;
  /** Naming this entity. */
  mentions?: InputMaybe<EntityInput>;
  /** Only paragraphs of this resolution (loose spellings accepted). */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Matching this full-text query. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Verb starting with this phrase, any case: `Recalling` also finds `Recalling further`. */
  verb?: InputMaybe<Scalars['String']['input']>;
};

/** Preambular paragraphs set the context (Recalling …); operative paragraphs act (Decides …). */
export type ParagraphKind =
  | 'OPERATIVE'
  | 'PREAMBULAR';

/** A named person. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name. */
  key: Scalars['String']['output'];
  kind: EntityKind;
  /** Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it). */
  mentionedIn: ResolutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first. */
  referencedBy: EntityReferenceConnection;
};


/** A named person. */
export type PersonMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A named person. */
export type PersonReferencedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The shortest chain of citations from `from` back to `to` (`from` cites …, which cites `to`); null when there is none within `maxDepth` hops, [] when both are the same. Both ends take loose spellings, like `resolution(symbol:)`. */
  citationPath?: Maybe<Array<CitationHop>>;
  /** Entities named in the same paragraphs as this one, most shared paragraphs first. */
  coMentions: Array<CoMention>;
  /** A state by ISO 3166 alpha-3 `code` (`KHM`) or by `name` (`Cambodia`). */
  country?: Maybe<Country>;
  /** A UN document by symbol, if a loaded text cites it. */
  document?: Maybe<Document>;
  /** The escalation scales' rungs a diff places verbs on, scale by scale, weakest first (src/diff/escalation.ts). */
  escalationScales: Array<EscalationRung>;
  /** Resolutions by PageRank over the RECALLS graph of the citations made within the years (every resolution citing or cited there), highest first, ties by symbol. Computed once per window and cached until the next ingest; `body` selects which are listed, never their scores. */
  influential: InfluentialConnection;
  /** A treaty, convention or declaration by name. */
  instrument?: Maybe<Instrument>;
  /** A domestic law by `key` (`KHM:Land Law`) or by `name` (`Land Law`). */
  law?: Maybe<Law>;
  /** Resolutions (stubs included: a text not loaded may be the most cited of all) by how many loaded resolutions adopted within the years cite them, most first, ties by symbol; only those cited at least once in the window. */
  mostCited: MostCitedConnection;
  /** Any object by its global id (`Resolution:S/RES/660 (1990)`, `Country:KHM`); null when it does not exist. */
  node?: Maybe<Node>;
  /** An organization by name. */
  organization?: Maybe<Organization>;
  /** Paragraphs matching a filter, by resolution (adoption date, symbol), then position. */
  paragraphs: ParagraphConnection;
  /** A person by name. */
  person?: Maybe<Person>;
  /** A resolution (loaded or stub) by its symbol, spelled loosely: `A/HRC/RES/36/32`, `a/hrc/res/36/32`, `HRC 36/32`, `S/RES/660(1990)`, `resolution 660 (1990)`. Null when none exists; BAD_USER_INPUT listing `candidates` when the spelling fits several (`36/32`). */
  resolution?: Maybe<Resolution>;
  /** Resolutions matching a filter (all loaded ones without), oldest first by default. */
  resolutions: ResolutionConnection;
  /** Full-text search over paragraph text, best first. Words are matched whole and in any order; quote a phrase to match it as written. */
  search: SearchConnection;
  /** Counts of what the graph holds. */
  stats: Stats;
  /** A subject heading by scheme and key; null when no loaded resolution or metadata is classified under it. */
  subject?: Maybe<Subject>;
};


export type QueryCitationPathArgs = {
  from: Scalars['String']['input'];
  maxDepth?: Scalars['Int']['input'];
  to: Scalars['String']['input'];
};


export type QueryCoMentionsArgs = {
  entity: EntityInput;
  first?: Scalars['Int']['input'];
};


export type QueryCountryArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDocumentArgs = {
  symbol: Scalars['String']['input'];
};


export type QueryInfluentialArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstrumentArgs = {
  name: Scalars['String']['input'];
};


export type QueryLawArgs = {
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMostCitedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  name: Scalars['String']['input'];
};


export type QueryParagraphsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParagraphFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPersonArgs = {
  name: Scalars['String']['input'];
};


export type QueryResolutionArgs = {
  symbol: Scalars['String']['input'];
};


export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResolutionFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: ResolutionOrder;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubjectArgs = {
  key: Scalars['String']['input'];
  scheme: SubjectScheme;
};

/** A quote on an analysis page, with the paragraph it best matches; its id is `Quote:<analysis key>#<n>` (n from 0). */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The page the quote is on. */
  analysis: Analysis;
  id: Scalars['ID']['output'];
  /** The loaded paragraph this quote matches best, if any does. */
  paragraph?: Maybe<Paragraph>;
  /** 0..1: share of the quote's words found in order in the paragraph. */
  score?: Maybe<Scalars['Float']['output']>;
  /** `praise` or `criticism`. */
  section: Scalars['String']['output'];
  /** As printed; abridged quotes keep their `…`. */
  text: Scalars['String']['output'];
};

/** `from` cites `to` in one or more of its paragraphs. */
export type Recall = {
  __typename?: 'Recall';
  from: Resolution;
  /** The citing paragraphs of `from`, in order. */
  paragraphs: Array<Paragraph>;
  to: Resolution;
  /** Distinct citing verbs, in paragraph order. */
  verbs: Array<Scalars['String']['output']>;
};

/** RECALLS edges, by the other resolution's adoption date, then symbol. */
export type RecallConnection = {
  __typename?: 'RecallConnection';
  edges: Array<RecallEdge>;
  nodes: Array<Resolution>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type RecallEdge = {
  __typename?: 'RecallEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  /** The other resolution: the one recalled (`recalls`) or recalling (`recalledBy`). */
  node: Resolution;
  /** The citing paragraphs (of the recalling resolution), in order. */
  paragraphs: Array<Paragraph>;
  /** Distinct citing verbs, in paragraph order. */
  verbs: Array<Scalars['String']['output']>;
};

/** A citation made by a paragraph: the edge of the citation graph. */
export type Reference = {
  __typename?: 'Reference';
  /** Date given with the citation, `YYYY-MM-DD`. */
  date?: Maybe<Scalars['String']['output']>;
  /** The cited document; null when a resolution is cited. */
  document?: Maybe<Document>;
  /** The citing resolution. */
  from: Resolution;
  kind: ReferenceKind;
  /** The citing paragraph. */
  paragraph: Paragraph;
  /** The cited resolution, loaded or a stub (`stub: true`); null when a document is cited. */
  resolution?: Maybe<Resolution>;
  /** Canonical symbol of the cited resolution, decision or document. */
  target: Scalars['String']['output'];
  /** The citing paragraph's verb (Recalling, Welcoming …). */
  verb?: Maybe<Scalars['String']['output']>;
};

/** A resolution or decision (with a canonical symbol), or another UN document. */
export type ReferenceKind =
  | 'DOCUMENT'
  | 'RESOLUTION';

/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type Resolution = Node & {
  __typename?: 'Resolution';
  /** Adoption date, `YYYY-MM-DD`; for a stub, the UN's metadata's. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** How it was adopted, as the UN's metadata prints it (`Without a vote`, `Recorded vote`); null without metadata. */
  adoptionType?: Maybe<Scalars['String']['output']>;
  /** The agenda item (`Agenda item 70 (c)`), from the UN's metadata. */
  agendaItem?: Maybe<Scalars['String']['output']>;
  /** Analysis pages whose quotes match this resolution best. */
  analyses: Array<Analysis>;
  /** Adopting body, e.g. `Human Rights Council`; null for stubs. */
  body?: Maybe<Scalars['String']['output']>;
  /** How many loaded resolutions cite it (its in-degree in the RECALLS graph): `recalledBy.totalCount`. */
  citationCount: Scalars['Int']['output'];
  /** Citations of this resolution by loaded texts, one edge per citing paragraph. */
  citedBy: CitationConnection;
  /** UN documents this resolution cites, with the citing paragraph, in document order. */
  cites: Array<DocumentCitation>;
  /** The Main Committee that reported it (`Third Committee`), from the UN's metadata. */
  committee?: Maybe<Scalars['String']['output']>;
  /** The states this resolution is about (named in its title, or throughout its paragraphs). */
  concerns: Array<Country>;
  /** How its text differs from an earlier resolution's: `against` (a symbol, spelled loosely as `resolution(symbol:)` takes it), else its predecessor in its series. Null for a stub, or when `against` is not given and it has no predecessor; BAD_USER_INPUT when `against` is unknown, not loaded, itself, or adopted after it. At most 20 per request. */
  diff?: Maybe<ResolutionDiff>;
  id: Scalars['ID']['output'];
  /** Resolutions reached by following citations (RECALLS) from this one, each once at its smallest depth, nearest first. Stubs end a chain: their texts, and so their citations, are not loaded. */
  lineage: Array<LineageStep>;
  /** Meeting as printed, e.g. `42nd meeting`; for a stub, the UN's metadata's. */
  meeting?: Maybe<Scalars['String']['output']>;
  /** The draft or report it was adopted on (`A/75/L.1`), from the UN's metadata. */
  originatingDocument?: Maybe<Scalars['String']['output']>;
  /** Paragraphs in document order; empty for stubs. */
  paragraphs: Array<Paragraph>;
  /** The member of its series before it: a loaded text of the same body, adopted earlier, that it recalls (see `series` for how they are linked). */
  predecessor?: Maybe<Resolution>;
  /** The loaded resolutions citing this one (RECALLS edges in), oldest first. */
  recalledBy: RecallConnection;
  /** The resolutions this one cites (RECALLS edges out), oldest first. */
  recalls: RecallConnection;
  /** Citations this resolution makes (resolutions and documents), in document order. */
  references: Array<Reference>;
  /** The series it belongs to, oldest first, itself included, each member with how it is linked to the one before; empty for a stub. Walked through predecessors and successors among the loaded texts. */
  series: Array<SeriesMember>;
  /** Sponsors, each state once, by name: those of the UN's metadata (main and additional) and those listed under "Main Sponsors" (`Analysis.sponsors`) on the analysis pages linked to this resolution (printed names that are not known states are left out). See `sponsorships` for where each comes from. */
  sponsors: Array<Country>;
  /** Every recorded sponsorship: the UN's metadata (main and additional sponsors) and the analysis pages linked to it; by state name, then source. */
  sponsorships: Array<Sponsorship>;
  /** True while the resolution is only cited and its text is not loaded. */
  stub: Scalars['Boolean']['output'];
  /** Subject headings it is classified under (by its text or by the UN's metadata), by scheme then key. */
  subjects: Array<Subject>;
  /** The member of its series after it: the earliest loaded text whose predecessor it is. */
  successor?: Maybe<Resolution>;
  /** Canonical UN symbol, e.g. `A/HRC/RES/36/32`, `S/RES/242 (1967)`. */
  symbol: Scalars['String']['output'];
  /** Title as printed (empty when the text prints none); for a stub, the UN's metadata's title, else null. */
  title?: Maybe<Scalars['String']['output']>;
  /** Vote counts, when the text gives them, else when the UN's metadata does. */
  voteCounts?: Maybe<VoteCounts>;
  voteMethod?: Maybe<VoteMethod>;
  /** Each state's recorded vote, when the text or the UN's metadata lists them (one per state: the metadata's when both do): yes, then no, then abstain, each by state name. See `voteCounts` for the totals. */
  votes: Array<CountryVote>;
  /** Year of adoption; for a Security Council text printed without its date, the year its symbol carries. The year filters use the same year. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionDiffArgs = {
  against?: InputMaybe<Scalars['String']['input']>;
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionLineageArgs = {
  direction?: LineageDirection;
  maxDepth?: Scalars['Int']['input'];
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionParagraphsArgs = {
  kind?: InputMaybe<ParagraphKind>;
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionRecalledByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say. */
export type ResolutionRecallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of resolutions. */
export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  edges: Array<ResolutionEdge>;
  /** The edges' nodes, for clients that need no cursors. */
  nodes: Array<Resolution>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

/** How a resolution's text differs from an earlier one's: paragraphs aligned (preambular with preambular, operative with operative; numbering shifts do not break the alignment), word-level changes, and each verb's move on the escalation scales. */
export type ResolutionDiff = {
  __typename?: 'ResolutionDiff';
  /** The later text: the resolution asked about. */
  after: Resolution;
  /** The earlier text. */
  before: Resolution;
  /** In the later text's order, each DROPPED paragraph where it stood in the earlier text. */
  changes: Array<ParagraphChange>;
  summary: DiffSummary;
};

export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: Resolution;
};

/** Every field given narrows the list (AND). */
export type ResolutionFilter = {
  /** Adopting body as printed on resolutions (`Security Council`) or abbreviated (`SC`, `UNSC`), any case. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** About this state (ISO 3166 alpha-3, e.g. `KHM`). */
  concerns?: InputMaybe<Scalars['String']['input']>;
  /** Include stubs: resolutions cited but not loaded. */
  includeStubs?: InputMaybe<Scalars['Boolean']['input']>;
  /** With a paragraph naming this entity. */
  mentions?: InputMaybe<EntityInput>;
  /** Citing this resolution or document, by symbol (loose spellings accepted when they mean one symbol). */
  references?: InputMaybe<Scalars['String']['input']>;
  /** Session, as in the symbol: `36`, `80`, `S-25`. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** Sponsored by this state (ISO 3166 alpha-3, e.g. `FIN`), on an analysis page or in the UN's metadata. */
  sponsor?: InputMaybe<Scalars['String']['input']>;
  /** Classified under this subject heading (by its text or by the UN's metadata). */
  subject?: InputMaybe<SubjectInput>;
  /** With a paragraph matching this full-text query. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Adopted in or after this year. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Adopted in or before this year. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Order of a resolution list; ties are broken by symbol. Undated texts come first in ADOPTED_ASC. */
export type ResolutionOrder =
  | 'ADOPTED_ASC'
  | 'ADOPTED_DESC'
  | 'SYMBOL_ASC';

/** A state's recorded vote on one resolution. */
export type ResolutionVote = {
  __typename?: 'ResolutionVote';
  resolution: Resolution;
  vote: Vote;
};

/** A page of a state's recorded votes. */
export type ResolutionVoteConnection = {
  __typename?: 'ResolutionVoteConnection';
  edges: Array<ResolutionVoteEdge>;
  /** The edges' nodes, for clients that need no cursors. */
  nodes: Array<ResolutionVote>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type ResolutionVoteEdge = {
  __typename?: 'ResolutionVoteEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: ResolutionVote;
};

/** Search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque; pass as `after` to continue after this edge. */
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** A paragraph matching a full-text search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  paragraph: Paragraph;
  resolution: Resolution;
  /** Relevance, higher is better: the store's own BM25 (SQLite FTS5 or Neo4j Lucene), so comparable within one search only, and not between the two stores. */
  score: Scalars['Float']['output'];
  /** The matching passage, each match between `«` and `»`, cut text marked `…`. */
  snippet: Scalars['String']['output'];
};

/** How a member of a series is linked to the one before it. */
export type SeriesLinkKind =
  /** Neither text prints a title (Security Council texts): recalls its predecessor as "its resolution N". */
  | 'RECALLED_AS_ITS_RESOLUTION'
  /** A renamed title: recalls its predecessor as "its resolution N" in a paragraph that speaks of its previous resolutions on the subject, and the two titles still share three or more content words ("United Nations" not counted). */
  | 'RECALLED_AS_PREVIOUS_RESOLUTION'
  /** Recalls its predecessor, which has the same title (case, hyphens and accents folded). */
  | 'SAME_TITLE'
  /** Recalls its predecessor, whose title is nearly the same: content-word Dice at least 0.8, the same title before a subtitle, or one title's words (four or more) all in the other. */
  | 'SIMILAR_TITLE'
  /** The first member of the series as loaded: no predecessor was found. */
  | 'START';

/** A member of a series: the chain of resolutions that succeed one another on one subject (same body; the later recalls the earlier; same or nearly the same title, or recalled as "its resolution N"). */
export type SeriesMember = {
  __typename?: 'SeriesMember';
  /** How it is linked to the member before it; START for the first. */
  link: SeriesLinkKind;
  /** Its paragraphs that recall the member before it (empty for the first). */
  paragraphs: Array<Paragraph>;
  resolution: Resolution;
  /** Content-word similarity (Dice, 0 to 1) of its title and the previous member's; null for the first. */
  titleSimilarity?: Maybe<Scalars['Float']['output']>;
};

/** One state's sponsorship of a resolution, with where it is recorded. */
export type Sponsorship = {
  __typename?: 'Sponsorship';
  /** Listed among the additional sponsors (joined after the draft was introduced); false on analysis pages. */
  additional: Scalars['Boolean']['output'];
  country: Country;
  source: SponsorshipSource;
};

/** Where a sponsorship is recorded: an analysis page's main sponsors, or the UN's own metadata for the resolution. */
export type SponsorshipSource =
  | 'ANALYSIS'
  | 'METADATA';

/** How much is in the graph. */
export type Stats = {
  __typename?: 'Stats';
  analyses: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  /** Nodes per label (stubs included in `Resolution`). */
  nodes: Array<GraphCount>;
  paragraphs: Scalars['Int']['output'];
  references: Scalars['Int']['output'];
  /** Relationships per type. */
  relationships: Array<GraphCount>;
  /** Loaded resolutions (stubs not counted). */
  resolutions: Scalars['Int']['output'];
};

/** A subject heading of a thesaurus; its id is `Subject:<scheme>:<key>` (`Subject:SDG:5`). */
export type Subject = Node & {
  __typename?: 'Subject';
  id: Scalars['ID']['output'];
  /** The key within its scheme: the UNBIS or EuroVoc term in capitals, the SDG's number. */
  key: Scalars['String']['output'];
  /** As the source prints it (`Gender equality` for SDG 5). */
  label: Scalars['String']['output'];
  /** Resolutions classified under this subject (loaded texts and stubs that carry the UN's metadata), by symbol. */
  resolutions: ResolutionConnection;
  scheme: SubjectScheme;
};


/** A subject heading of a thesaurus; its id is `Subject:<scheme>:<key>` (`Subject:SDG:5`). */
export type SubjectResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One subject heading: its scheme and key (`{scheme: SDG, key: "5"}`, `{scheme: UNBIS, key: "HUMAN RIGHTS"}`). */
export type SubjectInput = {
  key: Scalars['String']['input'];
  scheme: SubjectScheme;
};

/** The thesaurus a subject heading belongs to: the UNBIS Thesaurus, the Sustainable Development Goals, EuroVoc. */
export type SubjectScheme =
  | 'EUROVOC'
  | 'SDG'
  | 'UNBIS';

/** How a paragraph's verb moved on the escalation scales (`Query.escalationScales` lists them): STRONGER or WEAKER on one scale; SAME (the same verb, or the same rung); UNRANKED when the two verbs differ and cannot be compared (one is on no scale, or they are on two scales). */
export type VerbChange =
  | 'SAME'
  | 'STRONGER'
  | 'UNRANKED'
  | 'WEAKER';

/** How the verb opening a paragraph changed between the two texts. */
export type VerbComparison = {
  __typename?: 'VerbComparison';
  after: Scalars['String']['output'];
  /** Null when the later verb is on no scale. */
  afterPlacement?: Maybe<VerbPlacement>;
  before: Scalars['String']['output'];
  /** Null when the earlier verb is on no scale. */
  beforePlacement?: Maybe<VerbPlacement>;
  change: VerbChange;
};

/** Where a verb sits on the escalation scales. */
export type VerbPlacement = {
  __typename?: 'VerbPlacement';
  /** The phrase it reduces to (`Notes with grave concern` → `grave concern`). */
  canonical: Scalars['String']['output'];
  rank: Scalars['Float']['output'];
  /** The label of the rung it sits on or just above. */
  rung: Scalars['String']['output'];
  scale: EscalationScale;
  /** The verb as the paragraph opens with it. */
  verb: Scalars['String']['output'];
};

/** A state's recorded vote. */
export type Vote =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

/** Recorded vote counts; absent or non-participating members are not counted. */
export type VoteCounts = {
  __typename?: 'VoteCounts';
  abstain: Scalars['Int']['output'];
  no: Scalars['Int']['output'];
  yes: Scalars['Int']['output'];
};

/** How the resolution was adopted. */
export type VoteMethod =
  | 'RECORDED_VOTE'
  | 'UNANIMOUSLY'
  | 'WITHOUT_A_VOTE';

/** A run of words of a changed paragraph. */
export type WordChange = {
  __typename?: 'WordChange';
  op: WordOp;
  /** The words with the spacing between them, as in the text they come from. */
  text: Scalars['String']['output'];
};

/** A run of words kept, added in the later text, or removed from the earlier. */
export type WordOp =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

export type AnalysisQuotesQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
}>;


export type AnalysisQuotesQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, analyses: Array<{ __typename?: 'Analysis', title: string, score?: number | null, quotes: Array<{ __typename?: 'Quote', section: string, score?: number | null, text: string, paragraph?: { __typename?: 'Paragraph', key: string, text: string } | null }> }> } | null };

export type CitationChainQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CitationChainQuery = { __typename?: 'Query', citationPath?: Array<{ __typename?: 'CitationHop', verb?: string | null, from: { __typename?: 'Resolution', symbol: string, adoptedOn?: string | null }, to: { __typename?: 'Resolution', symbol: string, stub: boolean }, paragraph: { __typename?: 'Paragraph', key: string, text: string } }> | null };

export type CitedByQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CitedByQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, title?: string | null, citedBy: { __typename?: 'CitationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CitationEdge', verb?: string | null, date?: string | null, node: { __typename?: 'Resolution', symbol: string, adoptedOn?: string | null }, paragraph: { __typename?: 'Paragraph', key: string } }> } } | null };

export type CountryQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryQuery = { __typename?: 'Query', country?: { __typename?: 'Country', name: string, resolutions: { __typename?: 'ResolutionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Resolution', symbol: string, adoptedOn?: string | null, title?: string | null }> } } | null, coMentions: Array<{ __typename?: 'CoMention', paragraphs: number, resolutions: number, entity:
      | { __typename?: 'Country', kind: EntityKind, name: string }
      | { __typename?: 'Instrument', kind: EntityKind, name: string }
      | { __typename?: 'Law', kind: EntityKind, name: string }
      | { __typename?: 'Organization', kind: EntityKind, name: string }
      | { __typename?: 'Person', kind: EntityKind, name: string }
     }> };

export type LawReferencesQueryVariables = Exact<{
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LawReferencesQuery = { __typename?: 'Query', law?: { __typename?: 'Law', id: string, key: string, name: string, country?: { __typename?: 'Country', name: string } | null, referencedBy: { __typename?: 'EntityReferenceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EntityReferenceEdge', resolution: { __typename?: 'Resolution', symbol: string, adoptedOn?: string | null }, node: { __typename?: 'Paragraph', key: string, text: string }, mentions: Array<{ __typename?: 'Mention', surface: string }> }> } } | null };

export type LineageQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
  direction?: InputMaybe<LineageDirection>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LineageQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, title?: string | null, lineage: Array<{ __typename?: 'LineageStep', depth: number, resolution: { __typename?: 'Resolution', symbol: string, stub: boolean, adoptedOn?: string | null }, via: { __typename?: 'Recall', verbs: Array<string>, from: { __typename?: 'Resolution', symbol: string } } }> } | null };

export type ResolutionQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
}>;


export type ResolutionQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, title?: string | null, body?: string | null, adoptedOn?: string | null, meeting?: string | null, voteMethod?: VoteMethod | null, paragraphs: Array<{ __typename?: 'Paragraph', key: string, verb?: string | null, text: string }> } | null };

export type ResolutionsPageQueryVariables = Exact<{
  filter?: InputMaybe<ResolutionFilter>;
  orderBy?: InputMaybe<ResolutionOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolutionsPageQuery = { __typename?: 'Query', resolutions: { __typename?: 'ResolutionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Resolution', symbol: string, adoptedOn?: string | null, title?: string | null }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SearchHit', score: number, snippet: string, paragraph: { __typename?: 'Paragraph', key: string }, resolution: { __typename?: 'Resolution', symbol: string, title?: string | null } }> } };


export const AnalysisQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"analyses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalysisQuotesQuery, AnalysisQuotesQueryVariables>;
export const CitationChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitationChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citationPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CitationChainQuery, CitationChainQueryVariables>;
export const CitedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitedByQuery, CitedByQueryVariables>;
export const CountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Country"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coMentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}}]}}]}}]} as unknown as DocumentNode<CountryQuery, CountryQueryVariables>;
export const LawReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"law"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referencedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surface"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawReferencesQuery, LawReferencesQueryVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageDirection"}},"defaultValue":{"kind":"EnumValue","value":"DESCENDANTS"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"stub"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verbs"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const ResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"}},{"kind":"Field","name":{"kind":"Name","value":"voteMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"OPERATIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionQuery, ResolutionQueryVariables>;
export const ResolutionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolutionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionOrder"}},"defaultValue":{"kind":"EnumValue","value":"ADOPTED_ASC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionsPageQuery, ResolutionsPageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"yearFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"yearTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;