// `node(id:)`: any global id back to its object, each kind through the loader its fields use.

import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { ENTITY_LABELS, type EntityLabel, type NodeLabel } from "../graph/model.js";
import { Node } from "../schema/node.js";
import { quotesOf, quoteKey } from "./analysis.js";
import type { Context } from "./context.js";
import { findDocument } from "./document.js";
import { parseGlobalId } from "./global-id.js";

const isEntityLabel = (label: NodeLabel): label is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(label);

async function loadNode(label: NodeLabel, key: string, ctx: Context): Promise<object | null> {
  if (isEntityLabel(label)) return ctx.loaders.entity.load({ label, key });
  switch (label) {
    case "Resolution":
      return ctx.loaders.resolutionNode.load(key);
    case "Paragraph":
      return ctx.loaders.paragraphById.load(key);
    case "Document":
      return findDocument(key, ctx);
    case "Analysis":
      return ctx.loaders.analysisByKey.load(key);
    case "Subject":
      return ctx.loaders.subject.load(key);
    case "Quote": {
      const analysis = await ctx.loaders.analysisByKey.load(key.slice(0, key.lastIndexOf("#")));
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
