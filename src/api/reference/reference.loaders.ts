import DataLoader from "dataloader";
import type { ReferenceRecord } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

/** The citations each paragraph makes, in the paragraph's order. */
export const referencesFromParagraphLoader = defineLoader("referencesFromParagraph", (store) => new DataLoader<string, ReferenceRecord[]>((ids) => store.referencesFromParagraphs(ids)));
/** The citations of a resolution or document by symbol. */
export const referencesToTargetLoader = defineLoader("referencesToTarget", (store) => new DataLoader<string, ReferenceRecord[]>((targets) => store.referencesToTargets(targets)));
