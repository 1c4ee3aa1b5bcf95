// Parses source texts on worker threads, so that parsing the next files overlaps writing the
// current batch on the main thread. Results come back as promises, one per file; the loader awaits
// them in input order, so the order of outcomes never depends on which thread parsed what.
//
// A worker holds a bounded number of files at a time; the rest wait here, and the loader's thread
// parses some of them itself (from the back of the queue, the files it needs last) whenever it
// would otherwise wait for a worker. So both cores parse while there is nothing to write, and the
// workers alone while the loader writes, with no fixed split to tune.

import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { parseSource, type SourceOptions } from "../ingest/source.js";
import { siblingWorker, tsxEntry } from "../worker-module.js";
import { fromWireError, type LocalParseResult, type ParseReply, type ParseRequest } from "./parse-wire.js";

/** Files sent to a worker per message: fewer, larger messages cost less than one per file. */
export const CHUNK_SIZE = 16;

/** Files a worker holds at most by default: enough to keep it busy while the loader writes a batch. */
export const DEFAULT_MAX_IN_FLIGHT = 256;

/**
 * Workers by default: all cores but the one that writes, at least 1, at most 3 (beyond that the
 * single SQLite writer is the limit). On 2 cores, 2 workers measured slower than 1 (three busy
 * threads on two cores) and cost about 80 MB more.
 */
export const defaultWorkerCount = (): number => Math.max(1, Math.min(3, availableParallelism() - 1));

const JOB = Symbol("job");

/** One file to parse; `result` settles once, whichever thread parsed it. */
export interface ParseTicket {
  readonly file: string;
  readonly result: Promise<LocalParseResult>;
}

interface Job {
  file: string;
  text: string;
  state: "queued" | "sent" | "done";
  settle: (result: LocalParseResult) => void;
}

interface WorkerSlot {
  worker: Worker;
  /** Files sent and not yet answered. */
  inFlight: number;
}

/** Parses in this thread, the error (if any) kept as thrown. */
export function parseHere(text: string, file: string, options: SourceOptions = {}): LocalParseResult {
  try {
    return { ok: true, parsed: parseSource(text, file, options) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The parse worker; under tsx or vitest a small bootstrap registers tsx in it first (see worker-module.ts). */
function startWorker(): Worker {
  const { file, execArgv } = siblingWorker(import.meta.url, "parse-worker");
  if (execArgv.length === 0) return new Worker(file);
  const api = pathToFileURL(tsxEntry("./esm/api")).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class ParsePool {
  readonly #slots: WorkerSlot[];
  readonly #maxInFlight: number;
  /** In input order; `#head` is the first not yet sent (or taken). */
  #queue: Job[] = [];
  #head = 0;
  readonly #waiting = new Map<number, Job[]>();
  #nextId = 0;
  #failure: Error | undefined;
  #closed = false;

  constructor(size: number = defaultWorkerCount(), options: { maxInFlight?: number } = {}) {
    this.#maxInFlight = Math.max(CHUNK_SIZE, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
    this.#slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: WorkerSlot = { worker: startWorker(), inFlight: 0 };
      slot.worker.on("message", (reply: ParseReply) => this.#receive(slot, reply));
      slot.worker.on("error", (error) => this.#fail(error));
      slot.worker.on("exit", (code) => {
        if (!this.#closed) this.#fail(new Error(`a parse worker exited unexpectedly (code ${code})`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Queues one file; full chunks go to the workers as they have room, the rest at `flush()`. */
  parse(file: string, text: string): ParseTicket {
    let settle!: (result: LocalParseResult) => void;
    const result = new Promise<LocalParseResult>((resolve) => (settle = resolve));
    const job: Job = { file, text, state: "queued", settle: () => {} };
    job.settle = (r) => {
      if (job.state === "done") return;
      job.state = "done";
      job.text = "";
      settle(r);
    };
    if (this.#failure || this.#closed) job.settle({ ok: false, error: this.#failure ?? new Error("the parse pool is closed") });
    else {
      this.#queue.push(job);
      this.#send(false);
    }
    return Object.assign({ file, result }, { [JOB]: job });
  }

  /** Sends queued files to workers with room, a last partial chunk included. */
  flush(): void {
    this.#send(true);
  }

  /**
   * Work for a thread that would wait for `ticket`: parses it here if no worker has it yet, else the
   * last queued file (the one needed last). False when there is nothing to parse here: await the ticket.
   */
  help(ticket: ParseTicket): boolean {
    const own = (ticket as { [JOB]?: Job })[JOB];
    if (own?.state === "queued") {
      this.#parseHere(own);
      return true;
    }
    if (own?.state === "done") return false;
    for (let i = this.#queue.length - 1; i >= this.#head; i--) {
      const job = this.#queue[i]!;
      if (job.state !== "queued") continue;
      this.#parseHere(job);
      this.#queue.length = i;
      return true;
    }
    return false;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #parseHere(job: Job): void {
    job.settle(parseHere(job.text, job.file));
  }

  #send(partial: boolean): void {
    if (this.#failure) return;
    for (;;) {
      while (this.#head < this.#queue.length && this.#queue[this.#head]!.state !== "queued") this.#head++;
      const queued = this.#queue.length - this.#head;
      if (queued === 0 || (!partial && queued < CHUNK_SIZE)) break;
      let slot = this.#slots[0]!;
      for (const s of this.#slots) if (s.inFlight < slot.inFlight) slot = s;
      if (slot.inFlight + Math.min(queued, CHUNK_SIZE) > this.#maxInFlight) break;
      const jobs: Job[] = [];
      for (let i = this.#head; i < this.#queue.length && jobs.length < CHUNK_SIZE; i++) {
        const job = this.#queue[i]!;
        if (job.state !== "queued") continue;
        job.state = "sent";
        jobs.push(job);
      }
      const id = this.#nextId++;
      slot.inFlight += jobs.length;
      this.#waiting.set(id, jobs);
      const request: ParseRequest = { id, jobs: jobs.map(({ file, text }) => ({ file, text })) };
      slot.worker.postMessage(request);
    }
    // Compact now and then: the queue holds only what is not yet sent.
    if (this.#head > 1024) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
  }

  #receive(slot: WorkerSlot, reply: ParseReply): void {
    const jobs = this.#waiting.get(reply.id);
    if (!jobs) return;
    this.#waiting.delete(reply.id);
    slot.inFlight -= jobs.length;
    reply.results.forEach((result, i) => jobs[i]?.settle(result.ok ? result : { ok: false, error: fromWireError(result.error) }));
    this.#send(false);
  }

  /** A worker that dies takes the run with it: every file still waiting fails with the same error. */
  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    const failed: LocalParseResult = { ok: false, error };
    for (const jobs of this.#waiting.values()) for (const job of jobs) job.settle(failed);
    this.#waiting.clear();
    for (const job of this.#queue) job.settle(failed);
    this.#queue = [];
    this.#head = 0;
  }
}

