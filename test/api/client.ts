// Runs operations through the real Apollo pipeline (limits, error mapping) without HTTP, with a
// fresh request context per operation, as the server does.
import type { GraphStore } from "../../src/graph/port.js";
import { createContext } from "../../src/api/context.js";
import { createApollo } from "../../src/server/apollo.js";
import type { QueryLimits } from "../../src/server/limits.js";
import { quietLogger } from "../helpers/seeded-store.js";

export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface ApiClient {
  /** `T` is the shape the test expects of `data`: each test declares what it reads. */
  query<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; errors?: ApiError[] }>;
  stop(): Promise<void>;
}

/** `fastExecution: false` runs the plain path (type-graphql under graphql-js), as the server's switch does. */
export async function apiClient(store: GraphStore, options: { fastExecution?: boolean; limits?: QueryLimits } = {}): Promise<ApiClient> {
  const apollo = createApollo({ development: false, logger: quietLogger, ...options });
  await apollo.start();
  return {
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(store) });
      if (res.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = res.body.singleResult;
      return { data: data as T, errors: errors as ApiError[] | undefined };
    },
    stop: () => apollo.stop(),
  };
}
