import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityRecord, MentionRecord, ParagraphRecord } from "../graph/port.js";
import { Entity } from "../schema/entity.js";
import { Mention } from "../schema/mention.js";
import { mustLoad } from "./citation.js";
import type { Context } from "./context.js";

/** A mention with its surface form, cut from the paragraph it is in (the store keeps offsets only). */
export interface MentionValue extends MentionRecord {
  surface: string;
}

export const withSurface = (m: MentionRecord, p: ParagraphRecord): MentionValue => ({ ...m, surface: p.text.slice(m.start, m.end) });

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Entity)
  entity(@Root() m: MentionValue, @Ctx() ctx: Context): Promise<EntityRecord> {
    return mustLoad(ctx.loaders.entity, "entity", m.entity);
  }
}
