// From the API's answers (a lineage, a citation path) to the graph the explorer draws: each
// resolution once, the citation edges between them, its colour (by adopting body), its size (by how
// many loaded texts cite it), and its place. Places are computed here rather than by a force layout
// so that the same state always draws the same picture: one column per citation distance (what the
// root builds on to its left, what builds on it to its right), nodes by date within a column, and
// stubs (cited, not loaded) in a lane of their own below. Pure: no DOM, so tests import it too.

import type { LineageStep, NodeFields, PathHop } from "./queries.js";

export type NodeRole = "root" | "ancestor" | "descendant" | "path";

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly body: string | null;
  readonly stub: boolean;
  readonly year: number | null;
  readonly adoptedOn: string | null;
  readonly title: string | null;
  /** Loaded texts citing it (its `citationCount`). */
  readonly citations: number;
  /** Diameter in graph units, from `citations`. */
  readonly size: number;
  readonly color: string;
  /** Citation distance from the root: negative for what it builds on, positive for what builds on it. */
  readonly depth: number;
  readonly role: NodeRole;
  readonly onPath: boolean;
  readonly position: { readonly x: number; readonly y: number };
}

export interface GraphEdge {
  /** `source → target`: the source cites the target. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The edge the lineage reached its target (or source) by. */
  readonly lineage: boolean;
  readonly onPath: boolean;
}

export interface GraphModel {
  readonly root: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The bodies drawn, with their colours, in the order of the legend. */
  readonly legend: readonly { readonly body: string; readonly color: string }[];
}

export interface GraphInput {
  readonly root: NodeFields;
  readonly ancestors: readonly LineageStep[];
  readonly descendants: readonly LineageStep[];
  /** Hops of the citation path drawn, later resolution first; null or empty for none. */
  readonly path: readonly PathHop[] | null;
}

/** The bodies resgraph reads texts of keep their colours whatever else is drawn. */
const BODY_COLORS: Readonly<Record<string, string>> = {
  "Security Council": "#1f77b4",
  "General Assembly": "#2ca02c",
  "Human Rights Council": "#d62728",
};
const OTHER_COLORS = ["#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];
export const STUB_COLOR = "#c8c8c8";
export const STUB_LEGEND = "not loaded (stub)";

const COLUMN_GAP = 120;
const SUBCOLUMN_WIDTH = 130;
const ROW_HEIGHT = 80;
const ROWS_PER_COLUMN = 8;
const STUB_LANE_GAP = 140;

export function nodeSize(citations: number): number {
  return Math.min(90, Math.round(26 + 10 * Math.sqrt(Math.max(0, citations))));
}

export function buildGraph(input: GraphInput): GraphModel {
  const fields = new Map<string, NodeFields>();
  const depth = new Map<string, number>();
  const role = new Map<string, NodeRole>();
  const put = (node: NodeFields, d: number, r: NodeRole) => {
    if (fields.has(node.symbol)) return;
    fields.set(node.symbol, node);
    depth.set(node.symbol, d);
    role.set(node.symbol, r);
  };
  const rootId = input.root.symbol;
  put(input.root, 0, "root");
  for (const step of input.ancestors) put(step.resolution, -step.depth, "ancestor");
  for (const step of input.descendants) put(step.resolution, step.depth, "descendant");

  const edges = new Map<string, GraphEdge>();
  const addEdge = (source: string, target: string, flags: { lineage?: boolean; onPath?: boolean }) => {
    if (source === target) return;
    const id = `${source} → ${target}`;
    const had = edges.get(id);
    edges.set(id, {
      id,
      source,
      target,
      lineage: (had?.lineage ?? false) || (flags.lineage ?? false),
      onPath: (had?.onPath ?? false) || (flags.onPath ?? false),
    });
  };
  for (const step of [...input.ancestors, ...input.descendants]) addEdge(step.via.from.symbol, step.via.to.symbol, { lineage: true });

  const pathNodes = new Set<string>();
  const hops = input.path ?? [];
  if (hops.length > 0) {
    // The root is either end: the path runs back from it (ancestors) or forward to it (descendants).
    const fromRoot = hops[0]!.from.symbol === rootId;
    hops.forEach((hop, i) => {
      if (fromRoot) put(hop.to, -(i + 1), "path");
      else put(hop.from, hops.length - i, "path");
      pathNodes.add(hop.from.symbol).add(hop.to.symbol);
      addEdge(hop.from.symbol, hop.to.symbol, { onPath: true });
    });
  }
  // Citations between drawn resolutions that the lineage's tree did not use.
  for (const [symbol, node] of fields) {
    for (const ref of node.references) if (ref.kind === "RESOLUTION" && fields.has(ref.target)) addEdge(symbol, ref.target, {});
  }

  const legendBodies: string[] = [];
  const colorOf = (node: NodeFields): string => {
    if (node.stub || !node.body) return STUB_COLOR;
    if (!legendBodies.includes(node.body)) legendBodies.push(node.body);
    const known = BODY_COLORS[node.body];
    if (known) return known;
    const others = legendBodies.filter((b) => !(b in BODY_COLORS));
    return OTHER_COLORS[others.indexOf(node.body) % OTHER_COLORS.length]!;
  };

  const positions = layout([...fields.values()], depth);
  const nodes: GraphNode[] = [...fields.values()].map((node) => ({
    id: node.symbol,
    label: node.symbol,
    body: node.body,
    stub: node.stub,
    year: node.year,
    adoptedOn: node.adoptedOn,
    title: node.title,
    citations: node.citationCount,
    size: nodeSize(node.citationCount),
    color: colorOf(node),
    depth: depth.get(node.symbol)!,
    role: role.get(node.symbol)!,
    onPath: pathNodes.has(node.symbol),
    position: positions.get(node.symbol)!,
  }));
  const legend = legendBodies.map((body) => ({ body, color: nodes.find((n) => n.body === body && !n.stub)!.color }));
  if (nodes.some((n) => n.stub)) legend.push({ body: STUB_LEGEND, color: STUB_COLOR });
  return { root: rootId, nodes, edges: [...edges.values()], legend };
}

/** Columns by depth, rows by date; a tall column wraps into sub-columns; stubs in a lower lane. */
function layout(nodes: readonly NodeFields[], depth: ReadonlyMap<string, number>): Map<string, { x: number; y: number }> {
  const byDate = (a: NodeFields, b: NodeFields) =>
    (a.adoptedOn ?? String(a.year ?? "")).localeCompare(b.adoptedOn ?? String(b.year ?? "")) || a.symbol.localeCompare(b.symbol);
  const depths = [...new Set(depth.values())].sort((a, b) => a - b);
  const lanes = [false, true].map((stub) => new Map(depths.map((d) => [d, nodes.filter((n) => n.stub === stub && depth.get(n.symbol) === d).sort(byDate)])));
  // A column is as wide as its widest lane needs.
  const subcolumns = (d: number) => Math.max(1, ...lanes.map((lane) => Math.ceil((lane.get(d)?.length ?? 0) / ROWS_PER_COLUMN)));
  const columnX = new Map<number, number>();
  let x = 0;
  for (const d of depths) {
    const width = subcolumns(d) * SUBCOLUMN_WIDTH;
    columnX.set(d, x + width / 2);
    x += width + COLUMN_GAP;
  }
  const rootX = columnX.get(0) ?? 0;
  const out = new Map<string, { x: number; y: number }>();
  const rowsOf = (lane: Map<number, NodeFields[]>, d: number) => Math.ceil((lane.get(d)?.length ?? 0) / subcolumns(d));
  const place = (lane: Map<number, NodeFields[]>, rowY: (row: number, rows: number) => number) => {
    for (const d of depths) {
      const subs = subcolumns(d);
      const rows = rowsOf(lane, d);
      (lane.get(d) ?? []).forEach((node, i) => {
        const sub = i % subs;
        out.set(node.symbol, { x: columnX.get(d)! - rootX + (sub - (subs - 1) / 2) * SUBCOLUMN_WIDTH, y: rowY(Math.floor(i / subs), rows) });
      });
    }
  };
  const [loaded, stubs] = lanes as [Map<number, NodeFields[]>, Map<number, NodeFields[]>];
  // Loaded resolutions: each column centred on the root's row.
  place(loaded, (row, rows) => (row - (rows - 1) / 2) * ROW_HEIGHT);
  const tallest = Math.max(1, ...depths.map((d) => rowsOf(loaded, d)));
  // Stubs: a lane of their own under the tallest column.
  const stubTop = ((tallest - 1) / 2) * ROW_HEIGHT + STUB_LANE_GAP;
  place(stubs, (row) => stubTop + row * ROW_HEIGHT);
  return out;
}
