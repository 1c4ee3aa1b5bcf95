// Export at scale: the synthetic corpus of N = BENCH_N resolutions (default 50,000; the cached
// database of server-child.ts's cachedDatabase, copied so that opening it may migrate it) exported
// in every format, each in a child process of its own so that its memory is its own: seconds,
// records/s, MB written and MB/s, and the process's resident memory after opening the store beside
// its peak during the export (flat memory: the peak stays near the baseline whatever N is).
//
//   npx tsx bench/export.ts            (or as the export section of `npm run bench`)
//   npx tsx bench/export.ts --neo4j    (Neo4j: a throwaway server started and stopped here, as
//                                       bench/metrics.ts --neo4j does, loaded with the UN metadata of
//                                       BENCH_EXPORT_NEO4J_N resolutions, default 5,000, each voted on
//                                       by BENCH_EXPORT_NEO4J_STATES states, default 150: the shape
//                                       that made keyset paging re-read each state's votes per page;
//                                       the export as JSON Lines, its seconds and heap peak)

import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startNeo4j } from "../scripts/neo4j-server.mjs";
import { loadConfig } from "../src/config/config.js";
import type { ResolutionMetadata } from "../src/domain.js";
import { EXPORT_FORMATS, type ExportFormat } from "../src/export/options.js";
import { openNeo4jStore } from "../src/graph/neo4j/store.js";
import type { MetadataItem } from "../src/graph/port.js";
import { exportStore } from "../src/export/run-export.js";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { benchN } from "./ingest.js";
import { cachedDatabase } from "./server-child.js";

export interface ExportRun {
  format: ExportFormat;
  records: number;
  seconds: number;
  bytes: number;
  files: number;
  /** Resident memory once the store is open, before the export, and the most seen during it. */
  rssOpenMb: number;
  rssPeakMb: number;
  heapPeakMb: number;
}

export interface ExportFigures {
  n: number;
  runs: ExportRun[];
}

const MB = 1024 * 1024;
const SELF = fileURLToPath(import.meta.url);

/** The child: one format, one export, its figures as one JSON line on stdout. */
async function child(format: ExportFormat, db: string, out: string): Promise<void> {
  const store = openSqliteStore(db);
  // What the store itself costs (the page cache, prepared statements) is before the export.
  await store.graphCounts();
  global.gc?.();
  const rssOpen = process.memoryUsage.rss();
  let rssPeak = rssOpen;
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  const summary = await exportStore(store, { format, out, onProgress: sample });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  sample();
  await store.close();
  const records = Object.values(summary.nodes).reduce((a, b) => a + b, 0) + Object.values(summary.relationships).reduce((a, b) => a + b, 0);
  const run: ExportRun = {
    format,
    records,
    seconds,
    bytes: summary.files.reduce((a, f) => a + f.bytes, 0),
    files: summary.files.length,
    rssOpenMb: rssOpen / MB,
    rssPeakMb: rssPeak / MB,
    heapPeakMb: heapPeak / MB,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function runChild(format: ExportFormat, db: string, out: string): Promise<ExportRun> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "--import", "tsx", SELF, "--child", format, db, out], {
      env: { ...process.env, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    p.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    p.on("error", reject);
    p.on("close", (code) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{")) reject(new Error(`export child (${format}) exited ${code}: ${stdout.slice(-2000)}`));
      else resolve(JSON.parse(line) as ExportRun);
    });
  });
}

export async function benchExport({ log = (_: string) => undefined }: { log?: (line: string) => void } = {}): Promise<ExportFigures> {
  const n = benchN();
  const { db: cached } = await cachedDatabase(n, log);
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-bench-export-"));
  try {
    const db = path.join(dir, "store.db");
    copyFileSync(cached, db);
    if (existsSync(`${cached}-wal`)) copyFileSync(`${cached}-wal`, `${db}-wal`);
    // Opened once here, so that a migration of the cached file is not timed as part of an export.
    await openSqliteStore(db).close();
    const runs: ExportRun[] = [];
    for (const format of EXPORT_FORMATS) {
      log(`  export ${format} …`);
      const out = path.join(dir, format);
      runs.push(await runChild(format, db, out));
      rmSync(out, { recursive: true, force: true });
    }
    return { n, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fixed = (x: number, digits = 1): string => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function printExport(f: ExportFigures): void {
  console.log(`export (resgraph export; the synthetic corpus, N = ${f.n.toLocaleString("en-US")} resolutions, on SQLite; each format in a process of its own)`);
  console.log("  format        records      seconds   records/s      MB     MB/s   RSS open → peak (MB)   heap peak (MB)");
  for (const r of f.runs) {
    console.log(
      `  ${r.format.padEnd(12)} ${r.records.toLocaleString("en-US").padStart(10)} ${fixed(r.seconds).padStart(10)} ${Math.round(r.records / r.seconds)
        .toLocaleString("en-US")
        .padStart(11)} ${fixed(r.bytes / MB, 0).padStart(7)} ${fixed(r.bytes / MB / r.seconds).padStart(8)}   ${fixed(r.rssOpenMb, 0).padStart(6)} → ${fixed(r.rssPeakMb, 0).padEnd(8)}      ${fixed(r.heapPeakMb, 0).padStart(6)}`,
    );
  }
}

const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw ? Number(raw) : fallback;
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
};

/** The metadata of resolution i: a recorded vote of every one of `states` states (codes S000, S001 …). */
function votedMetadata(i: number, states: number): MetadataItem {
  const symbol = `A/RES/${70 + Math.floor(i / 1000)}/${(i % 1000) + 1}`;
  const votes = Array.from({ length: states }, (_, s) => ({ country: `S${String(s).padStart(3, "0")}`, name: `State ${s}`, vote: (["yes", "no", "abstain"] as const)[(i + s) % 3]! }));
  const metadata: ResolutionMetadata = { symbol, adoptionType: "Recorded vote", votes, sponsors: [], subjects: [] };
  return { metadata, source: { path: "bench/metadata.jsonl", hash: `bench:${symbol}`.padEnd(64, "0") } };
}

export interface Neo4jExportFigures {
  resolutions: number;
  states: number;
  records: number;
  seconds: number;
  heapPeakMb: number;
}

export async function benchExportNeo4j(log: (line: string) => void = () => undefined): Promise<Neo4jExportFigures> {
  const n = envInt("BENCH_EXPORT_NEO4J_N", 5_000);
  const states = envInt("BENCH_EXPORT_NEO4J_STATES", 150);
  const dir = mkdtempSync(path.join(tmpdir(), "resgraph-bench-export-neo4j-"));
  log("  starting a throwaway Neo4j server …");
  const server = await startNeo4j({ quiet: true, heap: "2g", pagecache: "1g", jvm: ["-XX:TieredStopAtLevel=4"] });
  try {
    const store = await openNeo4jStore(loadConfig({ ...process.env, RESGRAPH_STORE: "neo4j", NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password }));
    try {
      const t0 = performance.now();
      for (let i = 0; i < n; i += 250) {
        await store.upsertMetadata(Array.from({ length: Math.min(250, n - i) }, (_, k) => votedMetadata(i + k, states)));
      }
      log(`  ${n.toLocaleString("en-US")} resolutions × ${states} votes loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      let heapPeak = process.memoryUsage().heapUsed;
      const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
      const t1 = performance.now();
      const summary = await exportStore(store, { format: "jsonl", out: path.join(dir, "jsonl"), onProgress: sample });
      const seconds = (performance.now() - t1) / 1000;
      const records = Object.values(summary.nodes).reduce((a, b) => a + b, 0) + Object.values(summary.relationships).reduce((a, b) => a + b, 0);
      return { resolutions: n, states, records, seconds, heapPeakMb: heapPeak / MB };
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printExportNeo4j(f: Neo4jExportFigures): void {
  console.log(`export on Neo4j (jsonl; the metadata of ${f.resolutions.toLocaleString("en-US")} resolutions, each voted on by ${f.states} states)`);
  console.log(`  ${f.records.toLocaleString("en-US")} records in ${fixed(f.seconds)} s: ${Math.round(f.records / f.seconds).toLocaleString("en-US")} records/s, heap peak ${fixed(f.heapPeakMb, 0)} MB`);
}

if (process.argv[1] === SELF) {
  const [, , flag, format, db, out] = process.argv;
  if (flag === "--child") await child(format as ExportFormat, db!, out!);
  else if (flag === "--neo4j") printExportNeo4j(await benchExportNeo4j((line) => console.error(line)));
  else printExport(await benchExport({ log: (line) => console.error(line) }));
}
