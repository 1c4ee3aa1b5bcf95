// Builds the executable schema from the type-graphql classes. Every decorator names its type
// explicitly, so this works under esbuild-based runners that emit no decorator metadata.

import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AnalysisQuoteResolver } from "../resolvers/analysis.js";
import { ParagraphResolver } from "../resolvers/paragraph.js";
import { QueryResolver } from "../resolvers/query.js";
import { ReferenceResolver } from "../resolvers/reference.js";
import { ResolutionResolver } from "../resolvers/resolution.js";

let cached: GraphQLSchema | undefined;

/** The schema is the same for every server in a process; type-graphql's metadata is global anyway. */
export function buildResgraphSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [QueryResolver, ResolutionResolver, ParagraphResolver, ReferenceResolver, AnalysisQuoteResolver],
    validate: false,
  });
  return cached;
}
