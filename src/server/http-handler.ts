// Node's own HTTP server in front of Apollo: /graphql answers GraphQL (and the GraphiQL page to a
// browser), /graphiql/* serves the bundled IDE, /healthz says whether the store answers.

import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphStore } from "../graph/port.js";
import type { Logger } from "../logger.js";
import { createContext, type Context } from "../resolvers/context.js";
import { GRAPHIQL_PAGE_CONTENT_TYPE, isNotModified, wantsGraphiql, type GraphiqlAssets } from "./graphiql.js";

export const GRAPHQL_PATH = "/graphql";

/** What a first-time visitor sees in GraphiQL: a query that runs on the seeds. */
const GRAPHIQL_DEFAULT_QUERY = `# resgraph: the citation graph of UN resolutions. Run with Ctrl-Enter or the play button.
# The Docs panel (top left) lists every type and field.
{
  resolution(symbol: "S/RES/660 (1990)") {
    symbol
    title
    adoptedOn
    citedBy {
      verb
      from { symbol adoptedOn }
      paragraph { key text }
    }
  }
}
`;

/** The browser itself refuses any request the IDE might make outside this server. */
const GRAPHIQL_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'";

export interface HandlerOptions {
  apollo: ApolloServer<Context>;
  store: GraphStore;
  graphiql: GraphiqlAssets;
  logger: Logger;
  /** Requests with a larger body are refused with 413 before they are parsed. */
  maxBodyBytes: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body larger than ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, options: HandlerOptions): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  const raw = method === "POST" ? await readBody(req, options.maxBodyBytes) : "";
  let body: unknown = raw;
  if (method === "POST" && (req.headers["content-type"] ?? "").includes("json")) {
    try {
      body = raw === "" ? {} : JSON.parse(raw);
    } catch {
      throw new HttpError(400, "request body is not valid JSON");
    }
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers: headerMap(req), search: url.search, body },
    context: async () => createContext(options.store),
  });
  const headers: Record<string, string> = {};
  for (const [key, value] of response.headers) headers[key] = value;
  res.writeHead(response.status ?? 200, headers);
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export function createRequestHandler(options: HandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = (req.method ?? "GET").toUpperCase();
    try {
      if (url.pathname === GRAPHQL_PATH) {
        if (wantsGraphiql(method, req.headers.accept)) {
          res.writeHead(200, { "content-type": GRAPHIQL_PAGE_CONTENT_TYPE, "content-security-policy": GRAPHIQL_CSP });
          res.end(options.graphiql.page(GRAPHQL_PATH, { defaultQuery: GRAPHIQL_DEFAULT_QUERY }));
          return;
        }
        await graphql(req, res, url, options);
        return;
      }
      const asset = method === "GET" || method === "HEAD" ? options.graphiql.asset(url.pathname) : undefined;
      if (asset) {
        const common = { etag: asset.etag, "cache-control": asset.cacheControl };
        if (isNotModified(asset, req.headers["if-none-match"])) {
          res.writeHead(304, common);
          res.end();
          return;
        }
        res.writeHead(200, { ...common, "content-type": asset.contentType, "content-length": asset.body.length });
        res.end(method === "HEAD" ? undefined : asset.body);
        return;
      }
      if (url.pathname === "/" && method === "GET") {
        res.writeHead(302, { location: GRAPHQL_PATH });
        res.end();
        return;
      }
      if (url.pathname === "/healthz") {
        sendJson(res, 200, { status: "ok", store: options.store.description, ...(await options.store.counts()) });
        return;
      }
      sendJson(res, 404, { error: `nothing at ${url.pathname}; the API is at ${GRAPHQL_PATH}` });
    } catch (error) {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendJson(res, error.status, { errors: [{ message: error.message }] });
        else res.end();
        return;
      }
      options.logger.error({ err: error, path: url.pathname }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "internal server error" }] });
      else res.end();
    }
  };
}
