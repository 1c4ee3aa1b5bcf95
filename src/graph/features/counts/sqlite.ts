// Counts on SQLite: what the store holds (the CLI's summary) and the graph's nodes and relationships
// per label and type (graphCounts: see sqlite/model-map.ts for where each lives).

import type Database from "better-sqlite3";
import { ENTITY_LABELS, type NodeLabel, type RelationshipType } from "../../model.js";
import { toGraphCounts } from "../../records.js";
import type { GraphCounts, StoreCounts } from "../../port.js";
import { prepare, REF_KIND, sql, type Prepared } from "../../sqlite/sql.js";

/** The labels and kinds the statements compare with, bound as parameters rather than spliced. */
const LABEL_PARAMS = Object.fromEntries(ENTITY_LABELS.map((l) => [l, l])) as Record<string, string>;
const KIND_PARAMS = { resolutionKind: REF_KIND.REFERS_TO, documentKind: REF_KIND.CITES };

export const COUNT_SQL = {
  counts: sql(
    `SELECT
  (SELECT count(*) FROM resolutions WHERE stub = 0) AS resolutions,
  (SELECT count(*) FROM paragraphs) AS paragraphs,
  (SELECT count(*) FROM refs) AS refs,
  (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(*) FROM analyses) AS analyses`,
    [],
  ),
  graphCounts: sql(
    `SELECT
  (SELECT count(*) FROM resolutions) AS Resolution,
  (SELECT count(*) FROM paragraphs) AS Paragraph,
  (SELECT count(*) FROM documents) AS Document,
  (SELECT count(*) FROM entities WHERE label = @Country) AS Country,
  (SELECT count(*) FROM entities WHERE label = @Person) AS Person,
  (SELECT count(*) FROM entities WHERE label = @Law) AS Law,
  (SELECT count(*) FROM entities WHERE label = @Instrument) AS Instrument,
  (SELECT count(*) FROM entities WHERE label = @Organization) AS Organization,
  (SELECT count(*) FROM analyses) AS Analysis,
  (SELECT count(*) FROM subjects) AS Subject,
  (SELECT count(*) FROM quotes) AS Quote,
  (SELECT count(*) FROM paragraphs) AS HAS_PARAGRAPH,
  (SELECT count(*) FROM refs WHERE kind = @resolutionKind) AS REFERS_TO,
  (SELECT count(*) FROM recalls) AS RECALLS,
  (SELECT count(*) FROM refs WHERE kind = @documentKind) AS CITES,
  (SELECT count(*) FROM mentions) AS MENTIONS,
  (SELECT count(*) FROM entities AS l JOIN entities AS c ON c.label = @Country AND c.key = l.country
    WHERE l.label = @Law) AS LAW_OF,
  (SELECT count(*) FROM concerns) AS CONCERNS,
  (SELECT count(*) FROM sponsorships) AS SPONSORED,
  (SELECT count(*) FROM votes) AS VOTED,
  (SELECT count(*) FROM analyses AS a JOIN resolutions AS r ON r.symbol = a.resolution) AS ANALYZES,
  (SELECT count(*) FROM quotes) AS HAS_QUOTE,
  (SELECT count(*) FROM quotes AS q JOIN paragraphs AS p ON p.id = q.paragraph_id) AS QUOTES,
  (SELECT count(*) FROM about) AS ABOUT`,
    [{ ...LABEL_PARAMS, ...KIND_PARAMS }],
    "counting every node and relationship reads the tables that hold them",
  ),
} as const;

export class SqliteCounts {
  readonly #counts: Prepared<[], Omit<StoreCounts, "references"> & { refs: number }>;
  readonly #graph: Prepared<Record<string, string>, Record<NodeLabel | RelationshipType, number>>;

  constructor(db: Database.Database) {
    this.#counts = prepare(db, COUNT_SQL.counts);
    this.#graph = prepare(db, COUNT_SQL.graphCounts);
  }

  counts(): StoreCounts {
    const row = this.#counts.get();
    return {
      resolutions: row?.resolutions ?? 0,
      paragraphs: row?.paragraphs ?? 0,
      references: row?.refs ?? 0,
      mentions: row?.mentions ?? 0,
      analyses: row?.analyses ?? 0,
    };
  }

  graphCounts(): GraphCounts {
    const row = this.#graph.get({ ...LABEL_PARAMS, ...KIND_PARAMS });
    return toGraphCounts(row ?? {}, row ?? {});
  }
}
