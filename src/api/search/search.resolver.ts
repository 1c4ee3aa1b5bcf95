import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { SearchArgs } from "../args.js";
import { BadUserInputError } from "../../errors.js";
import type { ParagraphRecord, ResolutionNode, SearchHit as SearchHitRecord } from "../../graph/port.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { SearchConnection, SearchHit } from "./search.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { connectionOf, pageRequest, type ConnectionValue } from "../paging/paging.js";
import { checkBody, checkYears } from "../resolution-list/resolution-list.resolver.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

type SearchConnectionValue = ConnectionValue<{ cursor: string; node: SearchHitRecord }> & { nodes: SearchHitRecord[] };

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: "Full-text search over paragraph text, best first. Words are matched whole and in any order; quote a phrase to match it as written.",
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: Context,
  ): Promise<SearchConnectionValue> {
    const { text, body, yearFrom, yearTo } = args;
    const request = pageRequest(args);
    const query = text.trim();
    if (query === "") throw new BadUserInputError("text", "give at least one word to search for");
    const checkedBody = checkBody("body", body);
    const { hits, total } = await ctx.store.search({
      text: query,
      ...(checkedBody && { body: checkedBody }),
      ...checkYears(yearFrom, yearTo),
      first: request.first,
      offset: request.offset,
    });
    return { ...connectionOf(hits, total, request, (node, cursor) => ({ cursor, node })), nodes: hits };
  }

  @FieldResolver(() => Paragraph)
  paragraph(@Root() hit: SearchHitRecord, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return mustLoad(ctx.loaders.get(paragraphByIdLoader), "paragraph", hit.paragraphId);
  }

  @FieldResolver(() => Resolution)
  resolution(@Root() hit: SearchHitRecord, @Ctx() ctx: Context): Promise<ResolutionNode> {
    return mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", hit.resolution);
  }
}
