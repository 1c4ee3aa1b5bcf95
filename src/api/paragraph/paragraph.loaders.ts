import DataLoader from "dataloader";
import type { ParagraphRecord } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

/** A resolution's paragraphs in document order; empty for a stub. */
export const paragraphsOfResolutionLoader = defineLoader("paragraphsOfResolution", (store) => new DataLoader<string, ParagraphRecord[]>((symbols) => store.paragraphsOfResolutions(symbols)));
export const paragraphByIdLoader = defineLoader("paragraphById", (store) => new DataLoader<string, ParagraphRecord | null>((ids) => store.paragraphsByIds(ids)));
