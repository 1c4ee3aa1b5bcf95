// `resgraph export`: the graph, or the part a filter selects, written as GraphML, CSV, JSON Lines or
// neo4j-admin import files into a folder, with a progress bar on a terminal and a summary of what
// each file holds. Bad options are refused before the store is opened.

import { loadConfig, type ConfigFlags } from "../config/config.js";
import { BadUserInputError } from "../errors.js";
import { openStore } from "../graph/open-store.js";
import type { ExportFilter } from "../graph/port.js";
import { exportFormatOf, parseExportFilter, type ExportFormat } from "../export/options.js";
import { checkTarget, exportStore, type ExportSummary } from "../export/run-export.js";
import type { CliIO } from "./io.js";
import { createRecordProgress } from "./progress.js";
import { resolve } from "node:path";

export interface ExportCommandOptions {
  format: string;
  out?: string;
  filter?: string;
  force?: boolean;
  quiet?: boolean;
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const n = (value: number): string => value.toLocaleString("en-US");

export function describeFilter(filter: ExportFilter | undefined): string {
  if (!filter) return "the whole graph";
  const parts: string[] = [];
  if (filter.body) parts.push(filter.body);
  if (filter.session) parts.push(`session ${filter.session}`);
  if (filter.yearFrom !== undefined && filter.yearFrom === filter.yearTo) parts.push(`${filter.yearFrom}`);
  else if (filter.yearFrom !== undefined && filter.yearTo !== undefined) parts.push(`${filter.yearFrom}-${filter.yearTo}`);
  else if (filter.yearFrom !== undefined) parts.push(`from ${filter.yearFrom}`);
  else if (filter.yearTo !== undefined) parts.push(`up to ${filter.yearTo}`);
  return `resolutions of ${parts.join(", ")} and what they reach`;
}

export async function exportCommand(flags: ConfigFlags, options: ExportCommandOptions, io: CliIO): Promise<number> {
  let format: ExportFormat;
  let filter: ExportFilter | undefined;
  let out: string;
  try {
    format = exportFormatOf(options.format);
    filter = parseExportFilter(options.filter ?? "");
    out = resolve(io.cwd, options.out ?? `resgraph-${format}`);
    checkTarget(out, options.force === true);
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    io.err(`resgraph: ${error.message}`);
    return 2;
  }
  const config = loadConfig(io.env, flags, io.cwd);
  const store = await openStore(config);
  try {
    const graph = await store.graphCounts();
    const total = sum(graph.nodes) + sum(graph.relationships);
    const progress = createRecordProgress(io, "export", total, options.quiet);
    let summary: ExportSummary;
    try {
      summary = await exportStore(store, { format, out, ...(filter ? { filter } : {}), force: options.force === true, onProgress: (done) => progress.update(done) });
    } finally {
      progress.stop();
    }
    for (const line of summaryLines(store.description, format, filter, summary)) io.out(line);
    return 0;
  } finally {
    await store.close();
  }
}

export function summaryLines(store: string, format: ExportFormat, filter: ExportFilter | undefined, summary: ExportSummary): string[] {
  const nodes = sum(summary.nodes);
  const relationships = sum(summary.relationships);
  const width = Math.max(...summary.files.map((f) => f.file.length));
  const lines = [`${store}: ${describeFilter(filter)}, as ${format}, in ${summary.dir}`];
  for (const f of summary.files) {
    if (f.records !== undefined) lines.push(`  ${f.file.padEnd(width)}  ${n(f.records).padStart(9)}`);
  }
  lines.push(`${n(nodes)} nodes, ${n(relationships)} relationships`);
  if (summary.importArguments) {
    lines.push("load it into a new (or empty) Neo4j database, stopped, from the folder:");
    lines.push(`  neo4j-admin ${summary.importArguments.join(" ")}`);
    lines.push(`(import.sh in the folder runs the same)`);
  }
  return lines;
}
