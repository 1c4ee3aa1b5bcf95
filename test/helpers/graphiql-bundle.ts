// Builds the GraphiQL bundle once into a temp folder, for tests that start the real server.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";

export function buildGraphiqlBundle(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-graphiql-"));
  execFileSync(process.execPath, [path.join(PACKAGE_ROOT, "scripts/build-graphiql.mjs"), dir], { stdio: "pipe" });
  return dir;
}
