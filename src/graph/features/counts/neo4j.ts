// Counts on Neo4j: what the store holds and the graph's nodes and relationships per label and type,
// each a COUNT subquery the planner answers from the count store.

import { NODES, RELATIONSHIPS } from "../../model.js";
import type { GraphCounts, StoreCounts } from "../../port.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { run, st } from "../../neo4j/statement.js";
import { toGraphCounts } from "../../records.js";

export const COUNT_CYPHER = {
  counts: st(
    `RETURN COUNT { MATCH (r:Resolution) WHERE r.stub = false } AS resolutions,
  COUNT { MATCH (:Paragraph) } AS paragraphs,
  COUNT { MATCH ()-[:REFERS_TO|CITES]->() } AS references,
  COUNT { MATCH ()-[:MENTIONS]->() } AS mentions,
  COUNT { MATCH (:Analysis) } AS analyses`,
    [],
  ),
  graphCounts: st(
    `RETURN {${Object.keys(NODES)
      .map((l) => `${l}: COUNT { MATCH (:${l}) }`)
      .join(", ")}} AS nodes,
  {${Object.keys(RELATIONSHIPS)
    .map((t) => `${t}: COUNT { MATCH ()-[:${t}]->() }`)
    .join(", ")}} AS relationships`,
    [],
  ),
} as const;

export class Neo4jCounts {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.#db.read((tx) => run<StoreCounts>(tx, COUNT_CYPHER.counts));
    return row ?? { resolutions: 0, paragraphs: 0, references: 0, mentions: 0, analyses: 0 };
  }

  async graphCounts(): Promise<GraphCounts> {
    const [row] = await this.#db.read((tx) => run<GraphCounts>(tx, COUNT_CYPHER.graphCounts));
    // A Cypher map comes back with its keys in no set order.
    return toGraphCounts(row?.nodes ?? {}, row?.relationships ?? {});
  }
}
