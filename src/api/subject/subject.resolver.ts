// Subject headings: the resolutions classified under one (by their text or by the UN's metadata),
// and `subject(scheme:, key:)`.

import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { BadUserInputError } from "../../errors.js";
import { subjectKey } from "../../graph/facts.js";
import { subject } from "../../ingest/subjects.js";
import type { ResolutionNode, SubjectRecord } from "../../graph/port.js";
import { PageArgs, SubjectArgs } from "../args.js";
import { SubjectSchemeEnum } from "../enums.js";
import { ResolutionConnection } from "../resolution-list/resolution-list.type.js";
import { Subject } from "./subject.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { globalId } from "../node/global-id.js";
import { pageRequest } from "../paging/paging.js";
import { resolutionConnection, type ResolutionConnectionValue } from "../resolution-list/resolution-list.resolver.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";
import { subjectLoader, subjectResolutionsLoader } from "./subject.loaders.js";

/**
 * A subject's node key from what a client typed, keyed as ingest keys it (`subject`, one rule for
 * both): terms in capitals with single spaces, goals by number ("Goal 5", "SDG 5", "05" are 5).
 */
export function subjectKeyOf(field: string, scheme: SubjectSchemeEnum, key: string): string {
  if (key.trim() === "") throw new BadUserInputError(field, "must not be empty");
  const read = subject(scheme, key);
  // A goal that does not exist matches nothing: keyed as typed, so the lookup answers null.
  return subjectKey(read ?? { scheme, key: key.trim() });
}

@Resolver(() => Subject)
export class SubjectResolver {
  @FieldResolver(() => ID)
  id(@Root() s: SubjectRecord): string {
    return globalId("Subject", s.id);
  }

  @FieldResolver(() => ResolutionConnection, {
    description: "Resolutions classified under this subject (loaded texts and stubs that carry the UN's metadata), by symbol.",
  })
  async resolutions(
    @Root() s: SubjectRecord,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ResolutionConnectionValue> {
    const request = pageRequest(page);
    const symbols = await ctx.loaders.get(subjectResolutionsLoader).load(s.id);
    const onPage = symbols.slice(request.offset, request.offset + request.first);
    const nodes: ResolutionNode[] = await Promise.all(onPage.map((symbol) => mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", symbol)));
    return resolutionConnection(nodes, symbols.length, request);
  }
}

@Resolver()
export class SubjectQueryResolver {
  @Query(() => Subject, { nullable: true, description: "A subject heading by scheme and key; null when no loaded resolution or metadata is classified under it." })
  subject(@Args(() => SubjectArgs) { scheme, key }: SubjectArgs, @Ctx() ctx: Context): Promise<SubjectRecord | null> {
    return ctx.loaders.get(subjectLoader).load(subjectKeyOf("key", scheme, key));
  }
}
