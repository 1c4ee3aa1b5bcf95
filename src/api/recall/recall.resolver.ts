// RECALLS edges: as a connection from one resolution (`recalls`, `recalledBy`), and as the `via` of
// a lineage step. The store gives citing paragraphs by label; they are loaded by id when asked.

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { paragraphId, type ParagraphRecord, type RecallEdge, type ResolutionNode } from "../../graph/port.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Recall, RecallConnection, RecallEdge as RecallEdgeType } from "./recall.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import type { Selection } from "../selection.js";
import { sliceConnection, type ConnectionValue, type PageRequest } from "../paging/paging.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

export interface RecallEdgeValue {
  cursor: string;
  edge: RecallEdge;
  /** Which end is the edge's node: `to` for what a resolution recalls, `from` for what recalls it. */
  other: "from" | "to";
}

export type RecallConnectionValue = ConnectionValue<RecallEdgeValue>;

export const recallConnection = (edges: readonly RecallEdge[], other: "from" | "to", request: PageRequest): RecallConnectionValue =>
  sliceConnection(edges, request, (edge, cursor) => ({ cursor, edge, other }));

/** The resolution, loaded ahead or loaded now; a symbol the store named must exist (mustLoad). */
export const resolutionAt = (symbol: string, ctx: Context): ResolutionNode | Promise<ResolutionNode> =>
  ctx.loaders.get(resolutionNodeLoader).peek(symbol) ?? mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", symbol);

/** Loads the page's other ends ahead when the selection asks for them (`edges { node }`, `nodes`). */
export function loadRecallsAhead(c: RecallConnectionValue, selection: Selection, ctx: Context): Promise<void> | undefined {
  if (c.edges.length === 0 || !(selection.get("edges")?.has("node") || selection.has("nodes"))) return undefined;
  return ctx.loaders.get(resolutionNodeLoader).preload(c.edges.map((e) => e.edge[e.other]));
}

async function citingParagraphs(edge: RecallEdge, ctx: Context): Promise<ParagraphRecord[]> {
  return Promise.all(edge.paragraphs.map((label) => mustLoad(ctx.loaders.get(paragraphByIdLoader), "paragraph", paragraphId(edge.from, label))));
}

@Resolver(() => RecallEdgeType)
export class RecallEdgeResolver {
  @FieldResolver(() => Resolution, { description: "The other resolution: the one recalled (`recalls`) or recalling (`recalledBy`)." })
  node(@Root() e: RecallEdgeValue, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(e.edge[e.other], ctx);
  }

  @FieldResolver(() => [String], { description: "Distinct citing verbs, in paragraph order." })
  verbs(@Root() e: RecallEdgeValue): string[] {
    return e.edge.verbs;
  }

  @FieldResolver(() => [Paragraph], { description: "The citing paragraphs (of the recalling resolution), in order." })
  paragraphs(@Root() e: RecallEdgeValue, @Ctx() ctx: Context): Promise<ParagraphRecord[]> {
    return citingParagraphs(e.edge, ctx);
  }
}

@Resolver(() => RecallConnection)
export class RecallConnectionResolver {
  @FieldResolver(() => [Resolution])
  nodes(@Root() c: RecallConnectionValue, @Ctx() ctx: Context): Promise<ResolutionNode[]> {
    // Promise.all takes the values loaded ahead as they are.
    return Promise.all(c.edges.map((e) => resolutionAt(e.edge[e.other], ctx)));
  }
}

@Resolver(() => Recall)
export class RecallResolver {
  @FieldResolver(() => Resolution, { description: "The citing resolution." })
  from(@Root() e: RecallEdge, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(e.from, ctx);
  }

  @FieldResolver(() => Resolution, { description: "The cited resolution." })
  to(@Root() e: RecallEdge, @Ctx() ctx: Context): ResolutionNode | Promise<ResolutionNode> {
    return resolutionAt(e.to, ctx);
  }

  @FieldResolver(() => [Paragraph], { description: "The citing paragraphs of `from`, in order." })
  paragraphs(@Root() e: RecallEdge, @Ctx() ctx: Context): Promise<ParagraphRecord[]> {
    return citingParagraphs(e, ctx);
  }
}
