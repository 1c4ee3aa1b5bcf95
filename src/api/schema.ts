// Builds the executable schema from the type-graphql classes. Every decorator names its type
// explicitly, so this works under esbuild-based runners that emit no decorator metadata.

import "reflect-metadata";
import { isInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { AnalysisResolver, QuoteResolver } from "./analysis/analysis.resolver.js";
import { CitationConnectionResolver, CitationEdgeResolver } from "./citation/citation.resolver.js";
import { DocumentResolver } from "./document/document.resolver.js";
import {
  CountryResolver,
  CountryVotesResolver,
  EntityReferenceConnectionResolver,
  EntityReferenceEdgeResolver,
  EntityResolver,
  LawResolver,
} from "./entity/entity.resolver.js";
import { CitationHopResolver, LineageResolver, LineageStepResolver } from "./recall/lineage.resolver.js";
import { MentionResolver } from "./mention/mention.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { ParagraphResolver } from "./paragraph/paragraph.resolver.js";
import { QueryResolver, StatsResolver } from "./query.resolver.js";
import { RecallConnectionResolver, RecallEdgeResolver, RecallResolver } from "./recall/recall.resolver.js";
import { DocumentCitationResolver, ReferenceResolver } from "./reference/reference.resolver.js";
import { ResolutionListResolver } from "./resolution-list/resolution-list.resolver.js";
import { ResolutionResolver } from "./resolution/resolution.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { SubjectQueryResolver, SubjectResolver } from "./subject/subject.resolver.js";
import { EscalationQueryResolver, ResolutionDiffResolver } from "./diff/diff.resolver.js";
import { MetricsQueryResolver } from "./metrics/metrics.resolver.js";
import { ResolutionSeriesResolver, SeriesMemberResolver } from "./series/series.resolver.js";
import { nodeTypeOf } from "./node/node-type.js";
import { callFieldResolversDirectly } from "./fast-path.js";

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
  ResolutionSeriesResolver,
  SeriesMemberResolver,
  ResolutionDiffResolver,
  EscalationQueryResolver,
  MetricsQueryResolver,
];

/** The interfaces' type resolvers, as declared on them (node/node.type.ts, entity/entity.type.ts). */
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

const built = new Map<boolean, GraphQLSchema>();

/**
 * The schema, one per execution path and process (type-graphql's metadata is global anyway). `fast`
 * (the default, the server's `fastExecution`) calls field resolvers directly (fast-path.ts); the
 * plain schema is type-graphql's own, which test/api/fast-path.test.ts compares it with.
 */
export function buildResgraphSchema(options: { fast?: boolean } = {}): GraphQLSchema {
  const fast = options.fast ?? true;
  let schema = built.get(fast);
  if (!schema) {
    schema = resolveTypesSynchronously(buildSchemaSync({ resolvers: RESOLVERS, validate: false }));
    if (fast) schema = callFieldResolversDirectly(schema, RESOLVERS);
    built.set(fast, schema);
  }
  return schema;
}
