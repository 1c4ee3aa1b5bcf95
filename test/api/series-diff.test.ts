// A resolution's series, predecessor, successor and diff through the API, over real texts: the
// embargo series 75/289 → 77/7 → 80/4 and the Security Council's 660 → 661 → 687. Runs on both
// stores (openEmptyStore): the series walk and the diff read only through the port.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { createLogger } from "../../src/logger.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../../src/package-root.js";
import { openEmptyStore } from "../helpers/store-under-test.js";
import { apiClient, type ApiClient } from "./client.js";

const FIXTURES = path.join(PACKAGE_ROOT, "test/fixtures/series");
const FILES = [
  ...["A_RES_75_289_E.xml", "A_RES_77_7-2225007E.xml", "A_RES_80_4.txt"].map((f) => path.join(SEEDS_DIR, f)),
  ...["S_RES_660_1990.txt", "S_RES_661_1990.txt", "S_RES_687_1991.txt"].map((f) => path.join(FIXTURES, f)),
];

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  store = await openEmptyStore();
  const report = await ingestFiles(store, FILES, { logger: createLogger("silent") });
  expect(report.failures).toEqual([]);
  api = await apiClient(store);
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

interface Change {
  status: string;
  before: { key: string } | null;
  after: { key: string } | null;
  words: { op: string; text: string }[];
  verb: { before: string; after: string; change: string } | null;
}
interface Diff {
  before: { symbol: string };
  after: { symbol: string };
  summary: Record<string, number>;
  changes: Change[];
}
const DIFF = `before { symbol } after { symbol } summary { kept reworded added dropped moved stronger weaker }
  changes { status before { key } after { key } words { op text } verb { before after change } }`;

describe("Resolution.series, predecessor and successor", () => {
  it("walks the embargo series from its middle, each member with its link and the paragraphs recalling the one before", async () => {
    const { data, errors } = await api.query<{
      resolution: {
        predecessor: { symbol: string };
        successor: { symbol: string };
        series: { link: string; titleSimilarity: number | null; resolution: { symbol: string }; paragraphs: { key: string }[] }[];
      };
    }>(`{ resolution(symbol: "A/RES/77/7") { predecessor { symbol } successor { symbol }
        series { link titleSimilarity resolution { symbol } paragraphs { key } } } }`);
    expect(errors).toBeUndefined();
    expect(data.resolution.predecessor.symbol).toBe("A/RES/75/289");
    expect(data.resolution.successor.symbol).toBe("A/RES/80/4");
    expect(data.resolution.series.map((m) => [m.resolution.symbol, m.link])).toEqual([
      ["A/RES/75/289", "START"],
      ["A/RES/77/7", "SAME_TITLE"],
      ["A/RES/80/4", "SAME_TITLE"],
    ]);
    expect(data.resolution.series[0]).toMatchObject({ titleSimilarity: null, paragraphs: [] });
    expect(data.resolution.series[1]!.titleSimilarity).toBe(1);
    // 77/7 recalls 75/289 in pp6, pp8 and op1 (checked against the text).
    expect(data.resolution.series[1]!.paragraphs.map((p) => p.key)).toEqual(["pp6", "pp8", "op1"]);
  });

  it("links the untitled Security Council texts recalled as \"its resolution N\"", async () => {
    const { data } = await api.query<{ resolution: { series: { link: string; resolution: { symbol: string } }[] } }>(
      `{ resolution(symbol: "S/RES/661 (1990)") { series { link resolution { symbol } } } }`,
    );
    expect(data.resolution.series.map((m) => `${m.resolution.symbol}:${m.link}`)).toEqual([
      "S/RES/660 (1990):START",
      "S/RES/661 (1990):RECALLED_AS_ITS_RESOLUTION",
      "S/RES/687 (1991):RECALLED_AS_ITS_RESOLUTION",
    ]);
  });

  it("gives a stub no series, predecessor, successor or diff", async () => {
    const { data, errors } = await api.query<{ resolution: { stub: boolean; series: unknown[]; predecessor: null; successor: null; diff: null } }>(
      `{ resolution(symbol: "A/RES/74/7") { stub series { link } predecessor { symbol } successor { symbol } diff { summary { kept } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.resolution).toEqual({ stub: true, series: [], predecessor: null, successor: null, diff: null });
  });
});

describe("Resolution.diff", () => {
  it("diffs against the predecessor by default: 8 kept, 5 reworded, the session number and the new resolution in the words", async () => {
    const { data, errors } = await api.query<{ resolution: { diff: Diff } }>(`{ resolution(symbol: "A/RES/77/7") { diff { ${DIFF} } } }`);
    expect(errors).toBeUndefined();
    const diff = data.resolution.diff;
    expect(diff.before.symbol).toBe("A/RES/75/289");
    expect(diff.after.symbol).toBe("A/RES/77/7");
    expect(diff.summary).toEqual({ kept: 8, reworded: 5, added: 0, dropped: 0, moved: 0, stronger: 0, weaker: 0 });
    const reworded = diff.changes.filter((c) => c.status === "REWORDED").map((c) => c.after!.key);
    expect(reworded).toEqual(["pp6", "pp8", "op1", "op4", "op5"]);
    const op4 = diff.changes.find((c) => c.after?.key === "op4")!;
    expect(op4.words).toContainEqual({ op: "REMOVED", text: "sixth" });
    expect(op4.words).toContainEqual({ op: "ADDED", text: "eighth" });
    expect(op4.verb).toEqual({ before: "Requests", after: "Requests", change: "SAME" });
    for (const c of diff.changes.filter((c) => c.status === "KEPT")) expect(c.words).toEqual([]);
  });

  it("diffs against a named resolution, spelled loosely, across the series", async () => {
    const { data, errors } = await api.query<{ resolution: { diff: Diff } }>(`{ resolution(symbol: "A/RES/80/4") { diff(against: "75/289") { ${DIFF} } } }`);
    expect(errors).toBeUndefined();
    const diff = data.resolution.diff;
    expect(diff.before.symbol).toBe("A/RES/75/289");
    // Four sessions on, the same 13 paragraphs: the recalled resolutions grow, the report and the agenda item move on.
    expect(diff.summary).toEqual({ kept: 8, reworded: 5, added: 0, dropped: 0, moved: 0, stronger: 0, weaker: 0 });
    const pairs = diff.changes.map((c) => `${c.status} ${c.before!.key}→${c.after!.key}`);
    expect(pairs).toEqual([
      "KEPT pp1→pp1", "KEPT pp2→pp2", "KEPT pp3→pp3", "KEPT pp4→pp4", "KEPT pp5→pp5", "REWORDED pp6→pp6", "KEPT pp7→pp7", "REWORDED pp8→pp8",
      "REWORDED op1→op1", "KEPT op2→op2", "KEPT op3→op3", "REWORDED op4→op4", "REWORDED op5→op5",
    ]);
    const edits = (key: string) => diff.changes.find((c) => c.after?.key === key)!.words.filter((w) => w.op !== "SAME");
    // pp6 recalls the resolutions adopted since, and a decision.
    expect(edits("pp6")).toEqual([
      { op: "REMOVED", text: " and" },
      { op: "ADDED", text: "," },
      { op: "ADDED", text: "75/289 of 23 June 2021, 77/7 of 3 November 2022, 78/7 of 2 November 2023 and 79/7 of 30 October 2024 and its decision 76/563 of 11 May 2022," },
    ]);
    expect(edits("pp8")).toContainEqual({ op: "ADDED", text: "75/289, 77/7, 78/7 and 79/7, " });
    // op1 takes note of the report on the latest resolution; op4 and op5 name the eighty-first session.
    expect(edits("op1")).toEqual([
      { op: "REMOVED", text: "74" },
      { op: "ADDED", text: "79" },
    ]);
    for (const key of ["op4", "op5"]) {
      expect(edits(key)).toEqual([
        { op: "REMOVED", text: "seventy" },
        { op: "ADDED", text: "eighty" },
        { op: "REMOVED", text: "sixth" },
        { op: "ADDED", text: "first" },
      ]);
    }
    for (const c of diff.changes) expect(c.verb?.change).toBe("SAME");
  });

  it("shows what 687 (1991) kept of 661 (1990): its predecessor, with paragraphs added and dropped", async () => {
    const { data } = await api.query<{ resolution: { diff: Diff } }>(`{ resolution(symbol: "S/RES/687 (1991)") { diff { ${DIFF} } } }`);
    const { summary, before } = data.resolution.diff;
    expect(before.symbol).toBe("S/RES/661 (1990)");
    expect(summary.added).toBeGreaterThan(20);
    expect(summary.dropped).toBeGreaterThan(0);
  });

  it.each([
    ["A/RES/1/1", "no resolution"],
    ["A/RES/74/7", "only cited"],
    ["A/RES/77/7", "compared with itself"],
    ["A/RES/80/4", "adopted after"],
  ])("refuses against: %s (%s) as BAD_USER_INPUT naming the argument", async (against, reason) => {
    const { errors } = await api.query(`query ($a: String) { resolution(symbol: "A/RES/77/7") { diff(against: $a) { summary { kept } } } }`, { a: against });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "against" });
    expect(errors![0]!.message).toContain(reason);
  });

  it("is null without `against` when there is no predecessor", async () => {
    const { data } = await api.query<{ resolution: { diff: null } }>(`{ resolution(symbol: "A/RES/75/289") { diff { summary { kept } } } }`);
    expect(data.resolution.diff).toBeNull();
  });
});

describe("the request's budget of diffs and series", () => {
  it.each([
    ["diff", "diffs", `diff { summary { kept } }`],
    ["series", "series", `series { link }`],
  ])("answers the first 20 %s of a list and refuses the one past them with QUERY_TOO_COMPLEX", async (_name, limit, field) => {
    // 21 loaded texts: the store holds 6, so the same ones again under aliases count as well.
    const aliases = ["a", "b", "c", "d"].map((a) => `${a}: resolutions(first: 6) { nodes { symbol ${field} } }`).join("\n");
    const { errors } = await api.query(`{ ${aliases} }`);
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit, max: 20 });
    const within = await api.query(`{ ${["a", "b", "c"].map((a) => `${a}: resolutions(first: 6) { nodes { symbol ${field} } }`).join("\n")} }`);
    expect(within.errors).toBeUndefined();
  });
});
