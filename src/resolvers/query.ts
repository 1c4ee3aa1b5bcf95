import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { BadUserInputError } from "../errors.js";
import type { ResolutionRecord } from "../graph/port.js";
import { ResolutionConnection } from "../schema/connection.js";
import { Resolution } from "../schema/resolution.js";
import { Stats } from "../schema/stats.js";
import type { Context } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";

/** Largest page a client may ask for: bounds the work one request can cause. */
export const MAX_PAGE_SIZE = 100;

@Resolver()
export class QueryResolver {
  @Query(() => Resolution, { nullable: true, description: "A resolution by its canonical symbol; null when not loaded." })
  resolution(@Arg("symbol", () => String) symbol: string, @Ctx() ctx: Context): Promise<ResolutionRecord | null> {
    return ctx.loaders.resolutionBySymbol.load(symbol.trim());
  }

  @Query(() => ResolutionConnection, { description: "Loaded resolutions, oldest first (then by symbol)." })
  async resolutions(
    @Arg("first", () => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "`endCursor` of the previous page." })
    after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ResolutionConnection> {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError("first", `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
    }
    const page = await ctx.store.listResolutions({ first, after: after ? decodeCursor(after) : undefined });
    const edges = page.items.map((node) => {
      // Prime the loader so nested fields on these nodes need no second lookup.
      ctx.loaders.resolutionBySymbol.prime(node.symbol, node);
      return { cursor: encodeCursor(node), node };
    });
    return {
      edges,
      nodes: page.items,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => Stats, { description: "Counts of what the graph holds." })
  stats(@Ctx() ctx: Context): Promise<Stats> {
    return ctx.store.counts();
  }
}
