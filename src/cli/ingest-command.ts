import { loadConfig, type ConfigFlags } from "../config/config.js";
import { openStore } from "../graph/open-store.js";
import { collectInputFiles } from "../loader/input-files.js";
import { ingestFiles } from "../loader/ingest-files.js";
import { createLogger } from "../logger.js";
import type { CliIO } from "./io.js";
import { countsLine, linkLine, outcomeLine, summaryLine } from "./report.js";

/** Exit code 1 when any file failed: scripts can tell a partial ingest from a clean one. */
export async function ingestCommand(paths: string[], flags: ConfigFlags, io: CliIO): Promise<number> {
  const config = loadConfig(io.env, flags, io.cwd);
  const logger = createLogger(config.logLevel);
  const files = collectInputFiles(paths);
  const store = await openStore(config);
  try {
    const report = await ingestFiles(store, files, {
      logger,
      onFile: (outcome) => {
        const line = outcomeLine(outcome);
        if (line) (outcome.status === "failed" ? io.err : io.out)(line);
      },
    });
    io.out(summaryLine(report));
    for (const link of report.links) io.out(linkLine(link));
    io.out(`${store.description}: ${countsLine(await store.counts())}`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
