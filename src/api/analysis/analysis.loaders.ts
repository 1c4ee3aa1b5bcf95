import DataLoader from "dataloader";
import type { AnalysisRecord } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

export const analysesOfResolutionLoader = defineLoader("analysesOfResolution", (store) => new DataLoader<string, AnalysisRecord[]>((symbols) => store.analysesOfResolutions(symbols)));

// The port lists analyses whole (pages are few, tens at most): one read serves every key.
export const analysisByKeyLoader = defineLoader(
  "analysisByKey",
  (store) =>
    new DataLoader<string, AnalysisRecord | null>(async (keys) => {
      const byKey = new Map((await store.listAnalyses()).map((a) => [a.key, a]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
);
