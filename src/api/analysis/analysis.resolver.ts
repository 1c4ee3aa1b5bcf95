import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { AnalysisQuoteRecord, AnalysisRecord, ParagraphRecord, ResolutionNode } from "../../graph/port.js";
import { Analysis, Quote } from "./analysis.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import { globalId } from "../node/global-id.js";
import { analysisByKeyLoader } from "./analysis.loaders.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

/** A quote knows its page and position, which make its key `<analysis key>#<n>`. */
export interface QuoteValue extends AnalysisQuoteRecord {
  analysis: string;
  seq: number;
}

export const quoteKey = (q: QuoteValue): string => `${q.analysis}#${q.seq}`;

export const quotesOf = (a: AnalysisRecord): QuoteValue[] => a.quotes.map((q, seq) => ({ ...q, analysis: a.key, seq }));

@Resolver(() => Analysis)
export class AnalysisResolver {
  @FieldResolver(() => ID)
  id(@Root() a: AnalysisRecord): string {
    return globalId("Analysis", a.key);
  }

  @FieldResolver(() => [Quote], { description: "Quotes in page order." })
  quotes(@Root() a: AnalysisRecord): QuoteValue[] {
    return quotesOf(a);
  }

  @FieldResolver(() => Resolution, { nullable: true, description: "The loaded resolution the page's quotes match best; null when none does." })
  resolution(@Root() a: AnalysisRecord, @Ctx() ctx: Context): Promise<ResolutionNode> | null {
    return a.resolution ? mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", a.resolution) : null;
  }
}

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => ID)
  id(@Root() q: QuoteValue): string {
    return globalId("Quote", quoteKey(q));
  }

  @FieldResolver(() => Paragraph, { nullable: true, description: "The loaded paragraph this quote matches best, if any does." })
  paragraph(@Root() q: QuoteValue, @Ctx() ctx: Context): Promise<ParagraphRecord | null> | null {
    return q.paragraphId ? ctx.loaders.get(paragraphByIdLoader).load(q.paragraphId) : null;
  }

  @FieldResolver(() => Analysis, { description: "The page the quote is on." })
  analysis(@Root() q: QuoteValue, @Ctx() ctx: Context): Promise<AnalysisRecord> {
    return mustLoad(ctx.loaders.get(analysisByKeyLoader), "analysis", q.analysis);
  }
}
