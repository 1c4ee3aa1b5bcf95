// The files `neo4j-admin database import full` loads into an empty Neo4j database: per label a
// header file and a data file (`Resolution.header.csv`, `Resolution.csv`), per relationship type
// the same, split by the label of an end where the model allows several (MENTIONS.Country: an
// end's ID space is its label's; a type with several start labels would be TYPE.<start>, or
// TYPE.<start>.<end> with several of both), each header naming its file's own labels. The
// headers type every column from the model (`year:long`, `score:double`, `stub:boolean`,
// `verbs:string[]`), name each node's key `symbol:ID(Resolution)` (so the key is stored as the
// property the model names) and each relationship's ends `:START_ID(Paragraph)`/`:END_ID(Country)`.
// Strings are always quoted, so that "" stays an empty string; an absent value is an empty field,
// which the import leaves absent. Array elements are joined with U+001F, a control character no
// text holds (one that did would be turned into a space). `import.sh` runs the import.

import type { NodeLabel, PropertyType, RelationshipType } from "../graph/model.js";
import { NODES } from "../graph/model.js";
import type { ExportBatch, ExportEdge, ExportNode, ExportValue } from "../graph/port.js";
import { searchTextOf } from "../graph/features/search/words.js";
import { FULLTEXT_LABEL } from "../graph/neo4j/schema.js";
import { csvField } from "./csv.js";
import { edgeColumns, manySources, manyTargets, nodeColumns, PerSectionWriter } from "./writer.js";

export const ARRAY_DELIMITER = "\u001f";
/** How the import is told the delimiter: neo4j-admin takes `U+XXXX` for a character. */
export const ARRAY_DELIMITER_OPTION = "U+001F";

const ADMIN_TYPE: Record<PropertyType, string> = {
  STRING: "string",
  INTEGER: "long",
  FLOAT: "double",
  BOOLEAN: "boolean",
  "LIST<STRING>": "string[]",
};

const quoted = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/**
 * Properties the Neo4j store derives as it writes, outside the model (so no other format has
 * them): the full-text index's folded copy of a paragraph (features/search/words.ts), without which
 * an imported database would not match "Cote d'Ivoire" to "Côte d'Ivoire" as the store does.
 */
const DERIVED: Partial<Record<NodeLabel, readonly { name: string; of: (properties: ExportNode["properties"]) => string | null }[]>> = {
  [FULLTEXT_LABEL]: [{ name: "searchText", of: (p) => (typeof p.text === "string" ? searchTextOf(p.text) : null) }],
};

export function adminValue(value: ExportValue | undefined, type: PropertyType): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return quoted(value.map((v) => v.replaceAll(ARRAY_DELIMITER, " ")).join(ARRAY_DELIMITER));
  if (type === "STRING") return quoted(String(value));
  return String(value);
}

function nodeHeader(label: NodeLabel): string {
  const key = NODES[label].key;
  const columns = nodeColumns(label).map((c) => (c.name === key ? `${c.name}:ID(${label})` : `${c.name}:${ADMIN_TYPE[c.spec.type]}`));
  const derived = (DERIVED[label] ?? []).map((d) => `${d.name}:string`);
  return `${[...columns, ...derived, ":LABEL"].map(csvField).join(",")}\n`;
}

function edgeHeader(type: RelationshipType, from: NodeLabel, to: NodeLabel): string {
  const columns = edgeColumns(type).map((c) => `${c.name}:${ADMIN_TYPE[c.spec.type]}`);
  return `${[`:START_ID(${from})`, ...columns, `:END_ID(${to})`, ":TYPE"].map(csvField).join(",")}\n`;
}

interface DataFile {
  name: string;
  header: string;
  kind: "nodes" | "relationships";
}

export class Neo4jAdminWriter extends PerSectionWriter {
  protected extension = "csv";
  readonly #files: DataFile[] = [];
  /** Per relationship file, the labels of its ends (each is one ID space of the import). */
  readonly #ends = new Map<string, { from: NodeLabel; to: NodeLabel }>();
  readonly #database: string;

  constructor(dir: string, database = "neo4j") {
    super(dir);
    this.#database = database;
  }

  protected fileOf(batch: ExportBatch, record: ExportNode | ExportEdge): string {
    if (batch.kind === "nodes") return batch.label;
    const e = record as ExportEdge;
    const name = [batch.type, ...(manySources(batch.type) ? [e.from.label] : []), ...(manyTargets(batch.type) ? [e.to.label] : [])].join(".");
    this.#ends.set(name, { from: e.from.label, to: e.to.label });
    return name;
  }

  /** The data files carry no header row; theirs is beside them, written at the end. */
  protected head(batch: ExportBatch, file: string): string {
    const name = file.replace(/\.csv$/, "");
    if (batch.kind === "nodes") this.#files.push({ name, header: nodeHeader(batch.label), kind: "nodes" });
    else {
      // Set by fileOf for the record that opens the file: every record of the file has these ends' labels.
      const ends = this.#ends.get(name);
      if (!ends) throw new Error(`no end labels for ${name}`);
      this.#files.push({ name, header: edgeHeader(batch.type, ends.from, ends.to), kind: "relationships" });
    }
    return "";
  }

  /** A label or type with nothing in it has no file: the import needs none. */
  protected override emptyFiles(): string[] {
    return [];
  }

  protected line(batch: ExportBatch, record: ExportNode | ExportEdge): string {
    if (batch.kind === "nodes") {
      const fields = nodeColumns(batch.label).map((c) => adminValue(record.properties[c.name], c.spec.type));
      const derived = (DERIVED[batch.label] ?? []).map((d) => adminValue(d.of(record.properties) ?? undefined, "STRING"));
      return `${[...fields, ...derived, batch.label].join(",")}\n`;
    }
    const e = record as ExportEdge;
    const fields = edgeColumns(batch.type).map((c) => adminValue(e.properties[c.name], c.spec.type));
    return `${[quoted(e.from.key), ...fields, quoted(e.to.key), batch.type].join(",")}\n`;
  }

  protected override extraFiles(): Array<{ file: string; text: string }> {
    return [
      ...this.#files.map((f) => ({ file: `${f.name}.header.csv`, text: f.header })),
      { file: "import.sh", text: importScript(this.importArguments(), this.#database) },
    ];
  }

  /**
   * The import's arguments, file names relative to the export folder. The database comes first: a
   * `--nodes` or `--relationships` list would take a name after it for one more file.
   */
  importArguments(): string[] {
    return [
      "database",
      "import",
      "full",
      this.#database,
      `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
      // Paragraph texts and footnotes may span lines.
      "--multiline-fields=true",
      ...this.#files.map((f) => `--${f.kind}=${f.name}.header.csv,${f.name}.csv`),
    ];
  }
}

function importScript(args: string[], database: string): string {
  return `#!/bin/sh
# Loads this folder into the Neo4j database "${database}" (or the one named as the first argument),
# which must be new or empty and stopped: neo4j-admin database import full writes its files directly.
# Run it where neo4j-admin is (NEO4J_HOME/bin), e.g. sh import.sh, or sh import.sh mydb.
set -e
cd "$(dirname "$0")"
exec neo4j-admin ${args.slice(0, 3).join(" ")} "\${1:-${database}}" \\
  ${args.slice(4).join(" \\\n  ")}
`;
}
