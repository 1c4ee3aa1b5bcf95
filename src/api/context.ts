import { QueryTooComplexError } from "../errors.js";
import type { GraphStore } from "../graph/port.js";
import { RequestLoaders } from "./loaders.js";

/** What every resolver receives; made anew for each request so loaders never cache across requests. */
export interface Context {
  store: GraphStore;
  loaders: RequestLoaders;
  budget: RequestBudget;
}

/**
 * Work whose cost validation cannot see, counted per request: a list asking each of its items for
 * a diff or a series does as many of them as the data holds, whatever the query's cost says.
 */
export class RequestBudget {
  readonly #spent = new Map<string, number>();

  /** Counts `amount` more `what` (one by default); beyond `max` in this request, QUERY_TOO_COMPLEX. */
  spend(what: string, max: number, amount = 1): void {
    const spent = (this.#spent.get(what) ?? 0) + amount;
    if (spent > max) throw new QueryTooComplexError(what, max);
    this.#spent.set(what, spent);
  }
}

export const createContext = (store: GraphStore): Context => ({ store, loaders: new RequestLoaders(store), budget: new RequestBudget() });
