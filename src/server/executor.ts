// Executes operations with graphql-jit: each operation is compiled once (keyed by document text and
// operation name, bounded LRU) and then run with the per-request context. Apollo still parses,
// validates (our limit rules) and formats errors; it hands us the validated document through the
// gateway interface, whose only job here is to supply the schema and this executor.

import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { getOperationAST, GraphQLError, Kind, print, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";

type GatewayInterface = ApolloServerOptionsWithGateway<Record<string, unknown>>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;

const MAX_COMPILED = 500;

type Compiled = CompiledQuery | ExecutionResult;

/** A bounded LRU of compiled operations for one schema. */
class CompiledCache {
  private readonly entries = new Map<string, Compiled>();
  /** Apollo reuses one parsed document per query text: a hit here skips building the key. */
  private readonly byDocument = new WeakMap<DocumentNode, { operationName: string | null | undefined; compiled: Compiled }>();
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly max = MAX_COMPILED,
  ) {}

  get(source: string, document: DocumentNode, operationName: string | null | undefined): Compiled {
    const known = this.byDocument.get(document);
    if (known !== undefined && known.operationName === operationName) return known.compiled;
    const compiled = this.lookup(source, document, operationName);
    this.byDocument.set(document, { operationName, compiled });
    return compiled;
  }

  private lookup(source: string, document: DocumentNode, operationName: string | null | undefined): Compiled {
    const key = `${operationName ?? ""}\u0000${source}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const compiled = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    this.entries.set(key, compiled);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return compiled;
  }
}

// graphql-jit's errors are look-alikes of graphql-js's (no `extensions` object when the cause has
// none, read-only fields): rebuild them as graphql-js errors so Apollo and errors.ts see what
// graphql-js's executor would have produced.
const toGraphQLError = (e: GraphQLError): GraphQLError => {
  const error = new GraphQLError(e.message, {
    ...(e.path ? { path: e.path } : {}),
    ...(e.originalError ? { originalError: e.originalError } : {}),
    ...(e.extensions ? { extensions: e.extensions } : {}),
  });
  if (e.locations) (error as { locations?: GraphQLError["locations"] }).locations = e.locations;
  return error;
};

const normalize = (result: ExecutionResult): ExecutionResult =>
  result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;

const run = (compiled: Compiled, context: unknown, variables: Record<string, unknown> | undefined): Promise<ExecutionResult> | ExecutionResult => {
  if (!isCompiledQuery(compiled)) return normalize(compiled);
  const result = compiled.query(undefined, context, variables ?? {});
  return result instanceof Promise ? result.then(normalize) : normalize(result);
};

/** graphql-js's messages for an operation it cannot pick, as a request error (400). */
function unresolvedOperation(document: DocumentNode, operationName: string | null | undefined): GraphQLError {
  const message =
    operationName === null || operationName === undefined
      ? document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
        ? "Must provide operation name if query contains multiple operations."
        : "Must provide an operation."
      : `Unknown operation named "${operationName}".`;
  return new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
}

const caches = new WeakMap<GraphQLSchema, CompiledCache>();
const cacheFor = (schema: GraphQLSchema): CompiledCache => {
  let cache = caches.get(schema);
  if (!cache) caches.set(schema, (cache = new CompiledCache(schema)));
  return cache;
};

/** Executes `document` as the server does (compiled once, cached). For the benchmark and tests. */
export function executeCompiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  context: unknown,
  operationName?: string,
): Promise<ExecutionResult> | ExecutionResult {
  const cache = cacheFor(schema);
  return run(cache.get(document.loc?.source.body ?? print(document), document, operationName), context, variables);
}

/** An Apollo "gateway" that serves `schema` and executes with compiled queries. */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<(ctx: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void>();
  const cache = cacheFor(schema);
  const executor: GatewayExecutor = async ({ source, document, operationName, context, request }) => {
    // Apollo leaves an operation it could not pick (an unknown or empty operationName, several
    // operations and no name) for execution to refuse, as graphql-js's execute does; graphql-jit
    // would compile something else or nothing. Refused here, before anything runs.
    // (`operationName` here is the one Apollo resolved; the client's is on the request.)
    if (!getOperationAST(document, request.operationName)) return { errors: [unresolvedOperation(document, request.operationName)] };
    return (await run(cache.get(source, document, operationName), context, request.variables)) as ExecutionResult<Record<string, unknown>>;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const sdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}
