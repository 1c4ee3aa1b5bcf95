// The shape of `window.__explore`, the explorer's test hook: what the page holds (its state, the
// nodes and edges drawn, where each is drawn), so browser tests read the app's state instead of its
// pixels. Kept apart from main.ts so tests can import the type without the DOM.

import type { ExploreState } from "./state.js";

export interface ExploreHook {
  /** The current state, as the URL holds it. */
  readonly state: ExploreState;
  /** `empty` before a resolution is chosen; `loading` while the graph or the panel waits for the API. */
  readonly status: "empty" | "loading" | "ready" | "error";
  /** The last error shown, if any. */
  readonly error: string | null;
  readonly selected: string | null;
  nodes(): { id: string; body: string | null; stub: boolean; size: number; citations: number; depth: number; role: string; onPath: boolean }[];
  edges(): { source: string; target: string; lineage: boolean; onPath: boolean }[];
  legend(): { body: string; color: string }[];
  /** Where a node is drawn, in viewport pixels: for clicking it. */
  nodePosition(id: string): { x: number; y: number } | null;
}
