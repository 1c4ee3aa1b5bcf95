// The DataLoader machinery of the API: a loader is declared once, beside the fields that use it
// (`<concept>/<concept>.loaders.ts`, with `defineLoader`), and made per request, on first use, by
// the request's `RequestLoaders`. Every field that follows a relation goes through one, so a query
// costs one store call per relation and depth, not per parent. Keys that carry arguments (a
// lineage's direction and depth, a page's window) are batched by those arguments: one store call per
// distinct set of arguments, which a query fixes per field.

import DataLoader from "dataloader";
import type { GraphStore } from "../graph/port.js";

/**
 * A DataLoader that can also load ahead: a list's resolver loads, in one go, what its items' fields
 * will ask for, and those fields then take the value from `peek`, without a promise each (a promise
 * per item is most of what a nested query costs beyond its store calls). What failed to load is
 * not kept: the field asks `load`, which gives it the same error as ever, where it always was.
 */
export class AheadLoader<K, V, C = K> extends DataLoader<K, V, C> {
  readonly #loaded = new Map<C, V>();
  readonly #keyOf: (key: K) => C;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>) {
    super(batch, options);
    this.#keyOf = options?.cacheKeyFn ?? ((key: K) => key as unknown as C);
  }

  /** Loads the keys, through the batch like any load, and keeps what loaded for `peek`. */
  async preload(keys: readonly K[]): Promise<void> {
    const values = await this.loadMany(keys);
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      if (!(value instanceof Error)) this.#loaded.set(this.#keyOf(keys[i]!), value as V);
    }
  }

  /** The value `preload` loaded for the key (null included); undefined when it did not. */
  peek(key: K): V | undefined {
    return this.#loaded.get(this.#keyOf(key));
  }
}

/**
 * A batch function for keys made of an item and arguments: the keys are split by their arguments
 * (`groupOf`), and each group's items go to the store in one call (`read`), which answers one
 * result per item, in order.
 */
export function byArguments<K, V>(
  groupOf: (key: K) => string,
  itemOf: (key: K) => string,
  read: (items: string[], sample: K) => Promise<V[]>,
): DataLoader.BatchLoadFn<K, V> {
  return async (keys) => {
    const groups = new Map<string, number[]>();
    keys.forEach((key, i) => {
      const group = groupOf(key);
      const slots = groups.get(group);
      if (slots) slots.push(i);
      else groups.set(group, [i]);
    });
    const values = new Array<V>(keys.length);
    await Promise.all(
      [...groups.values()].map(async (slots) => {
        const found = await read(
          slots.map((i) => itemOf(keys[i]!)),
          keys[slots[0]!]!,
        );
        slots.forEach((slot, j) => (values[slot] = found[j]!));
      }),
    );
    return values;
  };
}

/** A loader of the API: how to make it for a request's store. Made with `defineLoader`. */
export interface LoaderDefinition<L> {
  /** For messages and debugging: the relation it loads. */
  readonly name: string;
  /** Its slot in every request's `RequestLoaders`. */
  readonly slot: number;
  /** `loaders`: the same request's others, for a loader built on them (a series walk reads through the node and recall loaders). */
  readonly create: (store: GraphStore, loaders: RequestLoaders) => L;
}

let slots = 0;

/**
 * Declares a loader, once, at module level beside the fields that use it. Each request makes its
 * own instance on first use (`ctx.loaders.get(definition)`), so nothing is cached across requests.
 */
export function defineLoader<L>(name: string, create: (store: GraphStore, loaders: RequestLoaders) => L): LoaderDefinition<L> {
  return Object.freeze({ name, slot: slots++, create });
}

/**
 * The request's loaders, each made on first use: a request follows a few relations, and making all
 * of them up front (a DataLoader, its cache map, its closures, each) cost more than a lookup's own
 * work. Slots in an array rather than a Map keyed by definition: a field asks for its loader once
 * per parent item.
 */
export class RequestLoaders {
  readonly #store: GraphStore;
  readonly #made: unknown[] = [];

  constructor(store: GraphStore) {
    this.#store = store;
  }

  get<L>(definition: LoaderDefinition<L>): L {
    return (this.#made[definition.slot] ??= definition.create(this.#store, this)) as L;
  }
}
