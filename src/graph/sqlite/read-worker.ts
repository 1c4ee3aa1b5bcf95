// A read worker of the API's SQLite store (read-pool.ts): its own read-only connection to the
// file, answering one port call at a time. WAL lets it read while the main connection writes.

import { workerData } from "piscina";
import type { GraphStore } from "../port.js";
import { openSqliteStore } from "./store.js";
import { toWireError, type ReadReply, type ReadTask } from "./read-wire.js";

const { path } = workerData as { path: string };
const store = openSqliteStore(path, { readonly: true });

export default async function read(task: ReadTask): Promise<ReadReply> {
  try {
    const method = store[task.method as keyof GraphStore];
    if (typeof method !== "function") throw new Error(`not a port call: ${task.method}`);
    const value: unknown = await (method as (...args: unknown[]) => Promise<unknown>).apply(store, task.args);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}
