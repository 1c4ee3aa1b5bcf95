// Spreads the rows of one batched query back over the keys that asked for them: one result per
// key, in the keys' order, duplicates included, which is the contract DataLoader relies on. Both
// stores use these, so that they cannot differ in how a batch is answered.

/** Keys deduplicated, first occurrence first: what a batched statement is sent. */
export const uniqueKeys = (keys: readonly string[]): string[] => [...new Set(keys)];

export function onePerKey<R>(keys: readonly string[], records: readonly R[], keyOf: (r: R) => string): (R | null)[] {
  const byKey = new Map<string, R>();
  for (const record of records) byKey.set(keyOf(record), record);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * Groups `rows` per key, mapped by `toRecord`, keeping their order within each key: the query's
 * ORDER BY decides the order of each list.
 */
export function manyPerKey<Row, R = Row>(
  keys: readonly string[],
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  toRecord: (row: Row) => R = (row) => row as unknown as R,
): R[][] {
  const byKey = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(toRecord(row));
    else byKey.set(key, [toRecord(row)]);
  }
  // A fresh array per key: callers given the same key twice must not share a mutable list.
  return keys.map((key) => [...(byKey.get(key) ?? [])]);
}

/** The key of a (label, key) pair, for batches keyed by both. */
export const pairKey = (label: string, key: string): string => JSON.stringify([label, key]);
