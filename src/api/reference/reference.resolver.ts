import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ParagraphRecord, ReferenceRecord, ResolutionNode } from "../../graph/port.js";
import { Document, DocumentCitation } from "../document/document.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Reference } from "./reference.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { citingParagraph, citingResolution, mustLoad } from "../citation/citation.resolver.js";
import type { Context } from "../context.js";
import type { DocumentValue } from "../document/document.resolver.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";

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
  paragraph(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return citingParagraph(r, ctx);
  }

  @FieldResolver(() => Resolution, { description: "The citing resolution." })
  from(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ResolutionNode> {
    return citingResolution(r, ctx);
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description: "The cited resolution, loaded or a stub (`stub: true`); null when a document is cited.",
  })
  resolution(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ResolutionNode> | null {
    return r.kind === "resolution" ? mustLoad(ctx.loaders.get(resolutionNodeLoader), "resolution", r.target) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The cited document; null when a resolution is cited." })
  document(@Root() r: ReferenceRecord): DocumentValue | null {
    return r.kind === "document" ? { symbol: r.target } : null;
  }
}

@Resolver(() => DocumentCitation)
export class DocumentCitationResolver {
  @FieldResolver(() => Document)
  document(@Root() r: ReferenceRecord): DocumentValue {
    return { symbol: r.target };
  }

  @FieldResolver(() => Paragraph, { description: "The citing paragraph." })
  paragraph(@Root() r: ReferenceRecord, @Ctx() ctx: Context): Promise<ParagraphRecord> {
    return citingParagraph(r, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "The citing paragraph's verb." })
  verb(@Root() r: ReferenceRecord): string | null {
    return r.verb || null;
  }
}
