// The shape of gazetteer data: one record per entity, with every surface form that names it.

import type { MentionKind } from "../../domain.js";

export interface EntityDef {
  kind: MentionKind;
  /** Canonical name, as the gold spec and UN texts spell it. */
  name: string;
  /** ISO 3166 alpha-3 for countries (ISO 3166-3 for former states). */
  id?: string;
  /** For countries: the short form used inside other names ("Constitution of Venezuela"). */
  shortName?: string;
  /** Other names, matched with their capitals where they have them ("Office of the High Commissioner"). */
  aliases?: readonly string[];
  /** Upper-case abbreviations, matched exactly ("OHCHR", "ICCPR"). */
  acronyms?: readonly string[];
  /** Forms that name the entity in any case ("penal code"). */
  anyCase?: readonly string[];
  /** National adjectives that stand for a state only before a state noun ("Iraqi forces"). */
  demonyms?: readonly string[];
}
