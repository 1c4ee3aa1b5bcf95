// A resolution's series (src/series): its members oldest first, its predecessor and successor.
import { Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
import type { ParagraphRecord, ResolutionNode } from "../../graph/port.js";
import type { SeriesMember as SeriesMemberValue } from "../../series/series.js";
import type { Context } from "../context.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";
import { Resolution } from "../resolution/resolution.type.js";
import { predecessorLoader, seriesLoader, successorLoader } from "./series.loaders.js";
import { SeriesMember } from "./series.type.js";

/**
 * Series one request may walk: each walk reads, hop by hop, every text citing its members (a
 * much-cited text has hundreds), and a list can ask one per item.
 */
export const MAX_SERIES_PER_REQUEST = 20;

@Resolver(() => Resolution)
export class ResolutionSeriesResolver {
  @FieldResolver(() => [SeriesMember], {
    description:
      "The series it belongs to, oldest first, itself included, each member with how it is linked to the one before; empty for a stub. Walked through predecessors and successors among the loaded texts.",
  })
  series(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<SeriesMemberValue[]> | SeriesMemberValue[] {
    if (r.stub) return [];
    ctx.budget.spend("series", MAX_SERIES_PER_REQUEST);
    return ctx.loaders.get(seriesLoader).load(r.symbol);
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description: "The member of its series before it: a loaded text of the same body, adopted earlier, that it recalls (see `series` for how they are linked).",
  })
  async predecessor(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<ResolutionNode | null> {
    if (r.stub) return null;
    const link = await ctx.loaders.get(predecessorLoader).load(r.symbol);
    return link ? ctx.loaders.get(resolutionNodeLoader).load(link.predecessor) : null;
  }

  @FieldResolver(() => Resolution, { nullable: true, description: "The member of its series after it: the earliest loaded text whose predecessor it is." })
  async successor(@Root() r: ResolutionNode, @Ctx() ctx: Context): Promise<ResolutionNode | null> {
    if (r.stub) return null;
    const link = await ctx.loaders.get(successorLoader).load(r.symbol);
    return link ? ctx.loaders.get(resolutionNodeLoader).load(link.successor) : null;
  }
}

@Resolver(() => SeriesMember)
export class SeriesMemberResolver {
  @FieldResolver(() => Resolution)
  async resolution(@Root() m: SeriesMemberValue, @Ctx() ctx: Context): Promise<ResolutionNode> {
    const node = await ctx.loaders.get(resolutionNodeLoader).load(m.symbol);
    // A member was read as a loaded text a moment ago; only a concurrent deletion removes it.
    return node ?? { symbol: m.symbol, stub: true };
  }

  @FieldResolver(() => Float, { nullable: true, description: "Content-word similarity (Dice, 0 to 1) of its title and the previous member's; null for the first." })
  titleSimilarity(@Root() m: SeriesMemberValue): number | null {
    return m.via?.titleSimilarity ?? null;
  }

  @FieldResolver(() => [Paragraph], { description: "Its paragraphs that recall the member before it (empty for the first)." })
  async paragraphs(@Root() m: SeriesMemberValue, @Ctx() ctx: Context): Promise<ParagraphRecord[]> {
    const ids = m.via?.paragraphIds ?? [];
    const found = await ctx.loaders.get(paragraphByIdLoader).loadMany(ids);
    return found.flatMap((p) => {
      if (p instanceof Error) throw p;
      return p ? [p] : [];
    });
  }
}
