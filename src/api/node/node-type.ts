// Which GraphQL type a root value is, for the `Node` and `Entity` interfaces. Root values are the
// store's records as they are (no wrapper objects to allocate per item), so the type is told by
// the fields only one kind of record has.

import { ENTITY_LABELS, type EntityLabel } from "../../graph/model.js";

export type NodeTypeName = "Resolution" | "Paragraph" | "Document" | "Analysis" | "Quote" | "Subject" | EntityLabel;

const isEntityLabel = (v: unknown): v is EntityLabel => (ENTITY_LABELS as readonly unknown[]).includes(v);

export function nodeTypeOf(value: unknown): NodeTypeName {
  if (typeof value !== "object" || value === null) throw new TypeError("a Node must be an object");
  // `in` tests written out: this runs for every value of an interface type in a response.
  if ("stub" in value) return "Resolution"; // ResolutionNode
  if ("ordinal" in value) return "Paragraph"; // ParagraphRecord
  if ("scheme" in value) return "Subject"; // SubjectRecord (its `label` may read like an entity label)
  if ("label" in value && isEntityLabel(value.label)) return value.label;
  if ("summary" in value) return "Analysis"; // AnalysisRecord
  if ("section" in value) return "Quote"; // QuoteRoot
  if ("symbol" in value) return "Document"; // DocumentRoot: only a symbol
  throw new TypeError("not a Node root value");
}
