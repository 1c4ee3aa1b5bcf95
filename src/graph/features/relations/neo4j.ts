// A resolution's relations on Neo4j, batched per resolution (one query per call): the RECALLS edges
// out of or into it, the states it concerns, the states that sponsored it, the recorded votes. A
// stub has no date and sorts with "" (as in SQLite).

import { manyPerKey } from "../../per-key.js";
import type { CountryVoteRecord, EntityRecord, RecallEdge } from "../../port.js";
import { toEntityRecord, toRecallEdge, type RecallFields } from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { datedOrder, run, st } from "../../neo4j/statement.js";

/** The order votesOf lists votes in (code constants, written into the text). */
export const VOTE_ORDER = ["yes", "no", "abstain"] as const;

export const RELATION_CYPHER = {
  /** RECALLS out of each resolution, by the recalled one's (adoptedOn, symbol). */
  recallsOut: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[e:RECALLS]->(o:Resolution)
RETURN k AS owner, k AS recaller, o.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs
ORDER BY owner, ${datedOrder("o")}, o.symbol`,
    ["keys"],
  ),
  /** RECALLS into each resolution, by the recalling one's (adoptedOn, symbol). */
  recallsIn: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[e:RECALLS]-(o:Resolution)
RETURN k AS owner, o.symbol AS recaller, k AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs
ORDER BY owner, ${datedOrder("o")}, o.symbol`,
    ["keys"],
  ),
  concernsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[:CONCERNS]->(c:Country)
RETURN k AS owner, c.code AS key, c.name AS name
ORDER BY owner, name, key`,
    ["keys"],
  ),
  /** Each state once per resolution, however many pages list it. */
  sponsorsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[:SPONSORED]-(c:Country)
WITH DISTINCT k, c
RETURN k AS owner, c.code AS key, c.name AS name
ORDER BY owner, name, key`,
    ["keys"],
  ),
  /** One vote per state: the metadata's when both the text and the metadata give one. */
  votesOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[v:VOTED]-(c:Country)
WITH k, c, collect(v) AS vs
WITH k, c, coalesce([x IN vs WHERE x.source = 'metadata'][0], vs[0]) AS v
RETURN k AS owner, v.vote AS vote, c.code AS key, c.name AS name
ORDER BY owner, CASE vote ${VOTE_ORDER.map((v, i) => `WHEN '${v}' THEN ${i}`).join(" ")} ELSE ${VOTE_ORDER.length} END, name, key`,
    ["keys"],
  ),
} as const;

type CountryRow = { owner: string; key: string; name: string };
const countryOf = (r: CountryRow): EntityRecord => toEntityRecord({ label: "Country", key: r.key, name: r.name, country: null });

export class Neo4jRelations {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async recallsOf(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]> {
    const statement = direction === "out" ? RELATION_CYPHER.recallsOut : RELATION_CYPHER.recallsIn;
    const rows = await this.#db.batch(symbols, (tx, keys) => run<RecallFields & { owner: string }>(tx, statement, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, toRecallEdge);
  }

  async concernsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<CountryRow>(tx, RELATION_CYPHER.concernsOf, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, countryOf);
  }

  async sponsorsOf(symbols: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<CountryRow>(tx, RELATION_CYPHER.sponsorsOf, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, countryOf);
  }

  async votesOf(symbols: readonly string[]): Promise<CountryVoteRecord[][]> {
    type Row = CountryRow & { vote: CountryVoteRecord["vote"] };
    const rows = await this.#db.batch(symbols, (tx, keys) => run<Row>(tx, RELATION_CYPHER.votesOf, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, (r) => ({ country: countryOf(r), vote: r.vote }));
  }
}
