#!/usr/bin/env node
// Bundles the citation explorer (web/explore/main.ts, cytoscape included) into
// dist/explore/explore.{js,css}, served at /explore with no CDN. Output dir: first argv, else
// $EXPLORE_OUT_DIR, else dist/explore (tests build into a temp dir).
import path from "node:path";
import { bundlePage, ROOT } from "./bundle-page.mjs";

const outdir = path.resolve(process.argv[2] ?? process.env.EXPLORE_OUT_DIR ?? path.join(ROOT, "dist/explore"));
await bundlePage({ name: "explore", entry: "web/explore/main.ts", outdir });
