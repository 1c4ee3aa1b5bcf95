// The Neo4j schema, derived from the graph model (model.ts): a uniqueness constraint on every label's
// key (which also gives MERGE and key lookups their index), a range index on every `indexed`
// property, and the full-text index that `search` queries. Every statement is IF NOT EXISTS, so
// applying the schema at each start is idempotent and safe to race between processes.
//
// Names and labels are written into the text because Cypher takes no parameters in schema
// commands; they come from the model's code constants only, never from input.

import { int, type Driver } from "neo4j-driver";
import { NODES, NODE_LABELS, type NodeLabel } from "../model.js";

/** The full-text index over Paragraph.text; the name is a code constant shared with the search statement. */
export const FULLTEXT_INDEX = "paragraph_text";
export const FULLTEXT_LABEL = "Paragraph" satisfies NodeLabel;
/**
 * The text, and its copy without diacritics (`searchText`, set only where folding changes it: see
 * features/search/words.ts). Lucene's analyzers fold diacritics only together with dropping English
 * stop words, and SQLite's index folds them: this keeps the two stores matching the same paragraphs.
 */
export const FULLTEXT_PROPERTIES = ["text" satisfies keyof (typeof NODES)[typeof FULLTEXT_LABEL]["properties"], "searchText"] as const;

/** How long start-up waits for new indexes to come online before serving, in seconds. */
export const INDEX_WAIT_SECONDS = 300;

export interface SchemaStatement {
  readonly name: string;
  readonly cypher: string;
}

const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

export const constraintName = (label: NodeLabel): string => `${snake(label)}_${snake(NODES[label].key)}_unique`;
export const indexName = (label: NodeLabel, property: string): string => `${snake(label)}_${snake(property)}`;

function indexedOf(label: NodeLabel): readonly string[] {
  const spec = NODES[label];
  return "indexed" in spec ? spec.indexed : [];
}

export const SCHEMA_STATEMENTS: readonly SchemaStatement[] = [
  ...NODE_LABELS.map((label) => ({
    name: constraintName(label),
    cypher: `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${NODES[label].key} IS UNIQUE`,
  })),
  ...NODE_LABELS.flatMap((label) =>
    indexedOf(label).map((property) => ({
      name: indexName(label, property),
      cypher: `CREATE INDEX ${indexName(label, property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    })),
  ),
  {
    name: FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABEL}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(", ")}]`,
  },
];

/**
 * The full-text index as an older resgraph created it (over `text` alone) is dropped before the
 * schema is applied, so that IF NOT EXISTS recreates it over both properties; paragraphs written
 * before then get their folded copy when their resolution is next ingested.
 */
export const STALE_FULLTEXT_INDEX = {
  find: `SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = $name RETURN properties`,
  drop: `DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`,
} as const;

/** Run after the schema statements: a query against an index still populating would fail. */
export const AWAIT_INDEXES = { cypher: `CALL db.awaitIndexes($seconds)`, params: ["seconds"] } as const;

/**
 * Creates what is missing, then waits for every index to be online: a full-text query against an
 * index still populating fails. Schema commands cannot share a transaction with data writes, so
 * each runs in its own (retried) write transaction, routed to the leader in a cluster.
 */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    const found = await session.executeRead((tx) => tx.run(STALE_FULLTEXT_INDEX.find, { name: FULLTEXT_INDEX }));
    const properties = found.records[0]?.get("properties") as string[] | undefined;
    if (properties && properties.join() !== FULLTEXT_PROPERTIES.join()) await session.executeWrite((tx) => tx.run(STALE_FULLTEXT_INDEX.drop));
    for (const statement of SCHEMA_STATEMENTS) await session.executeWrite((tx) => tx.run(statement.cypher));
    await session.executeWrite((tx) => tx.run(AWAIT_INDEXES.cypher, { seconds: int(INDEX_WAIT_SECONDS) }));
  } finally {
    await session.close();
  }
}
