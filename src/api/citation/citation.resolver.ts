// Incoming citations as a connection: edges keep the store's reference record and load the citing
// resolution and paragraph only when asked, through the request's loaders.

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../../errors.js";
import type { ParagraphRecord, ReferenceRecord, ResolutionNode } from "../../graph/port.js";
import { CitationConnection, CitationEdge } from "./citation.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import type { Context } from "../context.js";
import { sliceConnection, type ConnectionValue, type PageRequest } from "../paging/paging.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

export interface CitationEdgeValue {
  cursor: string;
  ref: ReferenceRecord;
}

export type CitationConnectionValue = ConnectionValue<CitationEdgeValue>;

export const citationConnection = (refs: readonly ReferenceRecord[], request: PageRequest): CitationConnectionValue =>
  sliceConnection(refs, request, (ref, cursor) => ({ cursor, ref }));

/** A record the store just named must exist; if not, the store broke its own foreign key. */
export async function mustLoad<K, V>(loader: { load(key: K): Promise<V | null> }, what: string, key: K): Promise<V> {
  const value = await loader.load(key);
  if (value === null) throw new NotFoundError(what, typeof key === "string" ? key : JSON.stringify(key));
  return value;
}

export const citingResolution = (ref: ReferenceRecord, ctx: Context): Promise<ResolutionNode> =>
  mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", ref.from);

export const citingParagraph = (ref: ReferenceRecord, ctx: Context): Promise<ParagraphRecord> =>
  mustLoad(ctx.loaders.get(paragraphByIdLoader), "paragraph", ref.paragraphId);

@Resolver(() => CitationEdge)
export class CitationEdgeResolver {
  @FieldResolver(() => Resolution, { description: "The citing resolution." })
  node(@Root() e: CitationEdgeValue, @Ctx() ctx: Context): Promise<ResolutionNode> {
    return citingResolution(e.ref, ctx);
  }

  @FieldResolver(() => Paragraph, { description: "The citing paragraph." })
  paragraph(@Root() e: CitationEdgeValue, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return citingParagraph(e.ref, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "The citing paragraph's verb (Recalling, Welcoming …)." })
  verb(@Root() e: CitationEdgeValue): string | null {
    return e.ref.verb || null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Date given with the citation, `YYYY-MM-DD`." })
  date(@Root() e: CitationEdgeValue): string | null {
    return e.ref.date || null;
  }
}

@Resolver(() => CitationConnection)
export class CitationConnectionResolver {
  @FieldResolver(() => [Resolution], { description: "The citing resolutions, one per edge (repeated when several paragraphs cite)." })
  nodes(@Root() c: CitationConnectionValue, @Ctx() ctx: Context): Promise<ResolutionNode[]> {
    return Promise.all(c.edges.map((e) => citingResolution(e.ref, ctx)));
  }
}
