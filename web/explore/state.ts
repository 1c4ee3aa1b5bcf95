// The explorer's state as it lives in the URL's query string, so a link opens the same view:
//   /explore?symbol=S/RES/687 (1991)&direction=both&depth=2&to=S/RES/660 (1990)&selected=S/RES/661 (1990)
// Pure: no DOM, so tests import it too.

import { MAX_LINEAGE_DEPTH, MIN_LINEAGE_DEPTH } from "../../src/api/lineage-depth.js";

export const DIRECTIONS = ["ancestors", "descendants", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The API's own bounds on `lineage(maxDepth:)`. */
export const MIN_DEPTH = MIN_LINEAGE_DEPTH;
export const MAX_DEPTH = MAX_LINEAGE_DEPTH;

export interface ExploreState {
  /** The resolution whose lineage is drawn, as typed or as the API spelled it. */
  readonly symbol: string | null;
  readonly direction: Direction;
  readonly depth: number;
  /** The other end of the citation path drawn, if any. */
  readonly pathTo: string | null;
  /** The node whose details the side panel shows. */
  readonly selected: string | null;
}

export const DEFAULT_STATE: ExploreState = { symbol: null, direction: "ancestors", depth: 2, pathTo: null, selected: null };

/** The names in the query string: short enough to read, stable because links are shared. */
const PARAM = { symbol: "symbol", direction: "direction", depth: "depth", pathTo: "to", selected: "selected" } as const;

/** Reads a query string (`?…` or without the `?`); anything missing or malformed takes its default. */
export function parseState(search: string): ExploreState {
  const params = new URLSearchParams(search);
  const text = (name: string): string | null => {
    const value = params.get(name)?.trim();
    return value ? value : null;
  };
  const direction = params.get(PARAM.direction);
  const depth = Number.parseInt(params.get(PARAM.depth) ?? "", 10);
  return {
    symbol: text(PARAM.symbol),
    direction: DIRECTIONS.find((d) => d === direction) ?? DEFAULT_STATE.direction,
    depth: Number.isFinite(depth) ? clampDepth(depth) : DEFAULT_STATE.depth,
    pathTo: text(PARAM.pathTo),
    selected: text(PARAM.selected),
  };
}

/** The query string for a state (with its `?`, or "" for the default state); defaults are left out. */
export function serializeState(state: ExploreState): string {
  const params = new URLSearchParams();
  if (state.symbol) params.set(PARAM.symbol, state.symbol);
  if (state.direction !== DEFAULT_STATE.direction) params.set(PARAM.direction, state.direction);
  if (state.depth !== DEFAULT_STATE.depth) params.set(PARAM.depth, String(state.depth));
  if (state.pathTo) params.set(PARAM.pathTo, state.pathTo);
  if (state.selected) params.set(PARAM.selected, state.selected);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function clampDepth(depth: number): number {
  return Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(depth)));
}
