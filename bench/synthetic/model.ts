// What the synthetic corpus learns from the real one. Every real text (seeds + bench/corpus) is
// parsed once with parseSource; from the documents we keep, per body:
//   - the empirical distributions of preambular and top-level operative paragraph counts, and of
//     how many sub-paragraphs an operative paragraph carries;
//   - pools of real paragraph texts (with their verbs), as templates whose country mentions are
//     slots to be refilled, minus every paragraph that cites something (citations are generated);
//   - real titles, with the country names in them as slots.
// Verbs and paragraph lengths follow from sampling real paragraphs.

import { readFileSync } from "node:fs";
import { ParseError } from "../../src/errors.js";
import { parseSource } from "../../src/ingest/source.js";
import { buildCountries } from "../../src/ingest/mentions/countries.js";
import type { ResolutionDocument } from "../../src/domain.js";
import { corpusFiles } from "../corpus-files.js";
import type { SynthBody } from "./timeline.js";

/** A real paragraph with the spans of its country names marked for refilling. */
export interface Template {
  text: string;
  verb: string;
  /** [start, end) of country names, ascending, non-overlapping. */
  slots: readonly (readonly [number, number])[];
}

export interface BodyModel {
  docs: number;
  /** Preambular paragraphs per document, one entry per real document. */
  preambular: number[];
  /** Top-level operative paragraphs per document. */
  operative: number[];
  /** Sub-paragraph count of each real top-level operative paragraph (mostly 0). */
  subs: number[];
  pre: Template[];
  ops: Template[];
  subTexts: Template[];
  titles: Template[];
}

export interface Country {
  name: string;
  id: string;
}

export interface CorpusModel {
  files: number;
  bodies: Record<SynthBody, BodyModel>;
  countries: Country[];
  /** Top verbs per kind in the real corpus, for the report. */
  topVerbs: { preambular: [string, number][]; operative: [string, number][] };
}

/** Anything that looks like a citation: those are generated, never copied. */
const CITES = /\b(?:resolutions?|decisions?)\s+(?:No\.?\s*)?\d|\b\d{1,4}\s?(?:[A-Z]\s?)?\((?:\d{4}|[IVXLC]+)\)|\b\d{1,4}\/\d{1,4}\b|(?<![\w/])(?:A|S|E|CCPR|CERD|CEDAW|CRC|CAT|ST)\/[A-Z0-9]|(?<![\w/])5\/(?:19|20)\d{2}|\/(?:RES|DEC)\/|(?<![\w/])[A-Z]{1,6}\/\s?\d/;
const NOT_TEXT = /[\uE000-\uF8FF\t]|^[\d(\[]|^(?:The|the) (?:Security Council|General Assembly|Human Rights Council),?$/;

const bodyKey = (doc: ResolutionDocument): SynthBody | undefined => {
  switch (doc.resolution.body) {
    case "General Assembly":
      return "GA";
    case "Human Rights Council":
      return "HRC";
    case "Security Council":
      return "SC";
    default:
      return undefined;
  }
};

const emptyBody = (): BodyModel => ({ docs: 0, preambular: [], operative: [], subs: [], pre: [], ops: [], subTexts: [], titles: [] });

function titleTemplate(title: string, names: readonly string[]): Template {
  const slots: [number, number][] = [];
  for (const name of names) {
    const at = title.indexOf(name);
    if (at >= 0 && !slots.some(([s, e]) => at < e && s < at + name.length)) slots.push([at, at + name.length]);
  }
  slots.sort((a, b) => a[0] - b[0]);
  return { text: title, verb: "", slots };
}

export function learnModel(files: readonly string[] = corpusFiles()): CorpusModel {
  const countries = buildCountries().countries.map((c) => ({ name: c.name, id: c.id! }));
  // Longest first so that "Democratic Republic of the Congo" wins over "Congo".
  const names = countries.map((c) => c.name).sort((a, b) => b.length - a.length);
  const nameSet = new Set(names);
  const bodies: Record<SynthBody, BodyModel> = { GA: emptyBody(), HRC: emptyBody(), SC: emptyBody() };
  const verbs = { preambular: new Map<string, number>(), operative: new Map<string, number>() };
  let parsed = 0;

  for (const file of files) {
    let doc: ResolutionDocument;
    try {
      const source = parseSource(readFileSync(file, "utf8"), file);
      if (source.kind !== "resolution") continue;
      doc = source.document;
    } catch (error) {
      if (error instanceof ParseError) continue;
      throw error;
    }
    const key = bodyKey(doc);
    if (!key) continue;
    parsed++;
    const model = bodies[key];
    model.docs++;
    const citing = new Set(doc.references.map((r) => r.paragraph));
    const slotsOf = new Map<string, [number, number][]>();
    for (const m of doc.mentions) {
      if (m.kind !== "country") continue;
      const p = doc.paragraphs.find((x) => x.key === m.paragraph);
      // Only the printed canonical name is a slot; a demonym ("Cambodian") stays as printed.
      if (!p || !nameSet.has(p.text.slice(m.start, m.end))) continue;
      (slotsOf.get(m.paragraph) ?? slotsOf.set(m.paragraph, []).get(m.paragraph)!).push([m.start, m.end]);
    }
    let pre = 0;
    let op = 0;
    let subsOfCurrent = -1;
    for (const p of doc.paragraphs) {
      const top = !p.key.includes("(");
      if (p.kind === "preambular") pre++;
      else if (top) {
        if (subsOfCurrent >= 0) model.subs.push(subsOfCurrent);
        subsOfCurrent = 0;
        op++;
      } else if (subsOfCurrent >= 0) subsOfCurrent++;
      if (p.verb) {
        const map = verbs[p.kind];
        map.set(p.verb, (map.get(p.verb) ?? 0) + 1);
      }
      if (citing.has(p.key) || CITES.test(p.text) || NOT_TEXT.test(p.text) || p.text.length < 12) continue;
      const slots = (slotsOf.get(p.key) ?? []).sort((a, b) => a[0] - b[0]);
      const t: Template = { text: p.text, verb: p.verb, slots };
      if (p.kind === "preambular") model.pre.push(t);
      else if (top) model.ops.push(t);
      else model.subTexts.push(t);
    }
    if (subsOfCurrent >= 0) model.subs.push(subsOfCurrent);
    if (pre + op > 0) {
      model.preambular.push(pre);
      model.operative.push(op);
    }
    if (doc.resolution.title) model.titles.push(titleTemplate(doc.resolution.title, names));
  }

  // The HRC has few real texts of its own: its pools also draw on the GA's, which share the style.
  const hrc = bodies.HRC;
  if (hrc.pre.length < 400) hrc.pre.push(...bodies.GA.pre);
  if (hrc.ops.length < 400) hrc.ops.push(...bodies.GA.ops);
  if (hrc.subTexts.length < 200) hrc.subTexts.push(...bodies.GA.subTexts);
  for (const [key, m] of Object.entries(bodies)) {
    if (m.docs === 0 || m.pre.length === 0 || m.ops.length === 0) throw new Error(`no usable real ${key} texts to learn from`);
    if (m.titles.length === 0) m.titles.push(...bodies.GA.titles);
  }
  const top = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {
    files: parsed,
    bodies,
    countries,
    topVerbs: { preambular: top(verbs.preambular), operative: top(verbs.operative) },
  };
}
