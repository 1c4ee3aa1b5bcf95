// Every statement the SQLite store runs, gathered from the feature modules, named: what the
// statement tests walk (no value spliced into the text, every lookup served by an index). A feature
// adds its statements here with one line; the filtered lists add one pair per checked shape.

import { ANALYSIS_SQL } from "../features/analyses/sqlite.js";
import { COUNT_SQL } from "../features/counts/sqlite.js";
import { DOCUMENT_SQL } from "../features/documents/sqlite.js";
import { ENTITY_SQL } from "../features/entities/sqlite.js";
import { EXPORT_SQL } from "../features/export/sqlite.js";
import { LINEAGE_SQL } from "../features/lineage/sqlite.js";
import { CHECKED_PARAGRAPH_SHAPES, CHECKED_RESOLUTION_SHAPES } from "../features/lists/shape.js";
import { findParagraphsSql, findResolutionsSql, LIST_SQL } from "../features/lists/sqlite.js";
import { LOOKUP_SQL } from "../features/lookups/sqlite.js";
import { METADATA_SQL } from "../features/metadata/sqlite.js";
import { allMetricsSql } from "../features/metrics/sqlite.js";
import { RELATION_SQL } from "../features/relations/sqlite.js";
import { searchSql } from "../features/search/sqlite.js";
import type { SqlStatement } from "./sql.js";

const named = (feature: string, statements: Record<string, SqlStatement>): Array<[string, SqlStatement]> =>
  Object.entries(statements).map(([name, s]) => [`${feature}.${name}`, s]);

export function allSql(): Array<[name: string, statement: SqlStatement]> {
  return [
    ...named("documents", DOCUMENT_SQL),
    ...named("analyses", ANALYSIS_SQL),
    ...named("lookups", LOOKUP_SQL),
    ...named("relations", RELATION_SQL),
    ...named("lineage", LINEAGE_SQL),
    ...named("search", { page: searchSql(false).page, total: searchSql(false).total }),
    ...named("search (filtered)", { page: searchSql(true).page, total: searchSql(true).total }),
    ...named("entities", ENTITY_SQL),
    ...named("lists", LIST_SQL),
    ...named("counts", COUNT_SQL),
    ...named("metadata", METADATA_SQL),
    ...named("metrics", allMetricsSql()),
    ...named("export", EXPORT_SQL),
    ...CHECKED_RESOLUTION_SHAPES.flatMap(([name, shape]) => named(`findResolutions:${name}`, findResolutionsSql(shape))),
    ...CHECKED_PARAGRAPH_SHAPES.flatMap(([name, shape]) => named(`findParagraphs:${name}`, findParagraphsSql(shape))),
  ];
}
