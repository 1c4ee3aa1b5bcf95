// A page's built bundle (GraphiQL's, the explorer's), read once into memory and served by request
// path with a content-hash ETag. Only files of known types are served: anything else left in the
// build folder (source maps, notes) stays private, and no request path reaches the file system.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface StaticAsset {
  readonly contentType: string;
  readonly body: Buffer;
  /** Strong validator (content hash); compare with `If-None-Match` via `isNotModified`. */
  readonly etag: string;
  /** File names are not content-hashed, so browsers must revalidate; the ETag makes that cheap. */
  readonly cacheControl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The files of `dir` by request path `${base}/<name>`. */
export function readStaticAssets(dir: string, base: string): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const contentType = CONTENT_TYPES[path.extname(entry.name)];
    if (!entry.isFile() || contentType === undefined) continue;
    const body = readFileSync(path.join(dir, entry.name));
    assets.set(`${base}/${entry.name}`, {
      contentType,
      body,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      cacheControl: "public, max-age=0, must-revalidate",
    });
  }
  return assets;
}
