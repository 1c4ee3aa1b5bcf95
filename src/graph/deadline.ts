// The deadline of the request a store call serves. The HTTP layer runs each request inside
// `withDeadline(signal, …)`; a store that can abandon work (the SQLite read pool stops the worker,
// see sqlite/read-pool.ts) reads the signal here, so a request that times out stops its reads too
// instead of leaving them to run on. AsyncLocalStorage carries it through the resolvers and the
// DataLoader batches they schedule, without threading it through every port call.

import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<AbortSignal>();

export function withDeadline<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

/** The current request's signal, if the call is made on behalf of one. */
export function currentDeadline(): AbortSignal | undefined {
  return scope.getStore();
}

/**
 * Runs `work` on behalf of no request: work shared by several requests (a metrics window computed
 * once for every request asking for it) must not stop when the request that started it ends. Its
 * store calls then keep only their own timeouts. Each request waits for it with `untilAborted`.
 */
export function withoutDeadline<T>(work: () => T): T {
  return scope.exit(work);
}

/** `shared`, or the current request's abort (its reason) if that comes first; the shared work goes on. */
export function untilAborted<T>(shared: Promise<T>, signal: AbortSignal | undefined = currentDeadline()): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

const abortReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error("the request was aborted"));
