// Assembles every gazetteer into one entity table and one automaton, once, at module load.

import type { MentionKind } from "../../domain.js";
import { Automaton, CASE_ANY, CASE_LOWER, CASE_UPPER, type Pattern } from "./automaton.js";
import { buildCountries } from "./countries.js";
import { STATE_NOUNS } from "./countries.data.js";
import { foldString } from "./fold.js";
import { INSTRUMENTS } from "./instruments.data.js";
import { GENERIC_CODES } from "./laws.data.js";
import { ORGANIZATIONS } from "./organizations.data.js";
import type { EntityDef } from "./types.js";

export interface Entity {
  kind: MentionKind;
  name: string;
  id?: string;
  /** Countries: the form used inside other names ("the United Kingdom", "Venezuela"). */
  shortName?: string;
}

/** What a surface form does when found: name its entity, stand for a state before a state noun, or only block. */
export type SurfaceRole = "name" | "demonym" | "blocker";
export type Casing = "title" | "exact" | "any";

export interface Surface {
  text: string;
  /** Index into `entities`; -1 for blockers. */
  entity: number;
  role: SurfaceRole;
  casing: Casing;
}

export interface Gazetteer {
  entities: Entity[];
  surfaces: Surface[];
  automaton: Automaton;
  /** Folded state nouns ("authorities", "armed forces"), longest first. */
  stateNouns: string[];
  countryIds: Set<string>;
  /** Canonical name (folded) → entity index, for resolving names found by rules. */
  byName: Map<string, number>;
}

// From this many words on, a title only needs its first capital: older texts print the later words
// of long titles in lower case ("… Settlement of the Cambodia conflict"), and a lower-case
// description never runs that long word for word.
const LONG_TITLE_WORDS = 5;

function caseMask(text: string, casing: Casing): Uint8Array {
  const mask: number[] = [];
  const long = casing === "title" && text.trim().split(/\s+/).length >= LONG_TITLE_WORDS;
  let capitals = 0;
  let prev = " ";
  for (const ch of text) {
    // Keep the mask aligned with foldString, which collapses whitespace runs.
    if (/\s/.test(ch) && /\s/.test(prev)) continue;
    // Astral characters fold as two code units; give both the same rule.
    const units = ch.length;
    let rule = CASE_ANY;
    const isUpper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    const isLower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
    if (casing === "exact") rule = isUpper ? CASE_UPPER : isLower ? CASE_LOWER : CASE_ANY;
    else if (casing === "title" && isUpper && /[\s\-(/"“'‘’]/.test(prev) && !(long && capitals > 0)) rule = CASE_UPPER;
    if (isUpper) capitals++;
    for (let u = 0; u < units; u++) mask.push(rule);
    prev = ch;
  }
  return Uint8Array.from(mask);
}

function entityDefs(): { defs: EntityDef[]; blockers: string[]; ids: Set<string> } {
  const { countries, blockers, ids } = buildCountries();
  const defs: EntityDef[] = [...countries];
  for (const o of ORGANIZATIONS) defs.push({ kind: "organization", ...o });
  for (const i of INSTRUMENTS) defs.push({ kind: "instrument", ...i });
  for (const [name, forms] of Object.entries(GENERIC_CODES)) defs.push({ kind: "law", name, anyCase: [name, ...forms] });
  return { defs, blockers, ids };
}

export function buildGazetteer(): Gazetteer {
  const { defs, blockers, ids } = entityDefs();
  const entities: Entity[] = [];
  const surfaces: Surface[] = [];
  const byName = new Map<string, number>();
  defs.forEach((d, index) => {
    const entity: Entity = { kind: d.kind, name: d.name };
    if (d.id) entity.id = d.id;
    if (d.shortName) entity.shortName = d.shortName;
    entities.push(entity);
    byName.set(foldString(d.name), index);
    const add = (text: string, role: SurfaceRole, casing: Casing) => surfaces.push({ text, entity: index, role, casing });
    if (!d.anyCase?.includes(d.name)) add(d.name, "name", "title");
    for (const a of d.aliases ?? []) add(a, "name", "title");
    for (const a of d.acronyms ?? []) add(a, "name", "exact");
    for (const a of d.anyCase ?? []) add(a, "name", "any");
    for (const a of d.demonyms ?? []) add(a, "demonym", "title");
  });
  for (const b of blockers) surfaces.push({ text: b, entity: -1, role: "blocker", casing: "title" });
  // Surface forms with hyphens are also printed with spaces or joined ("Co-operation", "Cooperation").
  for (const s of [...surfaces]) {
    if (s.text.includes("-") && s.role !== "blocker") {
      for (const variant of [s.text.replace(/-/g, " "), s.text.replace(/-(\p{Ll})/gu, "$1")]) {
        if (variant !== s.text) surfaces.push({ ...s, text: variant });
      }
    }
  }
  const patterns: Pattern[] = surfaces.map((s) => ({ folded: foldString(s.text), caseMask: caseMask(s.text, s.casing) }));
  const stateNouns = [...new Set(STATE_NOUNS.map(foldString))].sort((a, b) => b.length - a.length);
  return { entities, surfaces, automaton: new Automaton(patterns), stateNouns, countryIds: ids, byName };
}
