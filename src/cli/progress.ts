// Ingest progress: a bar on a terminal (files, paragraphs/s, ETA), a plain line every tenth of the
// way otherwise (CI logs, pipes), nothing for small runs that list their files anyway.

import cliProgress from "cli-progress";
import type { IngestProgress } from "../loader/ingest-files.js";
import type { CliIO } from "./io.js";

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

/** Below this many files, each file gets its own line and no progress is shown. */
export const LIST_FILES_UP_TO = 50;

const rate = (paragraphs: number, startedAt: number): number => {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(paragraphs / seconds) : 0;
};

export function createProgress(io: CliIO, total: number): ProgressReporter {
  const startedAt = performance.now();
  if (total <= LIST_FILES_UP_TO) return { update: () => undefined, stop: () => undefined };
  if (io.isTerminal) {
    const bar = new cliProgress.SingleBar(
      {
        format: "ingest {bar} {value}/{total} files | {rate} paragraphs/s | ETA {eta_formatted}",
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: 0 });
    return {
      update: (p) => bar.update(p.done, { rate: rate(p.paragraphs, startedAt) }),
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update: (p) => {
      if (p.done < (total * nextTenth) / 10 && p.done < total) return;
      while (p.done >= (total * nextTenth) / 10) nextTenth++;
      io.err(`ingest: ${p.done}/${total} files, ${rate(p.paragraphs, startedAt)} paragraphs/s`);
    },
    stop: () => undefined,
  };
}

/**
 * Progress of a command that counts records (export): a bar on a terminal, records/s and ETA;
 * nothing when stderr is not a terminal or when asked to be quiet (the summary says it all).
 * `total` undefined: the total is not known beforehand (a filtered export), so no bar that would
 * stop short of 100% and no ETA: the records so far and the rate.
 */
export function createRecordProgress(io: CliIO, what: string, total: number | undefined, quiet = false): { update(done: number): void; stop(): void } {
  if (quiet || !io.isTerminal || total === 0) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: total === undefined ? `${what} {value} records | {rate} records/s` : `${what} {bar} {value}/{total} records | {rate} records/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = performance.now();
  bar.start(total ?? 0, 0, { rate: 0 });
  return {
    update: (done) => bar.update(total === undefined ? done : Math.min(done, total), { rate: rate(done, startedAt) }),
    stop: () => bar.stop(),
  };
}
