// The API's bounds on how deep a lineage or a citation path walks, in a module of their own with no
// dependencies, so that the explorer's page (web/explore, bundled for the browser) uses the same.

/** Deepest walk a client may ask for: each level can multiply the resolutions reached. */
export const MAX_LINEAGE_DEPTH = 10;
export const MIN_LINEAGE_DEPTH = 1;
