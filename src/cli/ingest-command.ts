import { loadConfig, type ConfigFlags } from "../config/config.js";
import { openStore } from "../graph/open-store.js";
import { collectInputs } from "../loader/input-files.js";
import { ingestFiles } from "../loader/ingest-files.js";
import { createLogger } from "../logger.js";
import type { CliIO } from "./io.js";
import { createProgress, LIST_FILES_UP_TO } from "./progress.js";
import { countsLine, linkLine, outcomeLine, skippedLine, summaryLine } from "./report.js";

/** Exit code 1 when any file failed: scripts can tell a partial ingest from a clean one. */
export async function ingestCommand(paths: string[], flags: ConfigFlags & { symbol?: string }, io: CliIO): Promise<number> {
  const { symbol, ...storeFlags } = flags;
  const config = loadConfig(io.env, storeFlags, io.cwd);
  const logger = createLogger(config.logLevel);
  const { files, skipped } = collectInputs(paths);
  // `--symbol` names one resolution: a directory of several texts would all be filed under it.
  if (symbol !== undefined && files.length !== 1) {
    io.err(`resgraph: --symbol names one resolution: give it one file (${files.length} found)`);
    return 2;
  }
  // Listed once, before anything is read: a file of an unsupported format is never ignored silently.
  if (skipped.length > 0) io.out(skippedLine(skipped));
  const store = await openStore(config);
  const progress = createProgress(io, files.length);
  const listFiles = files.length <= LIST_FILES_UP_TO;
  try {
    const report = await ingestFiles(store, files, {
      logger,
      ...(symbol !== undefined ? { symbol } : {}),
      onFile: (outcome) => {
        // A choice between two sources of one resolution is said however many files there are.
        const line = (listFiles || outcome.reason !== undefined) && outcome.status !== "failed" ? outcomeLine(outcome) : undefined;
        if (line) io.out(line);
        // What a file left out (a metadata line, a name that is no state) is said whatever the count.
        for (const note of outcome.notes ?? []) io.err(`  note      ${note}`);
      },
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    // Failures at the end, all together, where they cannot scroll away behind a progress bar.
    for (const failure of report.failures) io.err(outcomeLine(failure) ?? failure.file);
    io.out(summaryLine(report));
    for (const link of report.links) io.out(linkLine(link));
    io.out(`${store.description}: ${countsLine(await store.counts())}`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
