// Entities: the fields every kind shares (through the Entity interface, so `mention.entity` can ask
// for them without fragments), then what only countries and laws have.

import { Args, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { CountryVotesArgs, PageArgs } from "../args.js";
import { ResolutionVoteConnection } from "../vote/vote.type.js";
import type { CitingParagraph, EntityRecord, MentionRecord, ParagraphRecord, ResolutionNode, VoteOfCountry } from "../../graph/port.js";
import { EntityReferenceConnection, EntityReferenceEdge } from "./entity-reference.type.js";
import { Country, Entity, Law } from "./entity.type.js";
import { EntityKindEnum } from "../enums.js";
import { Mention } from "../mention/mention.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { ResolutionConnection } from "../resolution-list/resolution-list.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { globalId } from "../node/global-id.js";
import { withSurface, type MentionValue } from "../mention/mention.resolver.js";
import { connectionOf, pageRequest, sliceConnection, type ConnectionValue } from "../paging/paging.js";
import { resolutionConnection, type ResolutionConnectionValue } from "../resolution-list/resolution-list.resolver.js";
import { citingParagraphsLoader } from "../citation/citation.loaders.js";
import { countryResolutionsLoader, countryVotesLoader, entityLoader } from "./entity.loaders.js";
import { mentionsInParagraphLoader } from "../mention/mention.loaders.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

export interface EntityReferenceEdgeValue {
  cursor: string;
  hit: CitingParagraph;
  entity: EntityRecord;
}

type EntityReferenceConnectionValue = ConnectionValue<EntityReferenceEdgeValue>;


const paragraphOf = (e: EntityReferenceEdgeValue, ctx: Context): Promise<ParagraphRecord> =>
  mustLoad(ctx.loaders.get(paragraphByIdLoader), "paragraph", e.hit.paragraphId);

const citing = (e: EntityRecord, ctx: Context): Promise<CitingParagraph[]> =>
  ctx.loaders.get(citingParagraphsLoader).load({ label: e.label, key: e.key });

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => ID)
  id(@Root() e: EntityRecord): string {
    return globalId(e.label, e.key);
  }

  @FieldResolver(() => EntityKindEnum)
  kind(@Root() e: EntityRecord): EntityKindEnum {
    return e.label as EntityKindEnum;
  }

  @FieldResolver(() => EntityReferenceConnection, {
    description: "Paragraphs naming this entity, each with its resolution and where it is named; oldest resolution first.",
  })
  async referencedBy(
    @Root() e: EntityRecord,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<EntityReferenceConnectionValue> {
    const request = pageRequest(page);
    return sliceConnection(await citing(e, ctx), request, (hit, cursor) => ({ cursor, hit, entity: e }));
  }

  @FieldResolver(() => ResolutionConnection, {
    description: "Resolutions with a paragraph naming this entity, oldest first (each once, however many paragraphs name it).",
  })
  async mentionedIn(
    @Root() e: EntityRecord,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ResolutionConnectionValue> {
    const request = pageRequest(page);
    // citingParagraphs comes in (adoptedOn, symbol) order, so first occurrences keep that order.
    const symbols = [...new Set((await citing(e, ctx)).map((h) => h.resolution))];
    const onPage = symbols.slice(request.offset, request.offset + request.first);
    const nodes = await Promise.all(onPage.map((s) => mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", s)));
    return resolutionConnection(nodes, symbols.length, request);
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => String, { description: "ISO 3166 alpha-3 (the key)." })
  code(@Root() c: EntityRecord): string {
    return c.key;
  }

  @FieldResolver(() => ResolutionConnection, {
    description:
      "Resolutions about this state (CONCERNS) or naming it in a paragraph (MENTIONS; a footnote counts as part of the paragraph carrying its mark), oldest first: its record over time.",
  })
  async resolutions(
    @Root() c: EntityRecord,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ResolutionConnectionValue> {
    const request = pageRequest(page);
    const found = await ctx.loaders.get(countryResolutionsLoader).load({ code: c.key, ...request });
    return resolutionConnection(found.items, found.totalCount, request);
  }
}

/** A state's vote on one resolution, the resolution loaded. */
export interface ResolutionVoteValue {
  resolution: ResolutionNode;
  vote: VoteOfCountry["vote"];
}

export type ResolutionVoteConnectionValue = ConnectionValue<{ cursor: string; node: ResolutionVoteValue }> & { nodes: ResolutionVoteValue[] };

@Resolver(() => Country)
export class CountryVotesResolver {
  @FieldResolver(() => ResolutionVoteConnection, {
    description:
      "The state's recorded votes (from texts and the UN's metadata, one per resolution: the metadata's when both give one), only `vote` when given; oldest resolution first (one known only from its metadata by the metadata's date).",
  })
  async votes(
    @Root() c: EntityRecord,
    @Ctx() ctx: Context,
    @Args(() => CountryVotesArgs) args: CountryVotesArgs,
  ): Promise<ResolutionVoteConnectionValue> {
    const request = pageRequest(args);
    const all = await ctx.loaders.get(countryVotesLoader).load({ code: c.key, vote: args.vote ?? null });
    const onPage = all.slice(request.offset, request.offset + request.first);
    const resolutions = await Promise.all(onPage.map((v) => mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", v.resolution)));
    const nodes = onPage.map((v, i) => ({ resolution: resolutions[i]!, vote: v.vote }));
    return { ...connectionOf(nodes, all.length, request, (node, cursor) => ({ cursor, node })), nodes };
  }
}

@Resolver(() => Law)
export class LawResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state whose law it is, when known." })
  country(@Root() law: EntityRecord, @Ctx() ctx: Context): Promise<EntityRecord | null> | null {
    return law.country ? ctx.loaders.get(entityLoader).load({ label: "Country", key: law.country }) : null;
  }
}

@Resolver(() => EntityReferenceEdge)
export class EntityReferenceEdgeResolver {
  @FieldResolver(() => Paragraph, { description: "The paragraph naming the entity." })
  node(@Root() e: EntityReferenceEdgeValue, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return paragraphOf(e, ctx);
  }

  @FieldResolver(() => Resolution, { description: "The resolution the paragraph belongs to." })
  resolution(@Root() e: EntityReferenceEdgeValue, @Ctx() ctx: Context): Promise<ResolutionNode> {
    return mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", e.hit.resolution);
  }

  @FieldResolver(() => [Mention], { description: "Where the paragraph names the entity (usually once)." })
  async mentions(@Root() e: EntityReferenceEdgeValue, @Ctx() ctx: Context): Promise<MentionValue[]> {
    const [paragraph, mentions] = await Promise.all([paragraphOf(e, ctx), ctx.loaders.get(mentionsInParagraphLoader).load(e.hit.paragraphId)]);
    const here = (m: MentionRecord): boolean => m.entity.label === e.entity.label && m.entity.key === e.entity.key;
    return mentions.filter(here).map((m) => withSurface(m, paragraph));
  }
}

@Resolver(() => EntityReferenceConnection)
export class EntityReferenceConnectionResolver {
  @FieldResolver(() => [Paragraph])
  nodes(@Root() c: EntityReferenceConnectionValue, @Ctx() ctx: Context): Promise<ParagraphRecord[]> {
    return Promise.all(c.edges.map((e) => paragraphOf(e, ctx)));
  }
}
