import path from "node:path";
import { loadConfig, type ConfigFlags } from "../config/config.js";
import { openStore, servingStore } from "../graph/open-store.js";
import { collectInputFiles } from "../loader/input-files.js";
import { ingestFiles } from "../loader/ingest-files.js";
import { createLogger } from "../logger.js";
import { SEEDS_DIR } from "../package-root.js";
import { startServer } from "../server.js";
import type { CliIO } from "./io.js";
import { countsLine, linkLine, summaryLine } from "./report.js";

/** Inside the working directory, a relative path: what the user would type, and shorter to read. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

export interface ServeOptions extends ConfigFlags {
  seed?: boolean;
}

export async function serveCommand(options: ServeOptions, io: CliIO): Promise<number> {
  const config = loadConfig(io.env, options, io.cwd);
  const logger = createLogger(config.logLevel);
  let store = await openStore(config);
  try {
    if (options.seed) {
      const files = collectInputFiles([SEEDS_DIR]).map((f) => displayPath(f, io.cwd));
      const report = await ingestFiles(store, files, { logger });
      io.out(`seeds: ${summaryLine(report)}`);
      // A seed that cannot be parsed is worth a warning, not a refusal to serve the rest.
      for (const o of report.failures) if (o.error) io.err(`  not loaded: ${o.error.message}`);
      for (const link of report.links) io.out(linkLine(link));
    }
    // The API's reads go to worker threads once the seeds are written (the workers only read).
    store = servingStore(store, config);
    const server = await startServer({
      store,
      port: config.port,
      host: config.host,
      logger,
      development: config.development,
      limits: config.limits,
      maxBodyBytes: config.maxBodyBytes,
      requestTimeoutMs: config.requestTimeoutMs,
      corsOrigins: config.corsOrigins,
      inputLimits: config.inputLimits,
      fastExecution: config.fastExecution,
      rateLimit: { requests: config.rateLimit, windowSeconds: config.rateWindowSeconds },
      shutdownGraceMs: config.shutdownGraceMs,
    });
    io.out(`resgraph GraphQL API at ${server.url}  (open it in a browser for GraphiQL)`);
    io.out(`citation explorer at ${new URL("/explore", server.url).href}`);
    io.out(`store ${store.description}: ${countsLine(await store.counts())}`);
    const signal = await io.untilStopped();
    io.err(`${signal}: stopping (requests in flight get ${config.shutdownGraceMs} ms; send it again to exit at once)`);
    const unfinished = await server.close();
    if (unfinished > 0) io.err(`stopped with ${unfinished} request(s) unfinished after the grace period`);
    return 0;
  } finally {
    await store.close();
  }
}
