// Turns the paths given on the command line into the list of files to ingest.

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { InputUnreadableError } from "../errors.js";

/**
 * Extensions read when a directory is given: texts and Markdown, official PDFs, AKN4UN XML and
 * metadata JSON lines (what a file holds is then told by its content). An explicitly named file is
 * read whatever its name.
 */
export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".pdf", ".xml", ".json", ".jsonl"]);

/** A folder's own notes (its README, where its files come from, their licence): documentation, not input. */
const FOLDER_NOTES = /^(?:README|SOURCE|SOURCES|LICEN[CS]E|NOTICE|CHANGELOG)(?:\.[a-z]+)?$/i;

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface InputFiles {
  /** Sorted, each once: the ingest order, and with it every report, is the same on every machine. */
  files: string[];
  /** Files of the directories given that are not read, each with why; sorted. */
  skipped: SkippedFile[];
}

function walk(dir: string, out: InputFiles): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // A hidden folder (.git, .vscode) holds tools' files, not texts: listed once, not walked.
      if (entry.name.startsWith(".")) out.skipped.push({ file: full, reason: "a hidden folder" });
      else walk(full, out);
      continue;
    }
    if (entry.isSymbolicLink()) {
      out.skipped.push({ file: full, reason: "a symbolic link (not followed: name the file or folder it points to)" });
      continue;
    }
    if (!entry.isFile()) continue;
    const ext = path.extname(entry.name).toLowerCase();
    if (FOLDER_NOTES.test(entry.name)) out.skipped.push({ file: full, reason: "a folder's notes (README, SOURCE, LICENSE …), not a text" });
    else if (entry.name.startsWith(".")) out.skipped.push({ file: full, reason: "a hidden file" });
    else if (!SUPPORTED_EXTENSIONS.has(ext)) out.skipped.push({ file: full, reason: `not a supported format (${ext || "no extension"}; read are ${[...SUPPORTED_EXTENSIONS].join(" ")})` });
    else out.files.push(full);
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Expands files and directories (recursively) into the files to read and those skipped. */
export function collectInputs(paths: readonly string[]): InputFiles {
  const found: InputFiles = { files: [], skipped: [] };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (error) {
      throw new InputUnreadableError(p, "no such file or directory", { cause: error });
    }
    if (stat.isDirectory()) walk(p, found);
    else found.files.push(p);
  }
  const files = [...new Set(found.files)].sort(byName);
  const taken = new Set(files);
  const skipped = [...new Map(found.skipped.filter((s) => !taken.has(s.file)).map((s) => [s.file, s])).values()].sort((a, b) => byName(a.file, b.file));
  return { files, skipped };
}

/** The files to read, as collectInputs finds them. */
export const collectInputFiles = (paths: readonly string[]): string[] => collectInputs(paths).files;
