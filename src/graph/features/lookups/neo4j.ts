// Lookups by key on Neo4j: what DataLoader batches ask for. Each takes its deduplicated keys as ONE
// list parameter (`UNWIND $keys`): one query whatever the key count.

import DataLoader from "dataloader";
import type { Footnote } from "../../../domain.js";
import { CITATION_LABELS, ENTITY_LABELS, RELATIONSHIPS, type CitationLabel, type EntityLabel, type RelationshipType } from "../../model.js";
import { manyPerKey, onePerKey, pairKey, uniqueKeys } from "../../per-key.js";
import type {
  CitationTarget,
  CitingParagraph,
  EntityRecord,
  EntityRef,
  MentionRecord,
  ParagraphRecord,
  ReferenceRecord,
  ResolutionNode,
  ResolutionRecord,
} from "../../port.js";
import {
  isLoaded,
  toEntityRecord,
  toMentionRecord,
  toParagraphRecord,
  toReferenceRecord,
  toResolutionNode,
  toResolutionRecord,
  type ResolutionFields,
} from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { adoptedOrder, byLabel, entityKeyExpr, entityLabelExpr, keyOf, projection, propertiesOf, run, st } from "../../neo4j/statement.js";

/** `p {.*model properties}` of a Paragraph node: its id is `key`, its key within the resolution `label`. */
export interface ParagraphProps {
  key: string;
  label: string;
  kind: string;
  ordinal: number;
  verb: string;
  text: string;
  footnotes: string[] | null;
}

/** Footnotes are stored as `mark: text` (facts.ts); the mark never holds ": ", the text may. */
export function parseFootnote(stored: string): Footnote {
  const at = stored.indexOf(": ");
  return at < 0 ? { mark: stored, text: "" } : { mark: stored.slice(0, at), text: stored.slice(at + 2) };
}

export const paragraphOf = (resolution: string, p: ParagraphProps): ParagraphRecord =>
  toParagraphRecord({
    id: p.key,
    resolution,
    key: p.label,
    kind: p.kind,
    ordinal: p.ordinal,
    verb: p.verb,
    text: p.text,
    footnotes: (p.footnotes ?? []).map(parseFootnote),
  });

/** What a resolution projection (`r {.*}`) brings back: ResolutionFields with its flag as a boolean. */
export type ResolutionProps = ResolutionFields & { stub: boolean | null };

interface ReferenceRow {
  paragraphId: string;
  citing: string;
  paragraph: string;
  toDocument: boolean;
  target: string;
  verb: string | null;
  date: string | null;
}

interface MentionRow {
  paragraphId: string;
  paragraph: string;
  label: EntityLabel;
  key: string;
  name: string;
  start: number;
  end: number;
  footnote: string | null;
}

const referenceOf = (r: ReferenceRow): ReferenceRecord => toReferenceRecord({ ...r, kind: r.toDocument ? "document" : "resolution" });
const mentionOf = (m: MentionRow): MentionRecord => toMentionRecord({ ...m, startOffset: m.start, endOffset: m.end });

/** The relationship by which a paragraph leads to a node of each label (REFERS_TO, CITES, MENTIONS). */
export function citingRelationship(label: CitationLabel): RelationshipType {
  const found = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter((type) => {
    const spec: { readonly from: readonly string[]; readonly to: readonly string[] } = RELATIONSHIPS[type];
    return spec.from.includes("Paragraph") && spec.to.includes(label);
  });
  if (found.length !== 1) throw new Error(`no single relationship from Paragraph to ${label}: ${found.join(", ")}`);
  return found[0] as RelationshipType;
}

export const LOOKUP_CYPHER = {
  /** Per hash, the first symbol (or analysis key) whose source it is; a hash nothing has is absent. */
  symbolsForSourceHashes: st(
    `UNWIND $hashes AS hash
CALL (hash) {
  MATCH (r:Resolution {sourceHash: hash}) RETURN r.symbol AS symbol
  UNION
  MATCH (a:Analysis {sourceHash: hash}) RETURN a.key AS symbol
}
WITH hash, min(symbol) AS symbol
RETURN hash, symbol`,
    ["hashes"],
  ),
  /** Loaded and stubs alike: resolutionsBySymbols keeps the loaded ones. */
  resolutionNodes: st(
    `UNWIND $keys AS k
MATCH (r:Resolution {symbol: k})
RETURN ${projection("r", "Resolution")} AS resolution`,
    ["keys"],
  ),
  paragraphsOfResolutions: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[:HAS_PARAGRAPH]->(p:Paragraph)
RETURN k AS resolution, ${projection("p", "Paragraph")} AS paragraph
ORDER BY resolution, paragraph.ordinal`,
    ["keys"],
  ),
  paragraphsByIds: st(
    `UNWIND $keys AS k
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {key: k})
RETURN r.symbol AS resolution, ${projection("p", "Paragraph")} AS paragraph`,
    ["keys"],
  ),
  referencesFromParagraphs: st(
    `UNWIND $keys AS k
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {key: k})-[e:REFERS_TO|CITES]->(t:Resolution|Document)
RETURN k AS paragraphId, r.symbol AS citing, p.label AS paragraph, type(e) = 'CITES' AS toDocument,
  t.symbol AS target, e.verb AS verb, e.date AS date, e.seq AS seq
ORDER BY paragraphId, seq`,
    ["keys"],
  ),
  referencesToTargets: st(
    `UNWIND $keys AS k
CALL (k) {
  MATCH (:Resolution {symbol: k})<-[e:REFERS_TO]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  RETURN e, p, r, false AS toDocument
  UNION ALL
  MATCH (:Document {symbol: k})<-[e:CITES]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  RETURN e, p, r, true AS toDocument
}
RETURN p.key AS paragraphId, r.symbol AS citing, p.label AS paragraph, toDocument,
  k AS target, e.verb AS verb, e.date AS date, e.seq AS seq
ORDER BY target, citing, p.ordinal, seq`,
    ["keys"],
  ),
  mentionsInParagraphs: st(
    `UNWIND $keys AS k
MATCH (p:Paragraph {key: k})-[m:MENTIONS]->(e)
RETURN k AS paragraphId, p.label AS paragraph, ${entityLabelExpr("e")} AS label, ${entityKeyExpr("e")} AS key,
  e.name AS name, m.start AS start, m.end AS end, m.seq AS seq, m.footnote AS footnote
ORDER BY paragraphId, footnote IS NOT NULL, CASE WHEN footnote IS NULL THEN start ELSE seq END, seq`,
    ["keys"],
  ),
} as const;

/** Per label: Cypher takes no parameter for a label in MATCH. */
export const ENTITIES_BY_KEYS = byLabel(ENTITY_LABELS, (label) =>
  st(
    `UNWIND $keys AS k
MATCH (e:${label} {${keyOf(label)}: k})
RETURN k AS key, e.name AS name, ${propertiesOf(label).includes("country") ? "e.country" : "null"} AS country`,
    ["keys"],
  ),
);

/** Distinct paragraphs leading to each target, in the contract's order: (adoptedOn, symbol) of the citing resolution, then ordinal. */
export const CITING_PARAGRAPHS = byLabel(CITATION_LABELS, (label) =>
  st(
    `UNWIND $keys AS k
MATCH (:${label} {${keyOf(label)}: k})<-[:${citingRelationship(label)}]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
WITH DISTINCT k, r, p
RETURN k AS target, r.symbol AS resolution, p.key AS paragraphId
ORDER BY target, ${adoptedOrder("r")}, resolution, p.ordinal`,
    ["keys"],
  ),
);

type ParagraphRow = { resolution: string; paragraph: ParagraphProps };

export class Neo4jLookups {
  readonly #db: Neo4jSessions;

  /**
   * The loader asks for a whole read-ahead window's hashes at once, as concurrent calls: they are
   * answered by one query per tick (a read transaction costs about as much as the lookup itself).
   * No cache: every call sees the store as it is.
   */
  readonly #bySourceHash: DataLoader<string, string | null>;

  constructor(db: Neo4jSessions) {
    this.#db = db;
    this.#bySourceHash = new DataLoader(
      async (hashes) => {
        const rows = await this.#db.batch(hashes, (tx, keys) => run<{ hash: string; symbol: string }>(tx, LOOKUP_CYPHER.symbolsForSourceHashes, { hashes: keys }));
        return onePerKey(hashes, rows, (r) => r.hash).map((r) => r?.symbol ?? null);
      },
      { cache: false, maxBatchSize: 1000 },
    );
  }

  symbolForSourceHash(hash: string): Promise<string | null> {
    return this.#bySourceHash.load(hash);
  }

  async resolutionsBySymbols(symbols: readonly string[]): Promise<(ResolutionRecord | null)[]> {
    const rows = await this.#nodeRows(symbols);
    return onePerKey(symbols, rows.filter(isLoaded).map(toResolutionRecord), (r) => r.symbol);
  }

  async resolutionNodes(symbols: readonly string[]): Promise<(ResolutionNode | null)[]> {
    const rows = await this.#nodeRows(symbols);
    return onePerKey(symbols, rows.map(toResolutionNode), (n) => n.symbol);
  }

  async paragraphsOfResolutions(symbols: readonly string[]): Promise<ParagraphRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<ParagraphRow>(tx, LOOKUP_CYPHER.paragraphsOfResolutions, { keys }));
    return manyPerKey(symbols, rows, (r) => r.resolution, (r) => paragraphOf(r.resolution, r.paragraph));
  }

  async paragraphsByIds(ids: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    const rows = await this.#db.batch(ids, (tx, keys) => paragraphRowsByIds(tx, keys));
    return onePerKey(ids, rows, (p) => p.id);
  }

  async referencesFromParagraphs(paragraphIds: readonly string[]): Promise<ReferenceRecord[][]> {
    const rows = await this.#db.batch(paragraphIds, (tx, keys) => run<ReferenceRow>(tx, LOOKUP_CYPHER.referencesFromParagraphs, { keys }));
    return manyPerKey(paragraphIds, rows, (r) => r.paragraphId, referenceOf);
  }

  async referencesToTargets(targets: readonly string[]): Promise<ReferenceRecord[][]> {
    const rows = await this.#db.batch(targets, (tx, keys) => run<ReferenceRow>(tx, LOOKUP_CYPHER.referencesToTargets, { keys }));
    return manyPerKey(targets, rows, (r) => r.target, referenceOf);
  }

  async mentionsInParagraphs(paragraphIds: readonly string[]): Promise<MentionRecord[][]> {
    const rows = await this.#db.batch(paragraphIds, (tx, keys) => run<MentionRow>(tx, LOOKUP_CYPHER.mentionsInParagraphs, { keys }));
    return manyPerKey(paragraphIds, rows, (r) => r.paragraphId, mentionOf);
  }

  /** One statement per label asked for, in one read transaction. */
  async entitiesByKeys(refs: readonly EntityRef[]): Promise<(EntityRecord | null)[]> {
    const labels = ENTITY_LABELS.filter((l) => refs.some((r) => r.label === l));
    if (labels.length === 0) return refs.map(() => null);
    const found = await this.#db.read(async (tx) => {
      const records: EntityRecord[] = [];
      for (const label of labels) {
        const keys = uniqueKeys(refs.filter((r) => r.label === label).map((r) => r.key));
        const rows = await run<{ key: string; name: string; country: string | null }>(tx, ENTITIES_BY_KEYS[label], { keys });
        records.push(...rows.map((r) => toEntityRecord({ label, ...r })));
      }
      return records;
    });
    return onePerKey(
      refs.map((r) => pairKey(r.label, r.key)),
      found,
      (e) => pairKey(e.label, e.key),
    );
  }

  /** One statement per label asked for, in one read transaction. */
  async citingParagraphs(targets: readonly CitationTarget[]): Promise<CitingParagraph[][]> {
    const labels = CITATION_LABELS.filter((l) => targets.some((t) => t.label === l));
    if (labels.length === 0) return targets.map(() => []);
    type Row = { label: string; target: string; resolution: string; paragraphId: string };
    const rows = await this.#db.read(async (tx) => {
      const all: Row[] = [];
      for (const label of labels) {
        const keys = uniqueKeys(targets.filter((t) => t.label === label).map((t) => t.key));
        const found = await run<Omit<Row, "label">>(tx, CITING_PARAGRAPHS[label], { keys });
        all.push(...found.map((r) => ({ label, ...r })));
      }
      return all;
    });
    return manyPerKey(
      targets.map((t) => pairKey(t.label, t.key)),
      rows,
      (r) => pairKey(r.label, r.target),
      (r) => ({ resolution: r.resolution, paragraphId: r.paragraphId }),
    );
  }

  #nodeRows(symbols: readonly string[]): Promise<ResolutionProps[]> {
    return this.#db
      .batch(symbols, (tx, keys) => run<{ resolution: ResolutionProps }>(tx, LOOKUP_CYPHER.resolutionNodes, { keys }))
      .then((rows) => rows.map((r) => r.resolution));
  }
}

/** Paragraphs by id inside a transaction already open (the citation path reads its hops' paragraphs in its own). */
export async function paragraphRowsByIds(tx: Parameters<typeof run>[0], ids: readonly string[]): Promise<ParagraphRecord[]> {
  const keys = uniqueKeys(ids);
  if (keys.length === 0) return [];
  const rows = await run<ParagraphRow>(tx, LOOKUP_CYPHER.paragraphsByIds, { keys });
  return rows.map((r) => paragraphOf(r.resolution, r.paragraph));
}
