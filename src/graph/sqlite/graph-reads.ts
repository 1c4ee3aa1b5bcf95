// The graph queries that are one plain statement each: entities and citing paragraphs by key
// (batched, one query per call), co-mentions, and counts per label and type.

import type Database from "better-sqlite3";
import { ENTITY_LABELS, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../model.js";
import type { CitationTarget, CitingParagraph, CoMention, EntityRecord, EntityRef, GraphCounts } from "../port.js";
import { manyPerKey, onePerKey } from "./batch.js";
import { toEntityRecord, type EntityRow } from "./rows.js";
import { GRAPH_READS } from "./statements.js";
import { REF_KIND } from "./write.js";

/** Pairs as the one JSON parameter the statements take, deduplicated. */
const pairsParam = (refs: readonly { label: string; key: string }[]): string => {
  const seen = new Map<string, [string, string]>();
  for (const { label, key } of refs) seen.set(JSON.stringify([label, key]), [label, key]);
  return JSON.stringify([...seen.values()]);
};

const pairKey = (label: string, key: string): string => JSON.stringify([label, key]);

/** The labels and kinds the statements compare with, bound as parameters rather than spliced. */
const LABEL_PARAMS = Object.fromEntries(ENTITY_LABELS.map((l) => [l, l])) as Record<string, string>;
const TARGET_PARAMS = {
  resolutionLabel: "Resolution",
  documentLabel: "Document",
  resolutionKind: REF_KIND.REFERS_TO,
  documentKind: REF_KIND.CITES,
};

type CountsRow = Record<NodeLabel | RelationshipType, number>;

export class GraphReads {
  readonly #entities: Database.Statement<[string], EntityRow>;
  readonly #citing: Database.Statement<[Record<string, string>], { label: string; key: string; resolution: string; paragraph_id: string }>;
  readonly #coMentions: Database.Statement<[{ label: string; key: string; limit: number }], EntityRow & { paragraphs: number; resolutions: number }>;
  readonly #counts: Database.Statement<[Record<string, string>], CountsRow>;

  constructor(db: Database.Database) {
    this.#entities = db.prepare(GRAPH_READS.entitiesByKeys);
    this.#citing = db.prepare(GRAPH_READS.citingParagraphs);
    this.#coMentions = db.prepare(GRAPH_READS.coMentions);
    this.#counts = db.prepare(GRAPH_READS.graphCounts);
  }

  entitiesByKeys(refs: readonly EntityRef[]): (EntityRecord | null)[] {
    if (refs.length === 0) return [];
    const records = this.#entities.all(pairsParam(refs)).map(toEntityRecord);
    return onePerKey(
      refs.map((r) => pairKey(r.label, r.key)),
      records,
      (e) => pairKey(e.label, e.key),
    );
  }

  citingParagraphs(targets: readonly CitationTarget[]): CitingParagraph[][] {
    if (targets.length === 0) return [];
    const rows = this.#citing.all({ targets: pairsParam(targets), ...TARGET_PARAMS });
    const grouped = manyPerKey(
      targets.map((t) => pairKey(t.label, t.key)),
      rows,
      (row) => pairKey(row.label, row.key),
    );
    return grouped.map((list) => list.map((row) => ({ resolution: row.resolution, paragraphId: row.paragraph_id })));
  }

  coMentions(entity: EntityRef, limit: number): CoMention[] {
    const n = limit;
    if (n === 0) return [];
    return this.#coMentions.all({ label: entity.label, key: entity.key, limit: n }).map((row) => ({
      entity: toEntityRecord(row),
      paragraphs: row.paragraphs,
      resolutions: row.resolutions,
    }));
  }

  graphCounts(): GraphCounts {
    const row = this.#counts.get({ ...LABEL_PARAMS, resolutionKind: REF_KIND.REFERS_TO, documentKind: REF_KIND.CITES });
    const count = (name: NodeLabel | RelationshipType): number => row?.[name] ?? 0;
    return {
      nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, count(l)])) as Record<NodeLabel, number>,
      relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, count(t)])) as Record<RelationshipType, number>,
    };
  }
}
