import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AnalysisQuoteRecord, ParagraphRecord } from "../graph/port.js";
import { AnalysisQuote } from "../schema/analysis.js";
import { Paragraph } from "../schema/paragraph.js";
import type { Context } from "./context.js";

@Resolver(() => AnalysisQuote)
export class AnalysisQuoteResolver {
  @FieldResolver(() => Paragraph, { nullable: true, description: "The loaded paragraph this quote matches best, if any does." })
  paragraph(@Root() q: AnalysisQuoteRecord, @Ctx() ctx: Context): Promise<ParagraphRecord | null> | null {
    return q.paragraphId ? ctx.loaders.paragraphById.load(q.paragraphId) : null;
  }
}
