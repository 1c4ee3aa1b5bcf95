// A series: the chain of resolutions that succeed one another on one subject. Resolution R's
// predecessor is, among the loaded resolutions R recalls (RECALLS), of the same body and adopted
// before R, the most recent one linked to R by one of the kinds below; its successor is, among the
// loaded resolutions recalling R, the earliest whose predecessor is R. A series is walked from one
// member both ways, one batched read per hop, cycle-safe.
//
// Reads go through SeriesReader, which a GraphStore satisfies (storeSeriesReader) and so do the
// API's per-request DataLoaders; every step reads all its keys in one call per kind of read.

import type { Body } from "../domain.js";
import type { GraphStore, RecallEdge, ResolutionNode } from "../graph/port.js";
import { recallsAsItsResolution, speaksOfSeries } from "./recall-phrases.js";
import { sharedTitleWords, titleRelation, titleSimilarity } from "./titles.js";

export const SERIES_LINK_KINDS = ["START", "SAME_TITLE", "SIMILAR_TITLE", "RECALLED_AS_ITS_RESOLUTION", "RECALLED_AS_PREVIOUS_RESOLUTION"] as const;
export type SeriesLinkKind = (typeof SERIES_LINK_KINDS)[number];

/** What each link kind means, and how much it is to be trusted: the kinds as data (for the API's enum descriptions and the docs). */
export const SERIES_LINK_RULES: Readonly<Record<SeriesLinkKind, { titled: boolean; description: string }>> = {
  START: { titled: false, description: "The first member of the series as loaded: no predecessor was found." },
  SAME_TITLE: { titled: true, description: "Recalls its predecessor, which has the same title (case, hyphens and accents folded)." },
  SIMILAR_TITLE: {
    titled: true,
    description:
      "Recalls its predecessor, whose title is nearly the same: content-word Dice at least 0.8, the same title before a subtitle, or one title's words (four or more) all in the other.",
  },
  RECALLED_AS_ITS_RESOLUTION: {
    titled: false,
    description: "Neither text prints a title (Security Council texts): recalls its predecessor as \"its resolution N\".",
  },
  RECALLED_AS_PREVIOUS_RESOLUTION: {
    titled: false,
    description:
      "A renamed title: recalls its predecessor as \"its resolution N\" in a paragraph that speaks of its previous resolutions on the subject, and the two titles still share three or more content words (\"United Nations\" not counted).",
  },
};

/**
 * Fewest content words two titles must share for a RECALLED_AS_PREVIOUS_RESOLUTION link. A renamed
 * series keeps the words that name its subject ("International cooperation to address and counter
 * the world drug problem" → "Addressing and countering the world drug problem through …": world,
 * drug, problem), while a paragraph speaking of "all subsequent resolutions on the subject" is as
 * often about another series it recalls (the refugees' resolution recalling the humanitarian
 * coordination series: only "United Nations" shared; "Rights of the child" recalling "Child, early
 * and forced marriage": one word). Counting shared words, not a ratio, keeps long renamed titles in.
 */
export const RENAMED_MIN_SHARED_WORDS = 3;

/** Which successor continues a series when several texts name the same predecessor. */
const LINK_PREFERENCE: readonly SeriesLinkKind[] = ["SAME_TITLE", "SIMILAR_TITLE", "RECALLED_AS_ITS_RESOLUTION", "RECALLED_AS_PREVIOUS_RESOLUTION"];

/** Title-linked predecessors win over phrase-linked ones, whatever their dates. */
const TITLED: ReadonlySet<SeriesLinkKind> = new Set(["SAME_TITLE", "SIMILAR_TITLE"]);

/** The reads series detection needs; one result per key, in the keys' order (DataLoader-shaped). */
export interface SeriesReader {
  resolutions(symbols: readonly string[]): Promise<(ResolutionNode | null)[]>;
  /** RECALLS edges of each resolution: "out" = what it recalls, "in" = what recalls it. */
  recalls(symbols: readonly string[], direction: "out" | "in"): Promise<RecallEdge[][]>;
  /** Paragraph texts by id (`<symbol>#<key>`); null when unknown. */
  paragraphTexts(ids: readonly string[]): Promise<(string | null)[]>;
  /**
   * The predecessors of each symbol, when the reader keeps them (the API's per-request loader, so
   * that a successor's search reuses what `predecessor` fields found); else predecessorsOf computes them.
   */
  predecessors?(symbols: readonly string[]): Promise<(SeriesLink | null)[]>;
}

export function storeSeriesReader(store: Pick<GraphStore, "resolutionNodes" | "recallsOf" | "paragraphsByIds">): SeriesReader {
  return {
    resolutions: (symbols) => store.resolutionNodes(symbols),
    recalls: (symbols, direction) => store.recallsOf(symbols, direction),
    paragraphTexts: async (ids) => (await store.paragraphsByIds(ids)).map((p) => p?.text ?? null),
  };
}

/** One link of a series: `successor` continues `predecessor`. */
export interface SeriesLink {
  predecessor: string;
  successor: string;
  kind: Exclude<SeriesLinkKind, "START">;
  /** Content-word Dice of the two titles (0 when either has none). */
  titleSimilarity: number;
  /** The successor's paragraphs that recall the predecessor, by id. */
  paragraphIds: string[];
}

interface Loaded {
  symbol: string;
  title: string;
  body: Body;
  adoptedOn: string;
}

function loaded(node: ResolutionNode | null | undefined): Loaded | null {
  const r = node?.record;
  return r ? { symbol: r.symbol, title: r.title, body: r.body, adoptedOn: r.adoptedOn || node?.metadata?.adoptedOn || "" } : null;
}

/** The numbers of a symbol, for ordering texts without a date: A/RES/75/289 → [75, 289]. */
const symbolNumbers = (symbol: string): number[] => (symbol.match(/\d+/g) ?? []).map(Number);

/** Adoption order: by date when both have one, then by the symbols' numbers, then by symbol. */
function adoptionOrder(a: Loaded, b: Loaded): number {
  if (a.adoptedOn && b.adoptedOn && a.adoptedOn !== b.adoptedOn) return a.adoptedOn < b.adoptedOn ? -1 : 1;
  const na = symbolNumbers(a.symbol);
  const nb = symbolNumbers(b.symbol);
  for (let i = 0; i < Math.min(na.length, nb.length); i++) if (na[i] !== nb[i]) return na[i]! - nb[i]!;
  return na.length - nb.length || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0);
}

/**
 * Adoption order of two loaded resolutions, as series detection orders them: negative when `a` was
 * adopted first (by date when both have one, else by the symbols' numbers); null when either is not loaded.
 */
export function adoptionOrderOf(a: ResolutionNode, b: ResolutionNode): number | null {
  const la = loaded(a);
  const lb = loaded(b);
  return la && lb ? adoptionOrder(la, lb) : null;
}

interface Candidate {
  resolution: Loaded;
  edge: RecallEdge;
  kind: SeriesLink["kind"] | null;
  similarity: number;
}

/**
 * A resolution's symbol without its part letter: "A/RES/75/245 B" is part B of resolution 75/245,
 * adopted later in the session on the same item. Parts of one resolution are one text's pieces, not
 * a series (linking them would let the session's part B, not the next year's text, succeed part A).
 */
const baseSymbol = (symbol: string): string => symbol.replace(/\s+[A-Z](?:-[A-Z])?$/, "");

const idsOf = (edge: RecallEdge): string[] => edge.paragraphs.map((key) => `${edge.from}#${key}`);

/** The predecessor of each resolution (null when none is found, or the symbol is not loaded); one slot per symbol. */
export async function predecessorsOf(reader: SeriesReader, symbols: readonly string[]): Promise<(SeriesLink | null)[]> {
  if (symbols.length === 0) return [];
  const outs = await reader.recalls(symbols, "out");
  const keys = [...new Set([...symbols, ...outs.flat().map((e) => e.to)])];
  const read = await reader.resolutions(keys);
  const byKey = new Map<string, Loaded | null>(keys.map((k, i) => [k, loaded(read[i])]));

  const candidates = symbols.map((symbol, i): Candidate[] => {
    const r = byKey.get(symbol);
    if (!r) return [];
    return outs[i]!.flatMap((edge) => {
      const p = byKey.get(edge.to);
      if (!p || baseSymbol(p.symbol) === baseSymbol(r.symbol) || p.body !== r.body || adoptionOrder(p, r) >= 0) return [];
      const relation = titleRelation(r.title, p.title);
      const kind = relation === "SAME" ? "SAME_TITLE" : relation === "SIMILAR" ? "SIMILAR_TITLE" : null;
      return [{ resolution: p, edge, kind, similarity: titleSimilarity(r.title, p.title) }];
    });
  });

  // Phrase evidence is read only for the resolutions without a title-linked candidate, in one call.
  const needText = candidates.flatMap((cs) => (cs.some((c) => c.kind) ? [] : cs.flatMap((c) => idsOf(c.edge))));
  const ids = [...new Set(needText)];
  const texts = new Map<string, string>();
  if (ids.length > 0) (await reader.paragraphTexts(ids)).forEach((t, i) => t !== null && texts.set(ids[i]!, t));

  return symbols.map((symbol, i) => {
    const r = byKey.get(symbol);
    if (!r) return null;
    const cs = candidates[i]!;
    if (!cs.some((c) => c.kind)) {
      for (const c of cs) {
        const paragraphs = idsOf(c.edge).flatMap((id) => texts.get(id) ?? []);
        const asIts = paragraphs.filter((t) => recallsAsItsResolution(t, c.resolution.symbol));
        if (asIts.length === 0) continue;
        if (titleRelation(r.title, c.resolution.title) === "UNTITLED") c.kind = "RECALLED_AS_ITS_RESOLUTION";
        else if (sharedTitleWords(r.title, c.resolution.title) >= RENAMED_MIN_SHARED_WORDS && asIts.some(speaksOfSeries)) {
          c.kind = "RECALLED_AS_PREVIOUS_RESOLUTION";
        }
      }
    }
    const linked = cs.filter((c) => c.kind !== null);
    const pool = linked.some((c) => TITLED.has(c.kind!)) ? linked.filter((c) => TITLED.has(c.kind!)) : linked;
    // The most recent; among equals, SAME_TITLE before SIMILAR_TITLE, then by symbol.
    const best = pool.reduce<Candidate | null>((acc, c) => {
      if (!acc) return c;
      const order = adoptionOrder(c.resolution, acc.resolution);
      if (order !== 0) return order > 0 ? c : acc;
      return c.kind === "SAME_TITLE" && acc.kind !== "SAME_TITLE" ? c : acc;
    }, null);
    return best
      ? { predecessor: best.resolution.symbol, successor: symbol, kind: best.kind!, titleSimilarity: best.similarity, paragraphIds: idsOf(best.edge) }
      : null;
  });
}

/** The reader's own predecessors when it keeps them, else computed here. */
const predecessorsThrough = (reader: SeriesReader, symbols: readonly string[]): Promise<(SeriesLink | null)[]> =>
  reader.predecessors ? reader.predecessors(symbols) : predecessorsOf(reader, symbols);

/**
 * The successor of each resolution: the earliest loaded text recalling it whose predecessor it is
 * (a title-linked one first); one slot per symbol. Cost: a successor is defined through the citing
 * texts' own predecessors, so this reads the symbols' incoming RECALLS, then runs predecessorsOf
 * on every text citing any of them (their outgoing RECALLS, the resolutions those name, and
 * possibly their recalling paragraphs): four to five batched reads whatever the number of
 * symbols, but over all citers, so a much-cited resolution (a Charter-like text recalled by
 * hundreds) costs reads proportional to its citers. Through the store reader that is one indexed
 * query per read; through the API's DataLoaders the same reads are shared within a request.
 */
export async function successorsOf(reader: SeriesReader, symbols: readonly string[]): Promise<(SeriesLink | null)[]> {
  if (symbols.length === 0) return [];
  const ins = await reader.recalls(symbols, "in");
  const citing = [...new Set(ins.flat().map((e) => e.from))];
  const [links, nodes] = await Promise.all([predecessorsThrough(reader, citing), reader.resolutions(citing)]);
  const linkOf = new Map(citing.map((c, i) => [c, links[i] ?? null]));
  const nodeOf = new Map(citing.map((c, i) => [c, loaded(nodes[i])]));
  return symbols.map((symbol, i) => {
    const successors = ins[i]!.flatMap((e) => {
      const link = linkOf.get(e.from);
      const node = nodeOf.get(e.from);
      return link && node && link.predecessor === symbol ? [{ link, node }] : [];
    });
    // A text keeping the title continues the series before one that only resembles it (the yearly
    // "Combating sand and dust storms" before the "International Day of …" that recalls it).
    successors.sort((a, b) => LINK_PREFERENCE.indexOf(a.link.kind) - LINK_PREFERENCE.indexOf(b.link.kind) || adoptionOrder(a.node, b.node));
    return successors[0]?.link ?? null;
  });
}

export interface SeriesMember {
  symbol: string;
  /** How it is linked to the member before it; START for the first. */
  link: SeriesLinkKind;
  /** The link to the member before it; null for the first. */
  via: SeriesLink | null;
}

/** Longest walk each way: a series of yearly texts since 1946 is under 80. */
export const MAX_SERIES_STEPS = 100;

/**
 * The series through `symbol`, oldest first: its lineage walked back through predecessors to a
 * text with none, then continued forward from `symbol` through successors, each member once (a
 * cycle stops the walk). Empty when `symbol` is not a loaded resolution.
 *
 * Lineages branch: several texts may name one predecessor (77/290 B recalls 75/297 and not
 * 76/281, which also continues 75/297; the "International Day" 77/294 recalls 77/171 as the next
 * yearly text does), while a text's successor is one of them (successorsOf). So membership is not
 * symmetric: the series through 77/290 B is 75/297 → 77/290 B, while the series through 75/297
 * continues 75/297 → 76/281. This is the chain through the text asked about, chosen over "the
 * series from its first text, forward through successors only", because a researcher asking for
 * a text's series expects that text in it, with what led to it; from its root, a branch text
 * would not be in its own series.
 */
export async function seriesOf(reader: SeriesReader, symbol: string, maxSteps = MAX_SERIES_STEPS): Promise<SeriesMember[]> {
  const [root] = await reader.resolutions([symbol]);
  if (!loaded(root)) return [];
  const seen = new Set([symbol]);
  const back: SeriesLink[] = [];
  for (let cur = symbol, step = 0; step < maxSteps; step++) {
    const [link] = await predecessorsThrough(reader, [cur]);
    if (!link || seen.has(link.predecessor)) break;
    seen.add(link.predecessor);
    back.unshift(link);
    cur = link.predecessor;
  }
  const forward: SeriesLink[] = [];
  for (let cur = symbol, step = 0; step < maxSteps; step++) {
    const [link] = await successorsOf(reader, [cur]);
    if (!link || seen.has(link.successor)) break;
    seen.add(link.successor);
    forward.push(link);
    cur = link.successor;
  }
  const first = back[0]?.predecessor ?? symbol;
  return [
    { symbol: first, link: "START", via: null },
    ...[...back, ...forward].map((l): SeriesMember => ({ symbol: l.successor, link: l.kind, via: l })),
  ];
}
