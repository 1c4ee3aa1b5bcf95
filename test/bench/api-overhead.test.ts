// The API-over-store ratio is only fair if neither side pays for reading the data first: each
// sample is read once untimed, then the two sides take turns going first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, overheadOf } from "../../bench/api.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { hrc3322, hrc3632, source } from "../conformance/documents.js";

let store: GraphStore;
beforeAll(async () => {
  store = openSqliteStore(":memory:");
  for (const doc of [hrc3632, hrc3322]) await store.upsertDocument(doc, source(doc.resolution.symbol));
});
afterAll(() => store.close());

describe("overheadOf", () => {
  it("reads each sample once untimed, then times both sides, alternating which goes first", async () => {
    const log: string[] = [];
    let side = "api";
    // The bare side marks its calls; every other read of the store is the API's.
    const traced = new Proxy(store, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (name !== "resolutionNodes" || typeof value !== "function") return value;
        return (...args: unknown[]) => {
          log.push(side);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const [lookup] = operations(["A/HRC/RES/36/32", "A/HRC/RES/33/22"], [], ["x"]);
    const op = {
      ...lookup!,
      bare: async (s: GraphStore, v: Record<string, unknown>) => {
        side = "bare";
        try {
          return await lookup!.bare(s, v);
        } finally {
          side = "api";
        }
      },
    };
    const figures = await overheadOf(traced, op, 4);
    expect(log).toEqual(["bare", "api", "bare", "bare", "bare", "api", "bare", "api", "bare", "bare", "bare", "api"]);
    expect(figures.apiP50).toBeGreaterThan(0);
    expect(figures.bareP50).toBeGreaterThan(0);
    expect(figures.ratio).toBeCloseTo(figures.apiP50 / figures.bareP50, 10);
  });
});
