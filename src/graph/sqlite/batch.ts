// Spreads the rows of one batched query back over the keys that asked for them: one result per
// key, in the keys' order, duplicates included, which is the contract DataLoader relies on.

/** The one parameter a batched statement takes: keys as a JSON array, deduplicated. */
export const keysParam = (keys: readonly string[]): string => JSON.stringify([...new Set(keys)]);

export function onePerKey<R>(keys: readonly string[], records: readonly R[], keyOf: (r: R) => string): (R | null)[] {
  const byKey = new Map<string, R>();
  for (const record of records) byKey.set(keyOf(record), record);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Keeps the order of `records` within each key, so the SQL ORDER BY decides the order of each list. */
export function manyPerKey<R>(keys: readonly string[], records: readonly R[], keyOf: (r: R) => string): R[][] {
  const byKey = new Map<string, R[]>();
  for (const record of records) {
    const key = keyOf(record);
    const list = byKey.get(key);
    if (list) list.push(record);
    else byKey.set(key, [record]);
  }
  // A fresh array per key: callers given the same key twice must not share a mutable list.
  return keys.map((key) => [...(byKey.get(key) ?? [])]);
}
