import DataLoader from "dataloader";
import type { CitationTarget, CitingParagraph } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

/** The paragraphs citing a resolution, a document or an entity, with their resolutions. */
export const citingParagraphsLoader = defineLoader(
  "citingParagraphs",
  (store) => new DataLoader<CitationTarget, CitingParagraph[], string>((targets) => store.citingParagraphs(targets), { cacheKeyFn: (t) => `${t.label}:${t.key}` }),
);
