// The UN bodies whose acts texts cite, as data: one row a body. A row says how the body is named in
// print (in full, by a short form once it is known, by the abbreviation a person types) and how the
// symbols of its resolutions and decisions are made from a printed number, per number shape. A body
// without symbols numbers its acts in a series of its own that has no UN document symbol (the
// Commission on the Status of Women's "51/2"): a citation of it is read, and left out of the graph,
// never filed as the citing body's own.
//
// Adding a body is adding a row. The order matters twice: full names are tried longest first (so
// "United Nations Environment Assembly" wins over "Assembly"), and where a short form is shared
// ("Council") the first row whose symbols take the printed number's shape is meant.

import type { Body } from "../../domain.js";

/** The shapes a resolution or decision number is printed in (see numbers.ts). */
export type NumberShape = "session" | "year" | "sc" | "roman";

export type ActKind = "resolution" | "decision";

/**
 * A symbol template: `{session}`, `{year}` and `{number}` are the printed number's parts. A template
 * with `/RES/` or `/DEC/` makes a resolution reference, any other a document reference (the
 * Environment Assembly's "UNEP/EA.4/Res.1" is a document symbol).
 */
export type SymbolTemplate = string;

export interface UnBody {
  /** Canonical name. */
  name: string;
  /** Set when resgraph reads this body's own texts: the domain's adopting body. */
  adopts?: Body;
  /** Names as printed in full (regular-expression sources, case-sensitive). */
  names: readonly string[];
  /** Short forms that stand for the body in running text ("the Council", "Assembly resolution"). */
  short?: readonly string[];
  /** Short forms the body's own texts use for it as a subject ("The Council,", "The Assembly decides"). */
  self?: readonly string[];
  /** Abbreviations people type ("HRC", "GA"): read from user input only, never from texts. */
  abbreviations?: readonly string[];
  /** Its acts' symbols by number shape; absent when its numbers have no UN symbol. */
  symbols?: Partial<Record<NumberShape, Partial<Record<ActKind, SymbolTemplate>>>>;
  /**
   * The symbols of the reports its acts are printed in (regular-expression sources): a resolution
   * cited inside one ("A/74/53/Add.1, chap. III, resolution 42/12") is the body's.
   */
  reports?: readonly string[];
  /**
   * When its numbered sessions met, for telling a number that cannot be its act from one that can:
   * session `s` met in `firstYear + floor((s - 1) / perYear)` (or the year after, for a session that
   * runs on or resumes), and numbers in the "36/32" shape were printed from session `slashedFrom`.
   * "resolution 6/4 of 6 November 2015" in a General Assembly text is then no Assembly resolution
   * (its session 6 met in 1951 and printed "(VI)"): another body's, left out rather than misfiled.
   */
  sessions?: { firstYear: number; perYear: number; slashedFrom?: number };
}

export const UN_BODIES: readonly UnBody[] = [
  {
    name: "Human Rights Council",
    adopts: "Human Rights Council",
    names: ["Human Rights Council"],
    short: ["Council"],
    self: ["Council"],
    abbreviations: ["HRC"],
    symbols: { session: { resolution: "A/HRC/RES/{session}/{number}", decision: "A/HRC/DEC/{session}/{number}" } },
    // Three regular sessions a year since June 2006 (special sessions, "S-25/1", are not counted).
    sessions: { firstYear: 2006, perYear: 3 },
    // Its annual report to the General Assembly is the Assembly's Supplement No. 53.
    reports: [String.raw`A/\d+/53(?:/Add\.\d+)?`],
  },
  {
    name: "General Assembly",
    adopts: "General Assembly",
    names: ["General Assembly"],
    short: ["Assembly"],
    self: ["Assembly"],
    abbreviations: ["GA", "UNGA"],
    symbols: {
      session: { resolution: "A/RES/{session}/{number}", decision: "A/DEC/{session}/{number}" },
      roman: { resolution: "A/RES/{number}({session})", decision: "A/DEC/{number}({session})" },
    },
    // One regular session a year from 1946, opening in September; "31/1" (1976) is the first number
    // printed with a slash, "3379 (XXX)" the last of the old shape.
    sessions: { firstYear: 1946, perYear: 1, slashedFrom: 31 },
  },
  {
    name: "Security Council",
    adopts: "Security Council",
    names: ["Security Council"],
    short: ["Council"],
    self: ["Council"],
    abbreviations: ["SC", "UNSC"],
    // The Council's decisions carry no symbol of their own.
    symbols: { sc: { resolution: "S/RES/{number} ({year})" } },
  },
  {
    name: "Economic and Social Council",
    adopts: "Economic and Social Council",
    names: ["Economic and Social Council"],
    short: ["Council"],
    self: ["Council"],
    abbreviations: ["ECOSOC"],
    symbols: {
      year: { resolution: "E/RES/{year}/{number}", decision: "E/DEC/{year}/{number}" },
      session: { resolution: "E/RES/{session}/{number}", decision: "E/DEC/{session}/{number}" },
      roman: { resolution: "E/RES/{number}({session})" },
    },
  },
  {
    name: "Commission on Human Rights",
    adopts: "Commission on Human Rights",
    names: ["Commission on Human Rights"],
    short: ["Commission"],
    abbreviations: ["CHR"],
    symbols: {
      year: { resolution: "E/CN.4/RES/{year}/{number}", decision: "E/CN.4/DEC/{year}/{number}" },
      session: { resolution: "E/CN.4/RES/{session}/{number}", decision: "E/CN.4/DEC/{session}/{number}" },
    },
  },
  {
    name: "United Nations Environment Assembly",
    names: ["United Nations Environment Assembly(?: of the United Nations Environment Programme)?", "Environment Assembly"],
    // "resolution 4/1" is UNEP/EA.4/Res.1, a document symbol.
    symbols: { session: { resolution: "UNEP/EA.{session}/Res.{number}" } },
    // Its reports to the General Assembly are the Assembly's Supplement No. 25.
    reports: [String.raw`A/\d+/25(?:/Add\.\d+)?`],
  },
];

/**
 * Nouns that make a capitalized name the name of a body: "Commission on Narcotic Drugs", "World
 * Health Assembly", "Conference of the States Parties …". A number after such a name that no row
 * knows is that body's, and has no UN symbol.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(
  "Assembly Council Commission Committee Conference Board Organization Organisation Forum Union Parties Meeting Congress Agency Programme Fund Authority Court Tribunal Summit Bank Group Subcommission Sub-Commission Secretariat Institute Body".split(" "),
);

const ROWS_BY_BODY = new Map(UN_BODIES.flatMap((b) => (b.adopts ? [[b.adopts, b] as const] : [])));

/** The row of an adopting body. */
export function bodyRow(body: Body): UnBody {
  const row = ROWS_BY_BODY.get(body);
  if (!row) throw new Error(`no row for the adopting body ${body}`);
  return row;
}

/** Full names of the adopting bodies, as one alternation (for openers, mastheads, "The Council"). */
export const ADOPTING_BODY_NAMES = UN_BODIES.filter((b) => b.adopts).flatMap((b) => b.names).join("|");

/** The short forms adopting bodies use for themselves as a subject, as one alternation. */
export const ADOPTING_SELF_NAMES = [...new Set(UN_BODIES.flatMap((b) => b.self ?? []))].join("|");

const ADOPTING_BY_NAME = UN_BODIES.flatMap((b) => (b.adopts ? b.names.map((n) => ({ re: new RegExp(`^(?:${n})$`), body: b.adopts! })) : []));

/** The adopting body a full name printed alone denotes ("Human Rights Council"), or undefined. */
export function adoptingBodyNamed(name: string): Body | undefined {
  for (const { re, body } of ADOPTING_BY_NAME) if (re.test(name)) return body;
  return undefined;
}

/**
 * What a user may type for an adopting body, upper-cased: its abbreviations ("GA", "UNGA") and its
 * name, both from UN_BODIES, so a body or an abbreviation added above is taken by every command and
 * the API alike.
 */
const BODY_INPUTS: ReadonlyMap<string, Body> = new Map(
  UN_BODIES.flatMap((b) => (b.adopts ? [...(b.abbreviations ?? []), b.name, b.adopts].map((text) => [text.toUpperCase(), b.adopts!] as const) : [])),
);

/** The adopting bodies' abbreviations, as help and refusals list them: `GA|UNGA|HRC|…`, in the table's order. */
export const ADOPTING_BODY_ABBREVIATIONS: readonly string[] = UN_BODIES.flatMap((b) => (b.adopts ? (b.abbreviations ?? []) : []));

/** The adopting body a user means ("GA", "unsc", "General Assembly", any case), or undefined. */
export function bodyFromInput(text: string): Body | undefined {
  return BODY_INPUTS.get(text.trim().toUpperCase());
}
