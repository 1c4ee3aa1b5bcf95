// Entities on SQLite: look-up by name (what a search box needs) and co-mentions (who else the
// paragraphs naming an entity name).

import type Database from "better-sqlite3";
import type { EntityLabel } from "../../model.js";
import type { CoMention, EntityRecord, EntityRef } from "../../port.js";
import { toEntityRecord, type EntityFields } from "../../records.js";
import { prepare, sql, type Prepared } from "../../sqlite/sql.js";

export const ENTITY_SQL = {
  /**
   * Entities of one label whose name or key equals or starts with @name (already case-folded by the
   * caller), case-insensitively; exact matches first, then by name and key. `instr(x, y) = 1` is
   * "x starts with y" without LIKE's wildcards. The label's primary-key range bounds the scan.
   */
  findEntities: sql(
    `SELECT label, key, name, country,
  fold_case(name) = @name OR fold_case(key) = @name AS exact
FROM entities
WHERE label = @label AND (instr(fold_case(name), @name) = 1 OR instr(fold_case(key), @name) = 1)
ORDER BY exact DESC, name, key
LIMIT @limit`,
    [{ label: "Country", name: "x", limit: 5 }],
  ),
  /** Paragraph and resolution counts are of the paragraphs naming both (and their resolutions). */
  coMentions: sql(
    `SELECT e.label, e.key, e.name, e.country,
  count(DISTINCT o.paragraph_id) AS paragraphs, count(DISTINCT p.resolution) AS resolutions
FROM mentions AS m
JOIN mentions AS o ON o.paragraph_id = m.paragraph_id
  AND NOT (o.label = m.label AND o.entity_key = m.entity_key)
JOIN paragraphs AS p ON p.id = o.paragraph_id
JOIN entities AS e ON e.label = o.label AND e.key = o.entity_key
WHERE m.label = @label AND m.entity_key = @key
GROUP BY e.label, e.key
ORDER BY paragraphs DESC, e.label, e.key
LIMIT @limit`,
    [{ label: "Country", key: "k", limit: 5 }],
  ),
} as const;

export class SqliteEntities {
  readonly #find: Prepared<{ label: string; name: string; limit: number }, EntityFields>;
  readonly #coMentions: Prepared<{ label: string; key: string; limit: number }, EntityFields & { paragraphs: number; resolutions: number }>;

  constructor(db: Database.Database) {
    this.#find = prepare(db, ENTITY_SQL.findEntities);
    this.#coMentions = prepare(db, ENTITY_SQL.coMentions);
  }

  findEntities(label: EntityLabel, name: string, limit: number): EntityRecord[] {
    if (limit === 0) return [];
    return this.#find.all({ label, name: name.toLowerCase(), limit }).map(toEntityRecord);
  }

  coMentions(entity: EntityRef, limit: number): CoMention[] {
    if (limit === 0) return [];
    return this.#coMentions.all({ label: entity.label, key: entity.key, limit }).map((row) => ({
      entity: toEntityRecord(row),
      paragraphs: row.paragraphs,
      resolutions: row.resolutions,
    }));
  }
}
