import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError } from "../errors.js";
import type { ParagraphRecord, ReferenceRecord, ResolutionRecord } from "../graph/port.js";
import { Paragraph } from "../schema/paragraph.js";
import { Reference } from "../schema/reference.js";
import { Resolution } from "../schema/resolution.js";
import type { Context } from "./context.js";

@Resolver(() => Reference)
export class ReferenceResolver {
  @FieldResolver(() => String, { nullable: true, description: "The citing paragraph's verb (Recalling, Welcoming …)." })
  verb(@Root() r: ReferenceRecord): string | null {
    return r.verb || null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Date given with the citation, `YYYY-MM-DD`." })
  date(@Root() r: ReferenceRecord): string | null {
    return r.date || null;
  }

  @FieldResolver(() => Paragraph, { description: "The citing paragraph." })
  async paragraph(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    const p = await ctx.loaders.paragraphById.load(r.paragraphId);
    if (!p) throw new NotFoundError("paragraph", r.paragraphId);
    return p;
  }

  @FieldResolver(() => Resolution, { description: "The citing resolution." })
  async from(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ResolutionRecord> {
    const res = await ctx.loaders.resolutionBySymbol.load(r.from);
    if (!res) throw new NotFoundError("resolution", r.from);
    return res;
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description: "The cited resolution when its text is loaded; null for documents and texts not loaded.",
  })
  resolution(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ResolutionRecord | null> | null {
    return r.kind === "resolution" ? ctx.loaders.resolutionBySymbol.load(r.target) : null;
  }
}
