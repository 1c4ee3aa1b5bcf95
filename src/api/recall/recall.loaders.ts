import DataLoader from "dataloader";
import type { LineageDirection, LineageEntry, RecallEdge } from "../../graph/port.js";
import { byArguments, defineLoader } from "../loaders.js";

/** RECALLS edges out of each resolution (what it cites). */
export const recallsOutLoader = defineLoader("recallsOut", (store) => new DataLoader<string, RecallEdge[]>((symbols) => store.recallsOf(symbols, "out")));
/** RECALLS edges into each resolution (the loaded texts citing it). */
export const recallsInLoader = defineLoader("recallsIn", (store) => new DataLoader<string, RecallEdge[]>((symbols) => store.recallsOf(symbols, "in")));

export interface LineageKey {
  symbol: string;
  direction: LineageDirection;
  maxDepth: number;
}

export const lineageLoader = defineLoader(
  "lineage",
  (store) =>
    new DataLoader(
      byArguments<LineageKey, LineageEntry[]>(
        (k) => `${k.direction}|${k.maxDepth}`,
        (k) => k.symbol,
        (symbols, k) => store.lineages(symbols, k.direction, k.maxDepth),
      ),
      { cacheKeyFn: (k) => `${k.direction}|${k.maxDepth}|${k.symbol}` },
    ),
);
