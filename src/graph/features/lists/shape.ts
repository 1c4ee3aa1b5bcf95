// A filtered list call as both stores see it: which filter fields are present (its "shape", which
// alone decides the statement text, so one statement per shape is prepared or planned once) and
// their values (always bound, never in the text). Derived here once, so that the two stores filter
// on the same fields with the same values; each engine only renders a shape into SQL or Cypher.

import { ENTITY_LABELS, type EntityLabel } from "../../model.js";
import type { FindParagraphsArgs, FindResolutionsArgs, ResolutionOrder } from "../../port.js";
import { given, verbPhrase } from "../../port-checks.js";

export interface ResolutionListShape {
  body: boolean;
  yearFrom: boolean;
  yearTo: boolean;
  session: boolean;
  concerns: boolean;
  /** The label of the entity named (a closed set), or null when the filter is absent. */
  mentions: EntityLabel | null;
  references: boolean;
  text: boolean;
  subject: boolean;
  sponsor: boolean;
  includeStubs: boolean;
  orderBy: ResolutionOrder;
}

export interface ParagraphListShape {
  resolution: boolean;
  kind: boolean;
  verb: boolean;
  mentions: EntityLabel | null;
  text: boolean;
}

/** The values of the present fields, under the names the statements bind them to. */
export interface ListValues {
  body?: string;
  yearFrom?: number;
  yearTo?: number;
  session?: string;
  concerns?: string;
  mentionsKey?: string;
  references?: string;
  /** A subject's `<scheme>:<code>` key. */
  subject?: string;
  /** A sponsoring state's ISO alpha-3. */
  sponsor?: string;
  /** The full-text query in the engine's own syntax. */
  text?: string;
  resolution?: string;
  kind?: string;
  /** The verb phrase as compared (port-checks.ts verbPhrase), and it followed by a space: a whole-word prefix. */
  verb?: string;
  verbWord?: string;
}

export interface ListCall<Shape> {
  shape: Shape;
  values: ListValues;
  first: number;
  offset: number;
}

/** Turns a user's text into the engine's full-text query; null when nothing is left to search for. */
export type TextQuery = (text: string) => string | null;

/**
 * The shape and values of a findResolutions call, or null when its text has nothing to search for
 * (answered with an empty page, as search does). Takes checked arguments (port-checks.ts).
 */
export function resolutionList(args: FindResolutionsArgs, textQuery: TextQuery): ListCall<ResolutionListShape> | null {
  const f = args.filter;
  const text = given(f.text) ? textQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const values: ListValues = {};
  if (given(f.body)) values.body = f.body;
  if (given(f.yearFrom)) values.yearFrom = f.yearFrom;
  if (given(f.yearTo)) values.yearTo = f.yearTo;
  if (given(f.session)) values.session = f.session;
  if (given(f.concerns)) values.concerns = f.concerns;
  if (given(f.mentions)) values.mentionsKey = f.mentions.key;
  if (given(f.references)) values.references = f.references;
  if (given(f.subject)) values.subject = f.subject;
  if (given(f.sponsor)) values.sponsor = f.sponsor;
  if (text !== null) values.text = text;
  const shape: ResolutionListShape = {
    body: given(f.body),
    yearFrom: given(f.yearFrom),
    yearTo: given(f.yearTo),
    session: given(f.session),
    concerns: given(f.concerns),
    mentions: given(f.mentions) ? f.mentions.label : null,
    references: given(f.references),
    text: text !== null,
    subject: given(f.subject),
    sponsor: given(f.sponsor),
    includeStubs: f.includeStubs === true,
    orderBy: args.orderBy,
  };
  return { shape, values, first: args.first, offset: args.offset };
}

/** As resolutionList, for findParagraphs. */
export function paragraphList(args: FindParagraphsArgs, textQuery: TextQuery): ListCall<ParagraphListShape> | null {
  const f = args.filter;
  const text = given(f.text) ? textQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const verb = given(f.verb) ? verbPhrase(f.verb) : null;
  const values: ListValues = {};
  if (given(f.resolution)) values.resolution = f.resolution;
  if (given(f.kind)) values.kind = f.kind;
  if (verb !== null) {
    values.verb = verb;
    values.verbWord = `${verb} `;
  }
  if (given(f.mentions)) values.mentionsKey = f.mentions.key;
  if (text !== null) values.text = text;
  const shape: ParagraphListShape = {
    resolution: given(f.resolution),
    kind: given(f.kind),
    verb: verb !== null,
    mentions: given(f.mentions) ? f.mentions.label : null,
    text: text !== null,
  };
  return { shape, values, first: args.first, offset: args.offset };
}

const NO_RESOLUTION_FILTER: ResolutionListShape = {
  body: false,
  yearFrom: false,
  yearTo: false,
  session: false,
  concerns: false,
  mentions: null,
  references: false,
  text: false,
  subject: false,
  sponsor: false,
  includeStubs: false,
  orderBy: "ADOPTED_ASC",
};
const NO_PARAGRAPH_FILTER: ParagraphListShape = { resolution: false, kind: false, verb: false, mentions: null, text: false };

/**
 * The shapes the statement tests check on both engines (Neo4j's linter, SQLite's query plans): no
 * filter and every order (with and without stubs), each field alone, each mention label, and every
 * field together under each anchor. Conditions are independent ANDed fragments, so these exercise
 * every fragment in every position.
 */
export const CHECKED_RESOLUTION_SHAPES: ReadonlyArray<[name: string, shape: ResolutionListShape]> = [
  ...(["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"] as const).flatMap((orderBy): Array<[string, ResolutionListShape]> => [
    [`${orderBy}`, { ...NO_RESOLUTION_FILTER, orderBy }],
    [`${orderBy}+stubs`, { ...NO_RESOLUTION_FILTER, orderBy, includeStubs: true }],
  ]),
  ...(["body", "yearFrom", "yearTo", "session", "concerns", "references", "text", "subject", "sponsor"] as const).map((field): [string, ResolutionListShape] => [
    field,
    { ...NO_RESOLUTION_FILTER, [field]: true },
  ]),
  ...ENTITY_LABELS.map((label): [string, ResolutionListShape] => [
    `mentions:${label}`,
    { ...NO_RESOLUTION_FILTER, mentions: label },
  ]),
  [
    "all, text anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: "Law", references: true, text: true, subject: true, sponsor: true, includeStubs: false, orderBy: "ADOPTED_DESC" },
  ],
  [
    "all but text, mentions anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: "Country", references: true, text: false, subject: true, sponsor: true, includeStubs: true, orderBy: "SYMBOL_ASC" },
  ],
  [
    "all but text and mentions, concerns anchor",
    { body: true, yearFrom: true, yearTo: true, session: true, concerns: true, mentions: null, references: true, text: false, subject: true, sponsor: true, includeStubs: false, orderBy: "ADOPTED_ASC" },
  ],
];

export const CHECKED_PARAGRAPH_SHAPES: ReadonlyArray<[name: string, shape: ParagraphListShape]> = [
  ["none", NO_PARAGRAPH_FILTER],
  ...(["resolution", "kind", "verb", "text"] as const).map((field): [string, ParagraphListShape] => [field, { ...NO_PARAGRAPH_FILTER, [field]: true }]),
  ...ENTITY_LABELS.map((label): [string, ParagraphListShape] => [
    `mentions:${label}`,
    { ...NO_PARAGRAPH_FILTER, mentions: label },
  ]),
  ["all, text anchor", { resolution: true, kind: true, verb: true, mentions: "Person", text: true }],
  ["all but text, resolution anchor", { resolution: true, kind: true, verb: true, mentions: "Instrument", text: false }],
  ["all but text and resolution, mentions anchor", { resolution: false, kind: true, verb: true, mentions: "Organization", text: false }],
];

export { NO_PARAGRAPH_FILTER, NO_RESOLUTION_FILTER };
