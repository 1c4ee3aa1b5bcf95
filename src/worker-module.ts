// Where a worker thread's module is, for the two pools that start them (the loader's parse
// workers, the API's SQLite read workers): the `.js` beside the caller in dist, or the `.ts` beside
// it under tsx or vitest, where a worker does not inherit the TypeScript loader and is started
// with tsx's loader registered by `--import` (Node 20 applies `--import` per worker).

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface WorkerModule {
  /** Absolute path of the worker's module. */
  file: string;
  /** Node options the worker needs to load it (empty for JavaScript). */
  execArgv: string[];
}

/** The module `name` (without extension) in the folder of the module whose URL is `callerUrl`. */
export function siblingWorker(callerUrl: string, name: string): WorkerModule {
  const here = fileURLToPath(callerUrl);
  const ext = path.extname(here);
  const file = path.join(path.dirname(here), `${name}${ext}`);
  if (!existsSync(file)) throw new Error(`worker module not found at ${file}`);
  return { file, execArgv: ext === ".ts" ? ["--import", pathToFileURL(tsxEntry(".")).href] : [] };
}

/** A module of tsx's, found through its package's exports (require.resolve would give the CommonJS one). */
export function tsxEntry(subpath: "." | "./esm/api"): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, string | { import: { default: string } }> };
  const entry = exports[subpath];
  const relative = typeof entry === "string" ? entry : entry?.import.default;
  if (!relative) throw new Error(`tsx at ${path.dirname(manifest)} has no ${subpath} export`);
  return path.join(path.dirname(manifest), relative);
}
