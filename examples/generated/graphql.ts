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
export type Analysis = {
  __typename?: 'Analysis';
  body: Scalars['String']['output'];
  /** The page's file name without extension. */
  key: Scalars['String']['output'];
  quotes: Array<AnalysisQuote>;
  /** Mean quote score for the linked resolution (0..1). */
  score?: Maybe<Scalars['Float']['output']>;
  sponsors: Array<Scalars['String']['output']>;
  summary: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  votes?: Maybe<AnalysisVotes>;
};

/** A quote on an analysis page, with the paragraph it best matches. */
export type AnalysisQuote = {
  __typename?: 'AnalysisQuote';
  /** The loaded paragraph this quote matches best, if any does. */
  paragraph?: Maybe<Paragraph>;
  /** 0..1: share of the quote's words found in order in the paragraph. */
  score?: Maybe<Scalars['Float']['output']>;
  /** `praise` or `criticism`. */
  section: Scalars['String']['output'];
  /** As printed; abridged quotes keep their `…`. */
  text: Scalars['String']['output'];
};

/** Vote counts printed on an analysis page. */
export type AnalysisVotes = {
  __typename?: 'AnalysisVotes';
  absent: Scalars['Int']['output'];
  abstain: Scalars['Int']['output'];
  no: Scalars['Int']['output'];
  yes: Scalars['Int']['output'];
};

/** A footnote carried by a paragraph. */
export type Footnote = {
  __typename?: 'Footnote';
  /** The mark as printed: `2`, `*`. */
  mark: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A preambular or operative paragraph (or lettered sub-paragraph) of a resolution. */
export type Paragraph = {
  __typename?: 'Paragraph';
  footnotes: Array<Footnote>;
  /** `<symbol>#<key>`, e.g. `A/HRC/RES/36/32#op22`. */
  id: Scalars['ID']['output'];
  /** `pp3`, `op22`, `op28(a)`: unique within the resolution. */
  key: Scalars['String']['output'];
  kind: ParagraphKind;
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

/** Preambular paragraphs set the context (Recalling …); operative paragraphs act (Decides …). */
export type ParagraphKind =
  | 'OPERATIVE'
  | 'PREAMBULAR';

export type Query = {
  __typename?: 'Query';
  /** A resolution by its canonical symbol; null when not loaded. */
  resolution?: Maybe<Resolution>;
  /** Loaded resolutions, oldest first (then by symbol). */
  resolutions: ResolutionConnection;
  /** Counts of what the graph holds. */
  stats: Stats;
};


export type QueryResolutionArgs = {
  symbol: Scalars['String']['input'];
};


export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A citation made by a paragraph: the edge of the citation graph. */
export type Reference = {
  __typename?: 'Reference';
  /** Date given with the citation, `YYYY-MM-DD`. */
  date?: Maybe<Scalars['String']['output']>;
  /** The citing resolution. */
  from: Resolution;
  kind: ReferenceKind;
  /** The citing paragraph. */
  paragraph: Paragraph;
  /** The cited resolution when its text is loaded; null for documents and texts not loaded. */
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

/** A resolution or decision whose text is loaded. */
export type Resolution = {
  __typename?: 'Resolution';
  /** Adoption date, `YYYY-MM-DD`. */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** Analysis pages whose quotes match this resolution best. */
  analyses: Array<Analysis>;
  /** Adopting body, e.g. `Human Rights Council`. */
  body: Scalars['String']['output'];
  /** Citations of this resolution made by loaded texts. */
  citedBy: Array<Reference>;
  /** Meeting as printed, e.g. `42nd meeting`. */
  meeting?: Maybe<Scalars['String']['output']>;
  /** Paragraphs in document order. */
  paragraphs: Array<Paragraph>;
  /** Citations this resolution makes, in document order. */
  references: Array<Reference>;
  /** Canonical UN symbol, e.g. `A/HRC/RES/36/32`, `S/RES/242 (1967)`. */
  symbol: Scalars['String']['output'];
  /** Title as printed; empty when the text prints none. */
  title: Scalars['String']['output'];
  voteMethod?: Maybe<VoteMethod>;
  /** Vote counts, when the text gives them. */
  votes?: Maybe<VoteCounts>;
};


/** A resolution or decision whose text is loaded. */
export type ResolutionParagraphsArgs = {
  kind?: InputMaybe<ParagraphKind>;
};

/** A page of resolutions ordered by adoption date, then symbol. */
export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  edges: Array<ResolutionEdge>;
  /** The edges' nodes, for clients that need no cursors. */
  nodes: Array<Resolution>;
  pageInfo: PageInfo;
  /** Number of resolutions in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  cursor: Scalars['String']['output'];
  node: Resolution;
};

/** How much is in the graph. */
export type Stats = {
  __typename?: 'Stats';
  analyses: Scalars['Int']['output'];
  mentions: Scalars['Int']['output'];
  paragraphs: Scalars['Int']['output'];
  references: Scalars['Int']['output'];
  resolutions: Scalars['Int']['output'];
};

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

export type AnalysisQuotesQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
}>;


export type AnalysisQuotesQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, analyses: Array<{ __typename?: 'Analysis', title: string, score?: number | null, quotes: Array<{ __typename?: 'AnalysisQuote', section: string, score?: number | null, text: string, paragraph?: { __typename?: 'Paragraph', key: string, text: string } | null }> }> } | null };

export type CitedByQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
}>;


export type CitedByQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, title: string, citedBy: Array<{ __typename?: 'Reference', verb?: string | null, from: { __typename?: 'Resolution', symbol: string, adoptedOn?: string | null }, paragraph: { __typename?: 'Paragraph', key: string } }> } | null };

export type ResolutionQueryVariables = Exact<{
  symbol: Scalars['String']['input'];
}>;


export type ResolutionQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', symbol: string, title: string, body: string, adoptedOn?: string | null, meeting?: string | null, voteMethod?: VoteMethod | null, paragraphs: Array<{ __typename?: 'Paragraph', key: string, verb?: string | null, text: string }> } | null };

export type ResolutionsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolutionsPageQuery = { __typename?: 'Query', resolutions: { __typename?: 'ResolutionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Resolution', symbol: string, adoptedOn?: string | null, title: string }> } };


export const AnalysisQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"analyses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalysisQuotesQuery, AnalysisQuotesQueryVariables>;
export const CitedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitedByQuery, CitedByQueryVariables>;
export const ResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"}},{"kind":"Field","name":{"kind":"Name","value":"voteMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"OPERATIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionQuery, ResolutionQueryVariables>;
export const ResolutionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolutionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionsPageQuery, ResolutionsPageQueryVariables>;