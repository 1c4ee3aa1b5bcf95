// One DataLoader per relation, created per request: every field that follows a relation goes
// through one of these, so a query costs one store call per relation and depth, not per parent.
// Keys that carry arguments (a lineage's direction and depth, a page's window) are batched by those
// arguments: one store call per distinct set of arguments, which a query fixes per field.

import DataLoader from "dataloader";
import type {
  AnalysisRecord,
  CitationTarget,
  CitingParagraph,
  CountryVoteRecord,
  EntityRecord,
  EntityRef,
  GraphCounts,
  GraphStore,
  LineageDirection,
  LineageEntry,
  MentionRecord,
  Page,
  ParagraphRecord,
  RecallEdge,
  ReferenceRecord,
  ResolutionNode,
  SponsorshipRecord,
  SubjectRecord,
  VoteOfCountry,
} from "../graph/port.js";
import type { Vote } from "../domain.js";

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

export interface LineageKey {
  symbol: string;
  direction: LineageDirection;
  maxDepth: number;
}

/** A page of the resolutions concerning or naming a state. */
export interface CountryResolutionsKey {
  code: string;
  first: number;
  offset: number;
}

/**
 * A batch function for keys made of an item and arguments: the keys are split by their arguments
 * (`groupOf`), and each group's items go to the store in one call (`read`), which answers one
 * result per item, in order.
 */
function byArguments<K, V>(
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

/** A state's votes, all or one kind. */
export interface CountryVotesKey {
  code: string;
  vote: Vote | null;
}

export interface Loaders {
  /** Loaded resolutions and stubs; null when the symbol is neither. */
  resolutionNode: AheadLoader<string, ResolutionNode | null>;
  paragraphsOfResolution: DataLoader<string, ParagraphRecord[]>;
  paragraphById: DataLoader<string, ParagraphRecord | null>;
  referencesFromParagraph: DataLoader<string, ReferenceRecord[]>;
  referencesToTarget: DataLoader<string, ReferenceRecord[]>;
  mentionsInParagraph: AheadLoader<string, MentionRecord[]>;
  entity: AheadLoader<EntityRef, EntityRecord | null, string>;
  citingParagraphs: DataLoader<CitationTarget, CitingParagraph[], string>;
  recallsOut: DataLoader<string, RecallEdge[]>;
  recallsIn: DataLoader<string, RecallEdge[]>;
  concerns: DataLoader<string, EntityRecord[]>;
  votes: DataLoader<string, CountryVoteRecord[]>;
  sponsors: DataLoader<string, EntityRecord[]>;
  sponsorships: DataLoader<string, SponsorshipRecord[]>;
  subjectsOfResolution: DataLoader<string, SubjectRecord[]>;
  /** By `<scheme>:<code>`. */
  subject: DataLoader<string, SubjectRecord | null>;
  /** Symbols of the resolutions about each subject, by `<scheme>:<code>`. */
  subjectResolutions: DataLoader<string, string[]>;
  countryVotes: DataLoader<CountryVotesKey, VoteOfCountry[], string>;
  analysesOfResolution: DataLoader<string, AnalysisRecord[]>;
  analysisByKey: DataLoader<string, AnalysisRecord | null>;
  lineage: DataLoader<LineageKey, LineageEntry[], string>;
  countryResolutions: DataLoader<CountryResolutionsKey, Page<ResolutionNode>, string>;
  /** One key ("all"): the counts are read once per request however many fields use them. */
  graphCounts: DataLoader<"all", GraphCounts>;
}

const refKey = (r: EntityRef | CitationTarget): string => `${r.label}:${r.key}`;

type LoaderFactories = { [K in keyof Loaders]: (store: GraphStore) => Loaders[K] };

const FACTORIES: LoaderFactories = {
  resolutionNode: (store) => new AheadLoader((symbols) => store.resolutionNodes(symbols)),
  paragraphsOfResolution: (store) => new DataLoader((symbols) => store.paragraphsOfResolutions(symbols)),
  paragraphById: (store) => new DataLoader((ids) => store.paragraphsByIds(ids)),
  referencesFromParagraph: (store) => new DataLoader((ids) => store.referencesFromParagraphs(ids)),
  referencesToTarget: (store) => new DataLoader((targets) => store.referencesToTargets(targets)),
  mentionsInParagraph: (store) => new AheadLoader((ids) => store.mentionsInParagraphs(ids)),
  entity: (store) => new AheadLoader<EntityRef, EntityRecord | null, string>((refs) => store.entitiesByKeys(refs), { cacheKeyFn: refKey }),
  citingParagraphs: (store) =>
    new DataLoader<CitationTarget, CitingParagraph[], string>((targets) => store.citingParagraphs(targets), { cacheKeyFn: refKey }),
  recallsOut: (store) => new DataLoader((symbols) => store.recallsOf(symbols, "out")),
  recallsIn: (store) => new DataLoader((symbols) => store.recallsOf(symbols, "in")),
  concerns: (store) => new DataLoader((symbols) => store.concernsOf(symbols)),
  votes: (store) => new DataLoader((symbols) => store.votesOf(symbols)),
  sponsors: (store) => new DataLoader((symbols) => store.sponsorsOf(symbols)),
  sponsorships: (store) => new DataLoader((symbols) => store.sponsorshipsOf(symbols)),
  subjectsOfResolution: (store) => new DataLoader((symbols) => store.subjectsOf(symbols)),
  subject: (store) => new DataLoader((keys) => store.subjectsByKeys(keys)),
  subjectResolutions: (store) => new DataLoader((keys) => store.resolutionsOfSubjects(keys)),
  countryVotes: (store) =>
    new DataLoader(
      byArguments<CountryVotesKey, VoteOfCountry[]>(
        (k) => k.vote ?? "",
        (k) => k.code,
        (codes, k) => store.votesOfCountries(codes, k.vote ?? undefined),
      ),
      { cacheKeyFn: (k) => `${k.vote ?? ""}|${k.code}` },
    ),
  analysesOfResolution: (store) => new DataLoader((symbols) => store.analysesOfResolutions(symbols)),
  // The port lists analyses whole (pages are few, tens at most): one read serves every key.
  analysisByKey: (store) =>
    new DataLoader(async (keys) => {
      const byKey = new Map((await store.listAnalyses()).map((a) => [a.key, a]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  lineage: (store) =>
    new DataLoader(
      byArguments<LineageKey, LineageEntry[]>(
        (k) => `${k.direction}|${k.maxDepth}`,
        (k) => k.symbol,
        (symbols, k) => store.lineages(symbols, k.direction, k.maxDepth),
      ),
      { cacheKeyFn: (k) => `${k.direction}|${k.maxDepth}|${k.symbol}` },
    ),
  countryResolutions: (store) =>
    new DataLoader(
      byArguments<CountryResolutionsKey, Page<ResolutionNode>>(
        (k) => `${k.offset}|${k.first}`,
        (k) => k.code,
        (codes, k) => store.resolutionsOfCountries(codes, { first: k.first, offset: k.offset }),
      ),
      { cacheKeyFn: (k) => `${k.offset}|${k.first}|${k.code}` },
    ),
  graphCounts: (store) =>
    new DataLoader(async (keys) => {
      const counts = await store.graphCounts();
      return keys.map(() => counts);
    }),
};

/**
 * The request's loaders, each made on first use: a request follows a few relations, and making all
 * of them up front (a DataLoader, its cache map, its closures, each) cost more than a lookup's own
 * work. Plain fields and getters, so that every instance has the same shape.
 */
class LazyLoaders implements Loaders {
  readonly #store: GraphStore;
  #resolutionNode: Loaders["resolutionNode"] | undefined = undefined;
  #paragraphsOfResolution: Loaders["paragraphsOfResolution"] | undefined = undefined;
  #paragraphById: Loaders["paragraphById"] | undefined = undefined;
  #referencesFromParagraph: Loaders["referencesFromParagraph"] | undefined = undefined;
  #referencesToTarget: Loaders["referencesToTarget"] | undefined = undefined;
  #mentionsInParagraph: Loaders["mentionsInParagraph"] | undefined = undefined;
  #entity: Loaders["entity"] | undefined = undefined;
  #citingParagraphs: Loaders["citingParagraphs"] | undefined = undefined;
  #recallsOut: Loaders["recallsOut"] | undefined = undefined;
  #recallsIn: Loaders["recallsIn"] | undefined = undefined;
  #concerns: Loaders["concerns"] | undefined = undefined;
  #votes: Loaders["votes"] | undefined = undefined;
  #sponsors: Loaders["sponsors"] | undefined = undefined;
  #sponsorships: Loaders["sponsorships"] | undefined = undefined;
  #subjectsOfResolution: Loaders["subjectsOfResolution"] | undefined = undefined;
  #subject: Loaders["subject"] | undefined = undefined;
  #subjectResolutions: Loaders["subjectResolutions"] | undefined = undefined;
  #countryVotes: Loaders["countryVotes"] | undefined = undefined;
  #analysesOfResolution: Loaders["analysesOfResolution"] | undefined = undefined;
  #analysisByKey: Loaders["analysisByKey"] | undefined = undefined;
  #lineage: Loaders["lineage"] | undefined = undefined;
  #countryResolutions: Loaders["countryResolutions"] | undefined = undefined;
  #graphCounts: Loaders["graphCounts"] | undefined = undefined;

  constructor(store: GraphStore) {
    this.#store = store;
  }

  get resolutionNode(): Loaders["resolutionNode"] {
    return (this.#resolutionNode ??= FACTORIES.resolutionNode(this.#store));
  }
  get paragraphsOfResolution(): Loaders["paragraphsOfResolution"] {
    return (this.#paragraphsOfResolution ??= FACTORIES.paragraphsOfResolution(this.#store));
  }
  get paragraphById(): Loaders["paragraphById"] {
    return (this.#paragraphById ??= FACTORIES.paragraphById(this.#store));
  }
  get referencesFromParagraph(): Loaders["referencesFromParagraph"] {
    return (this.#referencesFromParagraph ??= FACTORIES.referencesFromParagraph(this.#store));
  }
  get referencesToTarget(): Loaders["referencesToTarget"] {
    return (this.#referencesToTarget ??= FACTORIES.referencesToTarget(this.#store));
  }
  get mentionsInParagraph(): Loaders["mentionsInParagraph"] {
    return (this.#mentionsInParagraph ??= FACTORIES.mentionsInParagraph(this.#store));
  }
  get entity(): Loaders["entity"] {
    return (this.#entity ??= FACTORIES.entity(this.#store));
  }
  get citingParagraphs(): Loaders["citingParagraphs"] {
    return (this.#citingParagraphs ??= FACTORIES.citingParagraphs(this.#store));
  }
  get recallsOut(): Loaders["recallsOut"] {
    return (this.#recallsOut ??= FACTORIES.recallsOut(this.#store));
  }
  get recallsIn(): Loaders["recallsIn"] {
    return (this.#recallsIn ??= FACTORIES.recallsIn(this.#store));
  }
  get concerns(): Loaders["concerns"] {
    return (this.#concerns ??= FACTORIES.concerns(this.#store));
  }
  get votes(): Loaders["votes"] {
    return (this.#votes ??= FACTORIES.votes(this.#store));
  }
  get sponsors(): Loaders["sponsors"] {
    return (this.#sponsors ??= FACTORIES.sponsors(this.#store));
  }
  get sponsorships(): Loaders["sponsorships"] {
    return (this.#sponsorships ??= FACTORIES.sponsorships(this.#store));
  }
  get subjectsOfResolution(): Loaders["subjectsOfResolution"] {
    return (this.#subjectsOfResolution ??= FACTORIES.subjectsOfResolution(this.#store));
  }
  get subject(): Loaders["subject"] {
    return (this.#subject ??= FACTORIES.subject(this.#store));
  }
  get subjectResolutions(): Loaders["subjectResolutions"] {
    return (this.#subjectResolutions ??= FACTORIES.subjectResolutions(this.#store));
  }
  get countryVotes(): Loaders["countryVotes"] {
    return (this.#countryVotes ??= FACTORIES.countryVotes(this.#store));
  }
  get analysesOfResolution(): Loaders["analysesOfResolution"] {
    return (this.#analysesOfResolution ??= FACTORIES.analysesOfResolution(this.#store));
  }
  get analysisByKey(): Loaders["analysisByKey"] {
    return (this.#analysisByKey ??= FACTORIES.analysisByKey(this.#store));
  }
  get lineage(): Loaders["lineage"] {
    return (this.#lineage ??= FACTORIES.lineage(this.#store));
  }
  get countryResolutions(): Loaders["countryResolutions"] {
    return (this.#countryResolutions ??= FACTORIES.countryResolutions(this.#store));
  }
  get graphCounts(): Loaders["graphCounts"] {
    return (this.#graphCounts ??= FACTORIES.graphCounts(this.#store));
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new LazyLoaders(store);
}
