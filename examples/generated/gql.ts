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
    "query CitationChain($from: String!, $to: String!, $maxDepth: Int = 6) {\n  citationPath(from: $from, to: $to, maxDepth: $maxDepth) {\n    from {\n      symbol\n      adoptedOn\n    }\n    to {\n      symbol\n      stub\n    }\n    verb\n    paragraph {\n      key\n      text\n    }\n  }\n}": typeof types.CitationChainDocument,
    "query CitedBy($symbol: String!, $first: Int = 20, $after: String) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        verb\n        date\n        node {\n          symbol\n          adoptedOn\n        }\n        paragraph {\n          key\n        }\n      }\n    }\n  }\n}": typeof types.CitedByDocument,
    "query Country($code: String!, $first: Int = 20, $after: String) {\n  country(code: $code) {\n    name\n    resolutions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        symbol\n        adoptedOn\n        title\n      }\n    }\n  }\n  coMentions(entity: {kind: COUNTRY, key: $code}, first: 10) {\n    entity {\n      kind\n      name\n    }\n    paragraphs\n    resolutions\n  }\n}": typeof types.CountryDocument,
    "query LawReferences($name: String!, $first: Int = 20, $after: String) {\n  law(name: $name) {\n    id\n    key\n    name\n    country {\n      name\n    }\n    referencedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        resolution {\n          symbol\n          adoptedOn\n        }\n        node {\n          key\n          text\n        }\n        mentions {\n          surface\n        }\n      }\n    }\n  }\n}": typeof types.LawReferencesDocument,
    "query Lineage($symbol: String!, $direction: LineageDirection = DESCENDANTS, $maxDepth: Int = 3) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    lineage(direction: $direction, maxDepth: $maxDepth) {\n      depth\n      resolution {\n        symbol\n        stub\n        adoptedOn\n      }\n      via {\n        from {\n          symbol\n        }\n        verbs\n      }\n    }\n  }\n}": typeof types.LineageDocument,
    "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}": typeof types.ResolutionDocument,
    "query ResolutionsPage($filter: ResolutionFilter, $orderBy: ResolutionOrder = ADOPTED_ASC, $first: Int = 5, $after: String) {\n  resolutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}": typeof types.ResolutionsPageDocument,
    "query Search($text: String!, $body: String, $yearFrom: Int, $yearTo: Int, $first: Int = 10, $after: String) {\n  search(\n    text: $text\n    body: $body\n    yearFrom: $yearFrom\n    yearTo: $yearTo\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      snippet\n      paragraph {\n        key\n      }\n      resolution {\n        symbol\n        title\n      }\n    }\n  }\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query AnalysisQuotes($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    analyses {\n      title\n      score\n      quotes {\n        section\n        score\n        text\n        paragraph {\n          key\n          text\n        }\n      }\n    }\n  }\n}": types.AnalysisQuotesDocument,
    "query CitationChain($from: String!, $to: String!, $maxDepth: Int = 6) {\n  citationPath(from: $from, to: $to, maxDepth: $maxDepth) {\n    from {\n      symbol\n      adoptedOn\n    }\n    to {\n      symbol\n      stub\n    }\n    verb\n    paragraph {\n      key\n      text\n    }\n  }\n}": types.CitationChainDocument,
    "query CitedBy($symbol: String!, $first: Int = 20, $after: String) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        verb\n        date\n        node {\n          symbol\n          adoptedOn\n        }\n        paragraph {\n          key\n        }\n      }\n    }\n  }\n}": types.CitedByDocument,
    "query Country($code: String!, $first: Int = 20, $after: String) {\n  country(code: $code) {\n    name\n    resolutions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        symbol\n        adoptedOn\n        title\n      }\n    }\n  }\n  coMentions(entity: {kind: COUNTRY, key: $code}, first: 10) {\n    entity {\n      kind\n      name\n    }\n    paragraphs\n    resolutions\n  }\n}": types.CountryDocument,
    "query LawReferences($name: String!, $first: Int = 20, $after: String) {\n  law(name: $name) {\n    id\n    key\n    name\n    country {\n      name\n    }\n    referencedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        resolution {\n          symbol\n          adoptedOn\n        }\n        node {\n          key\n          text\n        }\n        mentions {\n          surface\n        }\n      }\n    }\n  }\n}": types.LawReferencesDocument,
    "query Lineage($symbol: String!, $direction: LineageDirection = DESCENDANTS, $maxDepth: Int = 3) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    lineage(direction: $direction, maxDepth: $maxDepth) {\n      depth\n      resolution {\n        symbol\n        stub\n        adoptedOn\n      }\n      via {\n        from {\n          symbol\n        }\n        verbs\n      }\n    }\n  }\n}": types.LineageDocument,
    "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}": types.ResolutionDocument,
    "query ResolutionsPage($filter: ResolutionFilter, $orderBy: ResolutionOrder = ADOPTED_ASC, $first: Int = 5, $after: String) {\n  resolutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}": types.ResolutionsPageDocument,
    "query Search($text: String!, $body: String, $yearFrom: Int, $yearTo: Int, $first: Int = 10, $after: String) {\n  search(\n    text: $text\n    body: $body\n    yearFrom: $yearFrom\n    yearTo: $yearTo\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      snippet\n      paragraph {\n        key\n      }\n      resolution {\n        symbol\n        title\n      }\n    }\n  }\n}": types.SearchDocument,
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
export function graphql(source: "query CitationChain($from: String!, $to: String!, $maxDepth: Int = 6) {\n  citationPath(from: $from, to: $to, maxDepth: $maxDepth) {\n    from {\n      symbol\n      adoptedOn\n    }\n    to {\n      symbol\n      stub\n    }\n    verb\n    paragraph {\n      key\n      text\n    }\n  }\n}"): (typeof documents)["query CitationChain($from: String!, $to: String!, $maxDepth: Int = 6) {\n  citationPath(from: $from, to: $to, maxDepth: $maxDepth) {\n    from {\n      symbol\n      adoptedOn\n    }\n    to {\n      symbol\n      stub\n    }\n    verb\n    paragraph {\n      key\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CitedBy($symbol: String!, $first: Int = 20, $after: String) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        verb\n        date\n        node {\n          symbol\n          adoptedOn\n        }\n        paragraph {\n          key\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CitedBy($symbol: String!, $first: Int = 20, $after: String) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    citedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        verb\n        date\n        node {\n          symbol\n          adoptedOn\n        }\n        paragraph {\n          key\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Country($code: String!, $first: Int = 20, $after: String) {\n  country(code: $code) {\n    name\n    resolutions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        symbol\n        adoptedOn\n        title\n      }\n    }\n  }\n  coMentions(entity: {kind: COUNTRY, key: $code}, first: 10) {\n    entity {\n      kind\n      name\n    }\n    paragraphs\n    resolutions\n  }\n}"): (typeof documents)["query Country($code: String!, $first: Int = 20, $after: String) {\n  country(code: $code) {\n    name\n    resolutions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        symbol\n        adoptedOn\n        title\n      }\n    }\n  }\n  coMentions(entity: {kind: COUNTRY, key: $code}, first: 10) {\n    entity {\n      kind\n      name\n    }\n    paragraphs\n    resolutions\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawReferences($name: String!, $first: Int = 20, $after: String) {\n  law(name: $name) {\n    id\n    key\n    name\n    country {\n      name\n    }\n    referencedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        resolution {\n          symbol\n          adoptedOn\n        }\n        node {\n          key\n          text\n        }\n        mentions {\n          surface\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LawReferences($name: String!, $first: Int = 20, $after: String) {\n  law(name: $name) {\n    id\n    key\n    name\n    country {\n      name\n    }\n    referencedBy(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        resolution {\n          symbol\n          adoptedOn\n        }\n        node {\n          key\n          text\n        }\n        mentions {\n          surface\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Lineage($symbol: String!, $direction: LineageDirection = DESCENDANTS, $maxDepth: Int = 3) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    lineage(direction: $direction, maxDepth: $maxDepth) {\n      depth\n      resolution {\n        symbol\n        stub\n        adoptedOn\n      }\n      via {\n        from {\n          symbol\n        }\n        verbs\n      }\n    }\n  }\n}"): (typeof documents)["query Lineage($symbol: String!, $direction: LineageDirection = DESCENDANTS, $maxDepth: Int = 3) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    lineage(direction: $direction, maxDepth: $maxDepth) {\n      depth\n      resolution {\n        symbol\n        stub\n        adoptedOn\n      }\n      via {\n        from {\n          symbol\n        }\n        verbs\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}"): (typeof documents)["query Resolution($symbol: String!) {\n  resolution(symbol: $symbol) {\n    symbol\n    title\n    body\n    adoptedOn\n    meeting\n    voteMethod\n    paragraphs(kind: OPERATIVE) {\n      key\n      verb\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionsPage($filter: ResolutionFilter, $orderBy: ResolutionOrder = ADOPTED_ASC, $first: Int = 5, $after: String) {\n  resolutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}"): (typeof documents)["query ResolutionsPage($filter: ResolutionFilter, $orderBy: ResolutionOrder = ADOPTED_ASC, $first: Int = 5, $after: String) {\n  resolutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      symbol\n      adoptedOn\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $body: String, $yearFrom: Int, $yearTo: Int, $first: Int = 10, $after: String) {\n  search(\n    text: $text\n    body: $body\n    yearFrom: $yearFrom\n    yearTo: $yearTo\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      snippet\n      paragraph {\n        key\n      }\n      resolution {\n        symbol\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query Search($text: String!, $body: String, $yearFrom: Int, $yearTo: Int, $first: Int = 10, $after: String) {\n  search(\n    text: $text\n    body: $body\n    yearFrom: $yearFrom\n    yearTo: $yearTo\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      snippet\n      paragraph {\n        key\n      }\n      resolution {\n        symbol\n        title\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;