// A store holding the bundled seeds, ingested through the same path as `resgraph serve --seed`, on
// the store this run is about (SQLite, or Neo4j in the `neo4j` project: store-under-test.ts).
import type { GraphStore } from "../../src/graph/port.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { ingestFiles, type IngestReport } from "../../src/loader/ingest-files.js";
import { createLogger } from "../../src/logger.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { openEmptyStore } from "./store-under-test.js";

export const quietLogger = createLogger("silent");

export async function seededStore(): Promise<{ store: GraphStore; report: IngestReport }> {
  const store = await openEmptyStore();
  const report = await ingestFiles(store, collectInputFiles([SEEDS_DIR]), { logger: quietLogger });
  return { store, report };
}
