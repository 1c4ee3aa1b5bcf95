import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { EntityRecord, MentionRecord, ParagraphRecord } from "../../graph/port.js";
import { Entity } from "../entity/entity.type.js";
import { Mention } from "./mention.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { onlySelects, selectionOf, type Selection } from "../selection.js";
import { entityLoader } from "../entity/entity.loaders.js";

/** A mention with its surface form, cut from the paragraph (or footnote) it is in (the store keeps offsets only). */
export interface MentionValue extends MentionRecord {
  surface: string;
  footnote?: string;
}

/** The text a mention's offsets index: the paragraph's own, or that of its footnote with the mark. */
const textOf = (m: MentionRecord, p: ParagraphRecord): string =>
  m.footnote === undefined ? p.text : (p.footnotes.find((f) => f.mark === m.footnote)?.text ?? "");

// Written out rather than spread: one shape for every mention, and a copy a tenth of a spread's cost.
export const withSurface = (m: MentionRecord, p: ParagraphRecord): MentionValue => ({
  paragraphId: m.paragraphId,
  paragraph: m.paragraph,
  kind: m.kind,
  name: m.name,
  id: m.id,
  start: m.start,
  end: m.end,
  entity: m.entity,
  footnote: m.footnote,
  surface: textOf(m, p).slice(m.start, m.end),
});

/**
 * The entity fields a mention answers itself: it carries the entity's label and key, and its
 * `name` is the entity's canonical name (both stores read it from the entity, in the same read as
 * the mention). `code` is a country's key. Anything else needs the entity record.
 */
const FROM_MENTION: ReadonlySet<string> = new Set(["__typename", "id", "key", "name", "kind", "code"]);

/** Whether `mention.entity` with this selection needs the entity record (and so a load). */
export const entityNeedsLoad = (selection: Selection): boolean => !onlySelects(selection, FROM_MENTION);

/** The entity as far as the mention knows it: every field in FROM_MENTION has its stored value. */
const entityOfMention = (m: MentionRecord): EntityRecord => ({ label: m.entity.label, key: m.entity.key, name: m.name });

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Entity)
  entity(@Root() m: MentionValue, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): EntityRecord | Promise<EntityRecord> {
    if (!entityNeedsLoad(selectionOf(info))) return entityOfMention(m);
    return ctx.loaders.get(entityLoader).peek(m.entity) ?? mustLoad(ctx.loaders.get(entityLoader), "entity", m.entity);
  }
}
