import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ParagraphsArgs } from "../schema/args.js";
import type { ParagraphFilter as StoreFilter, ParagraphRecord, ReferenceRecord, ResolutionNode } from "../graph/port.js";
import { Mention } from "../schema/mention.js";
import { ParagraphConnection, type ParagraphFilter } from "../schema/paragraph-list.js";
import { Paragraph } from "../schema/paragraph.js";
import { Reference } from "../schema/reference.js";
import { Resolution } from "../schema/resolution.js";
import { mustLoad } from "./citation.js";
import type { Context } from "./context.js";
import { entityRef } from "./entity-input.js";
import { globalId } from "./global-id.js";
import { filterSymbol } from "./lookup.js";
import { withSurface, type MentionValue } from "./mention.js";
import { connectionOf, pageRequest, type ConnectionValue } from "./paging.js";

type ParagraphConnectionValue = ConnectionValue<{ cursor: string; node: ParagraphRecord }> & { nodes: ParagraphRecord[] };

function storeFilter(f: ParagraphFilter | undefined | null): StoreFilter {
  if (!f) return {};
  const verb = f.verb?.trim();
  const text = f.text?.trim();
  return {
    ...(f.resolution != null && { resolution: filterSymbol(f.resolution) }),
    ...(f.kind && { kind: f.kind }),
    ...(verb && { verb }),
    ...(f.mentions && { mentions: entityRef(f.mentions) }),
    ...(text && { text }),
  };
}

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => ID)
  id(@Root() p: ParagraphRecord): string {
    return globalId("Paragraph", p.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Leading UN phrase (`Recalling also`, `Calls upon`); null for sub-paragraphs without one.",
  })
  verb(@Root() p: ParagraphRecord): string | null {
    return p.verb === "" ? null : p.verb;
  }

  @FieldResolver(() => Resolution)
  resolution(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<ResolutionNode> {
    return mustLoad(ctx.loaders.resolutionNode, "resolution", p.resolution);
  }

  @FieldResolver(() => [Reference], { description: "Citations made by this paragraph (with its footnotes)." })
  references(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return ctx.loaders.referencesFromParagraph.load(p.id);
  }

  @FieldResolver(() => [Mention], { description: "Entities this paragraph names, in order of appearance." })
  async mentions(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<MentionValue[]> {
    return (await ctx.loaders.mentionsInParagraph.load(p.id)).map((m) => withSurface(m, p));
  }

  @Query(() => ParagraphConnection, {
    description: "Paragraphs matching a filter, by resolution (adoption date, symbol), then position.",
  })
  async paragraphs(
    @Ctx() ctx: Context,
    @Args(() => ParagraphsArgs) args: ParagraphsArgs,
  ): Promise<ParagraphConnectionValue> {
    const request = pageRequest(args);
    const page = await ctx.store.findParagraphs({ filter: storeFilter(args.filter), ...request });
    for (const p of page.items) ctx.loaders.paragraphById.prime(p.id, p);
    return { ...connectionOf(page.items, page.totalCount, request, (node, cursor) => ({ cursor, node })), nodes: page.items };
  }
}
