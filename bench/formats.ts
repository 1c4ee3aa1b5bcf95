// The UN's own formats at scale: the General Assembly's AKN4UN XML files of sessions 75–77 with their
// metadata lines, ingested end to end (`ingestFiles`, as `resgraph ingest` runs it) into a fresh
// SQLite file, then the same files again (every one unchanged). The files are not in the repository
// (UNxml/GAresolutions, see README): RESGRAPH_AKN_DIR names the folder, else ../shared/akn beside
// the checkout is used when present, else the section says it is skipped.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { collectInputs } from "../src/loader/input-files.js";
import { ingestFiles } from "../src/loader/ingest-files.js";
import { createLogger } from "../src/logger.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { fmt } from "./stats.js";

export function aknDir(): string | undefined {
  const dir = process.env.RESGRAPH_AKN_DIR ?? path.join(PACKAGE_ROOT, "..", "shared", "akn");
  return existsSync(dir) ? dir : undefined;
}

export interface AknIngestFigures {
  dir: string;
  files: number;
  resolutions: number;
  metadataFiles: number;
  failed: number;
  paragraphs: number;
  seconds: number;
  resolutionsPerSecond: number;
  paragraphsPerSecond: number;
  /** The second run over the same files: every file skipped by its content hash. */
  againSeconds: number;
}

export async function benchAknIngest(dir: string): Promise<AknIngestFigures> {
  const work = mkdtempSync(path.join(tmpdir(), "resgraph-bench-akn-"));
  const store = openSqliteStore(path.join(work, "akn.db"));
  try {
    const { files } = collectInputs([dir]);
    const logger = createLogger("silent");
    let resolutions = 0;
    let metadataFiles = 0;
    const t0 = performance.now();
    const report = await ingestFiles(store, files, {
      logger,
      onFile: (o) => {
        if (o.kind === "metadata") metadataFiles++;
        else if (o.kind === "resolution" && (o.status === "created" || o.status === "replaced")) resolutions++;
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await ingestFiles(store, files, { logger });
    const againSeconds = (performance.now() - t1) / 1000;
    return {
      dir,
      files: files.length,
      resolutions,
      metadataFiles,
      failed: report.failed,
      paragraphs: report.paragraphs,
      seconds,
      resolutionsPerSecond: resolutions / seconds,
      paragraphsPerSecond: report.paragraphs / seconds,
      againSeconds,
    };
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export function printAknIngest(f: AknIngestFigures): void {
  console.log("the UN's AKN4UN XML and metadata lines, `ingestFiles` into a fresh SQLite file");
  console.log(
    `  ${f.files} files (${f.resolutions} resolutions, ${f.metadataFiles} metadata files, ${f.failed} failed): ${fmt(f.seconds)} s, ` +
      `${Math.round(f.resolutionsPerSecond)} resolutions/s, ${Math.round(f.paragraphsPerSecond).toLocaleString("en")} paragraphs/s (goal ≥ 500 resolutions/s)`,
  );
  console.log(`  again, every file unchanged: ${fmt(f.againSeconds)} s`);
}
