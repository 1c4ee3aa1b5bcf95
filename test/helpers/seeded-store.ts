// A store holding the bundled seeds, ingested through the same path as `resgraph serve --seed`.
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import type { GraphStore } from "../../src/graph/port.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles, type IngestReport } from "../../src/loader/ingest-files.js";
import { createLogger } from "../../src/logger.js";
import { SEEDS_DIR } from "../../src/package-root.js";

export const quietLogger = createLogger("silent");

export async function seededStore(path = ":memory:"): Promise<{ store: GraphStore; report: IngestReport }> {
  const store = openSqliteStore(path);
  const report = await ingestFiles(store, collectInputFiles([SEEDS_DIR]), { logger: quietLogger });
  return { store, report };
}
