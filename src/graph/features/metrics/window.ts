// What both stores share about the graph metrics (citation counts, most cited, the RECALLS
// subgraph PageRank runs over): how a window's fields become a statement's shape and bound values,
// and which body a resolution counts under. Derived here once so that the SQL and the Cypher filter
// on the same fields with the same values; each engine only renders a shape.
//
// The window's years are the CITING resolution's (a citation made in 2015 counts in 2010–2020,
// whenever the cited text was adopted); a citing text whose year is unknown is outside any window
// with a bound. The body is the CITED resolution's: a loaded text's own, and for a stub (cited,
// not loaded: often the most cited of all, such as a founding resolution) the body its symbol
// names, by the symbol templates of the UN's bodies (A/HRC/RES/… the Human Rights Council). A
// stub whose symbol names no body matches no body filter.

import type { Body } from "../../../domain.js";
import { UN_BODIES } from "../../../ingest/citations/bodies.js";
import { given } from "../../port-checks.js";
import type { CitationWindow, RecallSubgraph, YearWindow } from "../../port.js";

/**
 * With no `after`, the keyset starts above any real count: every cited resolution comes after it,
 * so one statement serves the first page and the next ones.
 */
export const FIRST_PAGE = { citations: Number.MAX_SAFE_INTEGER, symbol: "" } as const;

/** Which fields of a window are present: one statement text per shape. */
export interface WindowShape {
  yearFrom: boolean;
  yearTo: boolean;
  body: boolean;
}

/** Every shape, for preparing or linting each statement once. */
export const WINDOW_SHAPES: readonly WindowShape[] = [false, true].flatMap((yearFrom) =>
  [false, true].flatMap((yearTo) => [false, true].map((body) => ({ yearFrom, yearTo, body }))),
);

export const shapeName = (s: WindowShape): string =>
  [s.yearFrom ? "from" : "", s.yearTo ? "to" : "", s.body ? "body" : ""].filter(Boolean).join("+") || "all";

/** The bound values of a window's present fields. */
export interface WindowValues {
  yearFrom?: number;
  yearTo?: number;
  body?: string;
  /** With `body`: the symbol prefixes a stub of that body has (possibly none). */
  prefixes?: string[];
}

/**
 * The literal start of each symbol template of the UN bodies that adopt texts, by body:
 * "A/HRC/RES/{session}/{number}" gives "A/HRC/RES/". Resolutions and decisions alike (both are
 * Resolution nodes).
 */
const PREFIXES_BY_BODY: ReadonlyMap<string, readonly string[]> = new Map(
  UN_BODIES.flatMap((b) => {
    if (!b.adopts || !b.symbols) return [];
    const templates = Object.values(b.symbols).flatMap((byKind) => Object.values(byKind ?? {}));
    const prefixes = [...new Set(templates.map((t) => t.slice(0, t.indexOf("{") < 0 ? t.length : t.indexOf("{"))).filter((p) => p !== ""))];
    return [[b.adopts, prefixes.sort()] as const];
  }),
);

/** The symbol prefixes of a body's stubs (none for a body resgraph does not know). */
export const symbolPrefixes = (body: string): string[] => [...(PREFIXES_BY_BODY.get(body) ?? [])];

/** The body a stub's symbol names, or null; the longest matching prefix wins. */
export function bodyOfSymbol(symbol: string): Body | null {
  let best: { body: Body; length: number } | null = null;
  for (const [body, prefixes] of PREFIXES_BY_BODY) {
    for (const p of prefixes) {
      if (symbol.startsWith(p) && (best === null || p.length > best.length)) best = { body: body as Body, length: p.length };
    }
  }
  return best?.body ?? null;
}

export function windowShape(w: CitationWindow): { shape: WindowShape; values: WindowValues } {
  const values: WindowValues = {};
  if (given(w.yearFrom)) values.yearFrom = w.yearFrom;
  if (given(w.yearTo)) values.yearTo = w.yearTo;
  if (given(w.body)) {
    values.body = w.body;
    values.prefixes = symbolPrefixes(w.body);
  }
  return { shape: { yearFrom: given(w.yearFrom), yearTo: given(w.yearTo), body: given(w.body) }, values };
}

/** The years only (the subgraph PageRank runs over ignores the body: see recallsInWindow). */
export const yearShape = (w: YearWindow): WindowShape => ({ yearFrom: given(w.yearFrom), yearTo: given(w.yearTo), body: false });

/** One RECALLS edge as a store reads it: the citing end and its body, the cited end, whether it is a stub, its body. */
export type EdgeRow = [src: string, srcBody: string | null, dst: string, dstStub: boolean | number, dstBody: string | null];

/**
 * Edges, in any order, into the port's compact form (RecallSubgraph): symbols ascending, edge ends
 * as indexes, edges by (source, target). The same function on both stores' rows, so the two give
 * the same arrays. A citing end is loaded (only loaded texts recall), so its body is its own; a
 * cited end's is its own when loaded, its symbol's (bodyOfSymbol) when a stub.
 */
export function subgraphOf(rows: readonly EdgeRow[]): RecallSubgraph {
  const bodyOf = new Map<string, string | null>();
  for (const [src, srcBody, dst, dstStub, dstBody] of rows) {
    bodyOf.set(src, srcBody);
    if (!bodyOf.has(dst)) bodyOf.set(dst, dstStub === true || dstStub === 1 ? bodyOfSymbol(dst) : dstBody);
  }
  // The default sort compares UTF-16 code units: for symbols (ASCII), the order of SQLite's BINARY
  // collation and of Neo4j's string comparison, which order mostCited's ties.
  const symbols = [...bodyOf.keys()].sort();
  const index = new Map(symbols.map((s, i) => [s, i]));
  const n = symbols.length;
  // One number per edge, source-major: sorting them orders the edges by (source, target).
  const keys = new Float64Array(rows.length);
  rows.forEach(([src, , dst], i) => {
    keys[i] = (index.get(src) ?? 0) * n + (index.get(dst) ?? 0);
  });
  keys.sort();
  const sources = new Uint32Array(rows.length);
  const targets = new Uint32Array(rows.length);
  keys.forEach((key, i) => {
    sources[i] = Math.floor(key / n);
    targets[i] = key % n;
  });
  return { symbols, bodies: symbols.map((s) => bodyOf.get(s) ?? null), sources, targets };
}
