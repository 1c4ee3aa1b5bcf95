// Builds the executable schema from the type-graphql classes. Every decorator names its type
// explicitly, so this works under esbuild-based runners that emit no decorator metadata.

import "reflect-metadata";
import { isInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { AnalysisResolver, QuoteResolver } from "../resolvers/analysis.js";
import { CitationConnectionResolver, CitationEdgeResolver } from "../resolvers/citation.js";
import { DocumentResolver } from "../resolvers/document.js";
import {
  CountryResolver,
  CountryVotesResolver,
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
import { SubjectQueryResolver, SubjectResolver } from "../resolvers/subject.js";
import { nodeTypeOf } from "../resolvers/node-type.js";
import { callFieldResolversDirectly } from "./direct-resolvers.js";

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
  SubjectResolver,
  SubjectQueryResolver,
  CountryVotesResolver,
];

/** The interfaces' type resolvers, as declared on them (src/schema/node.ts, entity.ts). */
const TYPE_RESOLVERS: Record<string, (value: unknown) => string> = { Node: nodeTypeOf, Entity: nodeTypeOf };

/**
 * type-graphql wraps every interface's `resolveType` in an async function, so each value of an
 * interface type (every `mention.entity`) completes through a promise, and its parent object and
 * list with it. The declared resolvers are synchronous: use them as they are.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInterfaceType(type)) continue;
    const resolve = TYPE_RESOLVERS[type.name];
    if (!resolve) throw new Error(`interface ${type.name} has no synchronous type resolver in TYPE_RESOLVERS`);
    type.resolveType = (value) => resolve(value);
  }
  return schema;
}

let cached: GraphQLSchema | undefined;

/** The schema is the same for every server in a process; type-graphql's metadata is global anyway. */
export function buildResgraphSchema(): GraphQLSchema {
  cached ??= callFieldResolversDirectly(resolveTypesSynchronously(buildSchemaSync({ resolvers: RESOLVERS, validate: false })), RESOLVERS);
  return cached;
}
