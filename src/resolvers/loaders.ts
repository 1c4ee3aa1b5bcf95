// One DataLoader per relation, created per request: every field that follows a relation goes
// through one of these, so a query costs one store call per relation and depth, not per parent.

import DataLoader from "dataloader";
import type { AnalysisRecord, GraphStore, ParagraphRecord, ReferenceRecord, ResolutionRecord } from "../graph/port.js";

export interface Loaders {
  resolutionBySymbol: DataLoader<string, ResolutionRecord | null>;
  paragraphsOfResolution: DataLoader<string, ParagraphRecord[]>;
  paragraphById: DataLoader<string, ParagraphRecord | null>;
  referencesFromParagraph: DataLoader<string, ReferenceRecord[]>;
  referencesToTarget: DataLoader<string, ReferenceRecord[]>;
  analysesOfResolution: DataLoader<string, AnalysisRecord[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    resolutionBySymbol: new DataLoader((symbols) => store.resolutionsBySymbols(symbols)),
    paragraphsOfResolution: new DataLoader((symbols) => store.paragraphsOfResolutions(symbols)),
    paragraphById: new DataLoader((ids) => store.paragraphsByIds(ids)),
    referencesFromParagraph: new DataLoader((ids) => store.referencesFromParagraphs(ids)),
    referencesToTarget: new DataLoader((targets) => store.referencesToTargets(targets)),
    analysesOfResolution: new DataLoader((symbols) => store.analysesOfResolutions(symbols)),
  };
}
