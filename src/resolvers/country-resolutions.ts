// The resolutions about a state or naming it: CONCERNS or MENTIONS. The port's filters only narrow
// (AND), so the union is built from two ordered reads, and its size from a third (|A ∪ B| = |A| +
// |B| - |A ∩ B|): exact totalCount and pages, without reading either list whole.

import type { GraphStore, ResolutionNode } from "../graph/port.js";

export interface CountryResolutionsKey {
  code: string;
  first: number;
  offset: number;
}

export interface ResolutionPageResult {
  items: ResolutionNode[];
  totalCount: number;
}

/** (adoptedOn, symbol) ascending, "" dates first: the order of ADOPTED_ASC, so merged pages agree with the store's. */
const chronological = (a: ResolutionNode, b: ResolutionNode): number => {
  const da = a.record?.adoptedOn ?? "";
  const db = b.record?.adoptedOn ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
};

export async function countryResolutions(store: GraphStore, { code, first, offset }: CountryResolutionsKey): Promise<ResolutionPageResult> {
  // The union's first offset + first items are among the first offset + first of each list.
  const window = { first: offset + first, offset: 0, orderBy: "ADOPTED_ASC" as const };
  const mentions = { label: "Country" as const, key: code };
  const [concerning, naming, both] = await Promise.all([
    store.findResolutions({ ...window, filter: { concerns: code } }),
    store.findResolutions({ ...window, filter: { mentions } }),
    store.findResolutions({ first: 1, offset: 0, orderBy: "ADOPTED_ASC", filter: { concerns: code, mentions } }),
  ]);
  const union = new Map<string, ResolutionNode>();
  for (const r of [...concerning.items, ...naming.items]) union.set(r.symbol, r);
  const items = [...union.values()].sort(chronological).slice(offset, offset + first);
  return { items, totalCount: concerning.totalCount + naming.totalCount - both.totalCount };
}
