// The UN's per-resolution metadata: read (lines.ts), its state names (states.ts), its subjects (subjects.ts).
export { looksLikeMetadata, readMetadataLines, type MetadataFile, type MetadataProblem, type MetadataRecord } from "./lines.js";
export { readStateEntry, type StateEntry } from "./states.js";
