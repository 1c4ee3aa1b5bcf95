// What a Cypher statement of the Neo4j store is, and the building blocks feature modules write
// their statements with. Values always travel as parameters, never in the text. What IS written
// into the text comes only from code constants: labels and key properties (Cypher takes no
// parameter for a label in MERGE or MATCH, so per-label statements are generated at module load
// from model.ts), the full-text index name, and the hard bound of the one variable-length pattern.
// statements.ts gathers every statement so that one test lints them all with Neo4j's own parser.

import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABELS, NODES, type NodeLabel } from "../model.js";

export interface Statement {
  readonly cypher: string;
  /** Every `$name` the text uses, and nothing else: checked when the statement is built. */
  readonly params: readonly string[];
}

const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `$names` a text uses, in order of first use. */
export const paramsIn = (cypher: string): string[] => [...new Set([...cypher.matchAll(PARAM)].map((m) => m[1] ?? ""))];

/** A statement whose declared parameters are exactly those its text uses (thrown at module load otherwise). */
export function st(cypher: string, params: readonly string[]): Statement {
  const used = paramsIn(cypher);
  const missing = used.filter((p) => !params.includes(p));
  const unused = params.filter((p) => !used.includes(p));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(`statement parameters ${JSON.stringify({ missing, unused })} in: ${cypher}`);
  }
  return { cypher: cypher.trim(), params };
}

/** Runs one statement, checking that the parameters given are exactly those it declares. */
/** What a statement runs on: a write transaction, or a read session's auto-commit queries (sessions.ts). */
export type QueryRunner = Pick<ManagedTransaction, "run">;

export async function run<Row>(tx: QueryRunner, statement: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
  const given = Object.keys(params);
  if (given.length !== statement.params.length || !statement.params.every((p) => given.includes(p))) {
    throw new Error(`parameters ${JSON.stringify(given)} do not match ${JSON.stringify(statement.params)}`);
  }
  const result = await tx.run(statement.cypher, params);
  return result.records.map((r) => r.toObject() as Row);
}

export const keyOf = (label: NodeLabel): string => NODES[label].key;
export const propertiesOf = (label: NodeLabel): string[] => Object.keys(NODES[label].properties);

/** `v {.a, .b}` over every model property of the label: absent ones come back as null. */
export const projection = (v: string, label: NodeLabel): string => `${v} {${propertiesOf(label).map((p) => `.${p}`).join(", ")}}`;

/** The label of an entity node `v`, as a string. */
export const entityLabelExpr = (v: string): string => `CASE ${ENTITY_LABELS.map((l) => `WHEN ${v}:${l} THEN '${l}'`).join(" ")} END`;

/** The key of an entity node `v`, whatever its label's key property is called. */
export const entityKeyExpr = (v: string): string => `CASE ${ENTITY_LABELS.map((l) => `WHEN ${v}:${l} THEN ${v}.${keyOf(l)}`).join(" ")} END`;

/** One value per label of a closed set (per-label statements). */
export const byLabel = <L extends string, T>(labels: readonly L[], make: (label: L) => T): Record<L, T> =>
  Object.fromEntries(labels.map((l) => [l, make(l)])) as Record<L, T>;

/** Where a stub has no date, it sorts with the loaded texts that print none (""), as in SQLite. */
export const adoptedOrder = (v: string): string => `coalesce(${v}.adoptedOn, '')`;

/**
 * The same for a list that may hold stubs: a loaded text by its own date (a text that prints none
 * sorts as ""; the metadata's never stands in), a stub by its metadata's, else "" (as SQLite's datedOrder).
 */
export const datedOrder = (v: string): string =>
  `CASE WHEN ${v}.stub = false THEN coalesce(${v}.adoptedOn, '') ELSE coalesce(${v}.metadataAdoptedOn, '') END`;
