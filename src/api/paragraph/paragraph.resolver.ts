import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ParagraphsArgs } from "../args.js";
import type { ParagraphFilter as StoreFilter, ParagraphRecord, ReferenceRecord, ResolutionNode } from "../../graph/port.js";
import { Mention } from "../mention/mention.type.js";
import { ParagraphConnection, type ParagraphFilter } from "./paragraph-list.type.js";
import { Paragraph } from "./paragraph.type.js";
import { Reference } from "../reference/reference.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { entityRef } from "../entity/entity-input.js";
import { globalId } from "../node/global-id.js";
import { filterSymbol } from "../resolution/lookup.js";
import { entityNeedsLoad, withSurface, type MentionValue } from "../mention/mention.resolver.js";
import type { Selection } from "../selection.js";
import { connectionOf, pageRequest, type ConnectionValue } from "../paging/paging.js";
import { entityLoader } from "../entity/entity.loaders.js";
import { mentionsInParagraphLoader } from "../mention/mention.loaders.js";
import { paragraphByIdLoader } from "./paragraph.loaders.js";
import { referencesFromParagraphLoader } from "../reference/reference.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

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

/**
 * Loads ahead what the selection asks of each paragraph, so that `mentions` (and their `entity`,
 * when it needs the record) answer without a promise per paragraph: the same loads, through the
 * same loaders (one store call per relation and depth), started by the list instead of each item.
 * Undefined when nothing below needs loading.
 */
export function loadParagraphsAhead(paragraphs: readonly ParagraphRecord[], selection: Selection, ctx: Context): Promise<void> | undefined {
  const mentions = selection.get("mentions");
  if (!mentions || paragraphs.length === 0) return undefined;
  return (async () => {
    const loader = ctx.loaders.get(mentionsInParagraphLoader);
    await loader.preload(paragraphs.map((p) => p.id));
    const entity = mentions.get("entity");
    if (entity && entityNeedsLoad(entity)) {
      const refs = paragraphs.flatMap((p) => loader.peek(p.id) ?? []).map((m) => m.entity);
      if (refs.length > 0) await ctx.loaders.get(entityLoader).preload(refs);
    }
  })();
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
    return mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", p.resolution);
  }

  @FieldResolver(() => [Reference], { description: "Citations made by this paragraph (with its footnotes)." })
  references(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return ctx.loaders.get(referencesFromParagraphLoader).load(p.id);
  }

  @FieldResolver(() => [Mention], { description: "Entities this paragraph names, in order of appearance." })
  mentions(@Root() p: ParagraphRecord, @Ctx() ctx: Context): MentionValue[] | Promise<MentionValue[]> {
    const loader = ctx.loaders.get(mentionsInParagraphLoader);
    const ready = loader.peek(p.id);
    if (ready) return ready.map((m) => withSurface(m, p));
    return loader.load(p.id).then((mentions) => mentions.map((m) => withSurface(m, p)));
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
    for (const p of page.items) ctx.loaders.get(paragraphByIdLoader).prime(p.id, p);
    return { ...connectionOf(page.items, page.totalCount, request, (node, cursor) => ({ cursor, node })), nodes: page.items };
  }
}
