// Bundles one offline browser page (GraphiQL, the citation explorer) with esbuild: minified, one
// IIFE, no CDN; prints the files and their sizes, or each bundling error with its place and exits 1.
// Used by scripts/build-graphiql.mjs and scripts/build-explore.mjs, which say what each page needs.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `name`: the page's name, the bundle's file names and the log's prefix; `entry`: relative to the
 * repository; `outdir`: absolute; `options`: esbuild options of this page only (loaders, plugins).
 */
export async function bundlePage({ name, entry, outdir, options = {} }) {
  const started = performance.now();
  let result;
  try {
    result = await build({
      absWorkingDir: ROOT,
      entryPoints: { [name]: path.join(ROOT, entry) },
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
      ...options,
    });
  } catch (err) {
    const errors = err && typeof err === "object" && Array.isArray(err.errors) ? err.errors : [];
    const detail = errors.length
      ? errors.map((e) => `  ${e.location ? `${e.location.file}:${e.location.line}: ` : ""}${e.text}`).join("\n")
      : `  ${err instanceof Error ? err.message : String(err)}`;
    console.error(`build-${name}: bundling ${entry} failed:\n${detail}`);
    process.exit(1);
  }
  const sizes = Object.entries(result.metafile.outputs)
    .map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(0)} KiB`)
    .sort();
  const ms = Math.round(performance.now() - started);
  const shown = outdir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), outdir) : outdir;
  console.log(`build-${name}: ${shown}: ${sizes.join(", ")} (${ms} ms)`);
}
