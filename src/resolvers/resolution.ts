import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AnalysisRecord, ParagraphRecord, ReferenceRecord, ResolutionRecord } from "../graph/port.js";
import { Analysis } from "../schema/analysis.js";
import { ParagraphKindEnum, VoteMethodEnum } from "../schema/enums.js";
import { Paragraph } from "../schema/paragraph.js";
import { Reference } from "../schema/reference.js";
import { Resolution } from "../schema/resolution.js";
import type { Context } from "./context.js";

// The store keeps "" for "the text does not say"; the API says null, which clients can test for.
const orNull = (s: string): string | null => (s === "" ? null : s);

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => String, { nullable: true, description: "Adoption date, `YYYY-MM-DD`." })
  adoptedOn(@Root() r: ResolutionRecord): string | null {
    return orNull(r.adoptedOn);
  }

  @FieldResolver(() => String, { nullable: true, description: "Meeting as printed, e.g. `42nd meeting`." })
  meeting(@Root() r: ResolutionRecord): string | null {
    return orNull(r.meeting);
  }

  @FieldResolver(() => VoteMethodEnum, { nullable: true })
  voteMethod(@Root() r: ResolutionRecord): string | null {
    return orNull(r.voteMethod);
  }

  @FieldResolver(() => [Paragraph], { description: "Paragraphs in document order." })
  async paragraphs(
    @Root() r: ResolutionRecord,
    @Ctx() ctx: Context,
    @Arg("kind", () => ParagraphKindEnum, { nullable: true }) kind?: ParagraphKindEnum | null,
  ): Promise<ParagraphRecord[]> {
    const all = await ctx.loaders.paragraphsOfResolution.load(r.symbol);
    return kind ? all.filter((p) => p.kind === kind) : all;
  }

  @FieldResolver(() => [Reference], { description: "Citations this resolution makes, in document order." })
  async references(@Root() r: ResolutionRecord, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    const paragraphs = await ctx.loaders.paragraphsOfResolution.load(r.symbol);
    const refs = await ctx.loaders.referencesFromParagraph.loadMany(paragraphs.map((p) => p.id));
    return refs.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    });
  }

  @FieldResolver(() => [Analysis], { description: "Analysis pages whose quotes match this resolution best." })
  analyses(@Root() r: ResolutionRecord, @Ctx() ctx: Context): Promise<AnalysisRecord[]> {
    return ctx.loaders.analysesOfResolution.load(r.symbol);
  }

  @FieldResolver(() => [Reference], { description: "Citations of this resolution made by loaded texts." })
  citedBy(@Root() r: ResolutionRecord, @Ctx() ctx: Context): Promise<ReferenceRecord[]> {
    return ctx.loaders.referencesToTarget.load(r.symbol);
  }
}
