// Where each label and relationship type of the graph model (model.ts) lives in SQLite. Kept as
// data so that a test can check it is total (every label and type mapped) and points at tables
// and columns that exist; graphCounts counts exactly these.

import type { NodeLabel, RelationshipType } from "../model.js";

export interface NodeTable {
  table: string;
  /** Columns holding the model's key (a quote's `<analysis key>#<n>` is a pair of columns). */
  key: readonly string[];
  /** Which rows are nodes of this label, when the table holds several labels (SQL condition). */
  where?: string;
  note?: string;
}

export interface EdgeTable {
  table: string;
  /** Columns holding the keys of the `from` and `to` nodes. */
  from: readonly string[];
  to: readonly string[];
  /** Which rows are edges of this type (SQL condition). */
  where?: string;
  note?: string;
}

const entity = (label: string): NodeTable => ({ table: "entities", key: ["key"], where: `label = '${label}'` });

export const NODE_TABLES: Readonly<Record<NodeLabel, NodeTable>> = {
  Resolution: { table: "resolutions", key: ["symbol"], note: "stub = 1 while only cited" },
  Paragraph: { table: "paragraphs", key: ["id"] },
  Document: { table: "documents", key: ["symbol"] },
  Country: entity("Country"),
  Person: entity("Person"),
  Law: entity("Law"),
  Instrument: entity("Instrument"),
  Organization: entity("Organization"),
  Analysis: { table: "analyses", key: ["key"] },
  Subject: { table: "subjects", key: ["key"] },
  Quote: { table: "quotes", key: ["analysis_key", "seq"] },
};

export const EDGE_TABLES: Readonly<Record<RelationshipType, EdgeTable>> = {
  HAS_PARAGRAPH: { table: "paragraphs", from: ["resolution"], to: ["id"], note: "the child's parent column" },
  REFERS_TO: { table: "refs", from: ["paragraph_id"], to: ["target"], where: "kind = 'resolution'" },
  RECALLS: { table: "recalls", from: ["src"], to: ["dst"] },
  CITES: { table: "refs", from: ["paragraph_id"], to: ["target"], where: "kind = 'document'" },
  MENTIONS: { table: "mentions", from: ["paragraph_id"], to: ["label", "entity_key"] },
  LAW_OF: { table: "entities", from: ["key"], to: ["country"], where: "label = 'Law' AND country IS NOT NULL" },
  CONCERNS: { table: "concerns", from: ["resolution"], to: ["label", "country"] },
  SPONSORED: { table: "sponsorships", from: ["label", "country"], to: ["resolution"], note: "source, analysis_key and additional columns" },
  VOTED: { table: "votes", from: ["label", "country"], to: ["resolution"], note: "source column" },
  ABOUT: { table: "about", from: ["resolution"], to: ["subject"], note: "source column" },
  ANALYZES: { table: "analyses", from: ["key"], to: ["resolution"], where: "resolution IS NOT NULL", note: "score column" },
  HAS_QUOTE: { table: "quotes", from: ["analysis_key"], to: ["analysis_key", "seq"], note: "the child's parent column" },
  QUOTES: { table: "quotes", from: ["analysis_key", "seq"], to: ["paragraph_id"], where: "paragraph_id IS NOT NULL", note: "score column" },
};
