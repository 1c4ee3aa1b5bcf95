// The citation explorer's page and bundle (web/explore, built by scripts/build-explore.mjs into
// dist/explore), served from memory at /explore like GraphiQL: no CDN, no request leaves the
// server. Unlike GraphiQL the explorer is optional: a server whose bundle was not built still
// starts, and /explore says how to build it.

import { existsSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";
import type { StaticAsset } from "./static-assets.js";
import { readStaticAssets } from "./static-assets.js";

/** The page; its assets are under `${EXPLORE_PATH}/`. */
export const EXPLORE_PATH = "/explore";
export const EXPLORE_PAGE_CONTENT_TYPE = "text/html; charset=utf-8";

/**
 * Only this server, for everything: the bundle's script and stylesheet, and /graphql for data.
 * No inline script (the page's settings travel in data attributes); styles set from script
 * (cytoscape sizes its canvases) are CSSOM writes, which style-src does not govern.
 */
export const EXPLORE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ExploreAssets {
  /** Why the explorer cannot be served (its bundle is not built), or null when it can. */
  readonly missing: string | null;
  /** The HTML page; `endpoint` is the GraphQL URL the explorer queries. */
  page(endpoint: string): string;
  /** A built file by request path (`/explore/explore.js`), or undefined if it is not one. */
  asset(pathname: string): StaticAsset | undefined;
}

const REQUIRED_FILES = ["explore.js", "explore.css"] as const;

/** True for the page's own paths (`/explore`, `/explore/`); its assets are matched by `asset()`. */
export function isExplorePage(pathname: string): boolean {
  return pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`;
}

/** Reads the built bundle into memory; a missing bundle is reported by `missing`, not thrown. */
export function loadExploreAssets(dir: string = path.join(PACKAGE_ROOT, "dist", "explore")): ExploreAssets {
  const absent = REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  if (absent.length > 0) {
    return {
      missing: `the citation explorer is not built (${absent.join(", ")} missing in ${path.basename(path.dirname(dir))}/${path.basename(dir)}): run \`npm run build\``,
      page: () => "",
      asset: () => undefined,
    };
  }
  const assets = readStaticAssets(dir, EXPLORE_PATH);
  return { missing: null, page: renderPage, asset: (pathname) => assets.get(pathname) };
}

function renderPage(endpoint: string): string {
  // `rel=icon href=data:,` stops the browser asking the server for /favicon.ico.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>resgraph — citation explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORE_PATH}/explore.css">
<script defer src="${EXPLORE_PATH}/explore.js"></script>
</head>
<body>
<div id="explore" data-endpoint="${escapeAttribute(endpoint)}"><noscript>The citation explorer needs JavaScript; the API itself is at ${escapeAttribute(endpoint)}.</noscript></div>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}
