import DataLoader from "dataloader";
import type { GraphCounts } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

/** One key ("all"): the counts are read once per request however many fields use them. */
export const graphCountsLoader = defineLoader(
  "graphCounts",
  (store) =>
    new DataLoader<"all", GraphCounts>(async (keys) => {
      const counts = await store.graphCounts();
      return keys.map(() => counts);
    }),
);
