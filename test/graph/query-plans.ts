// Reading SQLite query plans in tests: which "SCAN" lines are full table scans.

/** Scans of json_each or of the FTS index are how those are read, not table scans. */
const ALLOWED_SCAN = /json_each|USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|VIRTUAL TABLE INDEX|CONSTANT ROW/;

/**
 * The names under which a statement reads what it built itself: its CTEs, the aliases it gives
 * them (`FROM keys AS k`), subqueries it names in FROM, and SQLite's own subqueries. A scan of one of those is no table scan;
 * a table under the same alias is not excused, since only aliases of the statement's CTEs count.
 */
export function ownNames(sql: string): Set<string> {
  const ctes = [...sql.matchAll(/(?:\bWITH(?: RECURSIVE)?|,)\s*(\w+)(?:\([^)]*\))?\s+AS\s+(?:MATERIALIZED\s+)?\(/g)].map((m) => m[1]!);
  const aliases = [...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+AS\s+(\w+)/g)].filter((m) => ctes.includes(m[1]!)).map((m) => m[2]!);
  // A subquery in FROM, named after its closing parenthesis: "FROM (SELECT … FROM json_each(?)) AS k".
  const derived = [...sql.matchAll(/\)\s+AS\s+(\w+)/g)].map((m) => m[1]!);
  return new Set([...ctes, ...aliases, ...derived]);
}

/** The plan's full table scans: scans of json_each, of the FTS index, of rowid ranges and of the statement's own CTEs are how those are read. */
export const fullScans = (details: string[], sql = ""): string[] => {
  const own = ownNames(sql);
  return details.filter((d) => {
    const scanned = /^SCAN (\S+)$/.exec(d)?.[1];
    const ofOwn = scanned !== undefined && (own.has(scanned) || /^\(subquery-\d+\)$/.test(scanned));
    return /^SCAN /.test(d) && !ALLOWED_SCAN.test(d) && !ofOwn;
  });
};
