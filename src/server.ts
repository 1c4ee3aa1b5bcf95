// Starts the API over a store: Apollo behind Node's HTTP server, with the bundled GraphiQL, and
// stops it cleanly: no new requests, the ones in flight given a grace period, then the sockets.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ListenError } from "./errors.js";
import type { GraphStore } from "./graph/port.js";
import type { Logger } from "./logger.js";
import { createApollo } from "./server/apollo.js";
import { loadGraphiqlAssets } from "./server/graphiql.js";
import { loadExploreAssets } from "./server/explore.js";
import { createRequestHandler, GRAPHQL_PATH } from "./server/http-handler.js";
import type { InputLimits } from "./server/input-limits.js";
import type { QueryLimits } from "./server/limits.js";
import { clientRateLimit } from "./server/rate-limit.js";

export interface ServerOptions {
  store: GraphStore;
  port: number;
  host: string;
  logger: Logger;
  development?: boolean;
  /** Where the GraphiQL bundle was built; defaults to the package's dist/graphiql. */
  graphiqlDir?: string;
  /** Where the citation explorer's bundle was built; defaults to the package's dist/explore. */
  exploreDir?: string;
  maxBodyBytes?: number;
  /** Milliseconds a request may take, from receipt to answer. */
  requestTimeoutMs?: number;
  limits?: QueryLimits;
  inputLimits?: InputLimits;
  /** config `fastExecution`: see createApollo. */
  fastExecution?: boolean;
  /** Origins allowed by CORS (`*` for any); empty: no CORS headers. */
  corsOrigins?: string[];
  /** Requests per client address per window; no limit when absent or 0. */
  rateLimit?: { requests: number; windowSeconds: number };
  /** How long `close()` lets requests in flight finish, in ms (default 10 s). */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  /** e.g. `http://localhost:4000/graphql` */
  url: string;
  port: number;
  /**
   * Stops accepting connections, answers new requests on open ones with 503 SHUTTING_DOWN, waits
   * for those in flight up to the grace period, then closes every socket. Resolves with how many
   * requests were still running when the grace period ended (0: a clean stop).
   */
  close(): Promise<number>;
}

const LISTEN_REASONS: Record<string, string> = {
  EADDRINUSE: "the port is already in use (set PORT or --port to another)",
  EACCES: "permission denied (ports below 1024 need privileges)",
  EADDRNOTAVAIL: "the address is not available on this machine",
  ENOTFOUND: "unknown host",
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(new ListenError(`${host}:${port}`, LISTEN_REASONS[error.code ?? ""] ?? error.message, { cause: error }));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const development = options.development ?? false;
  const graphiql = loadGraphiqlAssets(options.graphiqlDir);
  const apollo = createApollo({
    development,
    logger: options.logger,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.inputLimits ? { inputLimits: options.inputLimits } : {}),
    ...(options.fastExecution !== undefined ? { fastExecution: options.fastExecution } : {}),
  });
  await apollo.start();
  let draining = false;
  const rate = options.rateLimit;
  const handler = createRequestHandler({
    apollo,
    store: options.store,
    graphiql,
    explore: loadExploreAssets(options.exploreDir),
    logger: options.logger,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    corsOrigins: options.corsOrigins ?? [],
    ...(rate && rate.requests > 0 ? { rateLimit: clientRateLimit(rate.requests, rate.windowSeconds) } : {}),
    draining: () => draining,
  });
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const server = createServer((req, res) => {
    inFlight += 1;
    res.once("close", () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    void handler(req, res);
  });
  // Node's own limit on receiving a request: a slow client cannot hold a connection open forever.
  server.requestTimeout = (options.requestTimeoutMs ?? 10_000) + 5_000;
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    port,
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections with no request in flight would hold close() until they time out.
      server.closeIdleConnections();
      const grace = options.shutdownGraceMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          idle = resolve;
          if (inFlight === 0) resolve();
        }),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, grace))),
      ]);
      clearTimeout(timer);
      const unfinished = inFlight;
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      return unfinished;
    },
  };
}
