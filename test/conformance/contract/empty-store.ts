// A store with nothing in it. Every read answers null, [] or zero rather than failing: a fresh
// database is where every deployment starts, and the API resolves its fields on whatever is there.

import { beforeEach, describe, expect, it } from "vitest";
import type { ContractStore } from "./fixtures.js";

export function describeEmptyStoreContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("an empty store", () => {
    it("counts nothing and answers every read with null or []", async () => {
      expect(await store.counts()).toEqual({ resolutions: 0, paragraphs: 0, references: 0, mentions: 0, analyses: 0 });
      expect(await store.resolutionsBySymbols(["A/RES/70/1"])).toEqual([null]);
      expect(await store.paragraphsOfResolutions(["A/RES/70/1"])).toEqual([[]]);
      expect(await store.paragraphsByIds(["A/RES/70/1#op1"])).toEqual([null]);
      expect(await store.referencesFromParagraphs(["A/RES/70/1#op1"])).toEqual([[]]);
      expect(await store.referencesToTargets(["A/RES/70/1"])).toEqual([[]]);
      expect(await store.mentionsInParagraphs(["A/RES/70/1#op1"])).toEqual([[]]);
      expect(await store.symbolForSourceHash("0".repeat(64))).toBeNull();
      expect(await store.listResolutions({ first: 10 })).toEqual({ items: [], totalCount: 0, hasNextPage: false });
    });

    it("answers batched reads with no keys with []", async () => {
      expect(await store.resolutionsBySymbols([])).toEqual([]);
      expect(await store.paragraphsOfResolutions([])).toEqual([]);
      expect(await store.paragraphsByIds([])).toEqual([]);
      expect(await store.referencesFromParagraphs([])).toEqual([]);
      expect(await store.referencesToTargets([])).toEqual([]);
      expect(await store.mentionsInParagraphs([])).toEqual([]);
    });

    it("describes itself", () => {
      expect(store.description).toMatch(/^[a-z0-9]+:.+/);
    });
  });
}
