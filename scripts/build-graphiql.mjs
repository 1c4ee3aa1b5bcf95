#!/usr/bin/env node
// Bundles the offline GraphiQL page (web/graphiql/main.tsx) into
// dist/graphiql/graphiql.{js,css}. Output dir: first argv, else
// $GRAPHIQL_OUT_DIR, else dist/graphiql (tests build into a temp dir).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.resolve(process.argv[2] ?? process.env.GRAPHIQL_OUT_DIR ?? path.join(root, "dist/graphiql"));
const entry = path.join(root, "web/graphiql/main.tsx");

// graphql-ws is only reached for websocket subscriptions, which resgraph does not
// offer; stubbing it keeps it out of the bundle and out of our dependency needs.
const stubGraphqlWs = {
  name: "stub-graphql-ws",
  setup(b) {
    b.onResolve({ filter: /^graphql-ws$/ }, () => ({
      path: path.join(root, "web/graphiql/graphql-ws-stub.ts"),
    }));
  },
};

const started = performance.now();
let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: { graphiql: entry },
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    jsx: "automatic",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    // Any font/image not already inlined by graphiql's CSS becomes a data URL,
    // so the page never asks the network (or even our server) for it.
    loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
    legalComments: "none",
    plugins: [stubGraphqlWs],
    metafile: true,
    logLevel: "silent",
  });
} catch (err) {
  const errors = err && typeof err === "object" && Array.isArray(err.errors) ? err.errors : [];
  const detail = errors.length
    ? errors.map((e) => `  ${e.location ? `${e.location.file}:${e.location.line}: ` : ""}${e.text}`).join("\n")
    : `  ${err instanceof Error ? err.message : String(err)}`;
  console.error(`build-graphiql: bundling ${path.relative(root, entry)} failed:\n${detail}`);
  process.exit(1);
}

const sizes = Object.entries(result.metafile.outputs)
  .map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(0)} KiB`)
  .sort();
const ms = Math.round(performance.now() - started);
const shown = outdir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), outdir) : outdir;
console.log(`build-graphiql: ${shown}: ${sizes.join(", ")} (${ms} ms)`);
