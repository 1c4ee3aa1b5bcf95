// JSON Lines (`pandas.read_json(path, lines=True)`): one file per label and per type, one object per
// line with the same fields as the CSV's columns (lists stay lists; absent values are left out).

import type { ExportBatch, ExportEdge, ExportNode } from "../graph/port.js";
import { edgeEnds, PerSectionWriter } from "./writer.js";

export class JsonlWriter extends PerSectionWriter {
  protected extension = "jsonl";

  protected fileOf(batch: ExportBatch): string {
    return batch.kind === "nodes" ? batch.label : batch.type;
  }

  protected head(): string {
    return "";
  }

  protected line(batch: ExportBatch, record: ExportNode | ExportEdge): string {
    if (batch.kind === "nodes") return `${JSON.stringify(record.properties)}\n`;
    const e = record as ExportEdge;
    return `${JSON.stringify({ ...edgeEnds(batch.type, e), ...e.properties })}\n`;
  }
}
