// Walking citations from resolution to resolution: lineage (ancestors or descendants, to a depth)
// and citationPath (the shortest chain). Each engine walks its own way (a recursive CTE, Cypher), so
// the answers are pinned on lineageGraph, whose chain, diamond, cycle and stubs leave no order or
// stopping point to chance.

import { beforeEach, describe, expect, it } from "vitest";
import { lineageGraph, recalling, source } from "../documents.js";
import { hops, ingestAll, LINEAGE_COUNTS, type ContractStore } from "./fixtures.js";

export function describeLineageContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("lineage", () => {
    beforeEach(async () => {
      await ingestAll(store, lineageGraph);
    });

    it("loads the fixed graph as designed", async () => {
      expect(await store.graphCounts()).toEqual(LINEAGE_COUNTS);
    });

    it.each([
      [1, ["L/RES/2@1 L/RES/1>L/RES/2"]],
      [2, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3"]],
      [3, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]],
      [4, ["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]],
    ])("follows a chain forwards (ancestors) to depth %i, ending at the stub", async (depth, expected) => {
      expect(hops(await store.lineage("L/RES/1", "ancestors", depth))).toEqual(expected);
    });

    it.each([
      [1, ["L/RES/3@1 L/RES/3>L/RES/4"]],
      [2, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3"]],
      [3, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3", "L/RES/1@3 L/RES/1>L/RES/2"]],
      [4, ["L/RES/3@1 L/RES/3>L/RES/4", "L/RES/2@2 L/RES/2>L/RES/3", "L/RES/1@3 L/RES/1>L/RES/2"]],
    ])("follows a chain backwards (descendants) from the stub to depth %i", async (depth, expected) => {
      expect(hops(await store.lineage("L/RES/4", "descendants", depth))).toEqual(expected);
    });

    it("reaches the far side of a diamond once, at its smallest depth, via the smallest symbol", async () => {
      expect(hops(await store.lineage("M/RES/1", "ancestors", 4))).toEqual([
        "M/RES/2@1 M/RES/1>M/RES/2",
        "M/RES/3@1 M/RES/1>M/RES/3",
        "M/RES/4@2 M/RES/2>M/RES/4",
        "M/RES/5@3 M/RES/4>M/RES/5",
      ]);
      expect(hops(await store.lineage("M/RES/4", "descendants", 4))).toEqual([
        "M/RES/2@1 M/RES/2>M/RES/4",
        "M/RES/3@1 M/RES/3>M/RES/4",
        "M/RES/1@2 M/RES/1>M/RES/2",
      ]);
    });

    it("gives the edge's verbs and citing paragraphs in order", async () => {
      const [toM2] = await store.lineage("M/RES/1", "ancestors", 1);
      expect(toM2).toEqual({
        symbol: "M/RES/2",
        depth: 1,
        via: { from: "M/RES/1", to: "M/RES/2", verbs: ["Recalling", "Decides"], paragraphs: ["pp2", "op1"] },
      });
    });

    it("terminates on a cycle and never lists the start", async () => {
      expect(hops(await store.lineage("X/RES/1", "ancestors", 4))).toEqual(["X/RES/2@1 X/RES/1>X/RES/2", "X/RES/9@2 X/RES/2>X/RES/9"]);
      expect(hops(await store.lineage("X/RES/1", "descendants", 4))).toEqual(["X/RES/2@1 X/RES/2>X/RES/1"]);
      expect(hops(await store.lineage("X/RES/9", "descendants", 1_000_000))).toEqual(["X/RES/2@1 X/RES/2>X/RES/9", "X/RES/1@2 X/RES/1>X/RES/2"]);
    });

    it.each(["ancestors", "descendants"] as const)(
      "walks many roots (%s) in one call, each as if alone, one list per key in order, repeats and unknowns included",
      async (direction) => {
        // Roots whose walks share nodes (M/RES/1 and M/RES/2 both reach M/RES/4), a cycle, a stub, a repeat.
        const roots = ["M/RES/1", "M/RES/2", "X/RES/9", "nope", "L/RES/4", "M/RES/1", "L/RES/1"];
        const batched = await store.lineages(roots, direction, 4);
        expect(batched).toHaveLength(roots.length);
        for (const [i, root] of roots.entries()) expect(batched[i]).toEqual(await store.lineage(root, direction, 4));
        if (direction === "ancestors") {
          expect(hops(batched[1]!)).toEqual(["M/RES/4@1 M/RES/2>M/RES/4", "M/RES/5@2 M/RES/4>M/RES/5"]);
          expect(hops(batched[6]!)).toEqual(["L/RES/2@1 L/RES/1>L/RES/2", "L/RES/3@2 L/RES/2>L/RES/3", "L/RES/4@3 L/RES/3>L/RES/4"]);
        }
        expect(batched[3]).toEqual([]);
        expect(batched[5]).not.toBe(batched[0]);
        expect(await store.lineages([], direction, 4)).toEqual([]);
        await expect(store.lineages(["L/RES/1"], direction, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      },
    );

    it("gives [] at depth 0, for a stub's ancestors and for an unknown symbol; refuses a bad depth", async () => {
      expect(await store.lineage("L/RES/1", "ancestors", 0)).toEqual([]);
      expect(await store.lineage("L/RES/4", "ancestors", 4)).toEqual([]);
      expect(await store.lineage("nope", "descendants", 4)).toEqual([]);
      await expect(store.lineage("L/RES/1", "ancestors", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      await expect(store.lineage("L/RES/1", "ancestors", 1.5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  describe("citationPath", () => {
    beforeEach(async () => {
      await ingestAll(store, lineageGraph);
    });

    it("follows a chain forwards hop by hop, with the first citing paragraph and its verb", async () => {
      expect(await store.citationPath("L/RES/1", "L/RES/4", 3)).toEqual([
        { from: "L/RES/1", to: "L/RES/2", paragraphId: "L/RES/1#pp1", verb: "Recalling" },
        { from: "L/RES/2", to: "L/RES/3", paragraphId: "L/RES/2#pp1", verb: "Recalling" },
        { from: "L/RES/3", to: "L/RES/4", paragraphId: "L/RES/3#pp1", verb: "Recalling" },
      ]);
      expect(await store.citationPath("L/RES/1", "L/RES/4", 2)).toBeNull();
    });

    it("takes the lexicographically smallest of equally short chains", async () => {
      expect((await store.citationPath("M/RES/1", "M/RES/5", 10))?.map((h) => `${h.from}>${h.to} ${h.paragraphId} ${h.verb}`)).toEqual([
        "M/RES/1>M/RES/2 M/RES/1#pp2 Recalling",
        "M/RES/2>M/RES/4 M/RES/2#pp1 Recalling",
        "M/RES/4>M/RES/5 M/RES/4#pp1 Recalling",
      ]);
    });

    it("goes round a cycle only as far as needed", async () => {
      expect((await store.citationPath("X/RES/1", "X/RES/9", 10))?.map((h) => h.to)).toEqual(["X/RES/2", "X/RES/9"]);
      expect((await store.citationPath("X/RES/2", "X/RES/1", 10))?.map((h) => h.to)).toEqual(["X/RES/1"]);
    });

    it("gives [] from a node to itself, and null when there is no chain", async () => {
      expect(await store.citationPath("X/RES/1", "X/RES/1", 5)).toEqual([]);
      expect(await store.citationPath("L/RES/4", "L/RES/4", 0)).toEqual([]);
      expect(await store.citationPath("L/RES/1", "M/RES/1", 10)).toBeNull();
      expect(await store.citationPath("L/RES/2", "L/RES/1", 10)).toBeNull();
      expect(await store.citationPath("nope", "L/RES/1", 10)).toBeNull();
      expect(await store.citationPath("L/RES/1", "L/RES/2", 0)).toBeNull();
      await expect(store.citationPath("L/RES/1", "L/RES/2", -2)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });

    it("cannot pass through a stub: it has no outgoing citations", async () => {
      // M/RES/5 is a stub; were it loaded citing L/RES/1, a path M → L would exist.
      expect(await store.citationPath("M/RES/4", "L/RES/1", 10)).toBeNull();
      expect(await store.citationPath("L/RES/4", "L/RES/1", 10)).toBeNull();
      await store.upsertDocument(recalling("M/RES/5", "2015-01-01", ["L/RES/1"]), source("M/RES/5"));
      expect((await store.citationPath("M/RES/4", "L/RES/1", 10))?.map((h) => h.to)).toEqual(["M/RES/5", "L/RES/1"]);
    });
  });
}
