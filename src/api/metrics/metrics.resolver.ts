// Query.mostCited and Query.influential: rankings over a window of citations, from the process's
// MetricsService (cached by window and graph version), paged by key.
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { CitationWindow, ResolutionNode } from "../../graph/port.js";
import { MAX_PAGE_SIZE } from "../args.js";
import type { Context } from "../context.js";
import { encodeKeyCursor, keyAfter } from "../paging/cursor.js";
import { checkRange, type ConnectionValue } from "../paging/paging.js";
import { checkBody, checkYears } from "../resolution-list/resolution-list.resolver.js";
import { CitationWindowArgs, InfluentialConnection, MostCitedConnection } from "./metrics.type.js";
import { metricsOf } from "./metrics.service.js";

interface MostCitedEdgeValue {
  cursor: string;
  node: ResolutionNode;
  citations: number;
}

interface InfluentialEdgeValue {
  cursor: string;
  node: ResolutionNode;
  score: number;
  rank: number;
}

/** The window's arguments checked before any store call. */
function windowOf(args: CitationWindowArgs): CitationWindow {
  checkRange("first", args.first, 1, MAX_PAGE_SIZE);
  const body = checkBody("body", args.body);
  return { ...(body && { body }), ...checkYears(args.yearFrom, args.yearTo) };
}

function connection<E extends { cursor: string }>(edges: E[], totalCount: number, hasNextPage: boolean): ConnectionValue<E> {
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

@Resolver()
export class MetricsQueryResolver {
  @Query(() => MostCitedConnection, {
    description:
      "Resolutions (stubs included: a text not loaded may be the most cited of all) by how many loaded resolutions adopted within the years cite them, most first, ties by symbol; only those cited at least once in the window.",
  })
  async mostCited(@Args(() => CitationWindowArgs) args: CitationWindowArgs, @Ctx() ctx: Context): Promise<ConnectionValue<MostCitedEdgeValue>> {
    const window = windowOf(args);
    const after = args.after ? keyAfter("mostCited", args.after) : undefined;
    const page = await metricsOf(ctx.store).mostCited({ ...window, first: args.first, ...(after && { after: { citations: after.n, symbol: after.symbol } }) });
    const edges = page.items.map((i) => ({ cursor: encodeKeyCursor("mostCited", i.citations, i.node.symbol), node: i.node, citations: i.citations }));
    return connection(edges, page.totalCount, page.hasNextPage);
  }

  @Query(() => InfluentialConnection, {
    description:
      "Resolutions by PageRank over the RECALLS graph of the citations made within the years (every resolution citing or cited there), highest first, ties by symbol. Computed once per window and cached until the next ingest; `body` selects which are listed, never their scores.",
  })
  async influential(@Args(() => CitationWindowArgs) args: CitationWindowArgs, @Ctx() ctx: Context): Promise<ConnectionValue<InfluentialEdgeValue>> {
    const window = windowOf(args);
    const after = args.after ? keyAfter("influential", args.after) : undefined;
    const page = await metricsOf(ctx.store).influential(window, args.first, after ? { score: after.n, symbol: after.symbol } : undefined);
    const edges = page.items.map((i) => ({ cursor: encodeKeyCursor("influential", i.score, i.node.symbol), node: i.node, score: i.score, rank: i.rank }));
    return connection(edges, page.totalCount, page.hasNextPage);
  }
}
