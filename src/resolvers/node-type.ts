// Which GraphQL type a root value is, for the `Node` and `Entity` interfaces. Root values are the
// store's records as they are (no wrapper objects to allocate per item), so the type is told by
// the fields only one kind of record has.

import { ENTITY_LABELS, type EntityLabel } from "../graph/model.js";

export type NodeTypeName = "Resolution" | "Paragraph" | "Document" | "Analysis" | "Quote" | EntityLabel;

const isEntityLabel = (v: unknown): v is EntityLabel => (ENTITY_LABELS as readonly unknown[]).includes(v);

export function nodeTypeOf(value: unknown): NodeTypeName {
  if (typeof value !== "object" || value === null) throw new TypeError("a Node must be an object");
  const has = (field: string): boolean => field in value;
  if (has("stub")) return "Resolution"; // ResolutionNode
  if (has("ordinal")) return "Paragraph"; // ParagraphRecord
  if (has("label") && isEntityLabel((value as { label: unknown }).label)) return (value as { label: EntityLabel }).label;
  if (has("summary")) return "Analysis"; // AnalysisRecord
  if (has("section")) return "Quote"; // QuoteRoot
  if (has("symbol")) return "Document"; // DocumentRoot: only a symbol
  throw new TypeError("not a Node root value");
}
