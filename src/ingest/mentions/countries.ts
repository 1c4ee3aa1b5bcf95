// Country entities: every UN Member and observer State from `world-countries`, renamed to the UN's
// running-text short names, plus former states. Non-member territories are returned as blockers:
// they name no country here, but must win the longest match ("American Samoa" is not "Samoa").

import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { CITIES_NAMED_AFTER_STATES, EXTRA_ALIASES, FORMER_STATES, UN_NAMES } from "./countries.data.js";
import type { EntityDef } from "./types.js";

const require = createRequire(import.meta.url);
const WORLD = require("world-countries") as Countries;

const OBSERVER_STATES = new Set(["VAT", "PSE"]);
// Plain Latin-script spellings only: the package also lists native and transliterated names.
const USABLE = /^[A-Za-z][A-Za-z .'’()-]*[A-Za-z.)]$/;

const ACRONYM = /^[A-Z][A-Z.]+$/;

function usable(name: string): boolean {
  return name.length >= 4 && USABLE.test(name) && !name.includes(",");
}

// Short names that UN texts use inside other names, where the package's common name is not one.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  COD: "Democratic Republic of the Congo",
  COG: "Congo",
  CIV: "Côte d'Ivoire",
  CZE: "Czechia",
  PSE: "Palestine",
  VAT: "Holy See",
  CPV: "Cabo Verde",
  TUR: "Türkiye",
  VNM: "Viet Nam",
  SWZ: "Eswatini",
  MKD: "North Macedonia",
  TLS: "Timor-Leste",
  KOR: "Republic of Korea",
  PRK: "Democratic People's Republic of Korea",
  FSM: "Micronesia",
  GBR: "United Kingdom",
  USA: "United States",
  BRN: "Brunei Darussalam",
};
const TAKES_ARTICLE = /^(United|Republic|Kingdom|Democratic|Central African|Dominican|Russian|Holy|State of|Netherlands|Philippines|Gambia|Bahamas|Maldives|Marshall|Solomon|Comoros|Congo|Sudan$)/;

function withArticle(name: string): string {
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}

export interface CountryGazetteer {
  countries: EntityDef[];
  /** Names of territories and dependencies: matched so that they shadow shorter state names. */
  blockers: string[];
  /** Every valid id, for sanity checks. */
  ids: Set<string>;
}

export function buildCountries(): CountryGazetteer {
  const countries: EntityDef[] = [];
  const blockers: string[] = [];
  const demonymOwners = new Map<string, Set<string>>();
  const ids = new Set<string>();

  for (const c of WORLD) {
    ids.add(c.cca3);
    if (!c.unMember && !OBSERVER_STATES.has(c.cca3)) {
      for (const n of [c.name.common, c.name.official]) if (usable(n)) blockers.push(n);
      continue;
    }
    const name = UN_NAMES[c.cca3] ?? c.name.common;
    const aliases = new Set<string>([c.name.common, c.name.official, ...c.altSpellings.filter(usable), ...(EXTRA_ALIASES[c.cca3] ?? [])]);
    aliases.delete(name);
    const demonyms = new Set<string>();
    const eng = c.demonyms["eng"];
    for (const d of [eng?.m, eng?.f]) {
      // "Antiguan, Barbudan": each part is an adjective of its own.
      for (const part of (d ?? "").split(",")) {
        const adjective = part.trim();
        if (adjective && adjective !== name && !aliases.has(adjective)) demonyms.add(adjective);
      }
    }
    for (const d of demonyms) (demonymOwners.get(d) ?? demonymOwners.set(d, new Set()).get(d))?.add(c.cca3);
    const all = [...aliases];
    countries.push({
      kind: "country",
      name,
      id: c.cca3,
      shortName: withArticle(SHORT_NAMES[c.cca3] ?? c.name.common),
      aliases: all.filter((a) => !ACRONYM.test(a)),
      acronyms: all.filter((a) => ACRONYM.test(a)),
      demonyms: [...demonyms],
    });
  }
  for (const f of FORMER_STATES) {
    ids.add(f.id);
    countries.push({
      kind: "country",
      name: f.name,
      id: f.id,
      aliases: f.aliases.filter((a) => !ACRONYM.test(a)),
      acronyms: f.aliases.filter((a) => ACRONYM.test(a)),
      demonyms: f.demonyms ?? [],
    });
    for (const d of f.demonyms ?? []) (demonymOwners.get(d) ?? demonymOwners.set(d, new Set()).get(d))?.add(f.id);
  }
  // Capitals named after their state: "Mexico City" names a city, and must not read as "Mexico".
  blockers.push(...CITIES_NAMED_AFTER_STATES);
  // An adjective shared by two states ("Congolese", "Dominican") names neither.
  for (const c of countries) c.demonyms = (c.demonyms ?? []).filter((d) => (demonymOwners.get(d)?.size ?? 0) === 1);
  return { countries, blockers, ids };
}
