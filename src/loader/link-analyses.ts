// Which loaded resolution does each analysis page comment on? Decided by matching its quotes
// against every loaded paragraph, again after each ingest that changed something, so that the
// answer does not depend on the order in which pages and resolutions were loaded.

import type { CountryRef } from "../domain.js";
import type { AnalysisLink, AnalysisRecord, GraphStore } from "../graph/port.js";
import { pickAnalyzedResolution } from "../ingest/analysis/link.js";
import { buildParagraphIndex, matchQuotes } from "../ingest/analysis/match.js";
import { findMentions } from "../ingest/mentions/index.js";

export async function linkAnalyses(store: GraphStore): Promise<AnalysisLink[]> {
  const analyses = await store.listAnalyses();
  if (analyses.length === 0) return [];
  // One index for all pages: building it is the expensive part, matching a page against it is not.
  const index = buildParagraphIndex(await store.paragraphTexts());
  const links = analyses.map((a): AnalysisLink => {
    const matches = matchQuotes(a.quotes, index).map((m) => ({ ...m, score: rounded(m.score) }));
    const resolution = pickAnalyzedResolution(matches, a.quotes.length);
    return {
      key: a.key,
      resolution: resolution && { ...resolution, score: rounded(resolution.score) },
      matches,
      sponsors: resolution ? sponsorStates(a) : [],
    };
  });
  await store.linkAnalyses(links);
  return links;
}

/**
 * The page's "Main Sponsors" as states, in the page's order, each once: each printed name goes
 * through the mention gazetteer on its own; a name that is not a known state is dropped.
 */
export function sponsorStates(a: Pick<AnalysisRecord, "sponsors" | "body">): CountryRef[] {
  const states = new Map<string, CountryRef>();
  for (const name of a.sponsors) {
    for (const m of findMentions([{ key: "s", text: name }], { body: a.body })) {
      if (m.kind === "country" && m.id && !states.has(m.id)) states.set(m.id, { code: m.id, name: m.name });
    }
  }
  return [...states.values()];
}

/** Three decimals: finer differences mean nothing for a fuzzy score, and they make output unstable to read. */
const rounded = (score: number): number => Math.round(score * 1000) / 1000;
