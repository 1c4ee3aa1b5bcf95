// Lists of resolutions: the filtered root list, and the connection value other lists of
// resolutions (an entity's, a country's) share.

import { Args, Ctx, Query, Resolver } from "type-graphql";
import { ResolutionsArgs } from "../args.js";
import { BODIES } from "../../domain.js";
import { ADOPTING_BODY_ABBREVIATIONS, bodyFromInput } from "../../ingest/citations/bodies.js";
import { BadUserInputError } from "../../errors.js";
import type { ResolutionFilter as StoreFilter, ResolutionNode } from "../../graph/port.js";
import { ResolutionConnection, type ResolutionFilter } from "./resolution-list.type.js";
import type { Context } from "../context.js";
import { entityRef } from "../entity/entity-input.js";
import { filterSymbol } from "../resolution/lookup.js";
import { subjectKeyOf } from "../subject/subject.resolver.js";
import { connectionOf, pageRequest, type ConnectionValue, type PageRequest } from "../paging/paging.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

export interface ResolutionEdgeValue {
  cursor: string;
  node: ResolutionNode;
}

export type ResolutionConnectionValue = ConnectionValue<ResolutionEdgeValue> & { nodes: ResolutionNode[] };

export function resolutionConnection(items: ResolutionNode[], totalCount: number, request: PageRequest): ResolutionConnectionValue {
  return { ...connectionOf(items, totalCount, request, (node, cursor) => ({ cursor, node })), nodes: items };
}

export function checkBody(field: string, body: string | undefined | null): string | undefined {
  if (body === undefined || body === null) return undefined;
  const known = bodyFromInput(body);
  if (!known) throw new BadUserInputError(field, `unknown body ${JSON.stringify(body)}; one of ${BODIES.join(", ")} (or ${ADOPTING_BODY_ABBREVIATIONS.join(", ")})`);
  return known;
}

export function checkYears(yearFrom: number | undefined | null, yearTo: number | undefined | null): { yearFrom?: number; yearTo?: number } {
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw new BadUserInputError("yearFrom", `${yearFrom} is after yearTo ${yearTo}`);
  }
  return { ...(yearFrom != null && { yearFrom }), ...(yearTo != null && { yearTo }) };
}

/** The GraphQL filter in the store's terms, checked (before any store call) and normalised. */
function storeFilter(f: ResolutionFilter | undefined | null): StoreFilter {
  if (!f) return {};
  const body = checkBody("filter.body", f.body);
  const text = f.text?.trim();
  return {
    ...(body && { body }),
    ...checkYears(f.yearFrom, f.yearTo),
    ...(f.session != null && { session: f.session.trim() }),
    ...(f.concerns != null && { concerns: f.concerns.trim().toUpperCase() }),
    ...(f.mentions && { mentions: entityRef(f.mentions) }),
    ...(f.references != null && { references: filterSymbol(f.references) }),
    ...(text && { text }),
    ...(f.subject && { subject: subjectKeyOf("filter.subject.key", f.subject.scheme, f.subject.key) }),
    ...(f.sponsor != null && { sponsor: f.sponsor.trim().toUpperCase() }),
    ...(f.includeStubs && { includeStubs: true }),
  };
}

@Resolver()
export class ResolutionListResolver {
  @Query(() => ResolutionConnection, { description: "Resolutions matching a filter (all loaded ones without), oldest first by default." })
  async resolutions(
    @Ctx() ctx: Context,
    @Args(() => ResolutionsArgs) args: ResolutionsArgs,
  ): Promise<ResolutionConnectionValue> {
    const request = pageRequest(args);
    const page = await ctx.store.findResolutions({ filter: storeFilter(args.filter), orderBy: args.orderBy, ...request });
    // Prime the loader so nested fields on these nodes need no second lookup.
    for (const node of page.items) ctx.loaders.get(resolutionNodeLoader).prime(node.symbol, node);
    return resolutionConnection(page.items, page.totalCount, request);
  }
}
