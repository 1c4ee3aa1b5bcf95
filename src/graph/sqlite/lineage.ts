// Lineage and citation paths: recursive CTEs over the recalls table (statements.ts explains the
// walk). Stubs take part as endpoints; they have no outgoing RECALLS, so no chain passes through one.

import type Database from "better-sqlite3";
import type { LineageDirection, LineageEntry, PathHop, RecallEdge } from "../port.js";
import { keysParam, manyPerKey } from "./batch.js";
import { CITATION_PATH, LINEAGE_ANCESTORS, LINEAGE_DESCENDANTS } from "./statements.js";
import { REF_KIND } from "./write.js";

interface LineageRow {
  root: string;
  symbol: string;
  depth: number;
  src: string;
  dst: string;
  verbs: string;
  paragraphs: string;
}

interface HopRow {
  step: number;
  src: string;
  dst: string;
  paragraph_id: string;
  verb: string;
}

type Query<P, R> = Database.Statement<[P], R>;

const toEdge = (row: LineageRow): RecallEdge => ({
  from: row.src,
  to: row.dst,
  verbs: JSON.parse(row.verbs) as string[],
  paragraphs: JSON.parse(row.paragraphs) as string[],
});

export class LineageQueries {
  readonly #ancestors: Query<{ symbols: string; maxDepth: number }, LineageRow>;
  readonly #descendants: Query<{ symbols: string; maxDepth: number }, LineageRow>;
  readonly #path: Query<{ from: string; to: string; maxDepth: number; resolutionKind: string }, HopRow>;

  constructor(db: Database.Database) {
    this.#ancestors = db.prepare(LINEAGE_ANCESTORS);
    this.#descendants = db.prepare(LINEAGE_DESCENDANTS);
    this.#path = db.prepare(CITATION_PATH);
  }

  /** One statement for all the roots; one list per root, in the roots' order. */
  lineages(symbols: readonly string[], direction: LineageDirection, maxDepth: number): LineageEntry[][] {
    const depth = maxDepth;
    if (symbols.length === 0) return [];
    const statement = direction === "ancestors" ? this.#ancestors : this.#descendants;
    const rows = statement.all({ symbols: keysParam(symbols), maxDepth: depth });
    return manyPerKey(symbols, rows, (row) => row.root).map((list) =>
      list.map((row) => ({ symbol: row.symbol, depth: row.depth, via: toEdge(row) })),
    );
  }

  citationPath(from: string, to: string, maxDepth: number): PathHop[] | null {
    const depth = maxDepth;
    if (from === to) return [];
    const rows = this.#path.all({ from, to, maxDepth: depth, resolutionKind: REF_KIND.REFERS_TO });
    if (rows.length === 0) return null;
    return rows.map((row) => ({ from: row.src, to: row.dst, paragraphId: row.paragraph_id, verb: row.verb }));
  }
}
