// Full-text search on Neo4j: paragraph text through the full-text index (Lucene), ranked by score,
// rounded and tie-broken as on SQLite.

import { int } from "neo4j-driver";
import type { SearchArgs, SearchHit } from "../../port.js";
import { given } from "../../port-checks.js";
import { FULLTEXT_INDEX } from "../../neo4j/schema.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { run, st } from "../../neo4j/statement.js";
import { luceneQuery } from "./lucene.js";
import { snippetsFor } from "./snippet.js";

export const SEARCH_CYPHER = {
  /**
   * Ranked, filtered hits; the page carries its nodes' text for the snippets. Scores are rounded
   * (as SqliteStore does) so that float noise cannot reorder equal ones: ties go by paragraph id.
   */
  search: st(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)
WHERE ($body IS NULL OR r.body = $body)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH node, r.symbol AS resolution, round(score, 6) AS score
ORDER BY score DESC, node.key
WITH collect({node: node, resolution: resolution, score: score}) AS hits
RETURN size(hits) AS total,
  [h IN hits[$offset..($offset + $first)] | {paragraphId: h.node.key, resolution: h.resolution, score: h.score, text: h.node.text}] AS page`,
    ["query", "body", "yearFrom", "yearTo", "offset", "first"],
  ),
} as const;

export class Neo4jSearch {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async search(args: SearchArgs): Promise<{ hits: SearchHit[]; total: number }> {
    const first = args.first;
    const offset = args.offset ?? 0;
    const yearFrom = given(args.yearFrom) ? int(args.yearFrom) : null;
    const yearTo = given(args.yearTo) ? int(args.yearTo) : null;
    const query = luceneQuery(args.text);
    if (query === null) return { hits: [], total: 0 };
    type Row = { total: number; page: Array<{ paragraphId: string; resolution: string; score: number; text: string }> };
    const [row] = await this.#db.read((tx) =>
      run<Row>(tx, SEARCH_CYPHER.search, { query, body: args.body ?? null, yearFrom, yearTo, offset: int(offset), first: int(first) }),
    );
    const snippetOf = snippetsFor(args.text);
    return {
      total: row?.total ?? 0,
      hits: (row?.page ?? []).map((h) => ({
        paragraphId: h.paragraphId,
        resolution: h.resolution,
        score: h.score,
        snippet: snippetOf(h.text),
      })),
    };
  }
}
