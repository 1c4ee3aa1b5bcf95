// `node(id:)`: any global id back to its object, each kind through the loader its fields use.

import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { ENTITY_LABELS, type EntityLabel, type NodeLabel } from "../../graph/model.js";
import { Node } from "./node.type.js";
import { quotesOf, quoteKey } from "../analysis/analysis.resolver.js";
import type { Context } from "../context.js";
import { findDocument } from "../document/document.resolver.js";
import { parseGlobalId } from "./global-id.js";
import { analysisByKeyLoader } from "../analysis/analysis.loaders.js";
import { entityLoader } from "../entity/entity.loaders.js";
import { paragraphByIdLoader } from "../paragraph/paragraph.loaders.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";
import { subjectLoader } from "../subject/subject.loaders.js";

const isEntityLabel = (label: NodeLabel): label is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(label);

async function loadNode(label: NodeLabel, key: string, ctx: Context): Promise<object | null> {
  if (isEntityLabel(label)) return ctx.loaders.get(entityLoader).load({ label, key });
  switch (label) {
    case "Resolution":
      return ctx.loaders.get(resolutionNodeLoader).load(key);
    case "Paragraph":
      return ctx.loaders.get(paragraphByIdLoader).load(key);
    case "Document":
      return findDocument(key, ctx);
    case "Analysis":
      return ctx.loaders.get(analysisByKeyLoader).load(key);
    case "Subject":
      return ctx.loaders.get(subjectLoader).load(key);
    case "Quote": {
      const analysis = await ctx.loaders.get(analysisByKeyLoader).load(key.slice(0, key.lastIndexOf("#")));
      return (analysis && quotesOf(analysis).find((q) => quoteKey(q) === key)) ?? null;
    }
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id (`Resolution:S/RES/660 (1990)`, `Country:KHM`); null when it does not exist." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const { label, key } = parseGlobalId(id);
    return loadNode(label, key, ctx);
  }
}
