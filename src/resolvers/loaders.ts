// One DataLoader per relation, created per request: every field that follows a relation goes
// through one of these, so a query costs one store call per relation and depth, not per parent.
// Loaders whose port method takes one key at a time (lineage, a country's resolutions) are still
// loaders, so that a key asked twice in one request is read once; they say so where they are made.

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
  ParagraphRecord,
  RecallEdge,
  ReferenceRecord,
  ResolutionNode,
} from "../graph/port.js";
import { countryResolutions, type CountryResolutionsKey, type ResolutionPageResult } from "./country-resolutions.js";

export interface LineageKey {
  symbol: string;
  direction: LineageDirection;
  maxDepth: number;
}

export interface Loaders {
  /** Loaded resolutions and stubs; null when the symbol is neither. */
  resolutionNode: DataLoader<string, ResolutionNode | null>;
  paragraphsOfResolution: DataLoader<string, ParagraphRecord[]>;
  paragraphById: DataLoader<string, ParagraphRecord | null>;
  referencesFromParagraph: DataLoader<string, ReferenceRecord[]>;
  referencesToTarget: DataLoader<string, ReferenceRecord[]>;
  mentionsInParagraph: DataLoader<string, MentionRecord[]>;
  entity: DataLoader<EntityRef, EntityRecord | null, string>;
  citingParagraphs: DataLoader<CitationTarget, CitingParagraph[], string>;
  recallsOut: DataLoader<string, RecallEdge[]>;
  recallsIn: DataLoader<string, RecallEdge[]>;
  concerns: DataLoader<string, EntityRecord[]>;
  votes: DataLoader<string, CountryVoteRecord[]>;
  analysesOfResolution: DataLoader<string, AnalysisRecord[]>;
  analysisByKey: DataLoader<string, AnalysisRecord | null>;
  lineage: DataLoader<LineageKey, LineageEntry[], string>;
  countryResolutions: DataLoader<CountryResolutionsKey, ResolutionPageResult, string>;
  /** One key ("all"): the counts are read once per request however many fields use them. */
  graphCounts: DataLoader<"all", GraphCounts>;
}

const refKey = (r: EntityRef | CitationTarget): string => `${r.label}:${r.key}`;

export function createLoaders(store: GraphStore): Loaders {
  return {
    resolutionNode: new DataLoader((symbols) => store.resolutionNodes(symbols)),
    paragraphsOfResolution: new DataLoader((symbols) => store.paragraphsOfResolutions(symbols)),
    paragraphById: new DataLoader((ids) => store.paragraphsByIds(ids)),
    referencesFromParagraph: new DataLoader((ids) => store.referencesFromParagraphs(ids)),
    referencesToTarget: new DataLoader((targets) => store.referencesToTargets(targets)),
    mentionsInParagraph: new DataLoader((ids) => store.mentionsInParagraphs(ids)),
    entity: new DataLoader<EntityRef, EntityRecord | null, string>((refs) => store.entitiesByKeys(refs), { cacheKeyFn: refKey }),
    citingParagraphs: new DataLoader<CitationTarget, CitingParagraph[], string>((targets) => store.citingParagraphs(targets), { cacheKeyFn: refKey }),
    recallsOut: new DataLoader((symbols) => store.recallsOf(symbols, "out")),
    recallsIn: new DataLoader((symbols) => store.recallsOf(symbols, "in")),
    concerns: new DataLoader((symbols) => store.concernsOf(symbols)),
    votes: new DataLoader((symbols) => store.votesOf(symbols)),
    analysesOfResolution: new DataLoader((symbols) => store.analysesOfResolutions(symbols)),
    // The port lists analyses whole (pages are few, tens at most): one read serves every key.
    analysisByKey: new DataLoader(async (keys) => {
      const byKey = new Map((await store.listAnalyses()).map((a) => [a.key, a]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    // The port walks the lineage from one symbol per call: one call per distinct key, concurrently.
    lineage: new DataLoader((keys) => Promise.all(keys.map((k) => store.lineage(k.symbol, k.direction, k.maxDepth))), {
      cacheKeyFn: (k) => `${k.direction}|${k.maxDepth}|${k.symbol}`,
    }),
    // No batched read of "resolutions concerning these states" in the port: three calls per
    // distinct country page (country-resolutions.ts), concurrently.
    countryResolutions: new DataLoader((keys) => Promise.all(keys.map((k) => countryResolutions(store, k))), {
      cacheKeyFn: (k) => `${k.code}|${k.offset}|${k.first}`,
    }),
    graphCounts: new DataLoader(async (keys) => {
      const counts = await store.graphCounts();
      return keys.map(() => counts);
    }),
  };
}
