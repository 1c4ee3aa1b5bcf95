// Files that ship with resgraph (seeds/, the GraphiQL bundle) are found from the package root, so
// that they resolve the same from src/ (tsx, vitest) and from dist/ (the built CLI), whatever the cwd.

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const SEEDS_DIR = path.join(PACKAGE_ROOT, "seeds");
