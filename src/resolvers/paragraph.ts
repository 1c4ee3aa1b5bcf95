import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../errors.js";
import type { ParagraphRecord, ReferenceRecord, ResolutionRecord } from "../graph/port.js";
import { Paragraph } from "../schema/paragraph.js";
import { Reference } from "../schema/reference.js";
import { Resolution } from "../schema/resolution.js";
import type { Context } from "./context.js";

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Leading UN phrase (`Recalling also`, `Calls upon`); null for sub-paragraphs without one.",
  })
  verb(@Root() p: ParagraphRecord): string | null {
    return p.verb === "" ? null : p.verb;
  }

  @FieldResolver(() => Resolution)
  async resolution(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<ResolutionRecord> {
    const r = await ctx.loaders.resolutionBySymbol.load(p.resolution);
    // A paragraph outlives its resolution only if the store broke its own foreign key.
    if (!r) throw new NotFoundError("resolution", p.resolution);
    return r;
  }

  @FieldResolver(() => [Reference], { description: "Citations made by this paragraph (with its footnotes)." })
  references(@Root() p: ParagraphRecord, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return ctx.loaders.referencesFromParagraph.load(p.id);
  }
}
