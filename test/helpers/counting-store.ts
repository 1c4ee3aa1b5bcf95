// Wraps a store and counts calls per port method, to prove the API batches its reads.
import type { GraphStore } from "../../src/graph/port.js";

export interface CountingStore {
  store: GraphStore;
  calls: Map<string, number>;
  total(): number;
}

export function countCalls(inner: GraphStore): CountingStore {
  const calls = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || typeof prop !== "string") return value;
      return (...args: unknown[]) => {
        calls.set(prop, (calls.get(prop) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}
