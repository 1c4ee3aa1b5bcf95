// Offline GraphiQL: the browser bundle is built by scripts/build-graphiql.mjs into dist/graphiql
// and served from memory, so the IDE works with no internet access (no CDN, no external fonts).
//
// Wiring, in the HTTP server:
//   const graphiql = loadGraphiqlAssets();                       // once, at startup
//   const a = graphiql.asset(url.pathname);                       // GET /graphiql/*
//   if (wantsGraphiql(req.method, req.headers.accept)) send(graphiql.page("/graphql"));

import { existsSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";
import { readStaticAssets, type StaticAsset } from "./static-assets.js";

/** URL prefix under which `asset()` answers; the page links its script and stylesheet from here. */
export const GRAPHIQL_ASSET_BASE = "/graphiql";
/** Content type for `page()`: the title has non-ASCII, so the charset must be stated. */
export const GRAPHIQL_PAGE_CONTENT_TYPE = "text/html; charset=utf-8";

/** A built file of the page (static-assets.ts). */
export type GraphiqlAsset = StaticAsset;

export interface GraphiqlPageOptions {
  /** Shown in the editor on first visit (GraphiQL keeps the user's own tabs afterwards). */
  readonly defaultQuery?: string;
}

export interface GraphiqlAssets {
  /** The HTML page hosting GraphiQL; `endpoint` is the URL the IDE sends queries to. */
  page(endpoint: string, options?: GraphiqlPageOptions): string;
  /** A built file by request path (e.g. `/graphiql/graphiql.js`), or undefined if it is not one. */
  asset(pathname: string): GraphiqlAsset | undefined;
}

const REQUIRED_FILES = ["graphiql.js", "graphiql.css"] as const;

/** Reads the built bundle into memory. Throws (telling the user to build) if it is missing. */
export function loadGraphiqlAssets(dir: string = defaultAssetDir()): GraphiqlAssets {
  const missing = REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(
      `GraphiQL assets not found in ${dir} (missing ${missing.join(", ")}): run \`npm run build\` first`,
    );
  }

  const assets = readStaticAssets(dir, GRAPHIQL_ASSET_BASE);

  return {
    page: (endpoint, options) => renderPage(endpoint, options),
    asset: (pathname) => assets.get(pathname),
  };
}

/**
 * True when the request comes from a browser navigating to the endpoint: a GET whose Accept header
 * ranks text/html above JSON. Clients that send no Accept or `*\/*` (fetch, curl) tie and get GraphQL.
 */
export function wantsGraphiql(method: string, accept: string | undefined): boolean {
  if (method.toUpperCase() !== "GET" || !accept) return false;
  const ranges = parseAccept(accept);
  const html = quality(ranges, "text/html");
  const json = Math.max(quality(ranges, "application/json"), quality(ranges, "application/graphql-response+json"));
  return html > 0 && html > json;
}

/** True if `ifNoneMatch` (the request header) already names this asset's current version. */
export function isNotModified(asset: GraphiqlAsset, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === asset.etag);
}

function renderPage(endpoint: string, options: GraphiqlPageOptions = {}): string {
  const attrs = [`id="graphiql"`, `data-endpoint="${escapeHtml(endpoint)}"`];
  if (options.defaultQuery !== undefined) attrs.push(`data-default-query="${escapeHtml(options.defaultQuery)}"`);
  // `rel=icon href=data:,` stops the browser asking the server for /favicon.ico.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>resgraph — GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${GRAPHIQL_ASSET_BASE}/graphiql.css">
<script defer src="${GRAPHIQL_ASSET_BASE}/graphiql.js"></script>
</head>
<body>
<div ${attrs.join(" ")}><noscript>GraphiQL needs JavaScript.</noscript></div>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(",")) {
    const [mediaType = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const [type, subtype] = mediaType.split("/");
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q=([0-9.]+)$/.exec(param.replace(/\s+/g, ""));
      if (match?.[1] !== undefined) q = Math.min(1, Math.max(0, Number(match[1]) || 0));
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** q of the most specific range matching `mediaType` (exact beats `type/*` beats `*\/*`), 0 if none. */
function quality(ranges: readonly MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split("/");
  let best = { specificity: -1, q: 0 };
  for (const r of ranges) {
    const specificity =
      r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === "*" ? 1 : r.type === "*" && r.subtype === "*" ? 0 : -1;
    if (specificity > best.specificity) best = { specificity, q: r.q };
  }
  return best.q;
}

/** dist/graphiql under the package root, found by walking up from this module (src/ or dist/). */
const defaultAssetDir = (): string => path.join(PACKAGE_ROOT, "dist", "graphiql");
