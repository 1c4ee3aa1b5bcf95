// What every export format is: a writer that takes the store's batches in order and writes them to
// files in one folder, and what it wrote. The columns of a label or type come from the graph model
// (model.ts), so every format has every property the model has, typed as it says.

import { NODES, RELATIONSHIPS, type NodeLabel, type PropertySpec, type RelationshipType } from "../graph/model.js";
import type { ExportBatch, ExportEdge, ExportNode, ExportValue } from "../graph/port.js";
import { FileSink } from "./sink.js";
import { join } from "node:path";

export interface ExportFile {
  /** The file's name in the export folder. */
  file: string;
  /** Records (rows, lines, nodes or relationships) it holds; undefined for a header or a script. */
  records?: number;
  bytes: number;
}

export interface ExportWriter {
  write(batch: ExportBatch): Promise<void>;
  /** Closes every file; what was written. */
  finish(): Promise<ExportFile[]>;
  /** Stops writing (the export failed): files are left as they are, for the caller to remove. */
  abort(): void;
}

export interface Column {
  name: string;
  spec: PropertySpec;
}

export const nodeColumns = (label: NodeLabel): Column[] => Object.entries(NODES[label].properties).map(([name, spec]) => ({ name, spec }));
export const edgeColumns = (type: RelationshipType): Column[] => Object.entries(RELATIONSHIPS[type].properties).map(([name, spec]) => ({ name, spec }));

/** Whether a type's end (or start) can be of several labels, so that a file must say which (MENTIONS). */
export const manyTargets = (type: RelationshipType): boolean => RELATIONSHIPS[type].to.length > 1;
export const manySources = (type: RelationshipType): boolean => RELATIONSHIPS[type].from.length > 1;

/** The fields of an edge that are not properties, in the order tabular formats give them. */
export function edgeEnds(type: RelationshipType, e: ExportEdge): Record<string, string> {
  const ends: Record<string, string> = {};
  if (manySources(type)) ends.fromLabel = e.from.label;
  ends.from = e.from.key;
  if (manyTargets(type)) ends.toLabel = e.to.label;
  ends.to = e.to.key;
  return ends;
}

export const edgeEndNames = (type: RelationshipType): string[] => [
  ...(manySources(type) ? ["fromLabel"] : []),
  "from",
  ...(manyTargets(type) ? ["toLabel"] : []),
  "to",
];

/**
 * A writer with one file per label and per type, opened at the section's first batch and closed
 * when the next section starts (sections come one after another), so few files are open at once.
 * `route` names a record's file (a type may be split, e.g. by end label); `open` writes its head.
 */
export abstract class PerSectionWriter implements ExportWriter {
  readonly #dir: string;
  readonly #open = new Map<string, { sink: FileSink; records: number }>();
  readonly #written: ExportFile[] = [];

  constructor(dir: string) {
    this.#dir = dir;
  }

  protected abstract fileOf(batch: ExportBatch, record: ExportNode | ExportEdge): string;
  protected abstract head(batch: ExportBatch, file: string): string;
  protected abstract line(batch: ExportBatch, record: ExportNode | ExportEdge): string;
  /** Files besides the data (headers, a script), written at the end. */
  protected extraFiles(): Array<{ file: string; text: string }> {
    return [];
  }
  /** The files of a section with no record: by default one, with its head only. */
  protected emptyFiles(batch: ExportBatch): string[] {
    return [batch.kind === "nodes" ? `${batch.label}` : `${batch.type}`];
  }
  protected abstract extension: string;

  async write(batch: ExportBatch): Promise<void> {
    const section = batch.kind === "nodes" ? batch.label : batch.type;
    // A new section: the previous one's files are complete.
    for (const [file, open] of this.#open) if (!file.startsWith(`${section}\u0000`)) await this.#close(file, open);
    if (batch.records.length === 0) {
      for (const name of this.emptyFiles(batch)) await this.#sink(batch, section, name);
      return;
    }
    const chunks = new Map<string, string[]>();
    for (const record of batch.records) {
      const name = this.fileOf(batch, record);
      let lines = chunks.get(name);
      if (!lines) chunks.set(name, (lines = []));
      lines.push(this.line(batch, record));
    }
    for (const [name, lines] of chunks) {
      const open = await this.#sink(batch, section, name);
      open.records += lines.length;
      await open.sink.write(lines.join(""));
    }
  }

  async finish(): Promise<ExportFile[]> {
    for (const [file, open] of this.#open) await this.#close(file, open);
    for (const { file, text } of this.extraFiles()) {
      const sink = new FileSink(join(this.#dir, file));
      await sink.write(text);
      await sink.close();
      this.#written.push({ file, bytes: sink.bytes });
    }
    return this.#written;
  }

  abort(): void {
    for (const { sink } of this.#open.values()) sink.destroy();
    this.#open.clear();
  }

  async #sink(batch: ExportBatch, section: string, name: string): Promise<{ sink: FileSink; records: number }> {
    const id = `${section}\u0000${name}`;
    let open = this.#open.get(id);
    if (!open) {
      const file = `${name}.${this.extension}`;
      open = { sink: new FileSink(join(this.#dir, file)), records: 0 };
      this.#open.set(id, open);
      await open.sink.write(this.head(batch, file));
    }
    return open;
  }

  async #close(id: string, open: { sink: FileSink; records: number }): Promise<void> {
    this.#open.delete(id);
    await open.sink.close();
    this.#written.push({ file: open.sink.path.slice(this.#dir.length + 1), records: open.records, bytes: open.sink.bytes });
  }
}

export type { ExportValue };
