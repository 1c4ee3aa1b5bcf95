import DataLoader from "dataloader";
import type { SubjectRecord } from "../../graph/port.js";
import { defineLoader } from "../loaders.js";

/** The subjects a resolution is classified under, by its text or its metadata. */
export const subjectsOfResolutionLoader = defineLoader("subjectsOfResolution", (store) => new DataLoader<string, SubjectRecord[]>((symbols) => store.subjectsOf(symbols)));
/** By `<scheme>:<code>`. */
export const subjectLoader = defineLoader("subject", (store) => new DataLoader<string, SubjectRecord | null>((keys) => store.subjectsByKeys(keys)));
/** Symbols of the resolutions about each subject, by `<scheme>:<code>`. */
export const subjectResolutionsLoader = defineLoader("subjectResolutions", (store) => new DataLoader<string, string[]>((keys) => store.resolutionsOfSubjects(keys)));
