// The graph metrics the API serves, for a whole server process: `influential` (PageRank over the
// RECALLS subgraph of a window, src/metrics/pagerank.ts) and `mostCited` (the store's own ranking),
// both cached. One instance per process, created with the store (not per request: the cache is
// what makes a repeated window cost microseconds instead of a PageRank).
//
// Cache: results keyed by the store's graphVersion() and the call's arguments, in two bounded LRU
// maps: windows (a year window's PageRank, one score per resolution of it, and its rankings by body:
// the large entries, `maxWindows`) and pages (`maxPages`, small). Any write to the store (this
// process, or `resgraph ingest` in another one) changes the version, and the first call that reads
// a new version drops every entry, which no call could ask for again. The version is read once per
// call: one tiny statement on SQLite (about 10 µs, on the main thread), one indexed read on Neo4j
// (a round trip, about a millisecond); calls made while a read is in flight share it, so a call can
// be answered from the version read at most one round trip before it began. `versionTtlMs` > 0
// reuses a version for that long instead (fewer round trips, at the price of answering from data
// up to that old after a write); the default, 0, reads it per call.
//
// A cold miss is computed once even when many calls ask at the same time: they wait for the same
// promise. A failed computation is not kept. PageRank runs on the calling thread, the subgraph is
// read on the store's read workers (SQLite) or server (Neo4j): on the 50,000-resolution corpus,
// for a 10-year window (14,465 resolutions, 17,038 citing pairs) the read takes about 60 ms and
// PageRank 6 ms; for all years (48,872 and 85,122) 350 ms and 36 ms (bench/metrics.ts).

import { BadUserInputError } from "../errors.js";
import { untilAborted, withoutDeadline } from "../graph/deadline.js";
import { given, nonNegativeInteger } from "../graph/port-checks.js";
import type { CitationWindow, GraphStore, MostCitedArgs, MostCitedPage, RecallSubgraph, ResolutionNode, YearWindow } from "../graph/port.js";
import { byScore, pageRank, type PageRankOptions, type RankedSymbol } from "./pagerank.js";

/** What the service needs of a store. */
export type MetricsStore = Pick<GraphStore, "graphVersion" | "recallsInWindow" | "mostCited" | "resolutionNodes">;

export interface MetricsServiceOptions {
  /**
   * Windows whose PageRank and rankings are kept (default 16): the large entries, one score per
   * resolution of the window (about 6 MB for a window of 50,000 resolutions).
   */
  maxWindows?: number;
  /** Pages kept, of `influential` and `mostCited` together (default 256): small entries. */
  maxPages?: number;
  /** How long a version read stays good, in ms; default 0: read per call. */
  versionTtlMs?: number;
  /** PageRank's parameters (pagerank.ts PAGERANK_DEFAULTS). */
  pageRank?: Partial<PageRankOptions>;
  /** The clock of versionTtlMs (tests). */
  now?: () => number;
}

/** Keyset cursor of `influential`: the last item's score and symbol. */
export interface InfluentialCursor {
  score: number;
  symbol: string;
}

export interface InfluentialItem {
  node: ResolutionNode;
  /** PageRank within the window's subgraph (all bodies: a body filter selects, never rescores); a window's scores sum to 1. */
  score: number;
  /** 1-based position in the window's ranking (after the body filter). */
  rank: number;
}

export interface InfluentialPage {
  items: InfluentialItem[];
  /** Resolutions of the window's subgraph (of the body, when given): every end of a citation made in the window. */
  totalCount: number;
  hasNextPage: boolean;
}

interface Scores {
  ranked: RankedSymbol[];
  bodies: Map<string, string | null>;
}

export const DEFAULT_MAX_WINDOWS = 16;
export const DEFAULT_MAX_PAGES = 256;

/**
 * Promises by key, least recently used dropped beyond `max`. A promise is kept from the start of its
 * computation, so that calls arriving meanwhile wait for it rather than compute again; one that
 * fails is dropped, so that the next call tries again.
 */
class LruCache {
  readonly #max: number;
  /** Insertion order is recency: a hit moves to the end, the first entry is the least recently used. */
  readonly #entries = new Map<string, Promise<unknown>>();

  constructor(max: number) {
    this.#max = Math.max(1, max);
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }

  getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.#entries.get(key) as Promise<T> | undefined;
    if (found) {
      this.#entries.delete(key);
      this.#entries.set(key, found);
      return found;
    }
    const made = compute();
    this.#entries.set(key, made);
    made.catch(() => {
      if (this.#entries.get(key) === made) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return made;
  }
}

export class MetricsService {
  readonly #store: MetricsStore;
  readonly #versionTtlMs: number;
  readonly #pageRank: Partial<PageRankOptions>;
  readonly #now: () => number;
  readonly #windows: LruCache;
  readonly #pages: LruCache;
  /** The latest version read, and when it was asked for. */
  #version: { value: string; at: number } | undefined;
  #versionInFlight: Promise<string> | undefined;

  constructor(store: MetricsStore, options: MetricsServiceOptions = {}) {
    this.#store = store;
    this.#versionTtlMs = options.versionTtlMs ?? 0;
    this.#pageRank = options.pageRank ?? {};
    this.#now = options.now ?? (() => performance.now());
    this.#windows = new LruCache(options.maxWindows ?? DEFAULT_MAX_WINDOWS);
    this.#pages = new LruCache(options.maxPages ?? DEFAULT_MAX_PAGES);
  }

  /** Entries held now: windows (PageRanks and rankings) and pages. */
  get size(): { windows: number; pages: number } {
    return { windows: this.#windows.size, pages: this.#pages.size };
  }

  /**
   * The resolutions of a window by PageRank, best first (ties by symbol), `first` of them after
   * `after`. The window's years select the citations (those made by resolutions adopted then); its
   * body selects which resolutions are listed, each scored in the whole window's graph.
   */
  async influential(window: CitationWindow, first: number, after?: InfluentialCursor | null): Promise<InfluentialPage> {
    nonNegativeInteger("first", first);
    if (given(after) && !Number.isFinite(after.score)) throw new BadUserInputError("after", "is not a cursor of this list");
    const version = await this.#currentVersion();
    const years: YearWindow = { ...(given(window.yearFrom) ? { yearFrom: window.yearFrom } : {}), ...(given(window.yearTo) ? { yearTo: window.yearTo } : {}) };
    const body = given(window.body) ? window.body : undefined;
    const key = JSON.stringify(["influential", version, years.yearFrom ?? null, years.yearTo ?? null, body ?? null, first, after?.score ?? null, after?.symbol ?? null]);
    return this.#cached(this.#pages, version, key, async () => {
      const ranked = await this.#ranking(version, years, body);
      const start = given(after) ? firstAfter(ranked, after) : 0;
      const slice = ranked.slice(start, start + first);
      const nodes = slice.length === 0 ? [] : await this.#store.resolutionNodes(slice.map((r) => r.symbol));
      const items = slice.flatMap((r, i): InfluentialItem[] => {
        const node = nodes[i];
        // Every end of a RECALLS edge is a resolution node; one gone since is left out, not invented.
        return node ? [{ node, score: r.score, rank: start + i + 1 }] : [];
      });
      return { items, totalCount: ranked.length, hasNextPage: start + first < ranked.length };
    });
  }

  /** The store's mostCited, cached per version and arguments. */
  async mostCited(args: MostCitedArgs): Promise<MostCitedPage> {
    const version = await this.#currentVersion();
    const key = JSON.stringify(["mostCited", version, args.body ?? null, args.yearFrom ?? null, args.yearTo ?? null, args.first, args.after?.citations ?? null, args.after?.symbol ?? null]);
    return this.#cached(this.#pages, version, key, () => this.#store.mostCited(args));
  }

  /** The window's ranking, of one body or of all: from the PageRank of its years. */
  async #ranking(version: string, years: YearWindow, body: string | undefined): Promise<RankedSymbol[]> {
    if (body === undefined) return (await this.#scores(version, years)).ranked;
    const key = JSON.stringify(["ranking", version, years.yearFrom ?? null, years.yearTo ?? null, body ?? null]);
    return this.#cached(this.#windows, version, key, async () => {
      const scored = await this.#scores(version, years);
      return scored.ranked.filter((r) => scored.bodies.get(r.symbol) === body);
    });
  }

  /** Every node's PageRank in the subgraph of the years (the costly part), with its body. */
  #scores(version: string, years: YearWindow): Promise<Scores> {
    const key = JSON.stringify(["pagerank", version, years.yearFrom ?? null, years.yearTo ?? null]);
    return this.#cached(this.#windows, version, key, async () => {
      const subgraph: RecallSubgraph = await this.#store.recallsInWindow(years);
      const bodies = new Map(subgraph.symbols.map((s, i) => [s, subgraph.bodies[i] ?? null]));
      return { ranked: pageRank(subgraph, this.#pageRank), bodies };
    });
  }

  /**
   * A call that read an older version than the latest (a write landed while it waited) computes
   * without caching: its result could only be asked for by calls of its own version.
   */
  #cached<T>(cache: LruCache, version: string, key: string, compute: () => Promise<T>): Promise<T> {
    // A cached computation serves every request asking for its key: it runs on behalf of none, so
    // that the request that started it ending (a timeout, a client hanging up) does not fail the
    // others waiting on it; each request waits only until its own deadline.
    if (version !== this.#version?.value) return compute();
    return untilAborted(cache.getOrCompute(key, () => withoutDeadline(compute)));
  }

  async #currentVersion(): Promise<string> {
    if (this.#version && this.#versionTtlMs > 0 && this.#now() - this.#version.at < this.#versionTtlMs) return this.#version.value;
    if (this.#versionInFlight) return this.#versionInFlight;
    const asked = this.#now();
    const inFlight = this.#store.graphVersion().then((value) => {
      if (value !== this.#version?.value) {
        // Entries of another version can never be asked for again.
        this.#windows.clear();
        this.#pages.clear();
      }
      this.#version = { value, at: asked };
      return value;
    });
    this.#versionInFlight = inFlight;
    try {
      return await inFlight;
    } finally {
      if (this.#versionInFlight === inFlight) this.#versionInFlight = undefined;
    }
  }
}

/** Index of the first item strictly after the cursor in a ranking ordered by byScore (binary search). */
export function firstAfter(ranked: readonly RankedSymbol[], after: InfluentialCursor): number {
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byScore(ranked[mid]!, after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
