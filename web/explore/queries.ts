// Every GraphQL operation the explorer sends to the app's own /graphql, each with the shape of its
// variables and of its answer. The documents are checked against schema.graphql by
// test/browser/explore.test.ts, so a schema change that breaks one fails the tests, not the page.
// Pure data: no DOM, so tests import it too.

import { MAX_LINEAGE_DEPTH } from "../../src/api/lineage-depth.js";

/** A document with its variables' and result's types attached (phantom fields, never set). */
export interface Operation<Variables, Result> {
  readonly name: string;
  readonly text: string;
  readonly __variables?: Variables;
  readonly __result?: Result;
}

const operation = <V, R>(name: string, text: string): Operation<V, R> => ({ name, text });

/** What the graph needs of every resolution it draws. */
export interface NodeFields {
  symbol: string;
  stub: boolean;
  body: string | null;
  year: number | null;
  adoptedOn: string | null;
  title: string | null;
  /** How many loaded texts cite it: the node's size. */
  citationCount: number;
  /**
   * What it cites, so the graph can draw the edges between its nodes beyond the lineage's tree.
   * (`references`, not `recalls(first: 100)`: the API's cost limit weighs a page size at every
   * depth, and a list without one costs no more than its items.)
   */
  references: { kind: "RESOLUTION" | "DOCUMENT"; target: string }[];
}

const NODE_FIELDS = `fragment NodeFields on Resolution {
  symbol stub body year adoptedOn title
  citationCount
  references { kind target }
}`;

export interface LineageStep {
  depth: number;
  resolution: NodeFields;
  via: { from: { symbol: string }; to: { symbol: string }; verbs: string[] };
}

export interface LineageVariables {
  symbol: string;
  depth: number;
  ancestors: boolean;
  descendants: boolean;
}

export interface LineageResult {
  resolution: (NodeFields & { ancestors?: LineageStep[]; descendants?: LineageStep[] }) | null;
}

export const LINEAGE = operation<LineageVariables, LineageResult>(
  "ExploreLineage",
  `query ExploreLineage($symbol: String!, $depth: Int!, $ancestors: Boolean!, $descendants: Boolean!) {
  resolution(symbol: $symbol) {
    ...NodeFields
    ancestors: lineage(direction: ANCESTORS, maxDepth: $depth) @include(if: $ancestors) {
      depth resolution { ...NodeFields } via { from { symbol } to { symbol } verbs }
    }
    descendants: lineage(direction: DESCENDANTS, maxDepth: $depth) @include(if: $descendants) {
      depth resolution { ...NodeFields } via { from { symbol } to { symbol } verbs }
    }
  }
}
${NODE_FIELDS}`,
);

export interface PathHop {
  from: NodeFields;
  to: NodeFields;
  verb: string | null;
  paragraph: { key: string };
}

export const CITATION_PATH = operation<{ from: string; to: string }, { citationPath: PathHop[] | null }>(
  "ExplorePath",
  `query ExplorePath($from: String!, $to: String!) {
  citationPath(from: $from, to: $to, maxDepth: ${MAX_LINEAGE_DEPTH}) {
    from { ...NodeFields } to { ...NodeFields } verb paragraph { key }
  }
}
${NODE_FIELDS}`,
);

export interface SearchResult {
  /** The symbol typed, if it names a resolution (loaded or stub). */
  bySymbol: { symbol: string; stub: boolean; body: string | null; year: number | null; title: string | null } | null;
  search: {
    totalCount: number;
    nodes: { snippet: string; paragraph: { key: string }; resolution: { symbol: string; stub: boolean; body: string | null; year: number | null } }[];
  };
}

/** Words find paragraphs; a symbol, spelled loosely, finds its resolution. Both are asked at once. */
export const SEARCH = operation<{ text: string; symbol: string; withSymbol: boolean }, SearchResult>(
  "ExploreSearch",
  `query ExploreSearch($text: String!, $symbol: String!, $withSymbol: Boolean!) {
  bySymbol: resolution(symbol: $symbol) @include(if: $withSymbol) { symbol stub body year title }
  search(text: $text, first: 30) {
    totalCount
    nodes { snippet paragraph { key } resolution { symbol stub body year } }
  }
}`,
);

/** A paragraph of one resolution citing another (a RECALLS edge's paragraphs). */
export interface CitingParagraph {
  key: string;
  verb: string | null;
  text: string;
}

export interface RecallEdge {
  node: { symbol: string };
  verbs: string[];
  paragraphs: CitingParagraph[];
}

export interface DetailsResult {
  resolution: {
    symbol: string;
    stub: boolean;
    body: string | null;
    title: string | null;
    adoptedOn: string | null;
    meeting: string | null;
    voteMethod: string | null;
    voteCounts: { yes: number; no: number; abstain: number } | null;
    votes: { vote: "YES" | "NO" | "ABSTAIN"; country: { code: string; name: string } }[];
    sponsors: { code: string; name: string }[];
    paragraphs: { key: string; mentions: { surface: string; entity: { kind: string; key: string; name: string } }[] }[];
    recalls: { totalCount: number; edges: RecallEdge[] };
    recalledBy: { totalCount: number; edges: RecallEdge[] };
  } | null;
}

/** The side panel: one resolution with what cites it and what it cites, paragraph by paragraph. */
export const DETAILS = operation<{ symbol: string }, DetailsResult>(
  "ExploreDetails",
  `query ExploreDetails($symbol: String!) {
  resolution(symbol: $symbol) {
    symbol stub body title adoptedOn meeting voteMethod
    voteCounts { yes no abstain }
    votes { vote country { code name } }
    sponsors { code name }
    paragraphs { key mentions { surface entity { kind key name } } }
    recalls(first: 100) { totalCount edges { node { symbol } verbs paragraphs { key verb text } } }
    recalledBy(first: 100) { totalCount edges { node { symbol } verbs paragraphs { key verb text } } }
  }
}`,
);

export const OPERATIONS: readonly Operation<unknown, unknown>[] = [LINEAGE, CITATION_PATH, SEARCH, DETAILS];
