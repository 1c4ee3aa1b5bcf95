// `resgraph export`: the graph, or the part a filter selects, written as GraphML, CSV, JSON Lines or
// neo4j-admin import files into a folder, with a progress bar on a terminal and a summary of what
// each file holds. Bad options are refused before the store is opened.

import { loadConfig, type ConfigFlags } from "../config/config.js";
import { BadUserInputError } from "../errors.js";
import { openStore } from "../graph/open-store.js";
import type { ExportFilter, GraphStore } from "../graph/port.js";
import { exportFormatOf, parseExportFilter, type ExportFormat } from "../export/options.js";
import { checkTarget, exportStore, type ExportSummary } from "../export/run-export.js";
import type { CliIO } from "./io.js";
import { createRecordProgress } from "./progress.js";
import { isAbsolute, relative, resolve } from "node:path";

export interface ExportCommandOptions {
  format: string;
  out?: string;
  filter?: string;
  force?: boolean;
  quiet?: boolean;
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const n = (value: number): string => value.toLocaleString("en-US");

/** `General Assembly resolutions of session 75, from 2020 and what they reach`. */
export function describeFilter(filter: ExportFilter | undefined): string {
  if (!filter) return "the whole graph";
  const which: string[] = [];
  if (filter.session) which.push(`of session ${filter.session}`);
  const { yearFrom: from, yearTo: to } = filter;
  if (from !== undefined && from === to) which.push(`of ${from}`);
  else if (from !== undefined && to !== undefined) which.push(`of ${from}-${to}`);
  else if (from !== undefined) which.push(`from ${from}`);
  else if (to !== undefined) which.push(`up to ${to}`);
  return [`${filter.body ? `${filter.body} ` : ""}resolutions`, which.join(", "), "and what they reach"].filter(Boolean).join(" ");
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
    const progress = createRecordProgress(io, "export", await progressTotal(store, filter), options.quiet);
    let summary: ExportSummary;
    try {
      summary = await exportStore(store, { format, out, ...(filter ? { filter } : {}), force: options.force === true, onProgress: (done) => progress.update(done) });
    } finally {
      progress.stop();
    }
    // Said as the user would type it: relative to where they are, when it is below it.
    const shown = relative(io.cwd, summary.dir);
    const dir = shown !== "" && !shown.startsWith("..") && !isAbsolute(shown) ? shown : summary.dir;
    for (const line of summaryLines(store.description, format, filter, { ...summary, dir })) io.out(line);
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * What the progress bar counts up to: the whole graph's records (graphCounts, what an unfiltered
 * export holds), or undefined for a filtered export: counting what a filter reaches costs as much
 * as reading it, and the graph's total would leave the bar far short of 100%.
 */
export async function progressTotal(store: Pick<GraphStore, "graphCounts">, filter: ExportFilter | undefined): Promise<number | undefined> {
  if (filter) return undefined;
  const graph = await store.graphCounts();
  return sum(graph.nodes) + sum(graph.relationships);
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
