// The export on Neo4j: one statement per label and per relationship type, generated from the model
// (a label or type cannot be a parameter), each streamed once, in no particular order: the driver
// pulls `batchSize` records at a time as the writer consumes them (fetchSize backpressure), so
// memory holds about one batch, and every relationship is read once. (Paging by keyset re-expanded
// and sorted all of a start node's relationships for every page: a state's tens of thousands of
// VOTED, read again for each 1,000-row page; bench/export.ts --neo4j measures both.) A filter adds,
// as on SQLite, the condition that the record belongs to what the selected resolutions reach;
// without one, the statement has no such condition (a statement of its own: the planner would not
// drop the subqueries of a condition that is always true).
//
// Every statement runs in one read transaction (sessions.ts streamRead). That is no snapshot:
// Neo4j reads at READ COMMITTED, so a write committed during the export would show in the sections
// read after it (a relationship whose end is in no node file). The graph's version (bumped in the
// same transaction as every write that changes something: features/metrics/neo4j.ts) is read
// before the first section and after the last; when it moved, the export fails, naming why, rather
// than give files that mix two states of the graph (the export's files are then not written).

import { int } from "neo4j-driver";
import { ENTITY_LABELS, NODE_LABELS, NODES, RELATIONSHIP_TYPES, RELATIONSHIPS, type EntityLabel, type NodeLabel, type RelationshipType } from "../../model.js";
import type { ExportArgs, ExportBatch, ExportEdge, ExportNode } from "../../port.js";
import { StoreUnavailableError } from "../../../errors.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { byLabel, entityKeyExpr, entityLabelExpr, keyOf, projection, st, type QueryRunner, type Statement } from "../../neo4j/statement.js";
import { GRAPH_VERSION_CYPHER } from "../metrics/neo4j.js";
import { batchSizeOf, emptyBatch, EXPORT_SECTIONS, exportProperties, filterParams, propertySpecs } from "./shape.js";

/** Whether resolution `r` is one the filter selects: loaded, and every given field equal. */
const matches = (r: string): string =>
  `(${r}.stub = false AND ($body IS NULL OR ${r}.body = $body) AND ($yearFrom IS NULL OR ${r}.year >= $yearFrom)
    AND ($yearTo IS NULL OR ${r}.year <= $yearTo) AND ($session IS NULL OR ${r}.session = $session))`;

/** Paragraph `p` belongs to a selected resolution. */
const paragraphSelected = (p: string): string => `EXISTS { MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(${p}) WHERE ${matches("r")} }`;

/** Entity `n` is named in a selected resolution's paragraph. */
const mentionedIn = (n: string): string => `EXISTS { MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->(${n}) WHERE ${matches("r")} }`;

const analysisSelected = (a: string): string => `EXISTS { MATCH (${a})-[:ANALYZES]->(r:Resolution) WHERE ${matches("r")} }`;

const FILTER_PARAMS = ["body", "yearFrom", "yearTo", "session"] as const;

/** Which nodes of a label the selected resolutions reach (as on SQLite: features/export/sqlite.ts). */
function nodeReached(label: NodeLabel, n: string): string {
  switch (label) {
    case "Resolution":
      return `(${matches(n)} OR EXISTS { MATCH (r:Resolution)-[:RECALLS]->(${n}) WHERE ${matches("r")} })`;
    case "Paragraph":
      return paragraphSelected(n);
    case "Document":
      return `EXISTS { MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(${n}) WHERE ${matches("r")} }`;
    case "Country":
      return `(${mentionedIn(n)}
  OR EXISTS { MATCH (r:Resolution)-[:CONCERNS]->(${n}) WHERE ${matches("r")} }
  OR EXISTS { MATCH (${n})-[:VOTED|SPONSORED]->(r:Resolution) WHERE ${matches("r")} }
  OR EXISTS { MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->(:Law)-[:LAW_OF]->(${n}) WHERE ${matches("r")} })`;
    case "Person":
    case "Law":
    case "Instrument":
    case "Organization":
      return mentionedIn(n);
    case "Analysis":
      return analysisSelected(n);
    case "Subject":
      return `EXISTS { MATCH (r:Resolution)-[:ABOUT]->(${n}) WHERE ${matches("r")} }`;
    case "Quote":
      return `EXISTS { MATCH (a:Analysis)-[:HAS_QUOTE]->(${n}) WHERE ${analysisSelected("a")} }`;
  }
}

function nodeStatement(label: NodeLabel, filtered: boolean): Statement {
  return st(
    `MATCH (n:${label})${filtered ? `\nWHERE ${nodeReached(label, "n")}` : ""}
RETURN n.${keyOf(label)} AS key, ${projection("n", label)} AS props`,
    filtered ? FILTER_PARAMS : [],
  );
}

/** What a type's statement filters on; its end labels are the model's (RELATIONSHIPS). */
interface EdgeShape {
  /** Whether the start node is reached (on `a`), and the relationship (on `a`, `e`, `b`). */
  fromReached: string;
  edgeReached?: string;
}

/** Per type: the start node reached, and what else the relationship needs (mirrors SQLite's statements). */
const EDGE_SHAPES: Record<RelationshipType, EdgeShape> = {
  HAS_PARAGRAPH: { fromReached: matches("a") },
  REFERS_TO: { fromReached: paragraphSelected("a") },
  RECALLS: { fromReached: matches("a") },
  CITES: { fromReached: paragraphSelected("a") },
  MENTIONS: { fromReached: paragraphSelected("a") },
  LAW_OF: { fromReached: mentionedIn("a") },
  CONCERNS: { fromReached: matches("a") },
  SPONSORED: { fromReached: "true", edgeReached: matches("b") },
  VOTED: { fromReached: "true", edgeReached: matches("b") },
  ABOUT: { fromReached: matches("a") },
  ANALYZES: { fromReached: "true", edgeReached: matches("b") },
  HAS_QUOTE: { fromReached: analysisSelected("a") },
  QUOTES: {
    fromReached: `EXISTS { MATCH (x:Analysis)-[:HAS_QUOTE]->(a) WHERE ${analysisSelected("x")} }`,
    edgeReached: paragraphSelected("b"),
  },
};

/**
 * A type's end labels, from the model: its one start label, and its one end label or undefined when
 * the model allows several (MENTIONS: any entity, told apart in the result).
 */
function endsOf(type: RelationshipType): { from: NodeLabel; to: NodeLabel | undefined } {
  const { from, to } = RELATIONSHIPS[type];
  if (from.length !== 1) throw new Error(`export: ${type} has several start labels; its statement must say which`);
  return { from: from[0]!, to: to.length === 1 ? to[0] : undefined };
}

function edgeStatement(type: RelationshipType, filtered: boolean): Statement {
  const shape = EDGE_SHAPES[type];
  const { from, to } = endsOf(type);
  const toKey = to ? `b.${keyOf(to)}` : entityKeyExpr("b");
  const toLabel = to ? `'${to}'` : entityLabelExpr("b");
  const props = Object.keys(propertySpecs({ kind: "relationships", type }));
  const end = to ? `(b:${to})` : `(b:${ENTITY_LABELS.join("|")})`;
  const where = filtered ? [shape.fromReached, shape.edgeReached ?? "true"].filter((c) => c !== "true") : [];
  return st(
    `MATCH (a:${from})-[e:${type}]->${end}${where.length > 0 ? `\nWHERE ${where.join("\n  AND ")}` : ""}
RETURN a.${keyOf(from)} AS fromKey, ${toKey} AS toKey, ${toLabel} AS toLabel, e {${props.map((p) => `.${p}`).join(", ")}} AS props`,
    filtered ? FILTER_PARAMS : [],
  );
}

export const EXPORT_NODES = byLabel(NODE_LABELS, (label) => nodeStatement(label, false));
export const EXPORT_EDGES = byLabel(RELATIONSHIP_TYPES, (type) => edgeStatement(type, false));
export const EXPORT_NODES_FILTERED = byLabel(NODE_LABELS, (label) => nodeStatement(label, true));
export const EXPORT_EDGES_FILTERED = byLabel(RELATIONSHIP_TYPES, (type) => edgeStatement(type, true));

interface NodeRow {
  key: string;
  props: Record<string, unknown>;
}

interface EdgeRow {
  fromKey: string;
  toKey: string;
  toLabel: string;
  props: Record<string, unknown>;
}

/** Integers go out as driver Integers: a JS number is sent as a FLOAT, which `year >=` would not take alike. */
const value = (v: string | number | null): unknown => (typeof v === "number" ? int(v) : v);

/** A statement's rows as the driver streams them, its parameters checked as statement.ts's run checks them. */
async function* rowsOf<Row>(tx: QueryRunner, statement: Statement, params: Record<string, unknown>): AsyncGenerator<Row> {
  const given = Object.keys(params);
  if (given.length !== statement.params.length || !statement.params.every((p) => given.includes(p))) {
    throw new Error(`parameters ${JSON.stringify(given)} do not match ${JSON.stringify(statement.params)}`);
  }
  for await (const record of tx.run(statement.cypher, params)) yield record.toObject() as Row;
}

/** Rows in arrays of `size` (the last one shorter). */
async function* chunks<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function graphVersion(tx: QueryRunner): Promise<string> {
  const rows: string[] = [];
  for await (const r of rowsOf<{ epoch: string | null; version: unknown }>(tx, GRAPH_VERSION_CYPHER.read, {})) rows.push(`${r.epoch ?? ""}:${String(r.version ?? 0)}`);
  return rows.join(",");
}

export class Neo4jExport {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async *exportGraph(args?: ExportArgs): AsyncGenerator<ExportBatch> {
    const first = batchSizeOf(args);
    const f = filterParams(args?.filter);
    const params = f.all ? {} : { body: f.body, yearFrom: value(f.yearFrom), yearTo: value(f.yearTo), session: f.session };
    const nodes = f.all ? EXPORT_NODES : EXPORT_NODES_FILTERED;
    const edges = f.all ? EXPORT_EDGES : EXPORT_EDGES_FILTERED;
    const description = this.#db.description;
    yield* this.#db.streamRead(first, async function* (tx): AsyncGenerator<ExportBatch> {
      const version = await graphVersion(tx);
      for (const section of EXPORT_SECTIONS) {
        let yielded = false;
        if (section.kind === "nodes") {
          const { label } = section;
          const specs = NODES[label].properties;
          for await (const rows of chunks(rowsOf<NodeRow>(tx, nodes[label], params), first)) {
            const records: ExportNode[] = rows.map((r) => ({ label, key: String(r.key), properties: exportProperties(specs, r.props) }));
            yield { kind: "nodes", label, records };
            yielded = true;
          }
        } else {
          const { type } = section;
          const ends = endsOf(type);
          const specs = propertySpecs(section);
          for await (const rows of chunks(rowsOf<EdgeRow>(tx, edges[type], params), first)) {
            const records: ExportEdge[] = rows.map((r) => ({
              type,
              from: { label: ends.from, key: String(r.fromKey) },
              to: { label: (ends.to ?? r.toLabel) as NodeLabel | EntityLabel, key: String(r.toKey) },
              properties: exportProperties(specs, r.props),
            }));
            yield { kind: "relationships", type, records };
            yielded = true;
          }
        }
        if (!yielded) yield emptyBatch(section);
      }
      if ((await graphVersion(tx)) !== version) {
        throw new StoreUnavailableError(description, "the graph changed during the export (a write, e.g. an ingest, ran meanwhile), so its files would mix two states of it: nothing was written; run the export again when no write runs");
      }
    });
  }
}
