// The port's checks, once, above both stores: every argument a caller passes (page sizes, offsets,
// depths, limits, labels, directions, orders, kinds, years) is checked here and refused with the same
// BAD_USER_INPUT whichever store is below, so the two cannot drift again. `withPortChecks` wraps each
// store as it is opened; the stores take checked arguments and only translate them into SQL or Cypher.

import { BadUserInputError } from "../errors.js";
import { PARAGRAPH_KINDS } from "../domain.js";
import { CITATION_LABELS, ENTITY_LABELS, type EntityLabel } from "./model.js";
import { MAX_SEARCH_TERMS, searchTerms } from "./features/search/words.js";
import type {
  CitationTarget,
  EntityRef,
  FindParagraphsArgs,
  FindResolutionsArgs,
  GraphStore,
  MostCitedArgs,
  LineageDirection,
  PageWindow,
  ResolutionFilter,
  ResolutionOrder,
  SearchArgs,
  YearWindow,
} from "./port.js";

export const RESOLUTION_ORDERS: readonly ResolutionOrder[] = ["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"];

/** GraphQL passes null for an omitted input field: null and undefined both mean "not given". */
export const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

export function nonNegativeInteger(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BadUserInputError(field, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

export function resolutionOrderOf(field: string, order: string): ResolutionOrder {
  const found = RESOLUTION_ORDERS.find((o) => o === order);
  if (!found) throw new BadUserInputError(field, `must be one of ${RESOLUTION_ORDERS.join(", ")}, got ${JSON.stringify(order)}`);
  return found;
}

export function entityLabelOf(field: string, label: string): EntityLabel {
  const found = ENTITY_LABELS.find((l) => l === label);
  if (!found) throw new BadUserInputError(field, `must be one of ${ENTITY_LABELS.join(", ")}, got ${JSON.stringify(label)}`);
  return found;
}

/**
 * The verb filter's phrase as compared: trimmed, inner whitespace collapsed, lower-cased; null when
 * nothing is left (no verb filter). It matches a verb equal to it or starting with it followed by
 * a space: whole words, so `Recalling` matches `Recalling also` but not `Recalls`.
 */
export function verbPhrase(verb: string): string | null {
  const phrase = verb.trim().split(/\s+/u).join(" ").toLowerCase();
  return phrase === "" ? null : phrase;
}

const LINEAGE_DIRECTIONS: readonly LineageDirection[] = ["ancestors", "descendants"];
const RECALL_DIRECTIONS = ["out", "in"] as const;
const VOTES = ["yes", "no", "abstain"] as const;

/** A year filter: a year of the common era, as printed on resolutions. */
function year(field: string, value: number | null | undefined): void {
  if (given(value)) nonNegativeInteger(field, value);
}

function oneOf<T extends string>(field: string, allowed: readonly T[], value: string): void {
  if (!allowed.some((a) => a === value)) throw new BadUserInputError(field, `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

function entity(field: string, ref: EntityRef): void {
  entityLabelOf(field, ref.label);
}

function window(w: PageWindow): void {
  nonNegativeInteger("first", w.first);
  nonNegativeInteger("offset", w.offset);
}

/** A full-text query: at most MAX_SEARCH_TERMS distinct terms, on both stores. */
function searchText(field: string, text: string): void {
  const terms = searchTerms(text).length;
  if (terms > MAX_SEARCH_TERMS) throw new BadUserInputError(field, `has ${terms} distinct words; at most ${MAX_SEARCH_TERMS} are searched for`);
}

function resolutionFilter(f: ResolutionFilter): void {
  if (given(f.text)) searchText("text", f.text);
  year("yearFrom", f.yearFrom);
  year("yearTo", f.yearTo);
  if (given(f.mentions)) entity("mentions.label", f.mentions);
}

/**
 * Wraps a store so that every call is checked first. What the engines below compute from a checked
 * argument (a full-text query, a verb phrase) stays theirs.
 */
export function withPortChecks(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const check = CHECKS[property as keyof typeof CHECKS];
      const value: unknown = Reflect.get(target, property, receiver);
      if (!check || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        try {
          (check as (...a: unknown[]) => void)(...args);
        } catch (error) {
          // The port's methods are async: a refused argument is a rejected promise, as the
          // engine's own error would be.
          return Promise.reject(error);
        }
        return method.apply(target, args);
      };
    },
  });
}

/** One check per method that takes more than keys. */
const CHECKS = {
  listResolutions: (args: { first: number }) => void nonNegativeInteger("first", args.first),
  lineage: (_symbol: string, direction: string, maxDepth: number) => {
    oneOf("direction", LINEAGE_DIRECTIONS, direction);
    nonNegativeInteger("maxDepth", maxDepth);
  },
  lineages: (_symbols: readonly string[], direction: string, maxDepth: number) => {
    oneOf("direction", LINEAGE_DIRECTIONS, direction);
    nonNegativeInteger("maxDepth", maxDepth);
  },
  citationPath: (_from: string, _to: string, maxDepth: number) => void nonNegativeInteger("maxDepth", maxDepth),
  coMentions: (ref: EntityRef, limit: number) => {
    entity("label", ref);
    nonNegativeInteger("limit", limit);
  },
  entitiesByKeys: (refs: readonly EntityRef[]) => {
    for (const ref of refs) entity("label", ref);
  },
  citingParagraphs: (targets: readonly CitationTarget[]) => {
    for (const t of targets) oneOf("label", CITATION_LABELS, t.label);
  },
  search: (args: SearchArgs) => {
    searchText("text", args.text);
    nonNegativeInteger("first", args.first);
    nonNegativeInteger("offset", args.offset ?? 0);
    year("yearFrom", args.yearFrom);
    year("yearTo", args.yearTo);
  },
  recallsOf: (_symbols: readonly string[], direction: string) => oneOf("direction", RECALL_DIRECTIONS, direction),
  votesOfCountries: (_codes: readonly string[], vote?: string) => {
    if (given(vote)) oneOf("vote", VOTES, vote);
  },
  findEntities: (label: EntityLabel, _name: string, limit: number) => {
    entityLabelOf("label", label);
    nonNegativeInteger("limit", limit);
  },
  resolutionsOfCountries: (_codes: readonly string[], w: PageWindow) => window(w),
  findResolutions: (args: FindResolutionsArgs) => {
    resolutionOrderOf("orderBy", args.orderBy);
    window(args);
    resolutionFilter(args.filter);
  },
  findParagraphs: (args: FindParagraphsArgs) => {
    window(args);
    const f = args.filter;
    if (given(f.kind)) oneOf("kind", PARAGRAPH_KINDS, f.kind);
    if (given(f.mentions)) entity("mentions.label", f.mentions);
    if (given(f.text)) searchText("text", f.text);
  },
  mostCited: (args: MostCitedArgs) => {
    nonNegativeInteger("first", args.first);
    year("yearFrom", args.yearFrom);
    year("yearTo", args.yearTo);
    if (given(args.after)) nonNegativeInteger("after.citations", args.after.citations);
  },
  recallsInWindow: (w: YearWindow) => {
    year("yearFrom", w.yearFrom);
    year("yearTo", w.yearTo);
  },
} satisfies Partial<Record<keyof GraphStore, (...args: never[]) => void>>;
