// Starts the API over a store: Apollo behind Node's HTTP server, with the bundled GraphiQL.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ListenError } from "./errors.js";
import type { GraphStore } from "./graph/port.js";
import type { Logger } from "./logger.js";
import { createApollo } from "./server/apollo.js";
import { loadGraphiqlAssets } from "./server/graphiql.js";
import { createRequestHandler, GRAPHQL_PATH } from "./server/http-handler.js";
import type { QueryLimits } from "./server/limits.js";

export interface ServerOptions {
  store: GraphStore;
  port: number;
  host: string;
  logger: Logger;
  development?: boolean;
  /** Where the GraphiQL bundle was built; defaults to the package's dist/graphiql. */
  graphiqlDir?: string;
  maxBodyBytes?: number;
  /** Milliseconds a request may take, from receipt to answer. */
  requestTimeoutMs?: number;
  limits?: QueryLimits;
  /** Origins allowed by CORS (`*` for any); empty: no CORS headers. */
  corsOrigins?: string[];
}

export interface RunningServer {
  /** e.g. `http://localhost:4000/graphql` */
  url: string;
  port: number;
  close(): Promise<void>;
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
  const apollo = createApollo({ development, logger: options.logger, ...(options.limits ? { limits: options.limits } : {}) });
  await apollo.start();
  const handler = createRequestHandler({
    apollo,
    store: options.store,
    graphiql,
    logger: options.logger,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    corsOrigins: options.corsOrigins ?? [],
  });
  const server = createServer((req, res) => void handler(req, res));
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
