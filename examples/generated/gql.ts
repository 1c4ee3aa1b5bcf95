/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AnalysisQuotes($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    analyses {\n      title\n      score\n      quotes {\n        section\n        score\n        text\n        paragraph {\n          key\n          text\n        }\n      }\n    }\n  }\n}": typeof types.AnalysisQuotesDocument,
    "query CitedBy($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy {\n      verb\n      from {\n        symbol\n        adoptedOn\n      }\n      paragraph {\n        key\n      }\n    }\n  }\n}": typeof types.CitedByDocument,
    "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}": typeof types.ResolutionDocument,
    "query ResolutionsPage($first: Int = 5, $after: String) {\n  resolutions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}": typeof types.ResolutionsPageDocument,
};
const documents: Documents = {
    "query AnalysisQuotes($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    analyses {\n      title\n      score\n      quotes {\n        section\n        score\n        text\n        paragraph {\n          key\n          text\n        }\n      }\n    }\n  }\n}": types.AnalysisQuotesDocument,
    "query CitedBy($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy {\n      verb\n      from {\n        symbol\n        adoptedOn\n      }\n      paragraph {\n        key\n      }\n    }\n  }\n}": types.CitedByDocument,
    "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}": types.ResolutionDocument,
    "query ResolutionsPage($first: Int = 5, $after: String) {\n  resolutions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}": types.ResolutionsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalysisQuotes($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    analyses {\n      title\n      score\n      quotes {\n        section\n        score\n        text\n        paragraph {\n          key\n          text\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AnalysisQuotes($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    analyses {\n      title\n      score\n      quotes {\n        section\n        score\n        text\n        paragraph {\n          key\n          text\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CitedBy($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy {\n      verb\n      from {\n        symbol\n        adoptedOn\n      }\n      paragraph {\n        key\n      }\n    }\n  }\n}"): (typeof documents)["query CitedBy($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy {\n      verb\n      from {\n        symbol\n        adoptedOn\n      }\n      paragraph {\n        key\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}"): (typeof documents)["query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionsPage($first: Int = 5, $after: String) {\n  resolutions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}"): (typeof documents)["query ResolutionsPage($first: Int = 5, $after: String) {\n  resolutions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;