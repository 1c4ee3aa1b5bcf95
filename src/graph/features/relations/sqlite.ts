// A resolution's relations on SQLite, batched per resolution (one query per call): the RECALLS edges
// out of or into it, the states it concerns, the states that sponsored it, the recorded votes (a
// state's vote from the metadata wins over the text's, so each state is listed once).
// Keys come as ONE JSON array (`@keys`), and the constants the statements compare with are bound
// too. A stub sorts by its metadata's date (datedOrder), or, without one, with the loaded
// resolutions that give none ("" sorts first), ties by symbol, as on Neo4j.

import type Database from "better-sqlite3";
import { manyPerKey } from "../../per-key.js";
import type { CountryVoteRecord, EntityRecord, RecallEdge } from "../../port.js";
import { toEntityRecord, toRecallEdge, type EntityFields } from "../../records.js";
import { datedOrder, decodeJson, keysParam, prepare, sql, type Prepared } from "../../sqlite/sql.js";

const CONSTANTS = { undated: "", yes: "yes", no: "no", metadata: "metadata" } as const;

export const RELATION_SQL = {
  /** RECALLS out of each resolution, by the recalled one's (adoptedOn, symbol). */
  recallsOut: sql(
    `SELECT e.src AS owner, e.src AS recaller, e.dst AS recalled, e.verbs, e.paragraphs FROM recalls AS e
JOIN resolutions AS o ON o.symbol = e.dst
WHERE e.src IN (SELECT value FROM json_each(@keys))
ORDER BY e.src, ${datedOrder("o")}, o.symbol`,
    [{ keys: '["k"]', undated: "" }],
  ),
  /** RECALLS into each resolution, by the recalling one's (adoptedOn, symbol). */
  recallsIn: sql(
    `SELECT e.dst AS owner, e.src AS recaller, e.dst AS recalled, e.verbs, e.paragraphs FROM recalls AS e
JOIN resolutions AS o ON o.symbol = e.src
WHERE e.dst IN (SELECT value FROM json_each(@keys))
ORDER BY e.dst, ${datedOrder("o")}, o.symbol`,
    [{ keys: '["k"]', undated: "" }],
  ),
  concernsOf: sql(
    `SELECT c.resolution AS owner, e.label, e.key, e.name, e.country FROM concerns AS c
JOIN entities AS e ON e.label = c.label AND e.key = c.country
WHERE c.resolution IN (SELECT value FROM json_each(@keys))
ORDER BY c.resolution, e.name, e.key`,
    [{ keys: '["k"]' }],
  ),
  /** Each state once per resolution, however many pages list it. */
  sponsorsOf: sql(
    `SELECT DISTINCT s.resolution AS owner, e.label, e.key, e.name, e.country FROM sponsorships AS s
JOIN entities AS e ON e.label = s.label AND e.key = s.country
WHERE s.resolution IN (SELECT value FROM json_each(@keys))
ORDER BY s.resolution, e.name, e.key`,
    [{ keys: '["k"]' }],
  ),
  /** Yes, then no, then abstain (the votes.vote CHECK allows nothing else), each by state name. */
  votesOf: sql(
    `SELECT v.resolution AS owner, v.vote, e.label, e.key, e.name, e.country FROM votes AS v
JOIN entities AS e ON e.label = v.label AND e.key = v.country
WHERE v.resolution IN (SELECT value FROM json_each(@keys))
  AND (v.source = @metadata
    OR NOT EXISTS (SELECT m.vote FROM votes AS m WHERE m.resolution = v.resolution AND m.country = v.country AND m.source = @metadata))
ORDER BY v.resolution, CASE v.vote WHEN @yes THEN 0 WHEN @no THEN 1 ELSE 2 END, e.name, e.key`,
    [{ keys: '["k"]', yes: "yes", no: "no", metadata: "metadata" }],
  ),
} as const;

interface RecallRow {
  owner: string;
  recaller: string;
  recalled: string;
  verbs: string;
  paragraphs: string;
}

/** The verbs and paragraphs of an edge are JSON lists in SQLite. */
export const recallOf = (r: Omit<RecallRow, "owner">): RecallEdge =>
  toRecallEdge({ ...r, verbs: decodeJson<string[]>(r.verbs), paragraphs: decodeJson<string[]>(r.paragraphs) });

type Owned<R> = R & { owner: string };
type Keys = { keys: string };

export class SqliteRelations {
  readonly #recallsOut: Prepared<Keys & { undated: string }, RecallRow>;
  readonly #recallsIn: Prepared<Keys & { undated: string }, RecallRow>;
  readonly #concerns: Prepared<Keys, Owned<EntityFields>>;
  readonly #sponsors: Prepared<Keys, Owned<EntityFields>>;
  readonly #votes: Prepared<Keys & { yes: string; no: string; metadata: string }, Owned<EntityFields> & { vote: CountryVoteRecord["vote"] }>;

  constructor(db: Database.Database) {
    this.#recallsOut = prepare(db, RELATION_SQL.recallsOut);
    this.#recallsIn = prepare(db, RELATION_SQL.recallsIn);
    this.#concerns = prepare(db, RELATION_SQL.concernsOf);
    this.#sponsors = prepare(db, RELATION_SQL.sponsorsOf);
    this.#votes = prepare(db, RELATION_SQL.votesOf);
  }

  recallsOf(symbols: readonly string[], direction: "out" | "in"): RecallEdge[][] {
    if (symbols.length === 0) return [];
    const statement = direction === "out" ? this.#recallsOut : this.#recallsIn;
    const rows = statement.all({ keys: keysParam(symbols), undated: CONSTANTS.undated });
    return manyPerKey(symbols, rows, (r) => r.owner, recallOf);
  }

  concernsOf(symbols: readonly string[]): EntityRecord[][] {
    if (symbols.length === 0) return [];
    return manyPerKey(symbols, this.#concerns.all({ keys: keysParam(symbols) }), (r) => r.owner, toEntityRecord);
  }

  sponsorsOf(symbols: readonly string[]): EntityRecord[][] {
    if (symbols.length === 0) return [];
    return manyPerKey(symbols, this.#sponsors.all({ keys: keysParam(symbols) }), (r) => r.owner, toEntityRecord);
  }

  votesOf(symbols: readonly string[]): CountryVoteRecord[][] {
    if (symbols.length === 0) return [];
    const rows = this.#votes.all({ keys: keysParam(symbols), yes: CONSTANTS.yes, no: CONSTANTS.no, metadata: CONSTANTS.metadata });
    return manyPerKey(symbols, rows, (r) => r.owner, (r) => ({ country: toEntityRecord(r), vote: r.vote }));
  }
}
