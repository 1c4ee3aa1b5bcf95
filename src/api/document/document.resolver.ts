import { Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { PageArgs } from "../args.js";
import { CitationConnection } from "../citation/citation.type.js";
import { Document } from "./document.type.js";
import { citationConnection, type CitationConnectionValue } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { globalId } from "../node/global-id.js";
import { pageRequest } from "../paging/paging.js";
import { citingParagraphsLoader } from "../citation/citation.loaders.js";
import { referencesToTargetLoader } from "../reference/reference.loaders.js";

/** A document is known only by its symbol (and by the paragraphs citing it). */
export interface DocumentValue {
  symbol: string;
}

/** The document, if any loaded text cites it (a document exists in the graph only through its citations). */
export async function findDocument(symbol: string, ctx: Context): Promise<DocumentValue | null> {
  const key = symbol.trim();
  const citing = await ctx.loaders.get(citingParagraphsLoader).load({ label: "Document", key });
  return citing.length > 0 ? { symbol: key } : null;
}

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => ID)
  id(@Root() d: DocumentValue): string {
    return globalId("Document", d.symbol);
  }

  @FieldResolver(() => CitationConnection, { description: "Citations of this document by loaded texts, one edge per citing paragraph." })
  async citedBy(
    @Root() d: DocumentValue,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CitationConnectionValue> {
    const request = pageRequest(page);
    return citationConnection(await ctx.loaders.get(referencesToTargetLoader).load(d.symbol), request);
  }
}
