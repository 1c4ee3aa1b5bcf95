// Composes one synthetic resolution: which series it continues, what it cites, and its paragraphs
// (real ones, recombined, with their country names swapped for the series' country).

import type { Rng } from "./prng.js";
import type { BodyModel, CorpusModel, Country, Template } from "./model.js";
import type { SynthDoc, SynthParagraph, SynthVote } from "./layouts.js";
import { type Slot, type SynthBody, type Timeline, printedDate } from "./timeline.js";

export interface Series {
  id: number;
  body: SynthBody;
  title: string;
  /** The state the series is about; absent for thematic series. */
  country?: Country;
  /** Indices of its latest members (at most 3), oldest first. */
  members: number[];
}

/** What a generated text is meant to yield once parsed. */
export interface Intended {
  symbol: string;
  series: number;
  /** Resolutions it cites (canonical symbols). */
  cites: string[];
  /** UN documents it cites. */
  docs: string[];
  /** Laws it names ("Law on …"). */
  laws: string[];
  country?: string;
}

/** Active series kept per body: old ones retire, so the book's memory is bounded whatever N is. */
const ACTIVE_CAP: Record<SynthBody, number> = { GA: 1500, HRC: 300, SC: 300 };
/** Chance that a resolution continues an active series rather than starting one. */
const CONTINUE = 0.8;

export class SeriesBook {
  #next = 1;
  readonly #active: Record<SynthBody, Series[]> = { GA: [], HRC: [], SC: [] };
  readonly #model: CorpusModel;

  constructor(model: CorpusModel) {
    this.#model = model;
  }

  assign(rng: Rng, body: SynthBody): Series {
    const list = this.#active[body];
    if (list.length > 0 && rng.chance(CONTINUE)) return rng.pick(list);
    const m = this.#model.bodies[body];
    const country = rng.chance(0.7) ? rng.pick(this.#model.countries) : undefined;
    const template = rng.pick(m.titles);
    const title = body === "SC" ? "" : fill(template, country ? [country] : [], rng, this.#model.countries).text;
    const series: Series = { id: this.#next++, body, title, members: [], ...(country ? { country } : {}) };
    if (list.length >= ACTIVE_CAP[body]) list[rng.int(list.length)] = series;
    else list.push(series);
    return series;
  }

  record(series: Series, i: number): void {
    series.members.push(i);
    if (series.members.length > 3) series.members.shift();
  }
}

const TAKES_ARTICLE = /^(United|Republic|Kingdom|Democratic|Central African|Dominican|Russian|Holy|State of|Netherlands|Philippines|Gambia|Bahamas|Maldives|Marshall|Solomon|Comoros|Congo|Sudan$|Union of|Czech|Syrian|Islamic|Lao|Federated|Plurinational|Bolivarian|Former)/;

/** A template with its country slots filled (the first with `preferred[0]`, the others at random). */
function fill(t: Template, preferred: readonly Country[], rng: Rng, countries: readonly Country[]): { text: string } {
  if (t.slots.length === 0) return { text: t.text };
  let out = "";
  let at = 0;
  for (const [k, [start, end]] of t.slots.entries()) {
    const c = preferred[0] && (k === 0 || rng.chance(0.7)) ? preferred[0] : rng.pick(countries);
    let before = t.text.slice(at, start);
    const hasThe = /\bthe $/.test(before);
    const wantsThe = TAKES_ARTICLE.test(c.name);
    if (hasThe && !wantsThe) before = before.slice(0, -4);
    else if (!hasThe && wantsThe && /\b(?:of|in|to|by|with|for|and|from|on|that|between)\s$/.test(before)) before = `${before}the `;
    out += before + c.name;
    at = end;
  }
  return { text: out + t.text.slice(at) };
}

const stripEnd = (s: string): string => s.replace(/[\s,;:.]+$/, "");

/** A real paragraph, sometimes recombined: its head (up to a comma) joined to another's tail. */
function paragraphText(pool: readonly Template[], rng: Rng, country: Country | undefined, countries: readonly Country[]): string {
  const a = fill(rng.pick(pool), country ? [country] : [], rng, countries).text;
  if (!rng.chance(0.3)) return stripEnd(a);
  const b = fill(rng.pick(pool), country ? [country] : [], rng, countries).text;
  const cutA = a.indexOf(", ", Math.min(a.length, 30));
  const cutB = b.indexOf(", ", Math.floor(b.length / 3));
  if (cutA < 0 || cutB < 0) return stripEnd(a);
  return stripEnd(`${a.slice(0, cutA)}, ${b.slice(cutB + 2)}`);
}

function sample(values: readonly number[], rng: Rng): number {
  return values.length === 0 ? 0 : rng.pick(values);
}

const LAW_TOPICS = [
  "Freedom of Expression", "Associations and Non-Governmental Organizations", "Political Parties", "Peaceful Assembly",
  "Access to Information", "the Press", "Counter-Terrorism", "Elections", "Citizenship", "Land", "Expropriation",
  "Telecommunications", "Cybercrime", "Trade Unions", "Judicial Organization", "the Status of Judges", "Domestic Violence",
  "Refugees", "Asylum", "Freedom of Religion", "Child Protection", "Public Order", "State Secrets", "Media",
  "Anti-Corruption", "Amnesty", "Foreign Agents", "Internet Regulation", "Prisons", "Mental Health",
];

/** "47/19 of 24 November 1992", "338 (1973)". */
function citeItem(s: Slot, dated: boolean): string {
  if (s.body === "SC") return `${s.number} (${s.year})`;
  return dated ? `${s.session}/${s.number} of ${printedDate(s.date)}` : `${s.session}/${s.number}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

/** The paragraph recalling the series' earlier members, in one of the phrasings real texts use. */
function seriesRecall(body: SynthBody, cited: Slot[], series: Series, rng: Rng): string {
  const many = cited.length > 1;
  const word = many ? "resolutions" : "resolution";
  const items = list(cited.map((s) => citeItem(s, body !== "SC" || rng.chance(0.2))));
  const about = series.country ? `the situation in ${TAKES_ARTICLE.test(series.country.name) ? "the " : ""}${series.country.name}` : "the question";
  const v = rng.int(3);
  if (body === "SC") {
    if (v === 0) return `Recalling its ${word} ${items}`;
    if (v === 1) return `Reaffirming its previous resolutions concerning ${about}, in particular ${word} ${items}`;
    return `Recalling its previous ${word} ${items} and the statements of its President`;
  }
  if (body === "HRC" && v === 0) return `Recalling Human Rights Council ${word} ${items}`;
  if (v === 1) return `Recalling its previous resolutions on ${about}, including ${word} ${items}`;
  return `Recalling its ${word} ${items}`;
}

/** The paragraph citing an older resolution of another series (or body). */
function olderRecall(citing: SynthBody, s: Slot, rng: Rng): string {
  const verb = rng.pick(["Recalling also", "Bearing in mind", "Reaffirming", "Guided by"]);
  if (s.body === "SC") {
    if (citing === "SC") return `${verb} its resolution ${citeItem(s, false)}`;
    return `${verb} Security Council resolution ${citeItem(s, false)}`;
  }
  if (citing === "GA" && rng.chance(0.5)) return `${verb} its resolution ${citeItem(s, true)}`;
  return `${verb} General Assembly resolution ${citeItem(s, citing !== "SC" || rng.chance(0.5))}`;
}

function documentSymbol(slot: Slot, rng: Rng): string {
  switch (slot.body) {
    case "GA":
      return `A/${slot.session}/${rng.range(80, 900)}`;
    case "HRC":
      return `A/HRC/${slot.session}/${rng.range(20, 80)}`;
    case "SC":
      return `S/${slot.year}/${rng.range(1, 1200)}`;
  }
}

function vote(body: SynthBody, rng: Rng): SynthVote {
  if (body === "SC") {
    if (rng.chance(0.6)) return { method: "unanimously" };
    const abstain = rng.range(0, 4);
    return { method: "recorded vote", yes: 15 - abstain, no: 0, abstain };
  }
  if (rng.chance(0.65)) return { method: "without a vote" };
  const yes = rng.range(20, 160);
  return { method: "recorded vote", yes, no: rng.range(0, 20), abstain: rng.range(0, 40) };
}

export function compose(i: number, timeline: Timeline, model: CorpusModel, book: SeriesBook, rng: Rng): { doc: SynthDoc; intended: Intended } {
  const slot = timeline.slot(i);
  const body = slot.body;
  const m: BodyModel = model.bodies[body];
  const series = book.assign(rng, body);
  const country = series.country;
  const intended: Intended = { symbol: slot.symbol, series: series.id, cites: [], docs: [], laws: [], ...(country ? { country: country.id } : {}) };

  // Citations: 1–3 of the series' latest members, sometimes an older GA/SC resolution elsewhere.
  const cited = series.members.slice(-rng.range(1, 3)).map((j) => timeline.slot(j));
  const citing: SynthParagraph[] = [];
  if (cited.length > 0) {
    citing.push({ kind: "preambular", text: seriesRecall(body, cited, series, rng) });
    intended.cites.push(...cited.map((s) => s.symbol));
  }
  if (i > 0 && rng.chance(0.3)) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const older = timeline.slot(rng.int(i));
      if (older.body === "HRC" || intended.cites.includes(older.symbol)) continue;
      citing.push({ kind: "preambular", text: olderRecall(body, older, rng) });
      intended.cites.push(older.symbol);
      break;
    }
  }

  const pool = (p: Template[]): string => paragraphText(p, rng, country, model.countries);
  const pre: SynthParagraph[] = [];
  const nPre = Math.max(1, sample(m.preambular, rng));
  for (let k = 0; k < nPre; k++) pre.push({ kind: "preambular", text: pool(m.pre) });
  pre.splice(Math.min(1, pre.length), 0, ...citing);
  // A report the resolution takes note of, by document symbol.
  const nDocs = rng.chance(0.75) ? rng.range(1, 2) : 0;
  for (let k = 0; k < nDocs; k++) {
    const symbol = documentSymbol(slot, rng);
    if (intended.docs.includes(symbol)) continue;
    intended.docs.push(symbol);
    const who = rng.pick(["the Secretary-General", "the Special Rapporteur", "the United Nations High Commissioner for Human Rights", "the Committee"]);
    const text = rng.chance(0.5) ? `Taking note of the report of ${who}` : `Having considered the report of ${who}`;
    pre.splice(Math.min(pre.length, 2 + k), 0, { kind: "preambular", text, note: symbol });
  }

  const ops: SynthParagraph[] = [];
  const nOps = Math.max(1, sample(m.operative, rng));
  for (let k = 0; k < nOps; k++) {
    const nSubs = sample(m.subs, rng);
    const p: SynthParagraph = { kind: "operative", text: pool(m.ops) };
    if (nSubs > 0 && m.subTexts.length > 0) p.subs = Array.from({ length: Math.min(nSubs, 12) }, () => pool(m.subTexts));
    ops.push(p);
  }
  if (country && rng.chance(0.35)) {
    const law = `Law on ${rng.pick(LAW_TOPICS)}`;
    intended.laws.push(law);
    const the = TAKES_ARTICLE.test(country.name) ? "the " : "";
    ops.splice(rng.int(ops.length + 1), 0, {
      kind: "operative",
      text: `Calls upon the Government of ${the}${country.name} to review the ${law} in line with its international obligations`,
    });
  }
  book.record(series, i);
  const doc: SynthDoc = { slot, title: series.title || "Untitled", agendaItem: 1 + (series.id % 140), paragraphs: [...pre, ...ops], vote: vote(body, rng) };
  return { doc, intended };
}
