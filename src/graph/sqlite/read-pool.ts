// The API's SQLite reads off the main thread. better-sqlite3 is synchronous: a read that takes a
// second holds the event loop for that second, and nothing else is answered meanwhile (not even
// /healthz, not even SIGTERM). Here the port calls whose cost grows with the data or the input run
// on a small pool of worker threads (piscina), each with its own read-only connection (WAL lets
// them read beside the writer). Every call has a deadline, the request's (deadline.ts) or the
// pool's own: past it the worker running it is terminated and replaced, and the call fails with
// TimeoutError. Key lookups stay on the main thread: they cost microseconds, and a round trip to
// a worker would cost more than the lookup itself (measured in the README).

import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { StoreUnavailableError, TimeoutError } from "../../errors.js";
import { siblingWorker } from "../../worker-module.js";
import { currentDeadline } from "../deadline.js";
import type { GraphStore } from "../port.js";
import { fromWireError, type ReadReply, type ReadTask } from "./read-wire.js";

/** Port calls the workers answer: everything the API reads but the lookups by key. */
export const POOLED_READS = [
  "paragraphsOfResolutions",
  "referencesFromParagraphs",
  "referencesToTargets",
  "mentionsInParagraphs",
  "citingParagraphs",
  "recallsOf",
  "concernsOf",
  "sponsorsOf",
  "votesOf",
  "sponsorshipsOf",
  "votesOfCountries",
  "subjectsOf",
  "resolutionsOfSubjects",
  "analysesOfResolutions",
  "lineage",
  "lineages",
  "citationPath",
  "coMentions",
  "search",
  "findEntities",
  "resolutionsOfCountries",
  "findResolutions",
  "findParagraphs",
  "listResolutions",
  "counts",
  "graphCounts",
  // Graph metrics; graphVersion stays on the main thread (one tiny statement, asked per request).
  "citationCounts",
  "mostCited",
  "recallsInWindow",
] as const satisfies readonly (keyof GraphStore)[];

const POOLED = new Set<string>(POOLED_READS);

export interface ReadPoolOptions {
  /** Worker threads, each with its own connection. */
  threads: number;
  /** A call still running after this is stopped, whatever the request's own deadline. */
  timeoutMs: number;
  /** The worker module (tests give one that can be made slow); default read-worker beside this file. */
  worker?: { file: string; execArgv: string[] };
}

/** Threads by default: one per core, at least 2 (so one slow read never holds every reader), at most 4. */
export const defaultReadThreads = (): number => Math.min(4, Math.max(2, availableParallelism()));

/** V8 heap limits of a read worker, in MB (see the pool's options). */
const WORKER_OLD_GENERATION_MB = 128;
const WORKER_YOUNG_GENERATION_MB = 8;

/** Calls waiting for a worker, per thread, before new ones are refused as the server being busy. */
const QUEUE_PER_THREAD = 64;

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError";

/**
 * `store` with its pooled reads answered by workers over the same file (`path`: the workers open
 * it read-only, so the main store must have created and migrated it). Closing it stops the
 * workers, then closes `store`.
 */
export function withReadPool(store: GraphStore, path: string, options: ReadPoolOptions): GraphStore {
  const worker = options.worker ?? siblingWorker(import.meta.url, "read-worker");
  const pool = new Piscina<ReadTask, ReadReply>({
    filename: worker.file,
    execArgv: worker.execArgv,
    workerData: { path },
    minThreads: options.threads,
    maxThreads: options.threads,
    // Workers hold a connection and prepared statements: keep them rather than start one per burst.
    idleTimeout: Number.POSITIVE_INFINITY,
    maxQueue: options.threads * QUEUE_PER_THREAD,
    // A worker's heap holds one call's rows at a time; without a cap V8 lets each worker's heap
    // grow lazily towards the process's limit, and the server's RSS crept up under load. A call
    // whose answer would not fit fails alone (the worker is replaced), as a StoreUnavailableError.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  let closed = false;

  const run = async (method: string, args: unknown[]): Promise<unknown> => {
    if (closed) throw new StoreUnavailableError(store.description, "the store is closed");
    const request = currentDeadline();
    if (request?.aborted) throw new TimeoutError(method, options.timeoutMs);
    const own = AbortSignal.timeout(options.timeoutMs);
    const signal = request ? AbortSignal.any([own, request]) : own;
    let reply: ReadReply;
    try {
      reply = await pool.run({ method, args }, { signal });
    } catch (error) {
      if (isAbort(error)) throw new TimeoutError(method, options.timeoutMs, { cause: error });
      if (error instanceof Error && /queue is at limit/i.test(error.message)) {
        throw new StoreUnavailableError(store.description, "too many reads waiting", { cause: error });
      }
      throw new StoreUnavailableError(store.description, `a read worker failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (!reply.ok) throw fromWireError(reply.error);
    return reply.value;
  };

  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === "close") {
        return async () => {
          if (!closed) {
            closed = true;
            await pool.destroy();
          }
          await target.close();
        };
      }
      if (typeof property === "string" && POOLED.has(property)) return (...args: unknown[]) => run(property, args);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
