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
