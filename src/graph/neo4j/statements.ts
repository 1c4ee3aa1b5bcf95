// Every Cypher statement the Neo4j store sends, gathered from the feature modules, named: what the
// lint test checks with Neo4j's own parser and semantic analysis (test/graph/neo4j-cypher.test.ts).
// A feature adds its statements here with one line; the filtered lists add one per checked shape.

import { ANALYSIS_CYPHER } from "../features/analyses/neo4j.js";
import { COUNT_CYPHER } from "../features/counts/neo4j.js";
import { DOCUMENT_CYPHER, ENTITY_WRITES } from "../features/documents/neo4j.js";
import { ENTITY_CYPHER } from "../features/entities/neo4j.js";
import { EXPORT_EDGES, EXPORT_EDGES_FILTERED, EXPORT_NODES, EXPORT_NODES_FILTERED } from "../features/export/neo4j.js";
import { LINEAGE_CYPHER, LINEAGE_NEIGHBOURHOOD, PATH_NEIGHBOURHOOD } from "../features/lineage/neo4j.js";
import { findParagraphsStatement, findResolutionsStatement, LIST_CYPHER } from "../features/lists/neo4j.js";
import { CHECKED_PARAGRAPH_SHAPES, CHECKED_RESOLUTION_SHAPES } from "../features/lists/shape.js";
import { CITING_PARAGRAPHS, ENTITIES_BY_KEYS, LOOKUP_CYPHER } from "../features/lookups/neo4j.js";
import { METADATA_CYPHER } from "../features/metadata/neo4j.js";
import { allMetricsCypher } from "../features/metrics/neo4j.js";
import { RELATION_CYPHER } from "../features/relations/neo4j.js";
import { SEARCH_CYPHER } from "../features/search/neo4j.js";
import { AWAIT_INDEXES, SCHEMA_STATEMENTS, STALE_FULLTEXT_INDEX } from "./schema.js";
import { st, type Statement } from "./statement.js";

/** Not sent by the store: the conformance test empties the database between tests with it. */
export const CLEAR_DATABASE = st(`MATCH (n) DETACH DELETE n`, []);

const named = (feature: string, statements: Record<string, Statement>): Array<[string, Statement]> =>
  Object.entries(statements).map(([name, s]) => [`${feature}.${name}`, s]);

const perLabel = <G extends Record<string, Statement>>(feature: string, groups: Record<string, G>): Array<[string, Statement]> =>
  Object.entries(groups).flatMap(([label, group]) => named(`${feature}:${label}`, group));

/** Every statement, named: the fixed ones, the generated ones, the schema. */
export function allStatements(): Array<[name: string, statement: Statement]> {
  return [
    ...named("documents", DOCUMENT_CYPHER),
    ...perLabel("documents", ENTITY_WRITES),
    ...named("analyses", ANALYSIS_CYPHER),
    ...named("lookups", LOOKUP_CYPHER),
    ...named("lookups.entitiesByKeys", ENTITIES_BY_KEYS),
    ...named("lookups.citingParagraphs", CITING_PARAGRAPHS),
    ...named("relations", RELATION_CYPHER),
    ...named("lineage", LINEAGE_CYPHER),
    ...(["ancestors", "descendants"] as const).flatMap((d) => LINEAGE_NEIGHBOURHOOD[d].map((s, hops): [string, Statement] => [`lineage.neighbourhood:${d}:${hops}`, s])),
    ...PATH_NEIGHBOURHOOD.map((s, hops): [string, Statement] => [`lineage.pathNeighbourhood:${hops}`, s]),
    ...named("search", SEARCH_CYPHER),
    ...perLabel("entities", ENTITY_CYPHER),
    ...named("lists", LIST_CYPHER),
    ...named("counts", COUNT_CYPHER),
    ...named("metadata", METADATA_CYPHER),
    ...named("metrics", allMetricsCypher()),
    ...named("export.nodes", EXPORT_NODES),
    ...named("export.relationships", EXPORT_EDGES),
    ...named("export.nodes (filtered)", EXPORT_NODES_FILTERED),
    ...named("export.relationships (filtered)", EXPORT_EDGES_FILTERED),
    ...CHECKED_RESOLUTION_SHAPES.map(([name, shape]): [string, Statement] => [`findResolutions:${name}`, findResolutionsStatement(shape)]),
    ...CHECKED_PARAGRAPH_SHAPES.map(([name, shape]): [string, Statement] => [`findParagraphs:${name}`, findParagraphsStatement(shape)]),
    ...SCHEMA_STATEMENTS.map((s): [string, Statement] => [`schema:${s.name}`, { cypher: s.cypher, params: [] }]),
    ["schema:staleFulltext.find", { cypher: STALE_FULLTEXT_INDEX.find, params: ["name"] }],
    ["schema:staleFulltext.drop", { cypher: STALE_FULLTEXT_INDEX.drop, params: [] }],
    ["awaitIndexes", AWAIT_INDEXES],
    ["clearDatabase", CLEAR_DATABASE],
  ];
}
