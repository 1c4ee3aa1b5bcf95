// Node's own HTTP server in front of Apollo: /graphql answers GraphQL (and the GraphiQL page to a
// browser), /graphiql/* serves the bundled IDE, /healthz says the process is up, /readyz whether
// the store answers. Each request runs under its own deadline (graph/deadline.ts), which the
// request timeout and a client hanging up both trigger, so its store reads stop with it.

import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { withDeadline } from "../graph/deadline.js";
import type { GraphStore } from "../graph/port.js";
import type { Logger } from "../logger.js";
import { createContext, type Context } from "../api/context.js";
import { GRAPHIQL_PAGE_CONTENT_TYPE, isNotModified, wantsGraphiql, type GraphiqlAssets } from "./graphiql.js";
import { EXPLORE_CSP, EXPLORE_PAGE_CONTENT_TYPE, isExplorePage, type ExploreAssets } from "./explore.js";
import type { ClientRateLimit } from "./rate-limit.js";

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
  /** The citation explorer at /explore; absent or unbuilt: /explore answers 404 saying why. */
  explore?: ExploreAssets;
  logger: Logger;
  /** Requests with a larger body are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  /** A GraphQL request still running after this is answered 503 with code TIMEOUT. */
  requestTimeoutMs: number;
  /** Origins allowed by CORS; `*` allows any. */
  corsOrigins: string[];
  /** Requests per client address; none when absent. Health probes are not counted. */
  rateLimit?: ClientRateLimit;
  /** True once the server is shutting down: new requests are refused, /readyz says so. */
  draining: () => boolean;
}

/** How long /readyz waits for the store before saying it is not ready. */
export const READY_TIMEOUT_MS = 2_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body larger than ${limit} bytes`, "PAYLOAD_TOO_LARGE"));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes`, "PAYLOAD_TOO_LARGE"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * Routes other than /graphql never read a body; one left unread makes the kernel reset the
 * connection when it closes, cutting off the answer (a 400 KB asset). Read it (within the same
 * size limit as /graphql) and drop it before answering.
 */
async function discardBody(req: IncomingMessage, limit: number): Promise<void> {
  if (!req.complete) await readBody(req, limit);
}

/** The request's URL, or undefined when its target is not a path (`http://[`). */
function requestUrl(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? "/", "http://localhost");
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(value));
}

const errorBody = (message: string, code: string, extensions: Record<string, unknown> = {}) => ({ errors: [{ message, extensions: { code, ...extensions } }] });

/** The store answers a cheap read within READY_TIMEOUT_MS; says why not otherwise, never where it lives. */
async function readiness(store: GraphStore): Promise<{ ready: true } | { ready: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), READY_TIMEOUT_MS)));
  try {
    const answer = await Promise.race([store.counts(), late]);
    return answer === "late" ? { ready: false, reason: `the store did not answer within ${READY_TIMEOUT_MS} ms` } : { ready: true };
  } catch (error) {
    return { ready: false, reason: error instanceof Error && "code" in error ? `the store failed (${String(error.code)})` : "the store failed" };
  } finally {
    clearTimeout(timer);
  }
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
  // Aborted by the timeout or by the client going away: either way its reads are abandoned.
  const deadline = new AbortController();
  const hungUp = () => {
    if (!res.writableFinished) deadline.abort(new Error("the client closed the connection"));
  };
  res.once("close", hungUp);
  const response = await withTimeout(
    withDeadline(deadline.signal, () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers: headerMap(req), search: url.search, body },
        context: async () => createContext(options.store),
      }),
    ),
    options.requestTimeoutMs,
    deadline,
  );
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

/** Rejects with a 503 when the work takes too long, and aborts `deadline` so its reads stop. */
function withTimeout<T>(work: Promise<T>, ms: number, deadline: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      deadline.abort(new Error("request timeout"));
      reject(new HttpError(503, `the request took longer than ${ms} ms`, "TIMEOUT"));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** CORS for browsers on other origins (a front-end dev server): only the origins configured. */
function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || origins.length === 0) return false;
  const allowed = origins.includes("*") ? "*" : origins.includes(origin) ? origin : undefined;
  if (!allowed) return false;
  res.setHeader("access-control-allow-origin", allowed);
  res.setHeader("vary", "origin");
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "content-type, apollo-require-preflight",
      "access-control-max-age": "600",
    });
    res.end();
    return true;
  }
  return false;
}

export function createRequestHandler(options: HandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase();
    // A request target that is not a path is the client's mistake, not a crash.
    const url = requestUrl(req);
    if (url === undefined) {
      sendJson(res, 400, errorBody("the request target is not a valid path", "BAD_REQUEST"));
      return;
    }
    const draining = options.draining();
    try {
      // Only /graphql reads a body, and only when it runs the request.
      if (url.pathname !== GRAPHQL_PATH || draining) await discardBody(req, options.maxBodyBytes);
      // Probes first: cheap, never rate limited, and answered while draining (readyz says so).
      if (url.pathname === "/healthz") {
        sendJson(res, 200, { status: "ok" });
        return;
      }
      if (url.pathname === "/readyz") {
        if (draining) {
          sendJson(res, 503, { status: "unavailable", reason: "shutting down" });
          return;
        }
        const ready = await readiness(options.store);
        if (ready.ready) sendJson(res, 200, { status: "ready" });
        else sendJson(res, 503, { status: "unavailable", reason: ready.reason });
        return;
      }
      if (draining) {
        sendJson(res, 503, errorBody("the server is shutting down", "SHUTTING_DOWN"), { connection: "close", "retry-after": "1" });
        return;
      }
      if (options.rateLimit) {
        const wait = await options.rateLimit.take(req.socket.remoteAddress ?? "unknown");
        if (wait !== null) {
          await discardBody(req, options.maxBodyBytes);
          const seconds = Math.max(1, Math.ceil(wait / 1000));
          sendJson(res, 429, errorBody(`too many requests from this address: try again in ${seconds} s`, "RATE_LIMITED", { retryAfter: seconds }), {
            "retry-after": String(seconds),
          });
          return;
        }
      }
      if (applyCors(req, res, options.corsOrigins)) return;
      if (url.pathname === GRAPHQL_PATH) {
        if (wantsGraphiql(method, req.headers.accept)) {
          res.writeHead(200, { "content-type": GRAPHIQL_PAGE_CONTENT_TYPE, "content-security-policy": GRAPHIQL_CSP });
          res.end(options.graphiql.page(GRAPHQL_PATH, { defaultQuery: GRAPHIQL_DEFAULT_QUERY }));
          return;
        }
        await graphql(req, res, url, options);
        return;
      }
      if (isExplorePage(url.pathname) && (method === "GET" || method === "HEAD")) {
        const explore = options.explore;
        if (!explore || explore.missing !== null) {
          sendJson(res, 404, { error: explore?.missing ?? "the citation explorer is not served here" });
          return;
        }
        res.writeHead(200, { "content-type": EXPLORE_PAGE_CONTENT_TYPE, "content-security-policy": EXPLORE_CSP });
        res.end(method === "HEAD" ? undefined : explore.page(GRAPHQL_PATH));
        return;
      }
      const asset =
        method === "GET" || method === "HEAD" ? (options.graphiql.asset(url.pathname) ?? options.explore?.asset(url.pathname)) : undefined;
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
      sendJson(res, 404, { error: `nothing at ${url.pathname}; the API is at ${GRAPHQL_PATH}` });
    } catch (error) {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendJson(res, error.status, errorBody(error.message, error.code));
        else res.end();
        return;
      }
      options.logger.error({ err: error, path: url.pathname }, "request failed");
      if (!res.headersSent) sendJson(res, 500, errorBody("internal server error", "INTERNAL_SERVER_ERROR"));
      else res.end();
    }
  };
}
