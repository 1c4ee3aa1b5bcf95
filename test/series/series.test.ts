// Series detection over a small store of real texts: the embargo series (seeds), the yearly
// "Combating sand and dust storms" texts of sessions 75–77 and a renamed drug-problem series
// (AKN fixtures), and the Security Council's untitled Iraq–Kuwait texts 660 → 661 → 687.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { createLogger } from "../../src/logger.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../../src/package-root.js";
import { type SeriesReader, predecessorsOf, seriesOf, storeSeriesReader, successorsOf } from "../../src/series/series.js";

const FIXTURES = path.join(PACKAGE_ROOT, "test/fixtures/series");
const FILES = [
  ...["A_RES_75_289_E.xml", "A_RES_77_7-2225007E.xml", "A_RES_80_4.txt"].map((f) => path.join(SEEDS_DIR, f)),
  ...[
    "75_222_E.xml", "A_RES_76_211-2119272E.xml", "A_RES_77_171-2228789E.xml", "A_RES_77_294-E.xml",
    "A_RES_76_188-2119245E.xml", "A_RES_77_238-2229004E.xml",
    "A_RES_75_297_E.xml", "A_RES_76_281-2210337E.xml", "A_RES_77_290B_2312999E.xml",
    "S_RES_660_1990.txt", "S_RES_661_1990.txt", "S_RES_687_1991.txt",
  ].map((f) => path.join(FIXTURES, f)),
];

let store: GraphStore;
let reader: SeriesReader;
/** Calls the reader received, by method, since the last reset. */
let calls: Record<string, number>;

beforeAll(async () => {
  store = openSqliteStore(":memory:");
  const report = await ingestFiles(store, FILES, { logger: createLogger("silent") });
  expect(report.failures).toEqual([]);
  expect(report.created).toBe(FILES.length);
  const inner = storeSeriesReader(store);
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  reader = {
    resolutions: (s) => (count("resolutions"), inner.resolutions(s)),
    recalls: (s, d) => (count("recalls"), inner.recalls(s, d)),
    paragraphTexts: (ids) => (count("paragraphTexts"), inner.paragraphTexts(ids)),
  };
  calls = {};
});

afterAll(() => store.close());

const chain = async (symbol: string) => (await seriesOf(reader, symbol)).map((m) => `${m.symbol}:${m.link}`);

describe("series", () => {
  it("walks the embargo series both ways from its middle, oldest first, by the same title", async () => {
    const expected = ["A/RES/75/289:START", "A/RES/77/7:SAME_TITLE", "A/RES/80/4:SAME_TITLE"];
    expect(await chain("A/RES/77/7")).toEqual(expected);
    expect(await chain("A/RES/75/289")).toEqual(expected);
    expect(await chain("A/RES/80/4")).toEqual(expected);
  });

  it("links the yearly sand and dust storms texts of sessions 75, 76 and 77", async () => {
    expect((await chain("A/RES/76/211")).slice(0, 3)).toEqual(["A/RES/75/222:START", "A/RES/76/211:SAME_TITLE", "A/RES/77/171:SAME_TITLE"]);
  });

  it("links a text under a nearly same title as SIMILAR_TITLE (the International Day recalling 77/171)", async () => {
    const [link] = await predecessorsOf(reader, ["A/RES/77/294"]);
    expect(link).toMatchObject({ predecessor: "A/RES/77/171", kind: "SIMILAR_TITLE" });
  });

  it("follows a renamed series through \"its resolution … and all its preceding resolutions on …\"", async () => {
    const [link] = await predecessorsOf(reader, ["A/RES/77/238"]);
    expect(link).toMatchObject({ predecessor: "A/RES/76/188", successor: "A/RES/77/238", kind: "RECALLED_AS_PREVIOUS_RESOLUTION" });
    expect(link!.paragraphIds).toEqual(["A/RES/77/238#pp7"]);
  });

  it("links the Security Council's untitled texts by \"its resolution N\": 660 → 661 → 687", async () => {
    expect(await chain("S/RES/661 (1990)")).toEqual([
      "S/RES/660 (1990):START",
      "S/RES/661 (1990):RECALLED_AS_ITS_RESOLUTION",
      "S/RES/687 (1991):RECALLED_AS_ITS_RESOLUTION",
    ]);
  });

  it("gives the chain through the text asked about where a lineage branches: the text is in its own series, the branch not in its predecessor's", async () => {
    // 76/281 and 77/290 B both continue 75/297 ("Financing of … Abyei"); 77/290 B does not recall 76/281.
    const links = await predecessorsOf(reader, ["A/RES/76/281", "A/RES/77/290 B"]);
    expect(links.map((l) => l?.predecessor)).toEqual(["A/RES/75/297", "A/RES/75/297"]);
    expect(await chain("A/RES/77/290 B")).toEqual(["A/RES/75/297:START", "A/RES/77/290 B:SAME_TITLE"]);
    expect(await chain("A/RES/75/297")).toEqual(["A/RES/75/297:START", "A/RES/76/281:SAME_TITLE"]);
    expect(await chain("A/RES/76/281")).toEqual(["A/RES/75/297:START", "A/RES/76/281:SAME_TITLE"]);
  });

  it("never links across bodies, to a later text, or to a stub", async () => {
    // 80/4 recalls 78/7 and 79/7, stubs here (cited, not loaded): its predecessor is the loaded 77/7.
    const [p80, p75] = await predecessorsOf(reader, ["A/RES/80/4", "A/RES/75/289"]);
    expect(p80!.predecessor).toBe("A/RES/77/7");
    expect(p75).toBeNull(); // recalls 47/19 … 74/7, none loaded
    const [s80] = await successorsOf(reader, ["A/RES/80/4"]);
    expect(s80).toBeNull();
  });

  it("answers an unknown symbol and a stub with no series", async () => {
    expect(await seriesOf(reader, "A/RES/1/1")).toEqual([]);
    expect(await seriesOf(reader, "A/RES/79/7")).toEqual([]);
    expect(await predecessorsOf(reader, ["A/RES/1/1", "A/RES/79/7"])).toEqual([null, null]);
  });

  it("reads in batches: one call per kind of read for any number of symbols", async () => {
    const all = (await store.listResolutions({ first: 100 })).items.map((r) => r.symbol);
    calls = {};
    const links = await predecessorsOf(reader, all);
    expect(links.filter((l) => l !== null)).toHaveLength(10);
    expect(calls.recalls).toBe(1);
    expect(calls.resolutions).toBe(1);
    expect(calls.paragraphTexts ?? 0).toBeLessThanOrEqual(1);
    calls = {};
    await successorsOf(reader, all);
    expect(calls.recalls).toBe(2); // "in" for the symbols, "out" for the texts recalling them
  });
});

describe("a reader that keeps predecessors", () => {
  it("is asked for the citing texts' predecessors by successorsOf and seriesOf, instead of computing them again", async () => {
    const asked: string[][] = [];
    const keeping: SeriesReader = {
      ...storeSeriesReader(store),
      predecessors: (symbols) => (asked.push([...symbols]), predecessorsOf(storeSeriesReader(store), symbols)),
    };
    const [link] = await successorsOf(keeping, ["A/RES/75/289"]);
    expect(link?.successor).toBe("A/RES/77/7");
    expect(asked.flat()).toContain("A/RES/77/7");
    asked.length = 0;
    expect((await seriesOf(keeping, "A/RES/80/4")).map((m) => m.symbol)).toEqual(["A/RES/75/289", "A/RES/77/7", "A/RES/80/4"]);
    expect(asked.flat()).toEqual(expect.arrayContaining(["A/RES/80/4", "A/RES/77/7"]));
  });
});
