// Entities on Neo4j: look-up by name and co-mentions. One statement per label (Cypher takes no
// parameter for a label in MATCH), generated from the model at module load.

import { int } from "neo4j-driver";
import { ENTITY_LABELS, type EntityLabel } from "../../model.js";
import type { CoMention, EntityRecord, EntityRef } from "../../port.js";
import { toEntityRecord, type EntityFields } from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { byLabel, entityKeyExpr, entityLabelExpr, keyOf, propertiesOf, run, st } from "../../neo4j/statement.js";

function entityStatements(label: EntityLabel) {
  const key = keyOf(label);
  const country = propertiesOf(label).includes("country") ? "e.country" : "null";
  return {
    /**
     * Name or key equal to or starting with `$name` (already lower-cased by the caller), compared
     * lower-cased; exact matches first, then by name and key.
     */
    findEntities: st(
      `MATCH (e:${label})
WITH e, toLower(e.name) AS foldedName, toLower(e.${key}) AS foldedKey
WHERE foldedName STARTS WITH $name OR foldedKey STARTS WITH $name
RETURN e.${key} AS key, e.name AS name, ${country} AS country,
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

export const ENTITY_CYPHER = byLabel(ENTITY_LABELS, entityStatements);

export class Neo4jEntities {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async findEntities(label: EntityLabel, name: string, limit: number): Promise<EntityRecord[]> {
    if (limit === 0) return [];
    type Row = Omit<EntityFields, "label">;
    const rows = await this.#db.read((tx) => run<Row>(tx, ENTITY_CYPHER[label].findEntities, { name: name.toLowerCase(), limit: int(limit) }));
    return rows.map((r) => toEntityRecord({ label, ...r }));
  }

  async coMentions(entity: EntityRef, limit: number): Promise<CoMention[]> {
    type Row = EntityFields & { paragraphs: number; resolutions: number };
    const rows = await this.#db.read((tx) => run<Row>(tx, ENTITY_CYPHER[entity.label].coMentions, { key: entity.key, limit: int(limit) }));
    return rows.map((r) => ({ entity: toEntityRecord(r), paragraphs: r.paragraphs, resolutions: r.resolutions }));
  }
}
