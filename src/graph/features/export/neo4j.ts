// The export on Neo4j: one statement per label and per relationship type, generated from the model
// (a label or type cannot be a parameter), each read page by page by keyset. A label's nodes come
// in the order of its key (the uniqueness constraint's index serves the seek and the order). A
// type's relationships come by their start node's key, then the end node's key, then a tie-breaker
// (the relationship's seq or source), so a page may stop in the middle of one node's
// relationships (a state that voted on 50,000 resolutions) and the next one resumes there. A
// filter adds, as on SQLite, the condition that the record belongs to what the selected
// resolutions reach; without one, the statement has no such condition (a statement of its own: the
// planner would not drop the subqueries of a condition that is always true).

import { int } from "neo4j-driver";
import { ENTITY_LABELS, NODE_LABELS, NODES, RELATIONSHIP_TYPES, type EntityLabel, type NodeLabel, type RelationshipType } from "../../model.js";
import type { ExportArgs, ExportBatch, ExportEdge, ExportNode } from "../../port.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { byLabel, entityKeyExpr, entityLabelExpr, keyOf, projection, run, st, type Statement } from "../../neo4j/statement.js";
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
  const key = keyOf(label);
  return st(
    `MATCH (n:${label})
WHERE n.${key} > $c0${filtered ? ` AND ${nodeReached(label, "n")}` : ""}
RETURN n.${key} AS c0, ${projection("n", label)} AS props
ORDER BY c0 LIMIT $first`,
    ["c0", "first", ...(filtered ? FILTER_PARAMS : [])],
  );
}

interface EdgeShape {
  from: NodeLabel;
  /** The end's label in the pattern; absent: any entity (MENTIONS), told apart in the result. */
  to?: NodeLabel;
  /** What orders a start node's relationships after the end's key: a property, or '' when the pair is unique. */
  tie: string;
  /** Whether the start node is reached (on `a`), and the relationship (on `a`, `e`, `b`). */
  fromReached: string;
  edgeReached?: string;
}

/** Per type: the start node reached, and what else the relationship needs (mirrors SQLite's statements). */
const EDGE_SHAPES: Record<RelationshipType, EdgeShape> = {
  HAS_PARAGRAPH: { from: "Resolution", to: "Paragraph", tie: "''", fromReached: matches("a") },
  REFERS_TO: { from: "Paragraph", to: "Resolution", tie: "e.seq", fromReached: paragraphSelected("a") },
  RECALLS: { from: "Resolution", to: "Resolution", tie: "''", fromReached: matches("a") },
  CITES: { from: "Paragraph", to: "Document", tie: "e.seq", fromReached: paragraphSelected("a") },
  MENTIONS: { from: "Paragraph", tie: "e.seq", fromReached: paragraphSelected("a") },
  LAW_OF: { from: "Law", to: "Country", tie: "''", fromReached: mentionedIn("a") },
  CONCERNS: { from: "Resolution", to: "Country", tie: "''", fromReached: matches("a") },
  SPONSORED: { from: "Country", to: "Resolution", tie: "e.source + '|' + coalesce(e.analysis, '')", fromReached: "true", edgeReached: matches("b") },
  VOTED: { from: "Country", to: "Resolution", tie: "coalesce(e.source, '')", fromReached: "true", edgeReached: matches("b") },
  ABOUT: { from: "Resolution", to: "Subject", tie: "e.source", fromReached: matches("a") },
  ANALYZES: { from: "Analysis", to: "Resolution", tie: "''", fromReached: "true", edgeReached: matches("b") },
  HAS_QUOTE: { from: "Analysis", to: "Quote", tie: "''", fromReached: analysisSelected("a") },
  QUOTES: {
    from: "Quote",
    to: "Paragraph",
    tie: "''",
    fromReached: `EXISTS { MATCH (x:Analysis)-[:HAS_QUOTE]->(a) WHERE ${analysisSelected("x")} }`,
    edgeReached: paragraphSelected("b"),
  },
};

function edgeStatement(type: RelationshipType, filtered: boolean): Statement {
  const shape = EDGE_SHAPES[type];
  const fromKey = keyOf(shape.from);
  const toKey = shape.to ? `b.${keyOf(shape.to)}` : entityKeyExpr("b");
  const toLabel = shape.to ? `'${shape.to}'` : entityLabelExpr("b");
  const props = Object.keys(propertySpecs({ kind: "relationships", type }));
  const end = shape.to ? `(b:${shape.to})` : `(b:${ENTITY_LABELS.join("|")})`;
  // The start nodes by key from the cursor's on; of the cursor's own node, only what follows it.
  return st(
    `MATCH (a:${shape.from})
WHERE a.${fromKey} >= $c0${filtered && shape.fromReached !== "true" ? ` AND ${shape.fromReached}` : ""}
WITH a ORDER BY a.${fromKey}
CALL (a) {
  MATCH (a)-[e:${type}]->${end}
  WITH e, b, ${toKey} AS toKey, ${shape.tie} AS tie
  WHERE (a.${fromKey} > $c0 OR toKey > $c1 OR (toKey = $c1 AND tie > $c2))${filtered && shape.edgeReached ? `\n    AND ${shape.edgeReached}` : ""}
  RETURN e, toKey, tie, ${toLabel} AS toLabel
  ORDER BY toKey, tie
}
RETURN a.${fromKey} AS c0, toKey AS c1, tie AS c2, toLabel, e {${props.map((p) => `.${p}`).join(", ")}} AS props
ORDER BY c0, c1, c2 LIMIT $first`,
    ["c0", "c1", "c2", "first", ...(filtered ? FILTER_PARAMS : [])],
  );
}

export const EXPORT_NODES = byLabel(NODE_LABELS, (label) => nodeStatement(label, false));
export const EXPORT_EDGES = byLabel(RELATIONSHIP_TYPES, (type) => edgeStatement(type, false));
export const EXPORT_NODES_FILTERED = byLabel(NODE_LABELS, (label) => nodeStatement(label, true));
export const EXPORT_EDGES_FILTERED = byLabel(RELATIONSHIP_TYPES, (type) => edgeStatement(type, true));

/** The tie-breaker's first value: below every seq (never negative) and every source (never ""). */
const START_TIE: Record<RelationshipType, string | number> = {
  HAS_PARAGRAPH: "",
  REFERS_TO: -1,
  RECALLS: "",
  CITES: -1,
  MENTIONS: -1,
  LAW_OF: "",
  CONCERNS: "",
  SPONSORED: "",
  VOTED: "",
  ABOUT: "",
  ANALYZES: "",
  HAS_QUOTE: "",
  QUOTES: "",
};

interface NodeRow {
  c0: string;
  props: Record<string, unknown>;
}

interface EdgeRow {
  c0: string;
  c1: string;
  c2: string | number;
  toLabel: string;
  props: Record<string, unknown>;
}

/** Integers go out as driver Integers: a JS number is sent as a FLOAT, which LIMIT and `seq >` would not take alike. */
const value = (v: string | number | null): unknown => (typeof v === "number" ? int(v) : v);

export class Neo4jExport {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async *exportGraph(args?: ExportArgs): AsyncGenerator<ExportBatch> {
    const first = batchSizeOf(args);
    const f = filterParams(args?.filter);
    const base = f.all ? { first: int(first) } : { first: int(first), body: f.body, yearFrom: value(f.yearFrom), yearTo: value(f.yearTo), session: f.session };
    const nodes = f.all ? EXPORT_NODES : EXPORT_NODES_FILTERED;
    const edges = f.all ? EXPORT_EDGES : EXPORT_EDGES_FILTERED;
    for (const section of EXPORT_SECTIONS) {
      let yielded = false;
      if (section.kind === "nodes") {
        const { label } = section;
        const specs = NODES[label].properties;
        let c0 = "";
        for (;;) {
          const rows = await this.#db.read((tx) => run<NodeRow>(tx, nodes[label], { ...base, c0 }));
          if (rows.length === 0) break;
          const records: ExportNode[] = rows.map((r) => ({ label, key: String(r.c0), properties: exportProperties(specs, r.props) }));
          yield { kind: "nodes", label, records };
          yielded = true;
          if (rows.length < first) break;
          c0 = rows[rows.length - 1]!.c0;
        }
      } else {
        const { type } = section;
        const shape = EDGE_SHAPES[type];
        const specs = propertySpecs(section);
        let cursor: { c0: string; c1: string; c2: string | number } = { c0: "", c1: "", c2: START_TIE[type] };
        for (;;) {
          const params = { ...base, c0: cursor.c0, c1: cursor.c1, c2: value(cursor.c2) };
          const rows = await this.#db.read((tx) => run<EdgeRow>(tx, edges[type], params));
          if (rows.length === 0) break;
          const records: ExportEdge[] = rows.map((r) => ({
            type,
            from: { label: shape.from, key: String(r.c0) },
            to: { label: (shape.to ?? r.toLabel) as NodeLabel | EntityLabel, key: String(r.c1) },
            properties: exportProperties(specs, r.props),
          }));
          yield { kind: "relationships", type, records };
          yielded = true;
          if (rows.length < first) break;
          const last = rows[rows.length - 1]!;
          cursor = { c0: last.c0, c1: last.c1, c2: last.c2 };
        }
      }
      if (!yielded) yield emptyBatch(section);
    }
  }
}
