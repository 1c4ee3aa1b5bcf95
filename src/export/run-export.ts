// An export from the store to a folder: the store's batches (GraphStore.exportGraph) into the
// format's writer, written in a folder beside the target and moved into place once complete, so a
// failed or interrupted export leaves no half-written files where the target is.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { BadUserInputError } from "../errors.js";
import type { NodeLabel, RelationshipType } from "../graph/model.js";
import type { ExportFilter, GraphStore } from "../graph/port.js";
import { CsvWriter } from "./csv.js";
import { GraphmlWriter } from "./graphml.js";
import { JsonlWriter } from "./jsonl.js";
import { Neo4jAdminWriter } from "./neo4j-admin.js";
import type { ExportFormat } from "./options.js";
import type { ExportFile, ExportWriter } from "./writer.js";

export interface ExportOptions {
  format: ExportFormat;
  /** The folder to write; created if missing. */
  out: string;
  filter?: ExportFilter;
  /** Write into a folder that already holds files (files of the same names are replaced). */
  force?: boolean;
  batchSize?: number;
  /** After each batch: records written so far. */
  onProgress?: (records: number) => void;
}

export interface ExportSummary {
  dir: string;
  files: ExportFile[];
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
  /** neo4j-admin: the import's arguments (after `neo4j-admin`), file names relative to `dir`. */
  importArguments?: string[];
}

/** Refuses a target that is a file, or a folder with files in it (unless forced), before the store is read. */
export function checkTarget(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new BadUserInputError("--out", `${out} is a file, not a folder`);
  if (!force && readdirSync(out).length > 0) throw new BadUserInputError("--out", `${out} is not empty: give --force to write into it anyway`);
}

function writerFor(format: ExportFormat, dir: string): ExportWriter {
  switch (format) {
    case "graphml":
      return new GraphmlWriter(dir);
    case "csv":
      return new CsvWriter(dir);
    case "jsonl":
      return new JsonlWriter(dir);
    case "neo4j-admin":
      return new Neo4jAdminWriter(dir);
  }
}

export async function exportStore(store: GraphStore, options: ExportOptions): Promise<ExportSummary> {
  const out = resolve(options.out);
  checkTarget(out, options.force === true);
  mkdirSync(dirname(out), { recursive: true });
  const scratch = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  const writer = writerFor(options.format, scratch);
  const nodes: ExportSummary["nodes"] = {};
  const relationships: ExportSummary["relationships"] = {};
  let records = 0;
  try {
    const batches = store.exportGraph({ ...(options.filter ? { filter: options.filter } : {}), ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
    for await (const batch of batches) {
      if (batch.kind === "nodes") nodes[batch.label] = (nodes[batch.label] ?? 0) + batch.records.length;
      else relationships[batch.type] = (relationships[batch.type] ?? 0) + batch.records.length;
      await writer.write(batch);
      records += batch.records.length;
      options.onProgress?.(records);
    }
    const files = await writer.finish();
    moveInto(scratch, out);
    const summary: ExportSummary = { dir: out, files, nodes, relationships };
    if (writer instanceof Neo4jAdminWriter) summary.importArguments = writer.importArguments();
    return summary;
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The complete export into its place: the folder itself when there is none yet, else file by file. */
function moveInto(scratch: string, out: string): void {
  if (!existsSync(out)) {
    renameSync(scratch, out);
    return;
  }
  for (const file of readdirSync(scratch)) renameSync(join(scratch, file), join(out, file));
}
