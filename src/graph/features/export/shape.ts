// What both stores' exports share: the sections in order (every label of the model, then every
// relationship type), the batch size, which properties a record carries and how each is typed
// (from model.ts, the one table of labels, types and properties), and how a filter reads. The
// engines only read rows by keyset and alias their columns to the model's property names.

import { BadUserInputError } from "../../../errors.js";
import { NODE_LABELS, NODES, RELATIONSHIP_TYPES, RELATIONSHIPS, type NodeLabel, type PropertySpec, type RelationshipType } from "../../model.js";
import type { ExportArgs, ExportBatch, ExportFilter, ExportValue } from "../../port.js";

export const DEFAULT_EXPORT_BATCH = 1_000;
/** A page is read in one query: large enough to amortise the round trip, small enough to stay flat. */
export const MAX_EXPORT_BATCH = 10_000;

export type ExportSection = { kind: "nodes"; label: NodeLabel } | { kind: "relationships"; type: RelationshipType };

/** Every label in the model's order, then every relationship type: what an export walks. */
export const EXPORT_SECTIONS: readonly ExportSection[] = [
  ...NODE_LABELS.map((label): ExportSection => ({ kind: "nodes", label })),
  ...RELATIONSHIP_TYPES.map((type): ExportSection => ({ kind: "relationships", type })),
];

export const propertySpecs = (section: ExportSection): Readonly<Record<string, PropertySpec>> =>
  section.kind === "nodes" ? NODES[section.label].properties : RELATIONSHIPS[section.type].properties;

/** The batch size asked for, or the default; one that is not a whole number from 1 to the maximum is refused, never replaced. */
export function batchSizeOf(args: ExportArgs | undefined): number {
  const n = args?.batchSize ?? DEFAULT_EXPORT_BATCH;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_EXPORT_BATCH) {
    throw new BadUserInputError("batchSize", `must be a whole number from 1 to ${MAX_EXPORT_BATCH.toLocaleString("en-US")}, got ${String(n)}`);
  }
  return n;
}

/** The values a filter binds, every field present (null: not given), and whether any narrows. */
export interface FilterParams {
  all: boolean;
  body: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  session: string | null;
}

export function filterParams(filter: ExportFilter | undefined): FilterParams {
  const body = filter?.body ?? null;
  const yearFrom = filter?.yearFrom ?? null;
  const yearTo = filter?.yearTo ?? null;
  const session = filter?.session ?? null;
  return { all: body === null && yearFrom === null && yearTo === null && session === null, body, yearFrom, yearTo, session };
}

/**
 * A record's properties, in the model's order and typed as it says, from a row whose fields are
 * named after the model's properties. Absent (null) ones are left out, and so is an empty optional
 * string: one store keeps "" where the other keeps nothing (a loaded text's missing meeting), and an
 * export says the same of both. Lists may come as JSON text (SQLite) or as lists (Neo4j).
 */
export function exportProperties(specs: Readonly<Record<string, PropertySpec>>, row: Readonly<Record<string, unknown>>): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = row[name];
    if (value === null || value === undefined) continue;
    switch (spec.type) {
      case "STRING": {
        const text = String(value);
        if (text !== "" || spec.required) out[name] = text;
        break;
      }
      case "INTEGER":
      case "FLOAT":
        out[name] = Number(value);
        break;
      case "BOOLEAN":
        out[name] = value === true || value === 1;
        break;
      case "LIST<STRING>": {
        const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
        out[name] = Array.isArray(list) ? list.map((v) => String(v)) : [];
        break;
      }
    }
  }
  return out;
}

/** The one empty batch of a section with no records, so that a writer still sees the section. */
export const emptyBatch = (section: ExportSection): ExportBatch =>
  section.kind === "nodes" ? { kind: "nodes", label: section.label, records: [] } : { kind: "relationships", type: section.type, records: [] };
