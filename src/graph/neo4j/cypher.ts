// Every Cypher statement Neo4jStore sends, in one module so that one test can lint them all with
// Neo4j's own parser and semantic analysis (test/graph/neo4j-cypher.test.ts).
//
// Values always travel as parameters, never in the text. What IS written into the text comes only
// from code constants: labels and key properties (Cypher takes no parameter for a label in MERGE or
// MATCH, so the per-label statements are generated here at module load from model.ts), the
// full-text index name, and the hard upper bound of the one variable-length pattern (Cypher takes
// no parameter there either; the caller's depth is filtered against it with `$maxDepth`).

import { CITATION_LABELS, ENTITY_LABELS, NODES, RELATIONSHIPS, type CitationLabel, type EntityLabel, type NodeLabel, type RelationshipType } from "../model.js";
import { AWAIT_INDEXES, FULLTEXT_INDEX, SCHEMA_STATEMENTS } from "./schema.js";

export interface Statement {
  readonly cypher: string;
  /** Every `$name` the text uses, and nothing else: checked at module load. */
  readonly params: readonly string[];
}

/**
 * Hard upper bound of the `shortestPath` pattern. A `maxDepth` above it is still honoured exactly:
 * the store then skips the shortestPath pre-check and relies on its level-by-level walk alone.
 */
export const MAX_DEPTH = 32;

const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `$names` a text uses, in order of first use. */
export const paramsIn = (cypher: string): string[] => [...new Set([...cypher.matchAll(PARAM)].map((m) => m[1] ?? ""))];

function st(cypher: string, params: readonly string[]): Statement {
  const used = paramsIn(cypher);
  const missing = used.filter((p) => !params.includes(p));
  const unused = params.filter((p) => !used.includes(p));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(`cypher.ts: parameters ${JSON.stringify({ missing, unused })} in: ${cypher}`);
  }
  return { cypher: cypher.trim(), params };
}

const keyOf = (label: NodeLabel): string => NODES[label].key;
const propertiesOf = (label: NodeLabel): string[] => Object.keys(NODES[label].properties);

/** `v {.a, .b}` over every model property of the label: absent ones come back as null. */
const projection = (v: string, label: NodeLabel): string => `${v} {${propertiesOf(label).map((p) => `.${p}`).join(", ")}}`;

/** The label of an entity node `v`, as a string. */
const entityLabelExpr = (v: string): string =>
  `CASE ${ENTITY_LABELS.map((l) => `WHEN ${v}:${l} THEN '${l}'`).join(" ")} END`;

/** The key of an entity node `v`, whatever its label's key property is called. */
const entityKeyExpr = (v: string): string =>
  `CASE ${ENTITY_LABELS.map((l) => `WHEN ${v}:${l} THEN ${v}.${keyOf(l)}`).join(" ")} END`;

/** Resolution properties written from a document (ResolutionFact); `symbol` is the MERGE key, `stub` is set apart. */
export const RESOLUTION_WRITTEN = propertiesOf("Resolution").filter((p) => p !== "symbol" && p !== "stub");
const ANALYSIS_WRITTEN = propertiesOf("Analysis").filter((p) => p !== "key" && p !== "score");

// --- generated per label -------------------------------------------------------------------------

/** The relationship by which a paragraph leads to a node of each label (REFERS_TO, CITES, MENTIONS). */

export function citingRelationship(label: CitationLabel): RelationshipType {
  const found = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter((type) => {
    const spec: { readonly from: readonly string[]; readonly to: readonly string[] } = RELATIONSHIPS[type];
    return spec.from.includes("Paragraph") && spec.to.includes(label);
  });
  if (found.length !== 1) throw new Error(`cypher.ts: no single relationship from Paragraph to ${label}: ${found.join(", ")}`);
  return found[0] as RelationshipType;
}

function entityStatements(label: EntityLabel) {
  const key = keyOf(label);
  const others = propertiesOf(label).filter((p) => p !== key);
  const hasCountry = others.includes("country");
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
    entitiesByKeys: st(
      `UNWIND $keys AS k
MATCH (e:${label} {${key}: k})
RETURN k AS key, e.name AS name, ${hasCountry ? "e.country" : "null"} AS country`,
      ["keys"],
    ),
    /**
     * Name or key equal to or starting with `$name` (already lower-cased by the caller), compared
     * lower-cased; exact matches first, then by name and key.
     */
    findEntities: st(
      `MATCH (e:${label})
WITH e, toLower(e.name) AS foldedName, toLower(e.${key}) AS foldedKey
WHERE foldedName STARTS WITH $name OR foldedKey STARTS WITH $name
RETURN e.${key} AS key, e.name AS name, ${hasCountry ? "e.country" : "null"} AS country,
  (foldedName = $name OR foldedKey = $name) AS exact
ORDER BY exact DESC, name, key
LIMIT $limit`,
      ["name", "limit"],
    ),
    coMentions: st(
      `MATCH (e:${label} {${key}: $key})<-[:MENTIONS]-(p:Paragraph)-[:MENTIONS]->(o)
WHERE o <> e
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)
WITH o, count(DISTINCT p) AS paragraphs, count(DISTINCT r) AS resolutions
WITH o, paragraphs, resolutions, ${entityLabelExpr("o")} AS label, ${entityKeyExpr("o")} AS key
RETURN label, key, o.name AS name, o.country AS country, paragraphs, resolutions
ORDER BY paragraphs DESC, label, key
LIMIT $limit`,
      ["key", "limit"],
    ),
  };
}

const byLabel = <L extends string, T>(labels: readonly L[], make: (label: L) => T): Record<L, T> =>
  Object.fromEntries(labels.map((l) => [l, make(l)])) as Record<L, T>;

export const ENTITY_STATEMENTS = byLabel(ENTITY_LABELS, entityStatements);

/** Distinct paragraphs leading to each target, in the contract's order: (adoptedOn, symbol) of the citing resolution, then ordinal. */
export const CITING_PARAGRAPHS = byLabel(CITATION_LABELS, (label) =>
  st(
    `UNWIND $keys AS k
MATCH (:${label} {${keyOf(label)}: k})<-[:${citingRelationship(label)}]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
WITH DISTINCT k, r, p
RETURN k AS target, r.symbol AS resolution, p.key AS paragraphId
ORDER BY target, coalesce(r.adoptedOn, ''), resolution, p.ordinal`,
    ["keys"],
  ),
);

/** The order votesOf lists votes in (code constants, written into the text). */
export const VOTE_ORDER = ["yes", "no", "abstain"] as const;

// --- the fixed statements ------------------------------------------------------------------------

export const STATEMENTS = {
  // Writing a document. All of these run in ONE write transaction per document.
  resolutionState: st(
    `OPTIONAL MATCH (r:Resolution {symbol: $symbol})
RETURN r IS NOT NULL AS exists, r.stub AS stub, r.sourceHash AS sourceHash`,
    ["symbol"],
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
  + [(r)<-[:SPONSORED]-(c:Country) | elementId(c)] AS ids`,
    ["symbol"],
  ),
  /** Paragraphs go with every edge they have (REFERS_TO, CITES, MENTIONS, incoming QUOTES); incoming RECALLS stay. */
  clearResolution: st(
    `MATCH (r:Resolution {symbol: $symbol})
CALL (r) { MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph) DETACH DELETE p }
CALL (r) { MATCH (r)-[e:RECALLS|CONCERNS]->() DELETE e }
CALL (r) { MATCH (r)<-[v:VOTED]-() DELETE v }`,
    ["symbol"],
  ),
  /** A stub being loaded keeps its node, and so every edge that already points at it. */
  upsertResolution: st(
    `MERGE (r:Resolution {symbol: $symbol})
SET ${RESOLUTION_WRITTEN.map((p) => `r.${p} = $resolution.${p}`).join(", ")}, r.stub = false`,
    ["symbol", "resolution"],
  ),
  createParagraphs: st(
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $paragraphs AS p
CREATE (r)-[:HAS_PARAGRAPH]->(:Paragraph {key: p.key, label: p.label, kind: p.kind, ordinal: p.ordinal, verb: p.verb, text: p.text, footnotes: p.footnotes})`,
    ["symbol", "paragraphs"],
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
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $recalls AS x
MATCH (t:Resolution {symbol: x.target})
CREATE (r)-[:RECALLS {verbs: x.verbs, paragraphs: x.paragraphs}]->(t)`,
    ["symbol", "recalls"],
  ),
  createConcerns: st(
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $countries AS code
MATCH (c:Country {code: code})
MERGE (r)-[:CONCERNS]->(c)`,
    ["symbol", "countries"],
  ),
  createVotes: st(
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $votes AS v
MATCH (c:Country {code: v.country})
CREATE (c)-[:VOTED {vote: v.vote}]->(r)`,
    ["symbol", "votes"],
  ),
  createLawOf: st(
    `UNWIND $laws AS l
MATCH (law:Law {key: l.key})
MATCH (c:Country {code: l.country})
MERGE (law)-[:LAW_OF]->(c)`,
    ["laws"],
  ),
  /** Laws first: a state stays while a law that is still named belongs to it. */
  /**
   * First of the orphan sweep: a resolution that is only a stub nobody cites goes, and with it the
   * edges into it (SPONSORED), so that the states they came from are judged without them. A clause
   * never sees a later clause's writes, so this cannot share a statement with the entities.
   */
  removeOrphanStub: st(
    `UNWIND $ids AS id
MATCH (n:Resolution)
WHERE elementId(n) = id AND n.stub = true AND NOT EXISTS { (n)<-[:REFERS_TO|RECALLS]-() }
DETACH DELETE n
RETURN id`,
    ["ids"],
  ),
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
  AND ((n:Resolution AND n.stub = true AND NOT EXISTS { (n)<-[:REFERS_TO|RECALLS]-() })
    OR (n:Document AND NOT EXISTS { (n)<-[:CITES]-() })
    OR (n:${ENTITY_LABELS.join("|")} AND NOT EXISTS { (n)<--() } AND NOT EXISTS { (n)-[:VOTED|SPONSORED]->() }))
DETACH DELETE n`,
    ["ids"],
  ),
  /** deleteDocument on a resolution still cited: back to a stub, with only its key. */
  makeStub: st(`MATCH (r:Resolution {symbol: $symbol}) SET r = {symbol: $symbol, stub: true}`, ["symbol"]),

  // Analysis pages.
  analysisState: st(`OPTIONAL MATCH (a:Analysis {key: $key}) RETURN a.sourceHash AS sourceHash`, ["key"]),
  upsertAnalysis: st(
    `MERGE (a:Analysis {key: $key})
SET ${ANALYSIS_WRITTEN.map((p) => `a.${p} = $analysis.${p}`).join(", ")}, a.score = null
WITH a
CALL (a) { MATCH (a)-[l:ANALYZES]->() DELETE l }
CALL (a) { MATCH (a)-[:HAS_QUOTE]->(q:Quote) DETACH DELETE q }
CALL (a) {
  UNWIND $quotes AS x
  CREATE (a)-[:HAS_QUOTE]->(:Quote {key: x.key, seq: x.seq, section: x.section, text: x.text})
}`,
    ["key", "analysis", "quotes"],
  ),
  /** Relinks from scratch; a link to a resolution or paragraph that is not in the graph is dropped. */
  linkAnalyses: st(
    `UNWIND $links AS l
MATCH (a:Analysis {key: l.key})
CALL (a) { MATCH (a)-[x:ANALYZES]->() DELETE x }
CALL (a) { MATCH (a)-[:HAS_QUOTE]->(:Quote)-[x:QUOTES]->() DELETE x }
SET a.score = null
WITH a, l
CALL (a, l) {
  MATCH (r:Resolution {symbol: l.resolution})
  CREATE (a)-[:ANALYZES {score: l.score}]->(r)
  SET a.score = l.score
}
CALL (a, l) {
  UNWIND l.matches AS m
  MATCH (a)-[:HAS_QUOTE]->(q:Quote {seq: m.quote})
  MATCH (p:Paragraph {key: m.paragraphId})
  CREATE (q)-[:QUOTES {score: m.score}]->(p)
}`,
    ["links"],
  ),
  /**
   * Each page's SPONSORED edges are replaced (unlinkSponsors, then linkSponsors, in one transaction);
   * they carry the page's key, so another page's edges to the same resolution stay. One per sponsor
   * to the linked resolution, the Country created if missing.
   */
  unlinkSponsors: st(
    `UNWIND $keys AS k
MATCH (c:Country)-[x:SPONSORED {analysis: k}]->(:Resolution)
DELETE x
RETURN DISTINCT elementId(c) AS id`,
    ["keys"],
  ),
  linkSponsors: st(
    `UNWIND $links AS l
MATCH (:Analysis {key: l.key})
MATCH (r:Resolution {symbol: l.resolution})
UNWIND l.sponsors AS s
MERGE (c:Country {code: s.code})
ON CREATE SET c.name = s.name
MERGE (c)-[:SPONSORED {analysis: l.key}]->(r)`,
    ["links"],
  ),
  listAnalyses: st(
    `MATCH (a:Analysis)
OPTIONAL MATCH (a)-[l:ANALYZES]->(r:Resolution)
CALL (a) {
  MATCH (a)-[:HAS_QUOTE]->(q:Quote)
  OPTIONAL MATCH (q)-[m:QUOTES]->(p:Paragraph)
  WITH q, m, p ORDER BY q.seq
  RETURN collect({section: q.section, text: q.text, paragraphId: p.key, score: m.score}) AS quotes
}
RETURN ${projection("a", "Analysis")} AS analysis, r.symbol AS resolution, l.score AS score, quotes
ORDER BY analysis.key`,
    [],
  ),
  analysesOfResolutions: st(
    `UNWIND $keys AS k
MATCH (a:Analysis)-[l:ANALYZES]->(r:Resolution {symbol: k})
CALL (a) {
  MATCH (a)-[:HAS_QUOTE]->(q:Quote)
  OPTIONAL MATCH (q)-[m:QUOTES]->(p:Paragraph)
  WITH q, m, p ORDER BY q.seq
  RETURN collect({section: q.section, text: q.text, paragraphId: p.key, score: m.score}) AS quotes
}
RETURN ${projection("a", "Analysis")} AS analysis, r.symbol AS resolution, l.score AS score, quotes
ORDER BY resolution, analysis.key`,
    ["keys"],
  ),
  paragraphTexts: st(`MATCH (p:Paragraph) RETURN p.key AS id, p.text AS text ORDER BY id`, []),

  // Reads. Batched reads take deduplicated keys as ONE list parameter: one query whatever the count.
  symbolForSourceHash: st(
    `CALL () {
  MATCH (r:Resolution {sourceHash: $hash}) RETURN r.symbol AS symbol
  UNION
  MATCH (a:Analysis {sourceHash: $hash}) RETURN a.key AS symbol
}
RETURN symbol ORDER BY symbol LIMIT 1`,
    ["hash"],
  ),
  resolutionsBySymbols: st(
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
  /** Loaded resolutions only: stubs have no record. One extra row tells whether a next page exists. */
  listResolutions: st(
    `MATCH (r:Resolution)
WHERE r.stub = false
WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
WHERE $afterSymbol IS NULL OR adoptedOn > $afterAdoptedOn OR (adoptedOn = $afterAdoptedOn AND r.symbol > $afterSymbol)
RETURN ${projection("r", "Resolution")} AS resolution
ORDER BY adoptedOn, r.symbol
LIMIT $limit`,
    ["afterSymbol", "afterAdoptedOn", "limit"],
  ),
  countResolutions: st(`RETURN COUNT { MATCH (r:Resolution) WHERE r.stub = false } AS n`, []),
  counts: st(
    `RETURN COUNT { MATCH (r:Resolution) WHERE r.stub = false } AS resolutions,
  COUNT { MATCH (:Paragraph) } AS paragraphs,
  COUNT { MATCH ()-[:REFERS_TO|CITES]->() } AS references,
  COUNT { MATCH ()-[:MENTIONS]->() } AS mentions,
  COUNT { MATCH (:Analysis) } AS analyses`,
    [],
  ),
  graphCounts: st(
    `RETURN {${Object.keys(NODES)
      .map((l) => `${l}: COUNT { MATCH (:${l}) }`)
      .join(", ")}} AS nodes,
  {${Object.keys(RELATIONSHIPS)
    .map((t) => `${t}: COUNT { MATCH ()-[:${t}]->() }`)
    .join(", ")}} AS relationships`,
    [],
  ),
  resolutionNodes: st(
    `UNWIND $keys AS k
MATCH (r:Resolution {symbol: k})
RETURN ${projection("r", "Resolution")} AS resolution`,
    ["keys"],
  ),
  /** One breadth-first level of the lineage: the RECALLS edges out of (ancestors) or into (descendants) the frontier. */
  recallsFrom: st(
    `UNWIND $keys AS k
MATCH (a:Resolution {symbol: k})-[e:RECALLS]->(b:Resolution)
RETURN a.symbol AS recaller, b.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs`,
    ["keys"],
  ),
  recallsInto: st(
    `UNWIND $keys AS k
MATCH (a:Resolution {symbol: k})<-[e:RECALLS]-(b:Resolution)
RETURN b.symbol AS recaller, a.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs`,
    ["keys"],
  ),
  /** RECALLS out of each resolution, by the recalled one's (adoptedOn, symbol); a stub has no date and sorts with "". */
  recallsOut: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[e:RECALLS]->(o:Resolution)
RETURN k AS owner, k AS recaller, o.symbol AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs
ORDER BY owner, coalesce(o.adoptedOn, ''), o.symbol`,
    ["keys"],
  ),
  /** RECALLS into each resolution, by the recalling one's (adoptedOn, symbol). */
  recallsIn: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[e:RECALLS]-(o:Resolution)
RETURN k AS owner, o.symbol AS recaller, k AS recalled, e.verbs AS verbs, e.paragraphs AS paragraphs
ORDER BY owner, coalesce(o.adoptedOn, ''), o.symbol`,
    ["keys"],
  ),
  concernsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[:CONCERNS]->(c:Country)
RETURN k AS owner, c.code AS key, c.name AS name
ORDER BY owner, name, key`,
    ["keys"],
  ),
  /** Each state once per resolution, however many pages list it. */
  sponsorsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[:SPONSORED]-(c:Country)
WITH DISTINCT k, c
RETURN k AS owner, c.code AS key, c.name AS name
ORDER BY owner, name, key`,
    ["keys"],
  ),
  votesOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[v:VOTED]-(c:Country)
RETURN k AS owner, v.vote AS vote, c.code AS key, c.name AS name
ORDER BY owner, CASE vote ${VOTE_ORDER.map((v, i) => `WHEN '${v}' THEN ${i}`).join(" ")} ELSE ${VOTE_ORDER.length} END, name, key`,
    ["keys"],
  ),
  /**
   * Loaded resolutions concerning or naming each state, by (adoptedOn, symbol): the page and the
   * union's total per state (UNION keeps each resolution once per state). A state with none has no row.
   */
  resolutionsOfCountries: st(
    `CALL () {
  UNWIND $keys AS k
  MATCH (:Country {code: k})<-[:CONCERNS]-(r:Resolution)
  RETURN k, r
  UNION
  UNWIND $keys AS k
  MATCH (:Country {code: k})<-[:MENTIONS]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  RETURN k, r
}
WITH k, r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY k, adoptedOn, r.symbol
WHERE r.stub = false
WITH k, collect(r) AS hits
RETURN k AS owner, size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${projection("h", "Resolution")}] AS page`,
    ["keys", "offset", "first"],
  ),
  /**
   * The length of the shortest chain, if any within `$maxDepth`. The pattern's bound is the hard
   * maximum (a literal: Cypher takes no parameter there); a path longer than asked is filtered
   * after the search, which is exact because it is already the shortest.
   */
  shortestPathLength: st(
    `MATCH (a:Resolution {symbol: $source})
MATCH p = shortestPath((a)-[:RECALLS*..${MAX_DEPTH}]->(:Resolution {symbol: $target}))
WITH p WHERE length(p) <= $maxDepth
RETURN length(p) AS length`,
    ["source", "target", "maxDepth"],
  ),
  /**
   * Ranked, filtered hits; the page carries its nodes' text for the snippets. Scores are rounded
   * (as SqliteStore does) so that float noise cannot reorder equal ones: ties go by paragraph id.
   */
  search: st(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)
WHERE ($body IS NULL OR r.body = $body)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH node, r.symbol AS resolution, round(score, 6) AS score
ORDER BY score DESC, node.key
WITH collect({node: node, resolution: resolution, score: score}) AS hits
RETURN size(hits) AS total,
  [h IN hits[$offset..($offset + $first)] | {paragraphId: h.node.key, resolution: h.resolution, score: h.score, text: h.node.text}] AS page`,
    ["query", "body", "yearFrom", "yearTo", "offset", "first"],
  ),
} as const satisfies Record<string, Statement>;

export type StatementName = keyof typeof STATEMENTS;

// --- filtered lists: Cypher composed from fixed fragments ----------------------------------------
// Which fragments a statement has depends only on which filter fields are present (its "shape") and,
// for `mentions`, on the entity label (a closed set: Cypher takes no parameter for a label); values
// are always parameters. The first present of a few selective filters is the anchor the MATCH
// starts from (the full-text index, a key lookup); every other present field is a WHERE condition.

export type ResolutionOrderName = "ADOPTED_ASC" | "ADOPTED_DESC" | "SYMBOL_ASC";

export interface ResolutionListShape {
  body: boolean;
  yearFrom: boolean;
  yearTo: boolean;
  session: boolean;
  concerns: boolean;
  /** The label of the entity named, or null when the filter is absent. */
  mentions: EntityLabel | null;
  references: boolean;
  text: boolean;
  includeStubs: boolean;
  orderBy: ResolutionOrderName;
}

export interface ParagraphListShape {
  resolution: boolean;
  kind: boolean;
  verb: boolean;
  mentions: EntityLabel | null;
  text: boolean;
}

interface Fragment {
  cypher: string;
  params: readonly string[];
}

const frag = (cypher: string, params: readonly string[] = []): Fragment => ({ cypher, params });

const fulltextAnchor = (node: string) =>
  `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $text) YIELD node${node === "node" ? "" : ` AS ${node}`}`;

/** `(:Law {key: $mentionsKey})`: the mentioned entity, by its label's key property. */
const mentionedEntity = (label: EntityLabel): string => `(:${label} {${keyOf(label)}: $mentionsKey})`;

const RESOLUTION_ORDER_CLAUSES: Record<ResolutionOrderName, string> = {
  ADOPTED_ASC: `WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY adoptedOn, r.symbol`,
  ADOPTED_DESC: `WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY adoptedOn DESC, r.symbol`,
  SYMBOL_ASC: `WITH r
ORDER BY r.symbol`,
};

function composed(name: string, parts: readonly Fragment[]): Statement {
  const params = [...new Set(parts.flatMap((p) => p.params))];
  try {
    return st(parts.map((p) => p.cypher).join("\n"), params);
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

const whereClause = (conditions: readonly Fragment[]): Fragment[] =>
  conditions.length === 0
    ? []
    : [frag(`WHERE ${conditions.map((c) => c.cypher).join("\n  AND ")}`, conditions.flatMap((c) => c.params))];

/** The findResolutions statement of a shape: one query giving the total and the page (`$offset`, `$first`). */
function buildFindResolutions(shape: ResolutionListShape): Statement {
  const anchor: "text" | "mentions" | "concerns" | null = shape.text
    ? "text"
    : shape.mentions
      ? "mentions"
      : shape.concerns
        ? "concerns"
        : null;
  const parts: Fragment[] = [];
  if (anchor === "text") {
    parts.push(frag(`${fulltextAnchor("node")}\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)\nWITH DISTINCT r`, ["text"]));
  } else if (anchor === "mentions" && shape.mentions) {
    parts.push(
      frag(`MATCH ${mentionedEntity(shape.mentions)}<-[:MENTIONS]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)\nWITH DISTINCT r`, [
        "mentionsKey",
      ]),
    );
  } else if (anchor === "concerns") {
    parts.push(frag(`MATCH (:Country {code: $concerns})<-[:CONCERNS]-(r:Resolution)`, ["concerns"]));
  } else {
    parts.push(frag(`MATCH (r:Resolution)`));
  }
  const conditions: Fragment[] = [];
  if (!shape.includeStubs) conditions.push(frag(`r.stub = false`));
  if (shape.body) conditions.push(frag(`r.body = $body`, ["body"]));
  if (shape.yearFrom) conditions.push(frag(`r.year >= $yearFrom`, ["yearFrom"]));
  if (shape.yearTo) conditions.push(frag(`r.year <= $yearTo`, ["yearTo"]));
  if (shape.session) conditions.push(frag(`r.session = $session`, ["session"]));
  if (shape.concerns && anchor !== "concerns") {
    conditions.push(frag(`EXISTS { (r)-[:CONCERNS]->(:Country {code: $concerns}) }`, ["concerns"]));
  }
  if (shape.mentions && anchor !== "mentions") {
    conditions.push(frag(`EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->${mentionedEntity(shape.mentions)} }`, ["mentionsKey"]));
  }
  if (shape.references) {
    conditions.push(
      frag(
        `(EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:REFERS_TO]->(:Resolution {symbol: $references}) }
    OR EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Document {symbol: $references}) })`,
        ["references"],
      ),
    );
  }
  parts.push(...whereClause(conditions));
  parts.push(frag(RESOLUTION_ORDER_CLAUSES[shape.orderBy]));
  parts.push(
    frag(
      `WITH collect(r) AS hits
RETURN size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${projection("h", "Resolution")}] AS page`,
      ["offset", "first"],
    ),
  );
  return composed("findResolutions", parts);
}

/** The findParagraphs statement of a shape, ordered by the resolution's (adoptedOn, symbol), then ordinal. */
function buildFindParagraphs(shape: ParagraphListShape): Statement {
  const anchor: "text" | "resolution" | "mentions" | null = shape.text
    ? "text"
    : shape.resolution
      ? "resolution"
      : shape.mentions
        ? "mentions"
        : null;
  const parts: Fragment[] = [];
  if (anchor === "text") {
    parts.push(frag(`${fulltextAnchor("p")}\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)`, ["text"]));
  } else if (anchor === "resolution") {
    parts.push(frag(`MATCH (r:Resolution {symbol: $resolution})-[:HAS_PARAGRAPH]->(p:Paragraph)`, ["resolution"]));
  } else if (anchor === "mentions" && shape.mentions) {
    parts.push(
      frag(`MATCH ${mentionedEntity(shape.mentions)}<-[:MENTIONS]-(p:Paragraph)\nWITH DISTINCT p\nMATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)`, [
        "mentionsKey",
      ]),
    );
  } else {
    parts.push(frag(`MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph)`));
  }
  const conditions: Fragment[] = [];
  if (shape.resolution && anchor !== "resolution") conditions.push(frag(`r.symbol = $resolution`, ["resolution"]));
  if (shape.kind) conditions.push(frag(`p.kind = $kind`, ["kind"]));
  // Whole-word prefix: the lower-cased verb is $verb, or starts with $verbWord ($verb and a space).
  if (shape.verb) conditions.push(frag(`(toLower(p.verb) = $verb OR toLower(p.verb) STARTS WITH $verbWord)`, ["verb", "verbWord"]));
  if (shape.mentions && anchor !== "mentions") {
    conditions.push(frag(`EXISTS { (p)-[:MENTIONS]->${mentionedEntity(shape.mentions)} }`, ["mentionsKey"]));
  }
  parts.push(...whereClause(conditions));
  parts.push(
    frag(
      `WITH r, p
ORDER BY coalesce(r.adoptedOn, ''), r.symbol, p.ordinal
WITH collect({resolution: r.symbol, paragraph: ${projection("p", "Paragraph")}}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS page`,
      ["offset", "first"],
    ),
  );
  return composed("findParagraphs", parts);
}

function memo<Shape>(build: (shape: Shape) => Statement): (shape: Shape) => Statement {
  const cache = new Map<string, Statement>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let statement = cache.get(key);
    if (!statement) {
      statement = build(shape);
      cache.set(key, statement);
    }
    return statement;
  };
}

/** One Statement per shape, built once: at most one per combination of fields, labels and orders. */
export const findResolutionsStatement = memo(buildFindResolutions);
export const findParagraphsStatement = memo(buildFindParagraphs);

const NO_RESOLUTION_FILTER: ResolutionListShape = {
  body: false,
  yearFrom: false,
  yearTo: false,
  session: false,
  concerns: false,
  mentions: null,
  references: false,
  text: false,
  includeStubs: false,
  orderBy: "ADOPTED_ASC",
};
const NO_PARAGRAPH_FILTER: ParagraphListShape = { resolution: false, kind: false, verb: false, mentions: null, text: false };

/**
 * The shapes the lint test checks: no filter and every order (with and without stubs), each field
 * alone, each anchor with every other field as a condition, and each label's mention fragment.
 * Conditions are independent ANDed fragments, so these exercise every fragment in every position.
 */
export const LINTED_RESOLUTION_SHAPES: ReadonlyArray<[name: string, shape: ResolutionListShape]> = [
  ...(["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"] as const).flatMap((orderBy): Array<[string, ResolutionListShape]> => [
    [`${orderBy}`, { ...NO_RESOLUTION_FILTER, orderBy }],
    [`${orderBy}+stubs`, { ...NO_RESOLUTION_FILTER, orderBy, includeStubs: true }],
  ]),
  ...(["body", "yearFrom", "yearTo", "session", "concerns", "references", "text"] as const).map((field): [string, ResolutionListShape] => [
    field,
    { ...NO_RESOLUTION_FILTER, [field]: true },
  ]),
  ...ENTITY_LABELS.map((label): [string, ResolutionListShape] => [`mentions:${label}`, { ...NO_RESOLUTION_FILTER, mentions: label }]),
  [
    "all, text anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: "Law", references: true, text: true, includeStubs: false, orderBy: "ADOPTED_DESC" },
  ],
  [
    "all but text, mentions anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: "Country", references: true, text: false, includeStubs: true, orderBy: "SYMBOL_ASC" },
  ],
  [
    "all but text and mentions, concerns anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: null, references: true, text: false, includeStubs: false, orderBy: "ADOPTED_ASC" },
  ],
];

export const LINTED_PARAGRAPH_SHAPES: ReadonlyArray<[name: string, shape: ParagraphListShape]> = [
  ["none", NO_PARAGRAPH_FILTER],
  ...(["resolution", "kind", "verb", "text"] as const).map((field): [string, ParagraphListShape] => [field, { ...NO_PARAGRAPH_FILTER, [field]: true }]),
  ...ENTITY_LABELS.map((label): [string, ParagraphListShape] => [`mentions:${label}`, { ...NO_PARAGRAPH_FILTER, mentions: label }]),
  ["all, text anchor", { resolution: true, kind: true, verb: true, mentions: "Person", text: true }],
  ["all but text, resolution anchor", { resolution: true, kind: true, verb: true, mentions: "Instrument", text: false }],
  ["all but text and resolution, mentions anchor", { resolution: false, kind: true, verb: true, mentions: "Organization", text: false }],
];

/** Not sent by the store: the conformance test empties the database between tests with it. */
export const CLEAR_DATABASE = st(`MATCH (n) DETACH DELETE n`, []);

/** Every statement, named, for the lint test: the fixed ones, the generated ones, the schema. */
export function allStatements(): Array<[name: string, statement: Statement]> {
  return [
    ...Object.entries(STATEMENTS),
    ...Object.entries(ENTITY_STATEMENTS).flatMap(([label, group]) =>
      Object.entries(group).map(([name, s]): [string, Statement] => [`${name}:${label}`, s]),
    ),
    ...Object.entries(CITING_PARAGRAPHS).map(([label, s]): [string, Statement] => [`citingParagraphs:${label}`, s]),
    ...LINTED_RESOLUTION_SHAPES.map(([name, shape]): [string, Statement] => [`findResolutions:${name}`, findResolutionsStatement(shape)]),
    ...LINTED_PARAGRAPH_SHAPES.map(([name, shape]): [string, Statement] => [`findParagraphs:${name}`, findParagraphsStatement(shape)]),
    ...SCHEMA_STATEMENTS.map((s): [string, Statement] => [`schema:${s.name}`, { cypher: s.cypher, params: [] }]),
    ["awaitIndexes", AWAIT_INDEXES],
    ["clearDatabase", CLEAR_DATABASE],
  ];
}
