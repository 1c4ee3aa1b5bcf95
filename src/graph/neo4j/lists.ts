// What a findResolutions / findParagraphs call sends: the statement of its shape (cypher.ts composes
// it from fixed fragments) and the parameters, values only. Validation matches SqliteStore's, so
// both stores refuse the same input with the same BAD_USER_INPUT.

import { int } from "neo4j-driver";
import type { FindParagraphsArgs, FindResolutionsArgs } from "../port.js";
import {
  findParagraphsStatement,
  findResolutionsStatement,
  type ParagraphListShape,
  type ResolutionListShape,
  type Statement,
} from "./cypher.js";
import { given, verbPhrase } from "../port-checks.js";
import { luceneQuery } from "./lucene.js";
import type { CypherInt } from "./records.js";

export type ListParams = Record<string, string | CypherInt>;

export interface ListQuery<Shape> {
  shape: Shape;
  statement: Statement;
  params: ListParams;
}

/** Null when the text has nothing to search for: the store answers an empty page without a query. */
export function resolutionListQuery(args: FindResolutionsArgs): ListQuery<ResolutionListShape> | null {
  const f = args.filter;
  const first = args.first;
  const offset = args.offset;
  const yearFrom = given(f.yearFrom) ? f.yearFrom : null;
  const yearTo = given(f.yearTo) ? f.yearTo : null;
  const mentions = given(f.mentions) ? { label: f.mentions.label, key: f.mentions.key } : null;
  const text = given(f.text) ? luceneQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const shape: ResolutionListShape = {
    body: given(f.body),
    yearFrom: yearFrom !== null,
    yearTo: yearTo !== null,
    session: given(f.session),
    concerns: given(f.concerns),
    mentions: mentions?.label ?? null,
    references: given(f.references),
    text: text !== null,
    includeStubs: f.includeStubs === true,
    orderBy: args.orderBy,
  };
  const params: ListParams = {};
  if (text !== null) params.text = text;
  if (mentions) params.mentionsKey = mentions.key;
  if (given(f.concerns)) params.concerns = f.concerns;
  if (given(f.body)) params.body = f.body;
  if (yearFrom !== null) params.yearFrom = int(yearFrom);
  if (yearTo !== null) params.yearTo = int(yearTo);
  if (given(f.session)) params.session = f.session;
  if (given(f.references)) params.references = f.references;
  params.offset = int(offset);
  params.first = int(first);
  return { shape, statement: findResolutionsStatement(shape), params };
}

export function paragraphListQuery(args: FindParagraphsArgs): ListQuery<ParagraphListShape> | null {
  const f = args.filter;
  const first = args.first;
  const offset = args.offset;
  const mentions = given(f.mentions) ? { label: f.mentions.label, key: f.mentions.key } : null;
  const verb = given(f.verb) ? verbPhrase(f.verb) : null;
  const text = given(f.text) ? luceneQuery(f.text) : null;
  if (given(f.text) && text === null) return null;
  const shape: ParagraphListShape = {
    resolution: given(f.resolution),
    kind: given(f.kind),
    verb: verb !== null,
    mentions: mentions?.label ?? null,
    text: text !== null,
  };
  const params: ListParams = {};
  if (text !== null) params.text = text;
  if (given(f.resolution)) params.resolution = f.resolution;
  if (mentions) params.mentionsKey = mentions.key;
  if (given(f.kind)) params.kind = f.kind;
  if (verb !== null) {
    params.verb = verb;
    params.verbWord = `${verb} `;
  }
  params.offset = int(offset);
  params.first = int(first);
  return { shape, statement: findParagraphsStatement(shape), params };
}
