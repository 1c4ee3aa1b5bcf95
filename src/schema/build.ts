// Builds the executable schema from the type-graphql classes. Every decorator names its type
// explicitly, so this works under esbuild-based runners that emit no decorator metadata.

import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { AnalysisResolver, QuoteResolver } from "../resolvers/analysis.js";
import { CitationConnectionResolver, CitationEdgeResolver } from "../resolvers/citation.js";
import { DocumentResolver } from "../resolvers/document.js";
import {
  CountryResolver,
  EntityReferenceConnectionResolver,
  EntityReferenceEdgeResolver,
  EntityResolver,
  LawResolver,
} from "../resolvers/entity.js";
import { CitationHopResolver, LineageResolver, LineageStepResolver } from "../resolvers/lineage.js";
import { MentionResolver } from "../resolvers/mention.js";
import { NodeResolver } from "../resolvers/node.js";
import { ParagraphResolver } from "../resolvers/paragraph.js";
import { QueryResolver, StatsResolver } from "../resolvers/query.js";
import { RecallConnectionResolver, RecallEdgeResolver, RecallResolver } from "../resolvers/recall.js";
import { DocumentCitationResolver, ReferenceResolver } from "../resolvers/reference.js";
import { ResolutionListResolver } from "../resolvers/resolution-list.js";
import { ResolutionResolver } from "../resolvers/resolution.js";
import { SearchResolver } from "../resolvers/search.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const RESOLVERS: NonEmptyArray<Function> = [
  QueryResolver,
  NodeResolver,
  ResolutionListResolver,
  ResolutionResolver,
  LineageResolver,
  LineageStepResolver,
  CitationHopResolver,
  ParagraphResolver,
  ReferenceResolver,
  DocumentCitationResolver,
  DocumentResolver,
  CitationEdgeResolver,
  CitationConnectionResolver,
  RecallResolver,
  RecallEdgeResolver,
  RecallConnectionResolver,
  EntityResolver,
  CountryResolver,
  LawResolver,
  EntityReferenceEdgeResolver,
  EntityReferenceConnectionResolver,
  MentionResolver,
  SearchResolver,
  StatsResolver,
  AnalysisResolver,
  QuoteResolver,
];

let cached: GraphQLSchema | undefined;

/** The schema is the same for every server in a process; type-graphql's metadata is global anyway. */
export function buildResgraphSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({ resolvers: RESOLVERS, validate: false });
  return cached;
}
