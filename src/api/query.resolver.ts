// Lookups of one thing by what a person knows of it (a loose symbol, a code, a name), and the
// graph-wide aggregates (co-mentions, stats).

import { Arg, Args, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { CoMentionsArgs, CountryArgs, LawArgs, MAX_PAGE_SIZE } from "./args.js";
import { BadUserInputError } from "../errors.js";
import type { CoMention as CoMentionRecord, EntityRecord, GraphCounts, ResolutionNode, StoreCounts } from "../graph/port.js";
import { CoMention } from "./entity/co-mention.type.js";
import { Document } from "./document/document.type.js";
import { Country, Instrument, Law, Organization, Person } from "./entity/entity.type.js";
import { Resolution } from "./resolution/resolution.type.js";
import { GraphCount, Stats } from "./stats/stats.type.js";
import type { Context } from "./context.js";
import { findDocument, type DocumentValue } from "./document/document.resolver.js";
import { entityRef } from "./entity/entity-input.js";
import { findEntityByName, findResolution } from "./resolution/lookup.js";
import { checkRange } from "./paging/paging.js";
import { entityLoader } from "./entity/entity.loaders.js";
import { graphCountsLoader } from "./stats/stats.loaders.js";

/** Exactly one of two ways to name a thing, or the request is ambiguous. */
function oneOf(a: [string, string | null | undefined], b: [string, string | null | undefined]): void {
  const given = [a, b].filter(([, v]) => v != null);
  if (given.length !== 1) throw new BadUserInputError(`${a[0]}|${b[0]}`, `give exactly one of \`${a[0]}\` and \`${b[0]}\``);
}

const NAME = { description: "Canonical name or key, any case; a unique prefix will do." } as const;

@Resolver()
export class QueryResolver {
  @Query(() => Resolution, {
    nullable: true,
    description:
      "A resolution (loaded or stub) by its symbol, spelled loosely: `A/HRC/RES/36/32`, `a/hrc/res/36/32`, `HRC 36/32`, `S/RES/660(1990)`, `resolution 660 (1990)`. Null when none exists; BAD_USER_INPUT listing `candidates` when the spelling fits several (`36/32`).",
  })
  resolution(@Arg("symbol", () => String) symbol: string, @Ctx() ctx: Context): Promise<ResolutionNode | null> {
    return findResolution("symbol", symbol, ctx);
  }

  @Query(() => Document, { nullable: true, description: "A UN document by symbol, if a loaded text cites it." })
  document(@Arg("symbol", () => String) symbol: string, @Ctx() ctx: Context): Promise<DocumentValue | null> {
    return findDocument(symbol, ctx);
  }

  @Query(() => Country, { nullable: true, description: "A state by ISO 3166 alpha-3 `code` (`KHM`) or by `name` (`Cambodia`)." })
  async country(
    @Args(() => CountryArgs) { code, name }: CountryArgs,
    @Ctx() ctx: Context,
  ): Promise<EntityRecord | null> {
    oneOf(["code", code], ["name", name]);
    if (code != null) return ctx.loaders.get(entityLoader).load({ label: "Country", key: code.trim().toUpperCase() });
    return findEntityByName("Country", name ?? "", ctx);
  }

  @Query(() => Law, { nullable: true, description: "A domestic law by `key` (`KHM:Land Law`) or by `name` (`Land Law`)." })
  async law(
    @Args(() => LawArgs) { key, name }: LawArgs,
    @Ctx() ctx: Context,
  ): Promise<EntityRecord | null> {
    oneOf(["key", key], ["name", name]);
    if (key != null) return ctx.loaders.get(entityLoader).load({ label: "Law", key: key.trim() });
    return findEntityByName("Law", name ?? "", ctx);
  }

  @Query(() => Person, { nullable: true, description: "A person by name." })
  person(@Arg("name", () => String, NAME) name: string, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return findEntityByName("Person", name, ctx);
  }

  @Query(() => Instrument, { nullable: true, description: "A treaty, convention or declaration by name." })
  instrument(@Arg("name", () => String, NAME) name: string, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return findEntityByName("Instrument", name, ctx);
  }

  @Query(() => Organization, { nullable: true, description: "An organization by name." })
  organization(@Arg("name", () => String, NAME) name: string, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return findEntityByName("Organization", name, ctx);
  }

  @Query(() => [CoMention], {
    description: "Entities named in the same paragraphs as this one, most shared paragraphs first.",
  })
  coMentions(
    @Args(() => CoMentionsArgs) { entity, first }: CoMentionsArgs,
    @Ctx() ctx: Context,
  ): Promise<CoMentionRecord[]> {
    checkRange("first", first, 1, MAX_PAGE_SIZE);
    return ctx.store.coMentions(entityRef(entity), first);
  }

  @Query(() => Stats, { description: "Counts of what the graph holds." })
  stats(@Ctx() ctx: Context): Promise<StoreCounts> {
    return ctx.store.counts();
  }
}

@Resolver(() => Stats)
export class StatsResolver {
  @FieldResolver(() => [GraphCount], { description: "Nodes per label (stubs included in `Resolution`)." })
  async nodes(@Ctx() ctx: Context): Promise<GraphCount[]> {
    return counted((await graphCounts(ctx)).nodes);
  }

  @FieldResolver(() => [GraphCount], { description: "Relationships per type." })
  async relationships(@Ctx() ctx: Context): Promise<GraphCount[]> {
    return counted((await graphCounts(ctx)).relationships);
  }
}

const counted = (counts: Record<string, number>): GraphCount[] => Object.entries(counts).map(([name, count]) => ({ name, count }));

/** `nodes` and `relationships` come from one read, shared through the request context. */
function graphCounts(ctx: Context): Promise<GraphCounts> {
  return ctx.loaders.get(graphCountsLoader).load("all");
}
