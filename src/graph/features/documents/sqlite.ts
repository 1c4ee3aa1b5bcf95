// Writing documents on SQLite: one document's facts (documentFacts, the mapping both stores share)
// written, replaced or removed, with what only it pointed at pruned. Runs inside a transaction or
// savepoint opened by the store: every method here is one step of an all-or-nothing unit, never a
// unit of its own.

import type Database from "better-sqlite3";
import type { ResolutionDocument, SourceInfo } from "../../../domain.js";
import { documentFacts, type DocumentFacts, type SubjectFact } from "../../facts.js";
import type { EntityLabel } from "../../model.js";
import type { BatchItem, UpsertOutcome, UpsertStatus } from "../../port.js";

/** The `source` of the VOTED and ABOUT rows a text writes (bound, never spliced). */
export const FROM_TEXT = "text";
/** The `source` of the rows a metadata record writes. */
export const FROM_METADATA = "metadata";
import { unavailableReason } from "../../sqlite/failures.js";
import { keysParam, prepare, REF_KIND, sql, type Prepared } from "../../sqlite/sql.js";

export const DOCUMENT_SQL = {
  /** NULL for a stub, no row for a symbol never seen. */
  selectSourceHash: sql(
    `SELECT source_hash FROM resolutions WHERE symbol = ?`,
    ["A/RES/1"],
  ),

  /** Creates the resolution, or fills its stub, or overwrites the loaded version being replaced. */
  upsertResolution: sql(
    `INSERT INTO resolutions (symbol, stub, title, body, session, year, adopted_on,
  meeting, vote_method, votes_yes, votes_no, votes_abstain, source_path, source_hash, source_format)
VALUES (@symbol, 0, @title, @body, @session, @year, @adoptedOn, @meeting, @voteMethod,
  @votesYes, @votesNo, @votesAbstain, @sourcePath, @sourceHash, @sourceFormat)
ON CONFLICT (symbol) DO UPDATE SET stub = 0, title = excluded.title, body = excluded.body,
  session = excluded.session, year = excluded.year, adopted_on = excluded.adopted_on,
  meeting = excluded.meeting, vote_method = excluded.vote_method, votes_yes = excluded.votes_yes,
  votes_no = excluded.votes_no, votes_abstain = excluded.votes_abstain,
  source_path = excluded.source_path, source_hash = excluded.source_hash, source_format = excluded.source_format`,
    [{ symbol: null, title: null, body: null, session: null, year: null, adoptedOn: null, meeting: null, voteMethod: null, votesYes: null, votesNo: null, votesAbstain: null, sourcePath: null, sourceHash: null, sourceFormat: null }],
  ),

  /** A cited resolution: a stub unless it is already there (loaded or stub). */
  insertStub: sql(
    `INSERT INTO resolutions (symbol, stub) VALUES (?, 1) ON CONFLICT (symbol) DO NOTHING`,
    ["s"],
  ),

  insertDocument: sql(
    `INSERT INTO documents (symbol) VALUES (?) ON CONFLICT (symbol) DO NOTHING`,
    ["s"],
  ),

  /** The first document to name an entity names it, as in Neo4j (ON CREATE SET): both stores agree whatever is loaded later. */
  upsertEntity: sql(
    `INSERT INTO entities (label, key, name, country) VALUES (@label, @key, @name, @country)
ON CONFLICT (label, key) DO NOTHING`,
    [{ label: null, key: null, name: null, country: null }],
  ),

  insertParagraph: sql(
    `INSERT INTO paragraphs (id, resolution, key, kind, ordinal, verb, text, footnotes)
VALUES (@id, @resolution, @key, @kind, @ordinal, @verb, @text, @footnotes)`,
    [{ id: null, resolution: null, key: null, kind: null, ordinal: null, verb: null, text: null, footnotes: null }],
  ),

  insertReference: sql(
    `INSERT INTO refs (paragraph_id, seq, kind, target, verb, date)
VALUES (@paragraphId, @seq, @kind, @target, @verb, @date)`,
    [{ paragraphId: null, seq: null, kind: null, target: null, verb: null, date: null }],
  ),

  insertMention: sql(
    `INSERT INTO mentions (paragraph_id, seq, label, entity_key, start_offset, end_offset, surface, footnote)
VALUES (@paragraphId, @seq, @label, @key, @start, @end, @surface, @footnote)`,
    [{ paragraphId: null, seq: null, label: null, key: null, start: null, end: null, surface: null, footnote: null }],
  ),

  insertRecall: sql(
    `INSERT INTO recalls (src, dst, verbs, paragraphs) VALUES (@src, @dst, @verbs, @paragraphs)`,
    [{ src: null, dst: null, verbs: null, paragraphs: null }],
  ),

  insertConcern: sql(
    `INSERT INTO concerns (resolution, country) VALUES (?, ?) ON CONFLICT DO NOTHING`,
    ["s", "c"],
  ),

  upsertVote: sql(
    `INSERT INTO votes (resolution, country, vote, source) VALUES (@resolution, @country, @vote, @source)
ON CONFLICT (resolution, country, source) DO UPDATE SET vote = excluded.vote`,
    [{ resolution: null, country: null, vote: null, source: null }],
  ),

  /** The first document (or record) to name a subject names it, as entities are. */
  upsertSubject: sql(
    `INSERT INTO subjects (key, scheme, code, label) VALUES (@key, @scheme, @code, @label)
ON CONFLICT (key) DO NOTHING`,
    [{ key: null, scheme: null, code: null, label: null }],
  ),

  insertAbout: sql(
    `INSERT INTO about (resolution, subject, source) VALUES (@resolution, @subject, @source) ON CONFLICT DO NOTHING`,
    [{ resolution: null, subject: null, source: null }],
  ),

  /** References, mentions and the FTS rows go with their paragraphs (cascade and trigger). */
  deleteParagraphsOfResolution: sql(
    `DELETE FROM paragraphs WHERE resolution = ?`,
    ["A/RES/1"],
  ),
  deleteRecallsFrom: sql(
    `DELETE FROM recalls WHERE src = ?`,
    ["s"],
  ),
  deleteConcernsOf: sql(
    `DELETE FROM concerns WHERE resolution = ?`,
    ["s"],
  ),
  /** One source's votes (a text's or a metadata record's): the other's stay. */
  deleteVotesOf: sql(
    `DELETE FROM votes WHERE resolution = @symbol AND source = @source`,
    [{ symbol: "s", source: FROM_TEXT }],
  ),
  deleteAboutOf: sql(
    `DELETE FROM about WHERE resolution = @symbol AND source = @source`,
    [{ symbol: "s", source: FROM_TEXT }],
  ),
  subjectsOfSource: sql(
    `SELECT subject AS key FROM about WHERE resolution = @symbol AND source = @source ORDER BY subject`,
    [{ symbol: "s", source: FROM_TEXT }],
  ),

  /** What a loaded resolution's content points at: candidates for pruning once the content is gone. */
  recalledBy: sql(
    `SELECT dst AS key FROM recalls WHERE src = ? ORDER BY dst`,
    ["s"],
  ),

  documentsCitedBy: sql(
    `SELECT DISTINCT r.target AS key FROM paragraphs AS p
JOIN refs AS r ON r.paragraph_id = p.id
WHERE p.resolution = @symbol AND r.kind = @kind
ORDER BY r.target`,
    [{ symbol: "s", kind: REF_KIND.CITES }],
  ),

  entitiesOf: sql(
    `SELECT m.label, m.entity_key AS key FROM paragraphs AS p
JOIN mentions AS m ON m.paragraph_id = p.id WHERE p.resolution = @symbol
UNION SELECT e.label, e.country FROM paragraphs AS p
JOIN mentions AS m ON m.paragraph_id = p.id
JOIN entities AS l ON l.label = m.label AND l.key = m.entity_key
JOIN entities AS e ON e.label = @countryLabel AND e.key = l.country
WHERE p.resolution = @symbol
UNION SELECT label, country FROM concerns WHERE resolution = @symbol
UNION SELECT label, country FROM votes WHERE resolution = @symbol
UNION SELECT label, country FROM sponsorships WHERE resolution = @symbol
ORDER BY label, key`,
    [{ symbol: "s", countryLabel: "Country" }],
  ),

  /** Stubs nobody recalls any more (every REFERS_TO has its RECALLS, so this is "nobody cites") and that carry no metadata. */
  pruneStubs: sql(
    `DELETE FROM resolutions
WHERE symbol IN (SELECT value FROM json_each(?)) AND stub = 1 AND metadata_hash IS NULL
  AND NOT EXISTS (SELECT 1 FROM recalls WHERE recalls.dst = resolutions.symbol)`,
    ["[]"],
  ),

  pruneDocuments: sql(
    `DELETE FROM documents
WHERE symbol IN (SELECT value FROM json_each(@keys))
  AND NOT EXISTS (SELECT 1 FROM refs WHERE refs.target = documents.symbol AND refs.kind = @kind)`,
    [{ keys: "[]", kind: REF_KIND.CITES }],
  ),

  /** Run for laws before countries: a law's country keeps that Country node alive. */
  pruneEntities: sql(
    `DELETE FROM entities
WHERE label = @label AND key IN (SELECT value FROM json_each(@keys))
  AND NOT EXISTS (SELECT 1 FROM mentions AS m WHERE m.label = entities.label AND m.entity_key = entities.key)
  AND NOT EXISTS (SELECT 1 FROM concerns AS c WHERE c.label = entities.label AND c.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM votes AS v WHERE v.label = entities.label AND v.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM sponsorships AS s WHERE s.label = entities.label AND s.country = entities.key)
  AND NOT EXISTS (SELECT 1 FROM entities AS l WHERE l.country = entities.key AND entities.label = @countryLabel)`,
    [{ label: "Law", keys: "[]", countryLabel: "Country" }],
  ),

  /** Subjects no resolution is about any more. */
  pruneSubjects: sql(
    `DELETE FROM subjects
WHERE key IN (SELECT value FROM json_each(?))
  AND NOT EXISTS (SELECT 1 FROM about WHERE about.subject = subjects.key)`,
    ["[]"],
  ),

  selectStubFlag: sql(
    `SELECT stub, metadata_hash AS metadataHash FROM resolutions WHERE symbol = ?`,
    ["s"],
  ),

  isRecalled: sql(
    `SELECT EXISTS (SELECT 1 FROM recalls WHERE dst = ?) AS cited`,
    ["s"],
  ),

  makeStub: sql(
    `UPDATE resolutions SET stub = 1, title = NULL, body = NULL, session = NULL, year = NULL,
  adopted_on = NULL, meeting = NULL, vote_method = NULL, votes_yes = NULL, votes_no = NULL, votes_abstain = NULL,
  source_path = NULL, source_hash = NULL, source_format = NULL
WHERE symbol = ?`,
    ["s"],
  ),

  deleteResolution: sql(
    `DELETE FROM resolutions WHERE symbol = ?`,
    ["s"],
  ),

  /** A batch's deferred full-text indexing (schema v5): see DocumentWriter.batch. */
  hasTable: sql(
    `SELECT count(*) AS n FROM sqlite_schema WHERE type = @type AND name = @name`,
    [{ type: "table", name: "fts_deferral" }],
    "the schema's own table: a few dozen rows, read once when the store opens",
  ),

  beginFtsDeferral: sql(
    `INSERT INTO fts_deferral (active) VALUES (1)`,
    [],
  ),

  /** In rowid order, which is the order the rows were written in. */
  indexPendingParagraphs: sql(
    `INSERT INTO paragraphs_fts (rowid, text)
SELECT p.pk, p.text FROM fts_pending AS f JOIN paragraphs AS p ON p.pk = f.pk ORDER BY f.pk`,
    [], "the batch's pending paragraphs, all of them, once per batch",
  ),

  clearFtsPending: sql(
    `DELETE FROM fts_pending`,
    [],
  ),

  endFtsDeferral: sql(
    `DELETE FROM fts_deferral`,
    [],
  ),
} as const;

/** Pruning order: a law keeps its Country alive, so laws go before countries. */
const PRUNE_ORDER: readonly EntityLabel[] = ["Law", "Person", "Instrument", "Organization", "Country"];

/** What some content pointed at: nodes that may be orphans once that content is gone. */
interface Neighbours {
  stubs: string[];
  documents: string[];
  entities: Map<EntityLabel, string[]>;
  subjects?: string[];
}

type Run<P> = Prepared<P>;
type Get<P, R> = Prepared<P, R>;

export class DocumentWriter {
  readonly #selectSourceHash: Get<[string], { source_hash: string | null }>;
  readonly #upsertResolution: Run<Record<string, unknown>>;
  readonly #insertStub: Run<[string]>;
  readonly #insertDocument: Run<[string]>;
  readonly #upsertEntity: Run<{ label: string; key: string; name: string; country: string | null }>;
  readonly #insertParagraph: Run<Record<string, unknown>>;
  readonly #insertReference: Run<Record<string, unknown>>;
  readonly #insertMention: Run<Record<string, unknown>>;
  readonly #insertRecall: Run<{ src: string; dst: string; verbs: string; paragraphs: string }>;
  readonly #insertConcern: Run<[string, string]>;
  readonly #upsertVote: Run<{ resolution: string; country: string; vote: string; source: string }>;
  readonly #upsertSubject: Run<{ key: string; scheme: string; code: string; label: string }>;
  readonly #insertAbout: Run<{ resolution: string; subject: string; source: string }>;
  readonly #deleteParagraphs: Run<[string]>;
  readonly #deleteRecalls: Run<[string]>;
  readonly #deleteConcerns: Run<[string]>;
  readonly #deleteVotes: Run<{ symbol: string; source: string }>;
  readonly #deleteAbout: Run<{ symbol: string; source: string }>;
  readonly #subjectsOfSource: Get<{ symbol: string; source: string }, { key: string }>;
  readonly #pruneSubjects: Run<[string]>;
  readonly #recalledBy: Get<[string], { key: string }>;
  readonly #documentsCitedBy: Get<{ symbol: string; kind: string }, { key: string }>;
  readonly #entitiesOf: Get<{ symbol: string; countryLabel: string }, { label: string; key: string }>;
  readonly #pruneStubs: Run<[string]>;
  readonly #pruneDocuments: Run<{ keys: string; kind: string }>;
  readonly #pruneEntities: Run<{ label: string; keys: string; countryLabel: string }>;
  readonly #stubFlag: Get<[string], { stub: number; metadataHash: string | null }>;
  readonly #isRecalled: Get<[string], { cited: number }>;
  readonly #makeStub: Run<[string]>;
  readonly #deleteResolution: Run<[string]>;
  readonly #db: Database.Database;
  /** Undefined before schema v5 (a writer also runs inside the v3 migration): batches then index row by row. */
  readonly #deferral: { begin: Run<[]>; index: Run<[]>; clear: Run<[]>; end: Run<[]> } | undefined;
  #inBatch = false;

  constructor(db: Database.Database) {
    this.#db = db;
    const deferrable = (prepare<Prepared<{ type: string; name: string }, { n: number }>>(db, DOCUMENT_SQL.hasTable).get({ type: "table", name: "fts_deferral" })?.n ?? 0) > 0;
    this.#deferral = deferrable
      ? {
          begin: prepare(db, DOCUMENT_SQL.beginFtsDeferral),
          index: prepare(db, DOCUMENT_SQL.indexPendingParagraphs),
          clear: prepare(db, DOCUMENT_SQL.clearFtsPending),
          end: prepare(db, DOCUMENT_SQL.endFtsDeferral),
        }
      : undefined;
    this.#selectSourceHash = prepare(db, DOCUMENT_SQL.selectSourceHash);
    this.#upsertResolution = prepare(db, DOCUMENT_SQL.upsertResolution);
    this.#insertStub = prepare(db, DOCUMENT_SQL.insertStub);
    this.#insertDocument = prepare(db, DOCUMENT_SQL.insertDocument);
    this.#upsertEntity = prepare(db, DOCUMENT_SQL.upsertEntity);
    this.#insertParagraph = prepare(db, DOCUMENT_SQL.insertParagraph);
    this.#insertReference = prepare(db, DOCUMENT_SQL.insertReference);
    this.#insertMention = prepare(db, DOCUMENT_SQL.insertMention);
    this.#insertRecall = prepare(db, DOCUMENT_SQL.insertRecall);
    this.#insertConcern = prepare(db, DOCUMENT_SQL.insertConcern);
    this.#upsertVote = prepare(db, DOCUMENT_SQL.upsertVote);
    this.#upsertSubject = prepare(db, DOCUMENT_SQL.upsertSubject);
    this.#insertAbout = prepare(db, DOCUMENT_SQL.insertAbout);
    this.#deleteAbout = prepare(db, DOCUMENT_SQL.deleteAboutOf);
    this.#subjectsOfSource = prepare(db, DOCUMENT_SQL.subjectsOfSource);
    this.#pruneSubjects = prepare(db, DOCUMENT_SQL.pruneSubjects);
    this.#deleteParagraphs = prepare(db, DOCUMENT_SQL.deleteParagraphsOfResolution);
    this.#deleteRecalls = prepare(db, DOCUMENT_SQL.deleteRecallsFrom);
    this.#deleteConcerns = prepare(db, DOCUMENT_SQL.deleteConcernsOf);
    this.#deleteVotes = prepare(db, DOCUMENT_SQL.deleteVotesOf);
    this.#recalledBy = prepare(db, DOCUMENT_SQL.recalledBy);
    this.#documentsCitedBy = prepare(db, DOCUMENT_SQL.documentsCitedBy);
    this.#entitiesOf = prepare(db, DOCUMENT_SQL.entitiesOf);
    this.#pruneStubs = prepare(db, DOCUMENT_SQL.pruneStubs);
    this.#pruneDocuments = prepare(db, DOCUMENT_SQL.pruneDocuments);
    this.#pruneEntities = prepare(db, DOCUMENT_SQL.pruneEntities);
    this.#stubFlag = prepare(db, DOCUMENT_SQL.selectStubFlag);
    this.#isRecalled = prepare(db, DOCUMENT_SQL.isRecalled);
    this.#makeStub = prepare(db, DOCUMENT_SQL.makeStub);
    this.#deleteResolution = prepare(db, DOCUMENT_SQL.deleteResolution);
  }

  /**
   * Same hash: nothing is written (only the hash lookup runs). A stub is filled in place, so the
   * edges pointing at it stay; a loaded version is replaced, and what only it pointed at is pruned.
   */
  write(doc: ResolutionDocument, source: SourceInfo): UpsertStatus {
    const symbol = doc.resolution.symbol;
    const existing = this.#selectSourceHash.get(symbol);
    if (existing?.source_hash === source.hash) return "unchanged";
    const loaded = existing !== undefined && existing.source_hash !== null;
    // Computed before anything is written: a document that cannot be mapped writes nothing.
    const facts = documentFacts(doc, source);
    const before = loaded ? this.#removeContent(symbol) : undefined;
    this.#insert(doc, facts);
    if (before) this.#prune(before);
    return loaded ? "replaced" : "created";
  }

  /**
   * Runs `work` (the writes of a batch, each document in its own savepoint) with full-text indexing
   * deferred to its end: one FTS5 segment for the whole batch rather than one per savepoint (FTS5
   * flushes its pending terms at every savepoint). Must run inside the batch's transaction, which
   * makes it all-or-nothing with the rows it indexes: a crash or a throw leaves nothing deferred.
   */
  batch<T>(work: () => T): T {
    if (!this.#db.inTransaction) throw new Error("DocumentWriter.batch runs inside a transaction");
    const deferral = this.#deferral;
    if (this.#inBatch || !deferral) return work();
    this.#inBatch = true;
    try {
      deferral.begin.run();
      const result = work();
      deferral.index.run();
      deferral.clear.run();
      deferral.end.run();
      return result;
    } finally {
      this.#inBatch = false;
    }
  }

  /** A loaded resolution loses its text; it stays a stub while something still recalls it. */
  delete(symbol: string): boolean {
    const row = this.#stubFlag.get(symbol);
    if (!row || row.stub === 1) return false;
    const before = this.#removeContent(symbol);
    // Checked after its own outgoing edges are gone, so that citing itself does not keep it. Its
    // metadata keeps it too, as a stub.
    if (this.#isRecalled.get(symbol)?.cited || row.metadataHash !== null) this.#makeStub.run(symbol);
    else this.#deleteResolution.run(symbol);
    this.#prune(before);
    return true;
  }

  #insert(doc: ResolutionDocument, facts: DocumentFacts): void {
    const r = facts.resolution;
    // The domain's "" for "not given" stays "" in the loaded row (see the schema notes).
    this.#upsertResolution.run({
      ...r,
      adoptedOn: r.adoptedOn ?? "",
      meeting: r.meeting ?? "",
      voteMethod: r.voteMethod ?? "",
    });
    // Targets first: the recalls foreign key and the pruning rules need every endpoint to exist.
    for (const edge of facts.recalls) this.#insertStub.run(edge.target);
    for (const cite of facts.cites) this.#insertDocument.run(cite.document);
    for (const e of facts.entities) this.#upsertEntity.run({ label: e.label, key: e.key, name: e.name, country: e.country });

    facts.paragraphs.forEach((p, i) => {
      // The facts flatten footnotes to `mark: text`; the row keeps the structured pair the domain
      // reads back (ParagraphRecord.footnotes), which the flat form cannot always restore.
      const footnotes = (doc.paragraphs[i]?.footnotes ?? []).map(({ mark, text }) => ({ mark, text }));
      this.#insertParagraph.run({
        id: p.key,
        resolution: r.symbol,
        key: p.label,
        kind: p.kind,
        ordinal: p.ordinal,
        verb: p.verb,
        text: p.text,
        footnotes: JSON.stringify(footnotes),
      });
    });
    for (const ref of facts.refersTo) {
      this.#insertReference.run({ paragraphId: ref.paragraph, seq: ref.seq, kind: REF_KIND.REFERS_TO, target: ref.target, verb: ref.verb, date: ref.date });
    }
    for (const cite of facts.cites) {
      this.#insertReference.run({ paragraphId: cite.paragraph, seq: cite.seq, kind: REF_KIND.CITES, target: cite.document, verb: cite.verb, date: null });
    }
    for (const m of facts.mentions) {
      this.#insertMention.run({ paragraphId: m.paragraph, seq: m.seq, label: m.label, key: m.key, start: m.start, end: m.end, surface: m.surface, footnote: m.footnote });
    }
    for (const edge of facts.recalls) {
      this.#insertRecall.run({ src: r.symbol, dst: edge.target, verbs: JSON.stringify(edge.verbs), paragraphs: JSON.stringify(edge.paragraphs) });
    }
    for (const c of facts.concerns) this.#insertConcern.run(r.symbol, c.code);
    for (const v of facts.votes) this.#upsertVote.run({ resolution: r.symbol, country: v.country, vote: v.vote, source: FROM_TEXT });
    this.writeSubjects(r.symbol, facts.subjects, FROM_TEXT);
  }

  /** Subjects (created if missing) and the resolution's ABOUT rows to them, from `source`. */
  writeSubjects(symbol: string, subjects: readonly SubjectFact[], source: string): void {
    for (const s of subjects) {
      this.#upsertSubject.run({ key: s.key, scheme: s.scheme, code: s.code, label: s.label });
      this.#insertAbout.run({ resolution: symbol, subject: s.key, source });
    }
  }

  /** Whether the symbol has a row, a stub's flag and its metadata's hash; undefined when none. */
  stateOf(symbol: string): { stub: number; metadataHash: string | null } | undefined {
    return this.#stubFlag.get(symbol);
  }

  /** A stub row for the symbol unless it has one (loaded or stub). */
  ensureRow(symbol: string): void {
    this.#insertStub.run(symbol);
  }

  /** Removes the resolution's votes from `source` (a text's or a metadata record's). */
  removeVotes(symbol: string, source: string): void {
    this.#deleteVotes.run({ symbol, source });
  }

  /** Removes the resolution's ABOUT rows from `source`; gives the subjects they pointed at. */
  removeSubjects(symbol: string, source: string): string[] {
    const keys = this.#subjectsOfSource.all({ symbol, source }).map((r) => r.key);
    this.#deleteAbout.run({ symbol, source });
    return keys;
  }

  /** Deletes the content of a loaded resolution (not its row) and says what it pointed at. */
  #removeContent(symbol: string): Neighbours {
    const entities = new Map<EntityLabel, string[]>();
    for (const { label, key } of this.#entitiesOf.all({ symbol, countryLabel: "Country" })) {
      const keys = entities.get(label as EntityLabel) ?? [];
      keys.push(key);
      entities.set(label as EntityLabel, keys);
    }
    const neighbours: Neighbours = {
      stubs: this.#recalledBy.all(symbol).map((row) => row.key),
      documents: this.#documentsCitedBy.all({ symbol, kind: REF_KIND.CITES }).map((row) => row.key),
      entities,
    };
    this.#deleteParagraphs.run(symbol);
    this.#deleteRecalls.run(symbol);
    this.#deleteConcerns.run(symbol);
    this.#deleteVotes.run({ symbol, source: FROM_TEXT });
    neighbours.subjects = this.removeSubjects(symbol, FROM_TEXT);
    return neighbours;
  }

  /** Removes the states among `codes` that nothing points at any more (e.g. sponsors of a relinked page). */
  pruneCountries(codes: readonly string[]): void {
    if (codes.length > 0) this.#prune({ stubs: [], documents: [], entities: new Map([["Country", [...codes]]]) });
  }

  /** Removes the states and subjects among these that nothing points at any more. */
  pruneCountriesAndSubjects(codes: readonly string[], subjects: readonly string[]): void {
    this.#prune({ stubs: [], documents: [], entities: new Map([["Country", [...codes]]]), subjects: [...subjects] });
  }

  /** Removes the candidates nothing points at any more: no orphan stubs, documents or entities. */
  #prune({ stubs, documents, entities, subjects }: Neighbours): void {
    if (subjects && subjects.length > 0) this.#pruneSubjects.run(keysParam(subjects));
    if (stubs.length > 0) this.#pruneStubs.run(keysParam(stubs));
    if (documents.length > 0) this.#pruneDocuments.run({ keys: keysParam(documents), kind: REF_KIND.CITES });
    for (const label of PRUNE_ORDER) {
      const keys = entities.get(label);
      if (keys && keys.length > 0) this.#pruneEntities.run({ label, keys: keysParam(keys), countryLabel: "Country" });
    }
  }
}

/**
 * The writes of the port, each one transaction: a document, a batch (one transaction, a savepoint
 * per document), a deletion. IMMEDIATE takes the write lock up front: a deferred transaction that
 * reads then writes can fail with SQLITE_BUSY when another connection wrote in between, whatever
 * busy_timeout says.
 */
export class SqliteDocuments {
  readonly writer: DocumentWriter;
  readonly #upsert: Database.Transaction<(doc: ResolutionDocument, source: SourceInfo) => UpsertStatus>;
  readonly #upsertMany: Database.Transaction<(items: readonly BatchItem[]) => (UpsertOutcome | Error)[]>;
  readonly #delete: Database.Transaction<(symbol: string) => boolean>;

  constructor(db: Database.Database) {
    const writer = new DocumentWriter(db);
    this.writer = writer;
    this.#upsert = db.transaction((doc: ResolutionDocument, source: SourceInfo) => writer.write(doc, source));
    // Inside this transaction each #upsert call is a SAVEPOINT (better-sqlite3 nests that way): a
    // failing document rolls back to its savepoint only, and the batch commits once. Full-text
    // indexing waits for the end of the batch (DocumentWriter.batch), in the same transaction.
    this.#upsertMany = db.transaction((items: readonly BatchItem[]) => writer.batch(() => items.map((item) => this.#upsertOne(item))));
    this.#delete = db.transaction((symbol: string) => writer.delete(symbol));
  }

  upsertDocument(doc: ResolutionDocument, source: SourceInfo): UpsertOutcome {
    return { symbol: doc.resolution.symbol, status: this.#upsert.immediate(doc, source) };
  }

  upsertDocuments(items: readonly BatchItem[]): (UpsertOutcome | Error)[] {
    return items.length === 0 ? [] : this.#upsertMany.immediate(items);
  }

  deleteDocument(symbol: string): boolean {
    return this.#delete.immediate(symbol);
  }

  #upsertOne({ doc, source }: BatchItem): UpsertOutcome | Error {
    try {
      return { symbol: doc.resolution.symbol, status: this.#upsert(doc, source) };
    } catch (err) {
      // The store itself failing (disk full, lock, I/O) ends the whole batch; a bad document only
      // its own slot.
      if (unavailableReason(err) !== undefined) throw err;
      return err instanceof Error ? err : new Error(String(err));
    }
  }
}
