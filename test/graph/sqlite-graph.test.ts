// The graph model in SQLite: the label/type → table mapping is total and true, nothing is left
// orphaned by replace and delete, the FTS index follows the text, and a v2 database with data
// migrates in place to v3.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { ResolutionDocument } from "../../src/domain.js";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../src/graph/model.js";
import { V2_HASH_PREFIX } from "../../src/graph/sqlite/migrate-v3.js";
import { EDGE_TABLES, NODE_TABLES } from "../../src/graph/sqlite/model-map.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/graph/sqlite/schema.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import {
  cambodia,
  cambodiaEarlier,
  hrc3322,
  hrc3632,
  hrc3632Revised,
  lineageGraph,
  recalling,
  source,
  tinyDocument,
} from "../conformance/documents.js";
import { scratchDir, withRawDb } from "./helpers.js";

const scratch = scratchDir();

async function ingest(store: GraphStore, docs: readonly ResolutionDocument[]): Promise<void> {
  for (const doc of docs) await store.upsertDocument(doc, source(doc.resolution.symbol));
}

/** Every way a node can be left dangling or unreferenced, as rows found (all should be empty). */
function orphans(db: Database.Database): Record<string, unknown[]> {
  const all = (sql: string): unknown[] => db.prepare(sql).all();
  return {
    uncitedStubs: all("SELECT symbol FROM resolutions WHERE stub = 1 AND symbol NOT IN (SELECT dst FROM recalls)"),
    uncitedDocuments: all("SELECT symbol FROM documents WHERE symbol NOT IN (SELECT target FROM refs WHERE kind = 'document')"),
    missingTargets: all(
      `SELECT target FROM refs WHERE kind = 'resolution' AND target NOT IN (SELECT symbol FROM resolutions)
       UNION ALL SELECT target FROM refs WHERE kind = 'document' AND target NOT IN (SELECT symbol FROM documents)`,
    ),
    recallsWithoutReference: all(
      `SELECT src, dst FROM recalls AS e WHERE NOT EXISTS (SELECT 1 FROM refs AS r JOIN paragraphs AS p ON p.id = r.paragraph_id
       WHERE p.resolution = e.src AND r.target = e.dst AND r.kind = 'resolution')`,
    ),
    unreferencedEntities: all(
      `SELECT label, key FROM entities AS e WHERE
         NOT EXISTS (SELECT 1 FROM mentions AS m WHERE m.label = e.label AND m.entity_key = e.key)
         AND NOT EXISTS (SELECT 1 FROM concerns AS c WHERE c.label = e.label AND c.country = e.key)
         AND NOT EXISTS (SELECT 1 FROM votes AS v WHERE v.label = e.label AND v.country = e.key)
         AND NOT EXISTS (SELECT 1 FROM entities AS l WHERE e.label = 'Country' AND l.country = e.key)`,
    ),
    lawsWithoutCountry: all(
      "SELECT key FROM entities AS l WHERE country IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities AS c WHERE c.label = 'Country' AND c.key = l.country)",
    ),
    paragraphsOfStubs: all("SELECT p.id FROM paragraphs AS p JOIN resolutions AS r ON r.symbol = p.resolution WHERE r.stub = 1"),
    foreignKeys: db.pragma("foreign_key_check") as unknown[],
  };
}

const NO_ORPHANS = {
  uncitedStubs: [],
  uncitedDocuments: [],
  missingTargets: [],
  recallsWithoutReference: [],
  unreferencedEntities: [],
  lawsWithoutCountry: [],
  paragraphsOfStubs: [],
  foreignKeys: [],
};

/** FTS5's own check that the external-content index matches the paragraphs table. */
const ftsIntact = (db: Database.Database): void => {
  db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)").run();
};

describe("the model → table mapping", () => {
  it("maps every label and every relationship type of the model, and nothing else", () => {
    expect(Object.keys(NODE_TABLES).sort()).toEqual([...NODE_LABELS].sort());
    expect(Object.keys(EDGE_TABLES).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it("names tables and columns that exist, and conditions that are valid SQL", async () => {
    const path = scratch.path();
    await openSqliteStore(path).close();
    withRawDb(path, (db) => {
      const columns = (table: string): string[] => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      for (const [name, m] of Object.entries(NODE_TABLES)) {
        expect(columns(m.table), name).toEqual(expect.arrayContaining([...m.key]));
        expect(() => db.prepare(`SELECT count(*) FROM ${m.table} WHERE ${m.where ?? "1"}`).get(), name).not.toThrow();
      }
      for (const [name, m] of Object.entries(EDGE_TABLES)) {
        expect(columns(m.table), name).toEqual(expect.arrayContaining([...m.from, ...m.to]));
        expect(() => db.prepare(`SELECT count(*) FROM ${m.table} WHERE ${m.where ?? "1"}`).get(), name).not.toThrow();
      }
    });
  });

  it("counts per the mapping what graphCounts reports", async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    await ingest(store, [hrc3632, hrc3322, cambodia, cambodiaEarlier, ...lineageGraph]);
    await store.upsertAnalysis("page", { title: "t", body: "b", sessionType: "", agendaItem: "", countryConcerned: "", summary: [], sponsors: [], quotes: [{ section: "praise", text: "q" }] }, { path: "p", hash: "h".repeat(64) });
    await store.linkAnalyses([{ key: "page", resolution: { symbol: "A/HRC/RES/36/32", score: 0.5 }, matches: [{ quote: 0, paragraphId: "A/HRC/RES/36/32#op1", score: 0.7 }], sponsors: [] }]);
    // Metadata brings the rest: a SPONSORED edge and an ABOUT edge.
    await store.upsertMetadata([
      {
        metadata: { symbol: "A/HRC/RES/36/32", votes: [], sponsors: [{ country: "FIN", name: "Finland", additional: true }], subjects: [{ scheme: "SDG", key: "16", label: "Peace" }] },
        source: { path: "m", hash: "m".repeat(64) },
      },
    ]);
    const reported = await store.graphCounts();
    await store.close();
    withRawDb(path, (db) => {
      const count = (m: { table: string; where?: string }): number =>
        (db.prepare(`SELECT count(*) AS n FROM ${m.table} WHERE ${m.where ?? "1"}`).get() as { n: number }).n;
      expect(Object.fromEntries(Object.entries(NODE_TABLES).map(([l, m]) => [l, count(m)]))).toEqual(reported.nodes);
      expect(Object.fromEntries(Object.entries(EDGE_TABLES).map(([t, m]) => [t, count(m)]))).toEqual(reported.relationships);
    });
    expect(Object.values(reported.relationships).filter((n) => n > 0)).toHaveLength(RELATIONSHIP_TYPES.length);
    expect(reported.relationships.SPONSORED).toBe(1);
    expect(reported.relationships.ABOUT).toBe(1);
  });
});

describe("no orphans", () => {
  it("after every create, replace, fill, delete and re-create; FTS index in step throughout", async () => {
    const path = scratch.path();
    const store = openSqliteStore(path);
    const check = (): void =>
      withRawDb(path, (db) => {
        expect(orphans(db)).toEqual(NO_ORPHANS);
        ftsIntact(db);
      });
    await ingest(store, [hrc3632, cambodia, cambodiaEarlier, ...lineageGraph]);
    check();
    await store.upsertDocument(hrc3632Revised, source("A/HRC/RES/36/32", 2));
    check();
    await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    check();
    for (const symbol of ["A/HRC/RES/33/22", "A/HRC/RES/39/1", "M/RES/4", "X/RES/1", "L/RES/2"]) {
      expect(await store.deleteDocument(symbol)).toBe(true);
      check();
    }
    await store.upsertDocument(recalling("L/RES/4", "2004-01-01", ["L/RES/9"]), source("L/RES/4"));
    check();
    for (const doc of [hrc3632, cambodiaEarlier, ...lineageGraph, recalling("L/RES/4", "", [])]) await store.deleteDocument(doc.resolution.symbol);
    check();
    expect(await store.graphCounts()).toMatchObject({ nodes: { Resolution: 0, Country: 0, Document: 0, Law: 0 } });
    await store.close();
  });

  it("rolls a failing document in a batch back to its savepoint, leaving no partial rows", async () => {
    const path = scratch.path();
    let armed = false;
    // Dies on the third mention insert of the armed document: header, paragraphs and stubs are in.
    let mentions = 0;
    const store = openSqliteStore(path, {
      trace: (sql) => {
        if (armed && sql.startsWith("INSERT INTO mentions") && (mentions += 1) === 3) throw new Error("disk on fire");
      },
    });
    await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"));
    const before = await store.graphCounts();
    armed = true;
    const outcomes = await store.upsertDocuments([{ doc: hrc3632, source: source("A/HRC/RES/36/32") }]);
    armed = false;
    expect(outcomes[0]).toBeInstanceOf(Error);
    expect(await store.graphCounts()).toEqual(before);
    withRawDb(path, (db) => {
      expect(orphans(db)).toEqual(NO_ORPHANS);
      ftsIntact(db);
    });
    await store.close();
  });
});

describe("migrating a v2 database with data", () => {
  /** A database as resgraph with schema v2 left it, written with v2's own column layout. */
  function v2Database(path: string, docs: readonly ResolutionDocument[]): void {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma("foreign_keys = ON");
      for (const m of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(m.sql);
      db.pragma("user_version = 2");
      const resolution = db.prepare(`INSERT INTO resolutions VALUES (@symbol, @title, @body, @adoptedOn, @meeting, @voteMethod, @yes, @no, @abstain, @path, @hash)`);
      const paragraph = db.prepare(`INSERT INTO paragraphs VALUES (@id, @resolution, @key, @kind, @ordinal, @verb, @text, @footnotes)`);
      const ref = db.prepare(`INSERT INTO refs VALUES (@paragraphId, @seq, @kind, @target, @verb, @date)`);
      const mention = db.prepare(`INSERT INTO mentions VALUES (@paragraphId, @seq, @kind, @name, @id, @start, @end)`);
      for (const doc of docs) {
        const r = doc.resolution;
        const { path: sourcePath, hash } = source(r.symbol);
        resolution.run({ ...r, yes: r.votes?.yes ?? null, no: r.votes?.no ?? null, abstain: r.votes?.abstain ?? null, path: sourcePath, hash });
        for (const p of doc.paragraphs) {
          paragraph.run({ ...p, id: `${r.symbol}#${p.key}`, resolution: r.symbol, footnotes: JSON.stringify(p.footnotes) });
        }
        doc.references.forEach((x, seq) =>
          ref.run({ paragraphId: `${r.symbol}#${x.paragraph}`, seq, kind: x.kind, target: x.target, verb: x.verb ?? null, date: x.date ?? null }),
        );
        doc.mentions.forEach((m, seq) =>
          mention.run({ paragraphId: `${r.symbol}#${m.paragraph}`, seq, kind: m.kind, name: m.name, id: m.id ?? null, start: m.start, end: m.end }),
        );
      }
    } finally {
      db.close();
    }
  }

  it("keeps every resolution, derives the graph, and re-derives on the next ingest of the same file", async () => {
    const docs = [hrc3632, hrc3322, ...lineageGraph];
    const path = scratch.path();
    v2Database(path, docs);

    const fresh = openSqliteStore(":memory:");
    await ingest(fresh, docs);
    const expectedCounts = await fresh.graphCounts();
    const expectedLineage = await fresh.lineage("M/RES/1", "ancestors", 5);
    const expectedParagraphs = await fresh.paragraphsOfResolutions(["A/HRC/RES/36/32"]);
    const expectedMentions = await fresh.mentionsInParagraphs(expectedParagraphs[0]!.map((p) => p.id));
    await fresh.close();

    const store = openSqliteStore(path);
    withRawDb(path, (db) => {
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'v2_%'").all()).toEqual([]);
      expect(orphans(db)).toEqual(NO_ORPHANS);
      ftsIntact(db);
    });
    expect(await store.graphCounts()).toEqual(expectedCounts);
    expect(await store.lineage("M/RES/1", "ancestors", 5)).toEqual(expectedLineage);
    expect(await store.paragraphsOfResolutions(["A/HRC/RES/36/32"])).toEqual(expectedParagraphs);
    expect(await store.mentionsInParagraphs(expectedParagraphs[0]!.map((p) => p.id))).toEqual(expectedMentions);
    expect((await store.search({ text: "Myanmar", first: 5 })).hits.map((h) => h.paragraphId)).toEqual(["A/HRC/RES/36/32#op1"]);

    // The migrated rows are marked, so the loader's hash lookup does not skip the same file...
    const [record] = await store.resolutionsBySymbols(["A/HRC/RES/36/32"]);
    expect(record?.source.hash).toBe(`${V2_HASH_PREFIX}${source("A/HRC/RES/36/32").hash}`);
    expect(await store.symbolForSourceHash(source("A/HRC/RES/36/32").hash)).toBeNull();
    // ...and its next ingest replaces it with the full facts, after which it is unchanged.
    expect((await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("replaced");
    expect((await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    expect(await store.graphCounts()).toEqual(expectedCounts);
    await store.close();
  });
});

describe("migrating a v6 database (mentions without footnotes)", () => {
  it("adds the footnote column, keeps the old mentions, and marks the texts so that their next ingest re-reads them", async () => {
    const path = scratch.path();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.pragma("foreign_keys = ON");
    for (const m of MIGRATIONS.filter((m) => m.version <= 6)) {
      raw.exec(m.sql);
      m.data?.(raw);
    }
    raw.pragma("user_version = 6");
    const hash = source("A/RES/1/1").hash;
    raw.prepare(
      "INSERT INTO resolutions (symbol, stub, title, body, adopted_on, meeting, vote_method, source_path, source_hash) VALUES ('A/RES/1/1', 0, 't', 'General Assembly', '1946-01-24', '', '', 'p', ?)",
    ).run(hash);
    raw.prepare("INSERT INTO paragraphs (id, resolution, key, kind, ordinal, verb, text) VALUES ('A/RES/1/1#op1', 'A/RES/1/1', 'op1', 'operative', 1, 'Decides', 'Decides on Cambodia.')").run();
    raw.prepare("INSERT INTO entities (label, key, name) VALUES ('Country', 'KHM', 'Cambodia')").run();
    raw.prepare("INSERT INTO mentions (paragraph_id, seq, label, entity_key, start_offset, end_offset, surface) VALUES ('A/RES/1/1#op1', 0, 'Country', 'KHM', 11, 19, 'Cambodia')").run();
    raw.close();

    const store = openSqliteStore(path);
    expect(await store.mentionsInParagraphs(["A/RES/1/1#op1"])).toEqual([
      [{ paragraphId: "A/RES/1/1#op1", paragraph: "op1", kind: "country", name: "Cambodia", id: "KHM", start: 11, end: 19, entity: { label: "Country", key: "KHM" } }],
    ]);
    // Marked: the loader's hash lookup does not skip the same file, whose next ingest replaces it.
    expect(await store.symbolForSourceHash(hash)).toBeNull();
    expect((await store.resolutionsBySymbols(["A/RES/1/1"]))[0]?.source.hash).toBe(`v6:${hash}`);
    expect((await store.upsertDocument(tinyDocument("A/RES/1/1", "1946-01-24"), source("A/RES/1/1"))).status).toBe("replaced");
    expect(await store.symbolForSourceHash(hash)).toBe("A/RES/1/1");
    await store.close();
    withRawDb(path, (db) => {
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT name FROM pragma_table_info('mentions') WHERE name = 'footnote'").pluck().get()).toBe("footnote");
    });
    // Opening again migrates nothing and marks nothing twice.
    const again = openSqliteStore(path);
    expect(await again.symbolForSourceHash(hash)).toBe("A/RES/1/1");
    await again.close();
  });
});

describe("migrating a v7 database (before the UN's metadata)", () => {
  it("keeps its votes and sponsorships (as the text's and the pages'), reads its texts as plain text, and takes metadata", async () => {
    const path = scratch.path();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.pragma("foreign_keys = ON");
    for (const m of MIGRATIONS.filter((m) => m.version <= 7)) {
      raw.exec(m.sql);
      m.data?.(raw);
    }
    raw.pragma("user_version = 7");
    raw.prepare(
      "INSERT INTO resolutions (symbol, stub, title, body, adopted_on, meeting, vote_method, source_path, source_hash) VALUES ('A/RES/1/1', 0, 't', 'General Assembly', '1946-01-24', '', '', 'p', 'h')",
    ).run();
    raw.prepare("INSERT INTO entities (label, key, name) VALUES ('Country', 'KHM', 'Cambodia'), ('Country', 'JPN', 'Japan')").run();
    raw.prepare("INSERT INTO votes (resolution, country, vote) VALUES ('A/RES/1/1', 'KHM', 'no')").run();
    raw.prepare(
      "INSERT INTO analyses (key, title, body, session_type, agenda_item, country_concerned, summary, sponsors, source_path, source_hash, resolution, score) VALUES ('page', 't', 'b', '', '', '', '[]', '[]', 'p', 'ph', 'A/RES/1/1', 0.5)",
    ).run();
    raw.prepare("INSERT INTO sponsorships (analysis_key, resolution, country) VALUES ('page', 'A/RES/1/1', 'JPN')").run();
    raw.close();

    const store = openSqliteStore(path);
    expect(await store.votesOf(["A/RES/1/1"])).toEqual([[{ country: { label: "Country", key: "KHM", name: "Cambodia" }, vote: "no" }]]);
    expect(await store.sponsorshipsOf(["A/RES/1/1"])).toEqual([
      [{ country: { label: "Country", key: "JPN", name: "Japan" }, source: "analysis", additional: false, analysis: "page" }],
    ]);
    expect(await store.sourceFormatsOf(["A/RES/1/1"])).toEqual(["text"]);
    const [result] = await store.upsertMetadata([
      { metadata: { symbol: "A/RES/1/1", votes: [{ country: "KHM", name: "Cambodia", vote: "yes" }], sponsors: [], subjects: [] }, source: { path: "m", hash: "m" } },
    ]);
    expect(result).toEqual({ symbol: "A/RES/1/1", status: "created", loaded: true });
    expect((await store.votesOf(["A/RES/1/1"]))[0]?.map((v) => v.vote)).toEqual(["yes"]);
    await store.close();
    withRawDb(path, (db) => expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION));
  });
});
