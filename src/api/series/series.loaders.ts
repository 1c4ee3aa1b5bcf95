// A series is walked through the request's own loaders (nodes, RECALLS both ways, paragraphs), so
// a list of resolutions asking for their predecessors costs one store call per relation and hop,
// and what one field read another finds cached.
import DataLoader from "dataloader";
import { predecessorsOf, seriesOf, successorsOf, type SeriesLink, type SeriesMember, type SeriesReader } from "../../series/series.js";
import { defineLoader, type RequestLoaders } from "../loaders.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { recallsInLoader, recallsOutLoader } from "../recall/recall.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

/** DataLoader.loadMany gives an Error in a failed slot; a series read fails as a whole instead. */
async function all<V>(values: Promise<(V | Error)[]>): Promise<V[]> {
  return (await values).map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
}

function requestSeriesReader(loaders: RequestLoaders): SeriesReader {
  return {
    resolutions: (symbols) => all(loaders.get(resolutionNodeLoader).loadMany(symbols)),
    recalls: (symbols, direction) => all(loaders.get(direction === "out" ? recallsOutLoader : recallsInLoader).loadMany(symbols)),
    paragraphTexts: async (ids) => (await all(loaders.get(paragraphByIdLoader).loadMany(ids))).map((p) => p?.text ?? null),
    predecessors: (symbols) => all(loaders.get(predecessorLoader).loadMany(symbols)),
  };
}

export const predecessorLoader = defineLoader("predecessor", (_store, loaders) => {
  const reader = requestSeriesReader(loaders);
  return new DataLoader<string, SeriesLink | null>((symbols) => predecessorsOf(reader, symbols));
});

export const successorLoader = defineLoader("successor", (_store, loaders) => {
  const reader = requestSeriesReader(loaders);
  return new DataLoader<string, SeriesLink | null>((symbols) => successorsOf(reader, symbols));
});

/** Each series walked on its own (hop by hop), the hops of several series batched by the loaders under them. */
export const seriesLoader = defineLoader("series", (_store, loaders) => {
  const reader = requestSeriesReader(loaders);
  return new DataLoader<string, SeriesMember[]>((symbols) => Promise.all(symbols.map((s) => seriesOf(reader, s))));
});
