// An export from the store to a folder: the store's batches (GraphStore.exportGraph) into the
// format's writer, written in a scratch folder and moved into place only once complete, so a failed
// export leaves the target as it was (absent, or its files unchanged) and no scratch folder behind.
// The scratch folder is where a rename into the target cannot cross filesystems (EXDEV): beside a
// target that does not exist yet (the whole folder is then renamed into place, one atomic step),
// inside one that exists (--force: each complete file is renamed over its namesake, after checking
// that none of them can fail, so the target never holds a mix of old and half-written files).

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

/** A scratch folder's name: hidden, and saying what it is to someone who finds one after a crash. */
const scratchName = (out: string): string => `.${basename(out)}.resgraph-export-partial-${process.pid}`;

export async function exportStore(store: Pick<GraphStore, "exportGraph">, options: ExportOptions): Promise<ExportSummary> {
  const out = resolve(options.out);
  checkTarget(out, options.force === true);
  const into = existsSync(out);
  if (!into) mkdirSync(dirname(out), { recursive: true });
  const scratch = into ? join(out, scratchName(out)) : join(dirname(out), scratchName(out));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  const writer = writerFor(options.format, scratch);
  const nodes: ExportSummary["nodes"] = {};
  const relationships: ExportSummary["relationships"] = {};
  let records = 0;
  try {
    const batches = store.exportGraph({
      ...(options.filter ? { filter: options.filter } : {}),
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    });
    for await (const batch of batches) {
      if (batch.kind === "nodes") nodes[batch.label] = (nodes[batch.label] ?? 0) + batch.records.length;
      else relationships[batch.type] = (relationships[batch.type] ?? 0) + batch.records.length;
      await writer.write(batch);
      records += batch.records.length;
      options.onProgress?.(records);
    }
    const files = await writer.finish();
    if (into) moveFiles(scratch, out);
    else renameSync(scratch, out);
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

/**
 * The complete export's files into an existing folder (same filesystem: the scratch folder is in
 * it). A name that is a folder there would fail its rename half-way, so every name is checked first.
 */
function moveFiles(scratch: string, out: string): void {
  const files = readdirSync(scratch);
  const blocked = files.filter((file) => statSync(join(out, file), { throwIfNoEntry: false })?.isDirectory());
  if (blocked.length > 0) {
    throw new BadUserInputError("--out", `${out} holds folders named as export files (${blocked.join(", ")}): nothing was written`);
  }
  for (const file of files) renameSync(join(scratch, file), join(out, file));
}
