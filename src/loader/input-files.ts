// Turns the paths given on the command line into the list of files to ingest.

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { InputUnreadableError } from "../errors.js";

/** Extensions picked up when a directory is given; an explicitly named file is taken whatever its name. */
const TEXT_EXTENSIONS = new Set([".txt"]);

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * Expands files and directories (recursively, `*.txt`) into a sorted, de-duplicated file list, so
 * that ingest order, and with it every report, is the same on every machine.
 */
export function collectInputFiles(paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (error) {
      throw new InputUnreadableError(p, "no such file or directory", { cause: error });
    }
    if (stat.isDirectory()) for (const f of walk(p)) files.add(f);
    else files.add(p);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
