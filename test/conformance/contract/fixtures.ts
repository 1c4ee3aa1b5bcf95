// What the contract's modules share: the store they run on, ingesting and counting helpers, and the
// graph counts of the fixed corpora, so that two modules asserting the same graph assert it alike.
// The documents themselves are in ../documents.ts, which the per-store tests import as well.

import type { ResolutionDocument } from "../../../src/domain.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../src/graph/model.js";
import type { GraphCounts, GraphQueries, GraphStore, LineageEntry, ResolutionRecord } from "../../../src/graph/port.js";
import { source } from "../documents.js";

/** Both halves of the port: every store implements the graph queries too. */
export type ContractStore = GraphStore & GraphQueries;

export const expectedRecord = (doc: ResolutionDocument, version = 1): ResolutionRecord => ({
  ...doc.resolution,
  source: source(doc.resolution.symbol, version),
});

/** Counts with every label and type at 0 except those given. */
export function counts(nodes: Partial<GraphCounts["nodes"]>, relationships: Partial<GraphCounts["relationships"]>): GraphCounts {
  return {
    nodes: { ...Object.fromEntries(NODE_LABELS.map((l) => [l, 0])), ...nodes } as GraphCounts["nodes"],
    relationships: { ...Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])), ...relationships } as GraphCounts["relationships"],
  };
}

/** Lineage as (symbol, depth, via.from → via.to) triples: compact, and still exact and ordered. */
export const hops = (entries: LineageEntry[]): string[] => entries.map((e) => `${e.symbol}@${e.depth} ${e.via.from}>${e.via.to}`);

export async function ingestAll(store: ContractStore, docs: readonly ResolutionDocument[]): Promise<void> {
  for (const doc of docs) await store.upsertDocument(doc, source(doc.resolution.symbol));
}

/** A state as the queries give it back (concernsOf, votesOf, findEntities). */
export const country = (key: string, name: string) => ({ label: "Country" as const, key, name });

/** lineageGraph loaded: 9 texts, 3 stubs, one paragraph and one citation per edge (M/RES/1 has two to M/RES/2). */
export const LINEAGE_COUNTS = counts({ Resolution: 12, Paragraph: 12 }, { HAS_PARAGRAPH: 12, REFERS_TO: 12, RECALLS: 11 });

/** hrc3632 and hrc3322 loaded: 70/1 and 217(III) are stubs, 33/22 is loaded and cited. */
export const TWO_LOADED = counts(
  { Resolution: 4, Paragraph: 6, Document: 1, Country: 2, Instrument: 2, Organization: 1 },
  { HAS_PARAGRAPH: 6, REFERS_TO: 5, RECALLS: 4, CITES: 1, MENTIONS: 5 },
);
