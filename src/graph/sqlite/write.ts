// Writes one document's facts (documentFacts, the mapping both stores share) and removes them
// again. Runs inside a transaction or savepoint opened by the caller: every method here is one
// step of an all-or-nothing unit, never a unit of its own.

import type Database from "better-sqlite3";
import type { ResolutionDocument, SourceInfo } from "../../domain.js";
import { documentFacts, type DocumentFacts } from "../facts.js";
import type { EntityLabel } from "../model.js";
import type { UpsertStatus } from "../port.js";
import { keysParam } from "./batch.js";
import {
  BEGIN_FTS_DEFERRAL,
  CLEAR_FTS_PENDING,
  DELETE_CONCERNS_OF,
  DELETE_PARAGRAPHS_OF_RESOLUTION,
  DELETE_RECALLS_FROM,
  DELETE_RESOLUTION,
  DELETE_VOTES_OF,
  DOCUMENTS_CITED_BY,
  END_FTS_DEFERRAL,
  ENTITIES_OF,
  HAS_TABLE,
  INDEX_PENDING_PARAGRAPHS,
  INSERT_CONCERN,
  INSERT_DOCUMENT,
  INSERT_MENTION,
  INSERT_PARAGRAPH,
  INSERT_RECALL,
  INSERT_REFERENCE,
  INSERT_STUB,
  IS_RECALLED,
  MAKE_STUB,
  PRUNE_DOCUMENTS,
  PRUNE_ENTITIES,
  PRUNE_STUBS,
  RECALLED_BY,
  SELECT_SOURCE_HASH,
  SELECT_STUB_FLAG,
  UPSERT_ENTITY,
  UPSERT_RESOLUTION,
  UPSERT_VOTE,
} from "./statements.js";

/** The values the `refs.kind` column uses for REFERS_TO and CITES (bound, never spliced). */
export const REF_KIND = { REFERS_TO: "resolution", CITES: "document" } as const;

/** Pruning order: a law keeps its Country alive, so laws go before countries. */
const PRUNE_ORDER: readonly EntityLabel[] = ["Law", "Person", "Instrument", "Organization", "Country"];

/** What some content pointed at: nodes that may be orphans once that content is gone. */
interface Neighbours {
  stubs: string[];
  documents: string[];
  entities: Map<EntityLabel, string[]>;
}

type Run<P> = Database.Statement<P extends unknown[] ? P : [P]>;
type Get<P, R> = Database.Statement<P extends unknown[] ? P : [P], R>;

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
  readonly #upsertVote: Run<{ resolution: string; country: string; vote: string }>;
  readonly #deleteParagraphs: Run<[string]>;
  readonly #deleteRecalls: Run<[string]>;
  readonly #deleteConcerns: Run<[string]>;
  readonly #deleteVotes: Run<[string]>;
  readonly #recalledBy: Get<[string], { key: string }>;
  readonly #documentsCitedBy: Get<{ symbol: string; kind: string }, { key: string }>;
  readonly #entitiesOf: Get<{ symbol: string; countryLabel: string }, { label: string; key: string }>;
  readonly #pruneStubs: Run<[string]>;
  readonly #pruneDocuments: Run<{ keys: string; kind: string }>;
  readonly #pruneEntities: Run<{ label: string; keys: string; countryLabel: string }>;
  readonly #stubFlag: Get<[string], { stub: number }>;
  readonly #isRecalled: Get<[string], { cited: number }>;
  readonly #makeStub: Run<[string]>;
  readonly #deleteResolution: Run<[string]>;
  readonly #db: Database.Database;
  /** Undefined before schema v5 (a writer also runs inside the v3 migration): batches then index row by row. */
  readonly #deferral: { begin: Run<[]>; index: Run<[]>; clear: Run<[]>; end: Run<[]> } | undefined;
  #inBatch = false;

  constructor(db: Database.Database) {
    this.#db = db;
    const deferrable = (db.prepare<{ type: string; name: string }, { n: number }>(HAS_TABLE).get({ type: "table", name: "fts_deferral" })?.n ?? 0) > 0;
    this.#deferral = deferrable
      ? {
          begin: db.prepare(BEGIN_FTS_DEFERRAL),
          index: db.prepare(INDEX_PENDING_PARAGRAPHS),
          clear: db.prepare(CLEAR_FTS_PENDING),
          end: db.prepare(END_FTS_DEFERRAL),
        }
      : undefined;
    this.#selectSourceHash = db.prepare(SELECT_SOURCE_HASH);
    this.#upsertResolution = db.prepare(UPSERT_RESOLUTION);
    this.#insertStub = db.prepare(INSERT_STUB);
    this.#insertDocument = db.prepare(INSERT_DOCUMENT);
    this.#upsertEntity = db.prepare(UPSERT_ENTITY);
    this.#insertParagraph = db.prepare(INSERT_PARAGRAPH);
    this.#insertReference = db.prepare(INSERT_REFERENCE);
    this.#insertMention = db.prepare(INSERT_MENTION);
    this.#insertRecall = db.prepare(INSERT_RECALL);
    this.#insertConcern = db.prepare(INSERT_CONCERN);
    this.#upsertVote = db.prepare(UPSERT_VOTE);
    this.#deleteParagraphs = db.prepare(DELETE_PARAGRAPHS_OF_RESOLUTION);
    this.#deleteRecalls = db.prepare(DELETE_RECALLS_FROM);
    this.#deleteConcerns = db.prepare(DELETE_CONCERNS_OF);
    this.#deleteVotes = db.prepare(DELETE_VOTES_OF);
    this.#recalledBy = db.prepare(RECALLED_BY);
    this.#documentsCitedBy = db.prepare(DOCUMENTS_CITED_BY);
    this.#entitiesOf = db.prepare(ENTITIES_OF);
    this.#pruneStubs = db.prepare(PRUNE_STUBS);
    this.#pruneDocuments = db.prepare(PRUNE_DOCUMENTS);
    this.#pruneEntities = db.prepare(PRUNE_ENTITIES);
    this.#stubFlag = db.prepare(SELECT_STUB_FLAG);
    this.#isRecalled = db.prepare(IS_RECALLED);
    this.#makeStub = db.prepare(MAKE_STUB);
    this.#deleteResolution = db.prepare(DELETE_RESOLUTION);
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
    // Checked after its own outgoing edges are gone, so that citing itself does not keep it.
    if (this.#isRecalled.get(symbol)?.cited) this.#makeStub.run(symbol);
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
    for (const v of facts.votes) this.#upsertVote.run({ resolution: r.symbol, country: v.country, vote: v.vote });
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
    this.#deleteVotes.run(symbol);
    return neighbours;
  }

  /** Removes the states among `codes` that nothing points at any more (e.g. sponsors of a relinked page). */
  pruneCountries(codes: readonly string[]): void {
    if (codes.length > 0) this.#prune({ stubs: [], documents: [], entities: new Map([["Country", [...codes]]]) });
  }

  /** Removes the candidates nothing points at any more: no orphan stubs, documents or entities. */
  #prune({ stubs, documents, entities }: Neighbours): void {
    if (stubs.length > 0) this.#pruneStubs.run(keysParam(stubs));
    if (documents.length > 0) this.#pruneDocuments.run({ keys: keysParam(documents), kind: REF_KIND.CITES });
    for (const label of PRUNE_ORDER) {
      const keys = entities.get(label);
      if (keys && keys.length > 0) this.#pruneEntities.run({ label, keys: keysParam(keys), countryLabel: "Country" });
    }
  }
}
