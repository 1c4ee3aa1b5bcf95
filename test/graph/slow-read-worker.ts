// A read worker for the read pool's tests: the real one (read-worker.ts), except that `search`
// first holds its thread in a busy loop for the milliseconds given as the search text ("slow:800"),
// as a pathological query would, or exhausts its heap ("exhaust-heap"). Busy, not sleeping: the worker must be stopped, not wait out a timer.

import realRead from "../../src/graph/sqlite/read-worker.js";
import type { ReadReply, ReadTask } from "../../src/graph/sqlite/read-wire.js";

/** Grows the heap until V8 stops the worker, as a read whose answer cannot fit would. */
function exhaustHeap(): never {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
}

export default async function read(task: ReadTask): Promise<ReadReply> {
  const text = task.method === "search" ? (task.args[0] as { text?: string }).text : undefined;
  if (text === "exhaust-heap") exhaustHeap();
  const slow = /^slow:(\d+)$/.exec(text ?? "");
  if (slow) {
    const until = Date.now() + Number(slow[1]);
    while (Date.now() < until) {
      // hold the thread
    }
    return { ok: true, value: { hits: [], total: 0 } };
  }
  return realRead(task);
}
