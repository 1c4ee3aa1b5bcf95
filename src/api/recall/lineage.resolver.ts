// Walking the lineage graph: a resolution's ancestors or descendants (`Resolution.lineage`), and
// the shortest chain of citations between two resolutions (`citationPath`).

import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { CitationPathArgs, LineageArgs, MAX_LINEAGE_DEPTH } from "../args.js";
import { NotFoundError } from "../../errors.js";
import type { LineageEntry, ParagraphRecord, PathHop, ResolutionNode } from "../../graph/port.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { CitationHop, LineageStep } from "./recall.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { findResolution } from "../resolution/lookup.js";
import { checkRange } from "../paging/paging.js";
import { resolutionAt } from "./recall.resolver.js";
import { selectionOf } from "../selection.js";
import { lineageLoader } from "./recall.loaders.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

@Resolver(() => Resolution)
export class LineageResolver {
  @FieldResolver(() => [LineageStep], {
    description:
      "Resolutions reached by following citations (RECALLS) from this one, each once at its smallest depth, nearest first. Stubs end a chain: their texts, and so their citations, are not loaded.",
  })
  lineage(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Args(() => LineageArgs) { direction, maxDepth }: LineageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LineageEntry[]> {
    checkRange("maxDepth", maxDepth, 1, MAX_LINEAGE_DEPTH);
    const entries = ctx.loaders.get(lineageLoader).load({ symbol: r.symbol, direction, maxDepth });
    if (!selectionOf(info).has("resolution")) return entries;
    // Each step's resolution, loaded ahead: the steps then answer without a promise each.
    return entries.then(async (list) => {
      if (list.length > 0) await ctx.loaders.get(resolutionNodeLoader).preload(list.map((e) => e.symbol));
      return list;
    });
  }

  @Query(() => [CitationHop], {
    nullable: true,
    description:
      "The shortest chain of citations from `from` back to `to` (`from` cites …, which cites `to`); null when there is none within `maxDepth` hops, [] when both are the same. Both ends take loose spellings, like `resolution(symbol:)`.",
  })
  async citationPath(
    @Args(() => CitationPathArgs) { from, to, maxDepth }: CitationPathArgs,
    @Ctx() ctx: Context,
  ): Promise<PathHop[] | null> {
    checkRange("maxDepth", maxDepth, 1, MAX_LINEAGE_DEPTH);
    const [start, end] = await Promise.all([findResolution("from", from, ctx), findResolution("to", to, ctx)]);
    // A path from or to nothing is a mistake in the request, not an absent path.
    if (!start) throw new NotFoundError("resolution", from);
    if (!end) throw new NotFoundError("resolution", to);
    return ctx.store.citationPath(start.symbol, end.symbol, maxDepth);
  }
}

@Resolver(() => LineageStep)
export class LineageStepResolver {
  @FieldResolver(() => Resolution)
  resolution(@Root() step: LineageEntry, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(step.symbol, ctx);
  }
}

@Resolver(() => CitationHop)
export class CitationHopResolver {
  @FieldResolver(() => Resolution, { description: "The citing resolution." })
  from(@Root() hop: PathHop, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(hop.from, ctx);
  }

  @FieldResolver(() => Resolution, { description: "The cited resolution." })
  to(@Root() hop: PathHop, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(hop.to, ctx);
  }

  @FieldResolver(() => Paragraph, { description: "The first paragraph of `from` citing `to`." })
  paragraph(@Root() hop: PathHop, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return mustLoad(ctx.loaders.get(paragraphByIdLoader), "paragraph", hop.paragraphId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Its citing verb." })
  verb(@Root() hop: PathHop): string | null {
    return hop.verb || null;
  }
}
