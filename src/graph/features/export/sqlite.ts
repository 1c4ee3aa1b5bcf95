// The export on SQLite: one statement per label and per relationship type (sqlite/model-map.ts says
// where each lives), each read page by page by keyset on the table's own key (never OFFSET), so
// memory holds one page whatever the size of the store. A filter adds, per statement, the condition
// that a row belongs to the part of the graph the matching resolutions reach; without one, `@all`
// short-circuits it. What a relationship counts is what graphCounts counts (same joins), so an
// unfiltered export holds exactly what `stats` says.
//
// Every page of one export is read from one snapshot of the database, so that a write meanwhile
// (an ingest beside the export) is wholly out of it: no relationship whose ends are missing from
// the node files, counts as `stats` said when the export began. A file store's export reads on a
// connection of its own, read-only, inside one read transaction: in WAL mode that transaction sees
// the database as it was at its first read, whatever is committed after, and never blocks the
// writer (the store's own connection, which a transaction held open across pages would mix with
// the writes). An in-memory store has no file to open again: its export reads a copy of it
// (better-sqlite3's serialize), made at the start; it is in memory already, and so is the copy.

import Database from "better-sqlite3";
import { openDatabase, registerFunctions } from "../../sqlite/open.js";
import { NODES, RELATIONSHIPS, type EntityLabel, type NodeLabel, type RelationshipType } from "../../model.js";
import type { ExportArgs, ExportBatch, ExportEdge, ExportNode } from "../../port.js";
import { prepare, REF_KIND, sql, type Prepared, type SqlStatement } from "../../sqlite/sql.js";
import { batchSizeOf, emptyBatch, EXPORT_SECTIONS, exportProperties, filterParams, propertySpecs, type ExportSection } from "./shape.js";

/** Whether resolution `r` is one the filter selects: loaded, and every given field equal. */
const matches = (r: string): string =>
  `(${r}.stub = 0 AND (@body IS NULL OR ${r}.body = @body) AND (@yearFrom IS NULL OR ${r}.year >= @yearFrom)
    AND (@yearTo IS NULL OR ${r}.year <= @yearTo) AND (@session IS NULL OR ${r}.session = @session))`;

/** Resolution `symbol` (a column expression) is selected. */
const selected = (symbol: string): string => `EXISTS (SELECT 1 FROM resolutions AS r WHERE r.symbol = ${symbol} AND ${matches("r")})`;

/** Paragraph `id` belongs to a selected resolution. */
const paragraphSelected = (id: string): string =>
  `EXISTS (SELECT 1 FROM paragraphs AS sp JOIN resolutions AS r ON r.symbol = sp.resolution WHERE sp.id = ${id} AND ${matches("r")})`;

/** Entity (label, key) is named in a selected resolution's paragraph. */
const mentionedIn = (label: string, key: string): string =>
  `EXISTS (SELECT 1 FROM mentions AS m JOIN paragraphs AS sp ON sp.id = m.paragraph_id JOIN resolutions AS r ON r.symbol = sp.resolution
    WHERE m.label = ${label} AND m.entity_key = ${key} AND ${matches("r")})`;

/** An entity is reached: named, or (a state) concerned, voting, sponsoring, or the state of a law that is named. */
const entityReached = (e: string): string => `(${mentionedIn(`${e}.label`, `${e}.key`)}
  OR EXISTS (SELECT 1 FROM concerns AS c WHERE c.label = ${e}.label AND c.country = ${e}.key AND ${selected("c.resolution")})
  OR EXISTS (SELECT 1 FROM votes AS v WHERE v.label = ${e}.label AND v.country = ${e}.key AND ${selected("v.resolution")})
  OR EXISTS (SELECT 1 FROM sponsorships AS s WHERE s.label = ${e}.label AND s.country = ${e}.key AND ${selected("s.resolution")})
  OR EXISTS (SELECT 1 FROM entities AS l WHERE ${e}.label = @countryLabel AND l.country = ${e}.key AND l.label = @lawLabel
    AND ${mentionedIn("l.label", "l.key")}))`;

const analysisSelected = (key: string): string =>
  `EXISTS (SELECT 1 FROM analyses AS sa WHERE sa.key = ${key} AND ${selected("sa.resolution")})`;

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** `n.adopted_on AS adoptedOn, …`: every model property of the label, its column named in snake case. */
const modelColumns = (alias: string, label: NodeLabel): string =>
  Object.keys(NODES[label].properties)
    .map((p) => (snake(p) === p ? `${alias}.${p}` : `${alias}.${snake(p)} AS ${p}`))
    .join(", ");

/** Rows come with their cursor (c0, c1, c2: the keyset columns) and fields named after the model. */
type Row = Record<string, unknown> & { c0: string | number; c1?: string | number; c2?: string | number };

interface SqliteSection {
  readonly statement: SqlStatement;
  /** The cursor before the first row: below every key (keys are never "" nor negative: the schema's CHECKs). */
  readonly start: readonly (string | number)[];
  /** What this section binds besides (an entity's @label, a reference's @kind). */
  readonly constants?: Readonly<Record<string, string>>;
  readonly toRecord: (row: Row) => ExportNode | ExportEdge;
}

/** The constants statements compare with (labels, a reference's kind, a quote key's "#"), bound rather than spliced. */
const CONSTANTS: Readonly<Record<string, string>> = { countryLabel: "Country", lawLabel: "Law", documentKind: REF_KIND.CITES, hash: "#" };

/** A keyset page is a range seek on the table's key; the filter's subqueries are lookups by key. */
const page = (text: string, cursor: number, extra: Record<string, unknown> = {}): SqlStatement =>
  sql(text, [
    {
      all: 1,
      body: "x",
      yearFrom: 1,
      yearTo: 1,
      session: "x",
      first: 1,
      ...CONSTANTS,
      ...Object.fromEntries(Array.from({ length: cursor }, (_, i) => [`c${i}`, "x"])),
      ...extra,
    },
  ]);

const node = (label: NodeLabel, row: Row): ExportNode => {
  const properties = exportProperties(NODES[label].properties, row);
  return { label, key: String(row[NODES[label].key]), properties };
};

const edge = (type: RelationshipType, from: NodeLabel, to: NodeLabel, row: Row): ExportEdge => ({
  type,
  from: { label: from, key: String(row.fromKey) },
  to: { label: to, key: String(row.toKey) },
  properties: exportProperties(propertySpecs({ kind: "relationships", type }), row),
});

/** `mark: text` per footnote, as the graph model (and Neo4j) keeps them; SQLite keeps the pairs. */
const flatFootnotes = (json: unknown): string[] =>
  (JSON.parse(String(json)) as { mark: string; text: string }[]).map((f) => `${f.mark}: ${f.text}`);

/** An analysis page's vote counts are one JSON object in SQLite, four properties in the model. */
function analysisVotes(json: unknown): Record<string, number | null> {
  const v = json === null ? null : (JSON.parse(String(json)) as Record<string, number>);
  return { votesYes: v?.yes ?? null, votesNo: v?.no ?? null, votesAbstain: v?.abstain ?? null, votesAbsent: v?.absent ?? null };
}

const entitySection = (label: EntityLabel): SqliteSection => ({
  statement: ENTITY_EXPORT,
  start: [""],
  constants: { label },
  toRecord: (row) => node(label, { ...row, [NODES[label].key]: row.key }),
});

const ENTITY_EXPORT = page(
  `SELECT e.key AS c0, e.key, e.name, e.country FROM entities AS e
WHERE e.label = @label AND e.key > @c0 AND (@all = 1 OR ${entityReached("e")})
ORDER BY e.key LIMIT @first`,
  1,
  { label: "Country" },
);

const REFS_EXPORT = page(
  `SELECT x.paragraph_id AS c0, x.seq AS c1, x.paragraph_id AS fromKey, x.target AS toKey, x.seq, x.verb, x.date FROM refs AS x
WHERE (x.paragraph_id, x.seq) > (@c0, @c1) AND x.kind = @kind AND (@all = 1 OR ${paragraphSelected("x.paragraph_id")})
ORDER BY x.paragraph_id, x.seq LIMIT @first`,
  2,
  { kind: "resolution" },
);

export const EXPORT_SQL = {
  Resolution: page(
    `SELECT n.symbol AS c0, ${modelColumns("n", "Resolution")} FROM resolutions AS n
WHERE n.symbol > @c0 AND (@all = 1 OR ${matches("n")}
  OR EXISTS (SELECT 1 FROM recalls AS x WHERE x.dst = n.symbol AND ${selected("x.src")}))
ORDER BY n.symbol LIMIT @first`,
    1,
  ),
  Paragraph: page(
    `SELECT p.id AS c0, p.id AS key, p.key AS label, p.kind, p.ordinal, p.verb, p.text, p.footnotes FROM paragraphs AS p
WHERE p.id > @c0 AND (@all = 1 OR ${selected("p.resolution")})
ORDER BY p.id LIMIT @first`,
    1,
  ),
  Document: page(
    `SELECT d.symbol AS c0, d.symbol FROM documents AS d
WHERE d.symbol > @c0 AND (@all = 1 OR EXISTS (SELECT 1 FROM refs AS x WHERE x.target = d.symbol AND x.kind = @documentKind
  AND ${paragraphSelected("x.paragraph_id")}))
ORDER BY d.symbol LIMIT @first`,
    1,
  ),
  entities: ENTITY_EXPORT,
  Analysis: page(
    `SELECT a.key AS c0, a.key, a.title, a.body, a.session_type AS sessionType, a.agenda_item AS agendaItem,
  a.country_concerned AS countryConcerned, a.summary, a.sponsors, a.votes,
  CASE WHEN EXISTS (SELECT 1 FROM resolutions AS lr WHERE lr.symbol = a.resolution) THEN a.score END AS score,
  a.source_path AS sourcePath, a.source_hash AS sourceHash
FROM analyses AS a
WHERE a.key > @c0 AND (@all = 1 OR ${selected("a.resolution")})
ORDER BY a.key LIMIT @first`,
    1,
  ),
  Subject: page(
    `SELECT s.key AS c0, s.key, s.scheme, s.code, s.label FROM subjects AS s
WHERE s.key > @c0 AND (@all = 1 OR EXISTS (SELECT 1 FROM about AS x WHERE x.subject = s.key AND ${selected("x.resolution")}))
ORDER BY s.key LIMIT @first`,
    1,
  ),
  Quote: page(
    `SELECT q.analysis_key AS c0, q.seq AS c1, q.analysis_key || @hash || q.seq AS key, q.seq, q.section, q.text FROM quotes AS q
WHERE (q.analysis_key, q.seq) > (@c0, @c1) AND (@all = 1 OR ${analysisSelected("q.analysis_key")})
ORDER BY q.analysis_key, q.seq LIMIT @first`,
    2,
  ),
  HAS_PARAGRAPH: page(
    `SELECT p.resolution AS c0, p.ordinal AS c1, p.resolution AS fromKey, p.id AS toKey FROM paragraphs AS p
WHERE (p.resolution, p.ordinal) > (@c0, @c1) AND (@all = 1 OR ${selected("p.resolution")})
ORDER BY p.resolution, p.ordinal LIMIT @first`,
    2,
  ),
  refs: REFS_EXPORT,
  RECALLS: page(
    `SELECT x.src AS c0, x.dst AS c1, x.src AS fromKey, x.dst AS toKey, x.verbs, x.paragraphs FROM recalls AS x
WHERE (x.src, x.dst) > (@c0, @c1) AND (@all = 1 OR ${selected("x.src")})
ORDER BY x.src, x.dst LIMIT @first`,
    2,
  ),
  MENTIONS: page(
    `SELECT m.paragraph_id AS c0, m.seq AS c1, m.paragraph_id AS fromKey, m.label AS toLabel, m.entity_key AS toKey, m.seq,
  m.start_offset AS start, m.end_offset AS endOffset, m.surface, m.footnote
FROM mentions AS m
WHERE (m.paragraph_id, m.seq) > (@c0, @c1) AND (@all = 1 OR ${paragraphSelected("m.paragraph_id")})
ORDER BY m.paragraph_id, m.seq LIMIT @first`,
    2,
  ),
  LAW_OF: page(
    `SELECT l.key AS c0, l.key AS fromKey, l.country AS toKey FROM entities AS l
JOIN entities AS c ON c.label = @countryLabel AND c.key = l.country
WHERE l.label = @lawLabel AND l.key > @c0 AND (@all = 1 OR ${mentionedIn("l.label", "l.key")})
ORDER BY l.key LIMIT @first`,
    1,
  ),
  CONCERNS: page(
    `SELECT c.resolution AS c0, c.country AS c1, c.resolution AS fromKey, c.country AS toKey FROM concerns AS c
WHERE (c.resolution, c.country) > (@c0, @c1) AND (@all = 1 OR ${selected("c.resolution")})
ORDER BY c.resolution, c.country LIMIT @first`,
    2,
  ),
  SPONSORED: page(
    `SELECT s.rowid AS c0, s.country AS fromKey, s.resolution AS toKey, s.source, s.analysis_key AS analysis, s.additional
FROM sponsorships AS s
WHERE s.rowid > @c0 AND (@all = 1 OR ${selected("s.resolution")})
ORDER BY s.rowid LIMIT @first`,
    1,
    { c0: 0 },
  ),
  VOTED: page(
    `SELECT v.resolution AS c0, v.country AS c1, v.source AS c2, v.country AS fromKey, v.resolution AS toKey, v.vote, v.source
FROM votes AS v
WHERE (v.resolution, v.country, v.source) > (@c0, @c1, @c2) AND (@all = 1 OR ${selected("v.resolution")})
ORDER BY v.resolution, v.country, v.source LIMIT @first`,
    3,
  ),
  ABOUT: page(
    `SELECT x.resolution AS c0, x.subject AS c1, x.source AS c2, x.resolution AS fromKey, x.subject AS toKey, x.source FROM about AS x
WHERE (x.resolution, x.subject, x.source) > (@c0, @c1, @c2) AND (@all = 1 OR ${selected("x.resolution")})
ORDER BY x.resolution, x.subject, x.source LIMIT @first`,
    3,
  ),
  ANALYZES: page(
    `SELECT a.key AS c0, a.key AS fromKey, a.resolution AS toKey, a.score FROM analyses AS a
JOIN resolutions AS r ON r.symbol = a.resolution
WHERE a.key > @c0 AND (@all = 1 OR ${matches("r")})
ORDER BY a.key LIMIT @first`,
    1,
  ),
  HAS_QUOTE: page(
    `SELECT q.analysis_key AS c0, q.seq AS c1, q.analysis_key AS fromKey, q.analysis_key || @hash || q.seq AS toKey FROM quotes AS q
WHERE (q.analysis_key, q.seq) > (@c0, @c1) AND (@all = 1 OR ${analysisSelected("q.analysis_key")})
ORDER BY q.analysis_key, q.seq LIMIT @first`,
    2,
  ),
  QUOTES: page(
    `SELECT q.analysis_key AS c0, q.seq AS c1, q.analysis_key || @hash || q.seq AS fromKey, q.paragraph_id AS toKey, q.score
FROM quotes AS q
JOIN paragraphs AS p ON p.id = q.paragraph_id
WHERE (q.analysis_key, q.seq) > (@c0, @c1)
  AND (@all = 1 OR (${analysisSelected("q.analysis_key")} AND ${selected("p.resolution")}))
ORDER BY q.analysis_key, q.seq LIMIT @first`,
    2,
  ),
} as const;

/**
 * A type with one label at each end (every type but MENTIONS, whose row says which entity label it
 * ends at), its ends read from the model: a type whose model gains a second label fails here at
 * load, rather than exporting its records under the wrong label.
 */
const simpleEdge = (type: RelationshipType, statement: SqlStatement, start: (string | number)[], constants?: Record<string, string>): SqliteSection => {
  const { from: [from, ...moreFrom], to: [to, ...moreTo] } = RELATIONSHIPS[type];
  if (!from || !to || moreFrom.length > 0 || moreTo.length > 0) throw new Error(`export: ${type} has several labels at an end; its rows must say which`);
  return { statement, start, ...(constants ? { constants } : {}), toRecord: (row) => edge(type, from, to, row) };
};

const SECTIONS: Record<NodeLabel | RelationshipType, SqliteSection> = {
  Resolution: { statement: EXPORT_SQL.Resolution, start: [""], toRecord: (row) => node("Resolution", row) },
  Paragraph: { statement: EXPORT_SQL.Paragraph, start: [""], toRecord: (row) => node("Paragraph", { ...row, footnotes: flatFootnotes(row.footnotes) }) },
  Document: { statement: EXPORT_SQL.Document, start: [""], toRecord: (row) => node("Document", row) },
  Country: entitySection("Country"),
  Person: entitySection("Person"),
  Law: entitySection("Law"),
  Instrument: entitySection("Instrument"),
  Organization: entitySection("Organization"),
  Analysis: { statement: EXPORT_SQL.Analysis, start: [""], toRecord: (row) => node("Analysis", { ...row, ...analysisVotes(row.votes) }) },
  Subject: { statement: EXPORT_SQL.Subject, start: [""], toRecord: (row) => node("Subject", row) },
  Quote: { statement: EXPORT_SQL.Quote, start: ["", -1], toRecord: (row) => node("Quote", row) },
  HAS_PARAGRAPH: simpleEdge("HAS_PARAGRAPH", EXPORT_SQL.HAS_PARAGRAPH, ["", 0]),
  REFERS_TO: simpleEdge("REFERS_TO", REFS_EXPORT, ["", -1], { kind: REF_KIND.REFERS_TO }),
  RECALLS: simpleEdge("RECALLS", EXPORT_SQL.RECALLS, ["", ""]),
  CITES: simpleEdge("CITES", REFS_EXPORT, ["", -1], { kind: REF_KIND.CITES }),
  MENTIONS: {
    statement: EXPORT_SQL.MENTIONS,
    start: ["", -1],
    toRecord: (row) => ({ ...edge("MENTIONS", "Paragraph", row.toLabel as EntityLabel, { ...row, end: row.endOffset }) }),
  },
  LAW_OF: simpleEdge("LAW_OF", EXPORT_SQL.LAW_OF, [""]),
  CONCERNS: simpleEdge("CONCERNS", EXPORT_SQL.CONCERNS, ["", ""]),
  SPONSORED: simpleEdge("SPONSORED", EXPORT_SQL.SPONSORED, [0]),
  VOTED: simpleEdge("VOTED", EXPORT_SQL.VOTED, ["", "", ""]),
  ABOUT: simpleEdge("ABOUT", EXPORT_SQL.ABOUT, ["", "", ""]),
  ANALYZES: simpleEdge("ANALYZES", EXPORT_SQL.ANALYZES, [""]),
  HAS_QUOTE: simpleEdge("HAS_QUOTE", EXPORT_SQL.HAS_QUOTE, ["", -1]),
  QUOTES: simpleEdge("QUOTES", EXPORT_SQL.QUOTES, ["", -1]),
};


const sectionName = (s: ExportSection): NodeLabel | RelationshipType => (s.kind === "nodes" ? s.label : s.type);

/** A connection that sees the database as it is now, whatever is written after, until closed. */
function openSnapshot(db: Database.Database): Database.Database {
  if (db.memory) {
    const copy = new Database(db.serialize());
    registerFunctions(copy);
    return copy;
  }
  const reader = openDatabase(db.name, { readonly: true });
  try {
    reader.exec("BEGIN");
    // A read transaction takes its snapshot at its first read, not at BEGIN: read now.
    reader.prepare("SELECT count(*) FROM sqlite_schema").get();
    return reader;
  } catch (error) {
    reader.close();
    throw error;
  }
}

export class SqliteExport {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    // Checked here, when the store opens, as every other feature's statements are: the export's own
    // connection prepares them again (a statement belongs to one connection).
    for (const s of new Set(Object.values(SECTIONS).map((section) => section.statement))) prepare(db, s);
  }

  /**
   * Pages of every section in order, all from one snapshot (see the top of this file). `use` runs
   * each step (the store's closed-store and failure handling); nothing is held between pages but
   * the cursor and the snapshot's connection, closed when the export ends, fails or is abandoned.
   */
  async *exportGraph(args: ExportArgs | undefined, use: <T>(work: () => T) => T): AsyncGenerator<ExportBatch> {
    const first = batchSizeOf(args);
    const { all, ...filter } = filterParams(args?.filter);
    const base = { ...filter, all: all ? 1 : 0, first, ...CONSTANTS };
    const snapshot = use(() => openSnapshot(this.#db));
    try {
      const statements = new Map<SqlStatement, Prepared<Record<string, unknown>, Row>>();
      const statementOf = (s: SqlStatement): Prepared<Record<string, unknown>, Row> => {
        const known = statements.get(s);
        if (known) return known;
        const prepared: Prepared<Record<string, unknown>, Row> = prepare(snapshot, s);
        statements.set(s, prepared);
        return prepared;
      };
      for (const section of EXPORT_SECTIONS) {
        const spec = SECTIONS[sectionName(section)];
        const statement = use(() => statementOf(spec.statement));
        let cursor: readonly (string | number)[] = spec.start;
        let yielded = false;
        for (;;) {
          const params: Record<string, unknown> = { ...base, ...spec.constants };
          cursor.forEach((value, i) => (params[`c${i}`] = value));
          const rows = use(() => statement.all(params));
          if (rows.length === 0) break;
          const records = rows.map(spec.toRecord);
          yield section.kind === "nodes"
            ? { kind: "nodes", label: section.label, records: records as ExportNode[] }
            : { kind: "relationships", type: section.type, records: records as ExportEdge[] };
          yielded = true;
          if (rows.length < first) break;
          const last = rows[rows.length - 1]!;
          cursor = cursor.map((_, i) => last[`c${i}`] as string | number);
        }
        if (!yielded) yield emptyBatch(section);
      }
    } finally {
      // Closing ends the read transaction (nothing to commit).
      snapshot.close();
    }
  }
}
