// Writing documents on Neo4j: the facts of facts.ts, written with one UNWIND per kind of fact over
// a whole batch of documents, so that a batch costs a fixed number of round trips whatever its size
// (a round trip per document or per paragraph cannot reach the ingest goal: docs/neo4j.md).
//
// Each batch is one transaction: a killed ingest leaves whole documents or none of the batch, never a
// half-written one. A batch of texts not loaded yet (the common case: a first ingest, stubs being
// filled) is written in one go. A batch holding a replacement, or a symbol twice, is written one
// document after another in the same transaction, so that what one replacement prunes and the next
// document adds happens in the order SQLite's savepoints see it. A batch that fails is written again
// one document per transaction, so that the failing document is reported in its own slot.
//
// Integers: the driver sends a JS number as a FLOAT, which would store `ordinal: 3.0`, so every
// INTEGER of the model goes out as a driver Integer (`int`).

import { searchTextOf } from "../search/words.js";
import { int, type Integer, type ManagedTransaction } from "neo4j-driver";
import type { ResolutionDocument, SourceInfo } from "../../../domain.js";
import { documentFacts, InconsistentDocumentError, TEXT_PROPERTIES, type DocumentFacts } from "../../facts.js";
import { ENTITY_LABELS, type EntityLabel } from "../../model.js";
import { uniqueKeys } from "../../per-key.js";
import type { BatchItem, UpsertOutcome, UpsertStatus } from "../../port.js";
import { StoreUnavailableError } from "../../../errors.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { byLabel, keyOf, propertiesOf, run, st } from "../../neo4j/statement.js";

/**
 * Resolution properties written from a document (ResolutionFact); `symbol` is the MERGE key, `stub`
 * is set apart, and the metadata's properties are never touched by a text.
 */
export const RESOLUTION_WRITTEN: readonly string[] = TEXT_PROPERTIES.filter((p) => propertiesOf("Resolution").includes(p));

function entityWrites(label: EntityLabel) {
  const key = keyOf(label);
  const others = propertiesOf(label).filter((p) => p !== key);
  return {
    /** Entities are shared between documents: created once, their names never rewritten by a later one. */
    mergeEntities: st(
      `UNWIND $entities AS e
MERGE (n:${label} {${key}: e.key})
ON CREATE SET ${others.map((p) => `n.${p} = e.${p}`).join(", ")}`,
      ["entities"],
    ),
    createMentions: st(
      `UNWIND $mentions AS m
MATCH (p:Paragraph {key: m.paragraph})
MATCH (e:${label} {${key}: m.key})
CREATE (p)-[:MENTIONS {seq: m.seq, start: m.start, end: m.end, surface: m.surface, footnote: m.footnote}]->(e)`,
      ["mentions"],
    ),
  };
}

/** Per label: Cypher takes no parameter for a label in MERGE or MATCH. */
export const ENTITY_WRITES = byLabel(ENTITY_LABELS, entityWrites);

export const DOCUMENT_CYPHER = {
  resolutionStates: st(
    `UNWIND $symbols AS symbol
OPTIONAL MATCH (r:Resolution {symbol: symbol})
RETURN symbol, r IS NOT NULL AS exists, r.stub AS stub, r.sourceHash AS sourceHash`,
    ["symbols"],
  ),
  /**
   * Nodes that may be orphaned once the resolution's paragraphs and edges go: what it cites and
   * names, the states it concerns or that voted on it, the states of the laws it names, and
   * itself (a stub again after deleteDocument). Element ids are only used within the transaction.
   */
  orphanCandidates: st(
    `MATCH (r:Resolution {symbol: $symbol})
RETURN [elementId(r)]
  + [(r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:REFERS_TO|CITES|MENTIONS]->(t) | elementId(t)]
  + [(r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->(:Law)-[:LAW_OF]->(c:Country) | elementId(c)]
  + [(r)-[:CONCERNS]->(c:Country) | elementId(c)]
  + [(r)<-[:VOTED]-(c:Country) | elementId(c)]
  + [(r)<-[:SPONSORED]-(c:Country) | elementId(c)]
  + [(r)-[:ABOUT]->(s:Subject) | elementId(s)] AS ids`,
    ["symbol"],
  ),
  /**
   * Paragraphs go with every edge they have (REFERS_TO, CITES, MENTIONS, incoming QUOTES); incoming
   * RECALLS stay, and so do the metadata's VOTED and ABOUT edges (a VOTED edge without a source
   * predates the metadata: it is the text's).
   */
  clearResolution: st(
    `MATCH (r:Resolution {symbol: $symbol})
CALL (r) { MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph) DETACH DELETE p }
CALL (r) { MATCH (r)-[e:RECALLS|CONCERNS]->() DELETE e }
CALL (r) { MATCH (r)<-[v:VOTED]-() WHERE coalesce(v.source, 'text') = 'text' DELETE v }
CALL (r) { MATCH (r)-[a:ABOUT {source: 'text'}]->() DELETE a }`,
    ["symbol"],
  ),
  /** A stub being loaded keeps its node, and so every edge that already points at it. */
  upsertResolutions: st(
    `UNWIND $resolutions AS d
MERGE (r:Resolution {symbol: d.symbol})
SET ${RESOLUTION_WRITTEN.map((p) => `r.${p} = d.${p}`).join(", ")}, r.stub = false`,
    ["resolutions"],
  ),
  createParagraphs: st(
    `UNWIND $paragraphs AS p
MATCH (r:Resolution {symbol: p.resolution})
CREATE (r)-[:HAS_PARAGRAPH]->(:Paragraph {key: p.key, label: p.label, kind: p.kind, ordinal: p.ordinal, verb: p.verb, text: p.text, searchText: p.searchText, footnotes: p.footnotes})`,
    ["paragraphs"],
  ),
  /** A cited resolution not loaded (yet) becomes a stub. */
  createRefersTo: st(
    `UNWIND $refs AS x
MATCH (p:Paragraph {key: x.paragraph})
MERGE (t:Resolution {symbol: x.target})
ON CREATE SET t.stub = true
CREATE (p)-[:REFERS_TO {seq: x.seq, verb: x.verb, date: x.date}]->(t)`,
    ["refs"],
  ),
  createCites: st(
    `UNWIND $cites AS x
MATCH (p:Paragraph {key: x.paragraph})
MERGE (d:Document {symbol: x.document})
CREATE (p)-[:CITES {seq: x.seq, verb: x.verb}]->(d)`,
    ["cites"],
  ),
  createRecalls: st(
    `UNWIND $recalls AS x
MATCH (r:Resolution {symbol: x.source})
MATCH (t:Resolution {symbol: x.target})
CREATE (r)-[:RECALLS {verbs: x.verbs, paragraphs: x.paragraphs}]->(t)`,
    ["recalls"],
  ),
  createConcerns: st(
    `UNWIND $concerns AS x
MATCH (r:Resolution {symbol: x.resolution})
MATCH (c:Country {code: x.country})
MERGE (r)-[:CONCERNS]->(c)`,
    ["concerns"],
  ),
  createVotes: st(
    `UNWIND $votes AS v
MATCH (r:Resolution {symbol: v.resolution})
MATCH (c:Country {code: v.country})
CREATE (c)-[:VOTED {vote: v.vote, source: v.source}]->(r)`,
    ["votes"],
  ),
  /** Subjects are shared: created once, never relabelled; one ABOUT edge per resolution, subject and source. */
  createAbout: st(
    `UNWIND $about AS x
MATCH (r:Resolution {symbol: x.resolution})
MERGE (s:Subject {key: x.key})
ON CREATE SET s.scheme = x.scheme, s.code = x.code, s.label = x.label
MERGE (r)-[:ABOUT {source: x.source}]->(s)`,
    ["about"],
  ),
  createLawOf: st(
    `UNWIND $laws AS l
MATCH (law:Law {key: l.key})
MATCH (c:Country {code: l.country})
MERGE (law)-[:LAW_OF]->(c)`,
    ["laws"],
  ),
  /**
   * First of the orphan sweep: a resolution that is only a stub nobody cites goes, and with it the
   * edges into it (SPONSORED), so that the states they came from are judged without them. A clause
   * never sees a later clause's writes, so this cannot share a statement with the entities.
   */
  removeOrphanStub: st(
    `UNWIND $ids AS id
MATCH (n:Resolution)
WHERE elementId(n) = id AND n.stub = true AND n.metadataHash IS NULL AND NOT EXISTS { (n)<-[:REFERS_TO|RECALLS]-() }
DETACH DELETE n
RETURN id`,
    ["ids"],
  ),
  /** Laws before the rest: a state stays while a law that is still named belongs to it. */
  removeOrphanLaws: st(
    `UNWIND $ids AS id
MATCH (n:Law)
WHERE elementId(n) = id AND NOT EXISTS { (n)<-[:MENTIONS]-(:Paragraph) }
DETACH DELETE n
RETURN id`,
    ["ids"],
  ),
  /** Stubs no longer cited, documents no longer cited, entities nothing points at any more. */
  removeOrphans: st(
    `UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
  AND ((n:Resolution AND n.stub = true AND n.metadataHash IS NULL AND NOT EXISTS { (n)<-[:REFERS_TO|RECALLS]-() })
    OR (n:Document AND NOT EXISTS { (n)<-[:CITES]-() })
    OR (n:Subject AND NOT EXISTS { (n)<-[:ABOUT]-() })
    OR (n:${ENTITY_LABELS.join("|")} AND NOT EXISTS { (n)<--() } AND NOT EXISTS { (n)-[:VOTED|SPONSORED]->() }))
DETACH DELETE n`,
    ["ids"],
  ),
  /** deleteDocument on a resolution still cited (or carrying metadata): back to a stub, with only its key and its metadata. */
  makeStub: st(
    `MATCH (r:Resolution {symbol: $symbol}) SET r.stub = true, ${RESOLUTION_WRITTEN.map((p) => `r.${p} = null`).join(", ")}`,
    ["symbol"],
  ),
} as const;

/**
 * What SQLite's constraints refuse and Cypher would silently skip (a MATCH that finds nothing
 * writes nothing): checked before the transaction so the document is refused whole.
 */
export function checkDocument(doc: ResolutionDocument): void {
  const symbol = doc.resolution.symbol;
  const keys = new Set<string>();
  const ordinals = new Set<number>();
  for (const p of doc.paragraphs) {
    if (keys.has(p.key)) throw new InconsistentDocumentError(symbol, `paragraph ${JSON.stringify(p.key)} appears twice`);
    if (ordinals.has(p.ordinal)) throw new InconsistentDocumentError(symbol, `two paragraphs have ordinal ${p.ordinal}`);
    keys.add(p.key);
    ordinals.add(p.ordinal);
  }
  for (const r of doc.references) {
    if (!keys.has(r.paragraph)) throw new InconsistentDocumentError(symbol, `reference from missing paragraph ${JSON.stringify(r.paragraph)}`);
  }
  for (const m of doc.mentions) {
    if (!keys.has(m.paragraph)) throw new InconsistentDocumentError(symbol, `mention in missing paragraph ${JSON.stringify(m.paragraph)}`);
  }
}

// --- parameters: the facts of many documents as the lists the statements UNWIND --------------------

const i = (n: number): Integer => int(n);
const iOrNull = (n: number | null | undefined): Integer | null => (n === null || n === undefined ? null : int(n));

type Row = Record<string, unknown>;

/** The rows one batch sends, one list per statement; documents appended in order. */
export interface WriteRows {
  resolutions: Row[];
  paragraphs: Row[];
  entities: Record<EntityLabel, Row[]>;
  refs: Row[];
  cites: Row[];
  mentions: Record<EntityLabel, Row[]>;
  recalls: Row[];
  concerns: Row[];
  votes: Row[];
  laws: Row[];
  about: Row[];
}

const perLabel = (): Record<EntityLabel, Row[]> => byLabel(ENTITY_LABELS, () => [] as Row[]);

export const emptyRows = (): WriteRows => ({
  resolutions: [],
  paragraphs: [],
  entities: perLabel(),
  refs: [],
  cites: [],
  mentions: perLabel(),
  recalls: [],
  concerns: [],
  votes: [],
  laws: [],
  about: [],
});

/** Appends one document's facts to `rows` (facts.ts decides WHAT is written; this only shapes and types it). */
export function addFacts(rows: WriteRows, facts: DocumentFacts): WriteRows {
  const r = facts.resolution;
  const symbol = r.symbol;
  rows.resolutions.push({
    symbol,
    title: r.title,
    body: r.body,
    session: r.session,
    year: iOrNull(r.year),
    adoptedOn: r.adoptedOn,
    meeting: r.meeting,
    voteMethod: r.voteMethod,
    votesYes: iOrNull(r.votesYes),
    votesNo: iOrNull(r.votesNo),
    votesAbstain: iOrNull(r.votesAbstain),
    sourcePath: r.sourcePath,
    sourceHash: r.sourceHash,
    sourceFormat: r.sourceFormat,
  });
  for (const p of facts.paragraphs) {
    // searchText: the folded copy the full-text index matches diacritic-free terms against (null: not stored).
    rows.paragraphs.push({ ...p, resolution: symbol, ordinal: i(p.ordinal), searchText: searchTextOf(p.text), footnotes: [...p.footnotes] });
  }
  for (const e of facts.entities) {
    rows.entities[e.label].push({ key: e.key, name: e.name, country: e.country });
    if (e.label === "Law" && e.country !== null) rows.laws.push({ key: e.key, country: e.country });
  }
  for (const x of facts.refersTo) rows.refs.push({ paragraph: x.paragraph, seq: i(x.seq), target: x.target, verb: x.verb, date: x.date });
  for (const x of facts.cites) rows.cites.push({ paragraph: x.paragraph, seq: i(x.seq), document: x.document, verb: x.verb });
  for (const m of facts.mentions) {
    rows.mentions[m.label].push({ paragraph: m.paragraph, key: m.key, seq: i(m.seq), start: i(m.start), end: i(m.end), surface: m.surface, footnote: m.footnote });
  }
  for (const x of facts.recalls) rows.recalls.push({ source: symbol, target: x.target, verbs: [...x.verbs], paragraphs: [...x.paragraphs] });
  for (const c of facts.concerns) rows.concerns.push({ resolution: symbol, country: c.code });
  for (const v of facts.votes) rows.votes.push({ resolution: symbol, country: v.country, vote: v.vote, source: "text" });
  for (const x of facts.subjects) rows.about.push({ resolution: symbol, key: x.key, scheme: x.scheme, code: x.code, label: x.label, source: "text" });
  return rows;
}

/** Writes the rows, one statement per kind of fact, in the order their endpoints need. */
export async function writeRows(tx: ManagedTransaction, rows: WriteRows): Promise<void> {
  const S = DOCUMENT_CYPHER;
  if (rows.resolutions.length > 0) await run(tx, S.upsertResolutions, { resolutions: rows.resolutions });
  if (rows.paragraphs.length > 0) await run(tx, S.createParagraphs, { paragraphs: rows.paragraphs });
  for (const label of ENTITY_LABELS) {
    if (rows.entities[label].length > 0) await run(tx, ENTITY_WRITES[label].mergeEntities, { entities: rows.entities[label] });
  }
  if (rows.refs.length > 0) await run(tx, S.createRefersTo, { refs: rows.refs });
  if (rows.cites.length > 0) await run(tx, S.createCites, { cites: rows.cites });
  for (const label of ENTITY_LABELS) {
    if (rows.mentions[label].length > 0) await run(tx, ENTITY_WRITES[label].createMentions, { mentions: rows.mentions[label] });
  }
  if (rows.recalls.length > 0) await run(tx, S.createRecalls, { recalls: rows.recalls });
  if (rows.concerns.length > 0) await run(tx, S.createConcerns, { concerns: rows.concerns });
  if (rows.votes.length > 0) await run(tx, S.createVotes, { votes: rows.votes });
  if (rows.laws.length > 0) await run(tx, S.createLawOf, { laws: rows.laws });
  if (rows.about.length > 0) await run(tx, S.createAbout, { about: rows.about });
}

interface StateRow {
  symbol: string;
  exists: boolean;
  stub: boolean | null;
  sourceHash: string | null;
}

/** A document ready to write: checked, its facts computed (so a bad one fails before any transaction). */
interface Prepared {
  symbol: string;
  hash: string;
  facts: DocumentFacts;
}

/** At most this many documents per transaction: bounds the server's transaction memory. */
export const DOCUMENTS_PER_TRANSACTION = 100;

export class Neo4jDocuments {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async upsertDocument(doc: ResolutionDocument, source: SourceInfo): Promise<UpsertOutcome> {
    const prepared = prepareDocument(doc, source);
    const [status] = await this.#db.write((tx) => writeInOrder(tx, [prepared]));
    return { symbol: prepared.symbol, status: status ?? "unchanged" };
  }

  /** One transaction per batch of documents; a failing batch is written again one document at a time. */
  async upsertDocuments(items: readonly BatchItem[]): Promise<(UpsertOutcome | Error)[]> {
    const out: (UpsertOutcome | Error)[] = new Array(items.length);
    const ready: Array<{ at: number; doc: Prepared }> = [];
    items.forEach(({ doc, source }, at) => {
      try {
        ready.push({ at, doc: prepareDocument(doc, source) });
      } catch (err) {
        out[at] = asError(err);
      }
    });
    for (let start = 0; start < ready.length; start += DOCUMENTS_PER_TRANSACTION) {
      const batch = ready.slice(start, start + DOCUMENTS_PER_TRANSACTION);
      try {
        const statuses = await this.#db.write((tx) => writeBatch(tx, batch.map((b) => b.doc)));
        batch.forEach(({ at, doc }, k) => (out[at] = { symbol: doc.symbol, status: statuses[k] ?? "unchanged" }));
      } catch (err) {
        // The store itself failing ends the whole call, as on SQLite; anything else was one
        // document's doing: find it by writing them one by one.
        if (err instanceof StoreUnavailableError) throw err;
        for (const { at, doc } of batch) {
          try {
            const [status] = await this.#db.write((tx) => writeInOrder(tx, [doc]));
            out[at] = { symbol: doc.symbol, status: status ?? "unchanged" };
          } catch (one) {
            if (one instanceof StoreUnavailableError) throw one;
            out[at] = asError(one);
          }
        }
      }
    }
    return out;
  }

  async deleteDocument(symbol: string): Promise<boolean> {
    return this.#db.write(async (tx) => {
      const [state] = await states(tx, [symbol]);
      if (!state?.exists || state.stub !== false) return false;
      const candidates = await orphanCandidates(tx, symbol);
      await run(tx, DOCUMENT_CYPHER.clearResolution, { symbol });
      await run(tx, DOCUMENT_CYPHER.makeStub, { symbol });
      // The resolution itself is a candidate: a stub nothing cites any more goes.
      await removeOrphans(tx, candidates);
      return true;
    });
  }
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

function prepareDocument(doc: ResolutionDocument, source: SourceInfo): Prepared {
  checkDocument(doc);
  return { symbol: doc.resolution.symbol, hash: source.hash, facts: documentFacts(doc, source) };
}

const isLoaded = (s: StateRow | undefined): boolean => s?.exists === true && s.stub === false;

async function states(tx: ManagedTransaction, symbols: readonly string[]): Promise<StateRow[]> {
  const rows = await run<StateRow>(tx, DOCUMENT_CYPHER.resolutionStates, { symbols: uniqueKeys(symbols) });
  const bySymbol = new Map(rows.map((r) => [r.symbol, r]));
  return symbols.map((s) => bySymbol.get(s) ?? { symbol: s, exists: false, stub: null, sourceHash: null });
}

/**
 * The whole batch in one UNWIND per kind of fact when nothing in it replaces a loaded text or comes
 * twice; else one document after another (writeInOrder), still in this transaction.
 */
async function writeBatch(tx: ManagedTransaction, docs: readonly Prepared[]): Promise<UpsertStatus[]> {
  const symbols = docs.map((d) => d.symbol);
  if (new Set(symbols).size !== symbols.length) return writeInOrder(tx, docs);
  const found = await states(tx, symbols);
  if (found.some((s, k) => isLoaded(s) && s.sourceHash !== docs[k]?.hash)) return writeInOrder(tx, docs);
  const rows = emptyRows();
  const statuses = docs.map((doc, k): UpsertStatus => {
    if (isLoaded(found[k])) return "unchanged";
    addFacts(rows, doc.facts);
    return "created";
  });
  await writeRows(tx, rows);
  return statuses;
}

/**
 * Each document in turn: unchanged (same hash) writes nothing; a stub is filled in place, so the
 * edges pointing at it stay; a loaded version is cleared and rewritten, and what only it pointed at
 * is pruned once the new facts are written (so that what the new version still uses is kept).
 */
async function writeInOrder(tx: ManagedTransaction, docs: readonly Prepared[]): Promise<UpsertStatus[]> {
  const statuses: UpsertStatus[] = [];
  for (const doc of docs) {
    const [state] = await states(tx, [doc.symbol]);
    const loaded = isLoaded(state);
    if (loaded && state?.sourceHash === doc.hash) {
      statuses.push("unchanged");
      continue;
    }
    let candidates: string[] = [];
    if (loaded) {
      candidates = await orphanCandidates(tx, doc.symbol);
      await run(tx, DOCUMENT_CYPHER.clearResolution, { symbol: doc.symbol });
    }
    await writeRows(tx, addFacts(emptyRows(), doc.facts));
    await removeOrphans(tx, candidates);
    statuses.push(loaded ? "replaced" : "created");
  }
  return statuses;
}

async function orphanCandidates(tx: ManagedTransaction, symbol: string): Promise<string[]> {
  const [row] = await run<{ ids: string[] }>(tx, DOCUMENT_CYPHER.orphanCandidates, { symbol });
  return uniqueKeys(row?.ids ?? []);
}

/**
 * Removes the candidates nothing points at any more, in order, each statement seeing the previous
 * one's deletions: stubs, then laws (a law keeps its state alive through LAW_OF), then the rest.
 */
export async function removeOrphans(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set((await run<{ id: string }>(tx, DOCUMENT_CYPHER.removeOrphanStub, { ids })).map((r) => r.id));
  const entities = ids.filter((id) => !gone.has(id));
  if (entities.length === 0) return;
  const laws = new Set((await run<{ id: string }>(tx, DOCUMENT_CYPHER.removeOrphanLaws, { ids: entities })).map((r) => r.id));
  const rest = entities.filter((id) => !laws.has(id));
  if (rest.length > 0) await run(tx, DOCUMENT_CYPHER.removeOrphans, { ids: rest });
}
