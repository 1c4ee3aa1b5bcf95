// CSV for pandas, R and spreadsheets: one file per label and per type (`Resolution.csv`,
// `RECALLS.csv`), a header row, RFC 4180 (fields with a comma, quote or line break quoted, quotes
// doubled, CRLF between records). A node's columns are its label's model properties; a
// relationship's are `from`, `to` (and `toLabel` where the end can be of several labels), then its
// properties. Lists are JSON arrays; booleans true/false; an absent value is an empty field.

import type { ExportBatch, ExportEdge, ExportNode, ExportValue } from "../graph/port.js";
import { edgeColumns, edgeEndNames, edgeEnds, nodeColumns, PerSectionWriter } from "./writer.js";

/** One field, RFC 4180: quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvValue(value: ExportValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return csvField(JSON.stringify(value));
  return csvField(String(value));
}

export const csvRecord = (fields: string[]): string => `${fields.join(",")}\r\n`;

export class CsvWriter extends PerSectionWriter {
  protected extension = "csv";

  protected fileOf(batch: ExportBatch): string {
    return batch.kind === "nodes" ? batch.label : batch.type;
  }

  protected head(batch: ExportBatch): string {
    const names = batch.kind === "nodes" ? nodeColumns(batch.label).map((c) => c.name) : [...edgeEndNames(batch.type), ...edgeColumns(batch.type).map((c) => c.name)];
    return csvRecord(names.map(csvField));
  }

  protected line(batch: ExportBatch, record: ExportNode | ExportEdge): string {
    if (batch.kind === "nodes") return csvRecord(nodeColumns(batch.label).map((c) => csvValue(record.properties[c.name])));
    const e = record as ExportEdge;
    const ends = Object.values(edgeEnds(batch.type, e)).map(csvField);
    return csvRecord([...ends, ...edgeColumns(batch.type).map((c) => csvValue(e.properties[c.name]))]);
  }
}
