#!/usr/bin/env node
// Bundles the citation explorer (web/explore/main.ts, cytoscape included) into
// dist/explore/explore.{js,css}, served at /explore with no CDN. Output dir: first argv, else
// $EXPLORE_OUT_DIR, else dist/explore (tests build into a temp dir).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.resolve(process.argv[2] ?? process.env.EXPLORE_OUT_DIR ?? path.join(root, "dist/explore"));
const entry = path.join(root, "web/explore/main.ts");

const started = performance.now();
let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: { explore: entry },
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
} catch (err) {
  const errors = err && typeof err === "object" && Array.isArray(err.errors) ? err.errors : [];
  const detail = errors.length
    ? errors.map((e) => `  ${e.location ? `${e.location.file}:${e.location.line}: ` : ""}${e.text}`).join("\n")
    : `  ${err instanceof Error ? err.message : String(err)}`;
  console.error(`build-explore: bundling ${path.relative(root, entry)} failed:\n${detail}`);
  process.exit(1);
}

const sizes = Object.entries(result.metafile.outputs)
  .map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(0)} KiB`)
  .sort();
const ms = Math.round(performance.now() - started);
const shown = outdir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), outdir) : outdir;
console.log(`build-explore: ${shown}: ${sizes.join(", ")} (${ms} ms)`);
