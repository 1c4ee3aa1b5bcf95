// GraphStore's search scores every hit from the index but joins, orders and snippets only what
// can be on the page. Checked against the plain statement (join everything, order everything,
// slice) on the seeds, whose common words tie in score a lot: pages must be identical, ties and
// page boundaries included.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchArgs } from "../../src/graph/port.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { toFtsQuery } from "../../src/graph/features/search/fts-query.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger } from "../helpers/seeded-store.js";
import { scratchDir, withRawDb } from "./helpers.js";

const REFERENCE = `SELECT p.id AS paragraphId, p.resolution, round(-bm25(paragraphs_fts), 6) AS score
FROM paragraphs_fts
JOIN paragraphs AS p ON p.pk = paragraphs_fts.rowid
JOIN resolutions AS r ON r.symbol = p.resolution
WHERE paragraphs_fts MATCH @query
  AND (@body IS NULL OR r.body = @body)
  AND (@yearFrom IS NULL OR r.year >= @yearFrom)
  AND (@yearTo IS NULL OR r.year <= @yearTo)
ORDER BY score DESC, p.id`;

const scratch = scratchDir();
let store: GraphStore;
let path = "";
beforeAll(async () => {
  path = scratch.path();
  mkdirSync(dirname(path), { recursive: true });
  store = openSqliteStore(path);
  await ingestFiles(store, collectInputFiles([SEEDS_DIR]), { logger: quietLogger });
});
afterAll(() => store.close());

type Ranked = { paragraphId: string; resolution: string; score: number };

function reference(args: SearchArgs): Ranked[] {
  return withRawDb(path, (db) =>
    db.prepare<[object], Ranked>(REFERENCE).all({
      query: toFtsQuery(args.text),
      body: args.body ?? null,
      yearFrom: args.yearFrom ?? null,
      yearTo: args.yearTo ?? null,
    }),
  );
}

describe("search pages (GraphStore)", () => {
  it.each<[string, Omit<SearchArgs, "first" | "offset">]>([
    ["a word in most paragraphs", { text: "Council" }],
    ["two common words", { text: "human rights" }],
    ["a rare word", { text: "Cambodia" }],
    ["filtered by body", { text: "resolution", body: "Security Council" }],
    ["filtered by years", { text: "Assembly", yearFrom: 1990, yearTo: 2020 }],
  ])("are the plain ranking's, sliced, at every offset and size: %s", async (_name, args) => {
    const all = reference({ ...args, first: 0 });
    expect(all.length).toBeGreaterThan(0);
    const scores = all.map((h) => h.score);
    // The seeds tie a lot on common words: the boundaries below fall inside runs of equal scores.
    if (args.text === "Council") expect(new Set(scores).size).toBeLessThan(scores.length);
    for (const first of [1, 3, 7, 20]) {
      for (let offset = 0; offset <= all.length + 1; offset += first === 1 ? 1 : 5) {
        const { hits, total } = await store.search({ ...args, first, offset });
        expect(total).toBe(all.length);
        expect(hits.map(({ paragraphId, resolution, score }) => ({ paragraphId, resolution, score }))).toEqual(all.slice(offset, offset + first));
        for (const h of hits) expect(h.snippet).toMatch(/«[^»]+»/);
      }
    }
    expect(await store.search({ ...args, first: 0 })).toEqual({ hits: [], total: all.length });
  });
});
