// Peak resident memory of a run. Ingest is synchronous work (parsing, better-sqlite3) between
// promises that resolve at once, so a timer on the main thread would never fire during it: the
// sampler runs on a worker thread, where process.memoryUsage.rss() still reads the whole process's
// RSS, every 100 ms. The kernel's own high-water mark (VmHWM, Linux) is read as a cross-check.
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

// The peak so far (in KiB) and the sample count live in shared memory, so the busy main thread
// can read them synchronously at checkpoints.
const SAMPLER = `
const { workerData } = require("node:worker_threads");
const shared = new Int32Array(workerData.buffer);
const sample = () => {
  const kib = Math.ceil(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(shared, 0)) Atomics.store(shared, 0, kib);
  Atomics.add(shared, 1, 1);
};
sample();
setInterval(sample, workerData.intervalMs);
`;

export interface RssReport {
  /** Largest sample, end of run included (bytes). */
  peakRss: number;
  samples: number;
  startRss: number;
  endRss: number;
  /** Kernel high-water mark of the process (bytes), when /proc says. */
  hwm?: number;
}

export interface RssSampler {
  /** Peak RSS so far (bytes), the current RSS included. */
  peakSoFar(): number;
  stop(): Promise<RssReport>;
}

function kernelHighWaterMark(): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function startRssSampler(intervalMs = 100): Promise<RssSampler> {
  const startRss = process.memoryUsage.rss();
  const buffer = new SharedArrayBuffer(8);
  const shared = new Int32Array(buffer);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { intervalMs, buffer } });
  await new Promise<void>((resolve, reject) => {
    worker.once("online", () => resolve());
    worker.once("error", reject);
  });
  const peakSoFar = (): number => Math.max(Atomics.load(shared, 0) * 1024, process.memoryUsage.rss());
  return {
    peakSoFar,
    async stop(): Promise<RssReport> {
      const endRss = process.memoryUsage.rss();
      const peakRss = Math.max(peakSoFar(), endRss);
      const samples = Atomics.load(shared, 1) + 1;
      await worker.terminate();
      const hwm = kernelHighWaterMark();
      return { peakRss, samples, startRss, endRss, ...(hwm ? { hwm } : {}) };
    },
  };
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
