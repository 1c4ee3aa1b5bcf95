// The Apollo Server instance: our schema, our error mapping, no CDN landing page (GraphiQL is
// served by the app itself), stack traces only in development.

import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Logger } from "../logger.js";
import type { Context } from "../api/context.js";
import { buildResgraphSchema } from "../api/schema.js";
import { makeFormatError } from "./errors.js";
import { ReadOnlyOperations } from "./read-only-rule.js";
import { compiledGateway } from "./executor.js";
import { DEFAULT_INPUT_LIMITS, inputLimitsPlugin, type InputLimits } from "./input-limits.js";
import { DEFAULT_LIMITS, limitProtection, type QueryLimits } from "./limits.js";

export function createApollo(options: {
  development: boolean;
  logger: Logger;
  limits?: QueryLimits;
  inputLimits?: InputLimits;
  /** The one switch of the fast path (config `fastExecution`, on by default): direct resolvers and graphql-jit, or plain type-graphql under graphql-js. */
  fastExecution?: boolean;
}): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const inputLimits = options.inputLimits ?? DEFAULT_INPUT_LIMITS;
  const protection = limitProtection(limits);
  const fast = options.fastExecution ?? true;
  return new ApolloServer<Context>({
    // Apollo parses and validates; on the fast path graphql-jit executes (each operation compiled
    // once), otherwise graphql-js does, on type-graphql's own resolvers.
    ...(fast ? { gateway: compiledGateway(buildResgraphSchema({ fast })) } : { schema: buildResgraphSchema({ fast }) }),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [ReadOnlyOperations, ...protection.validationRules],
    plugins: [ApolloServerPluginLandingPageDisabled(), ...protection.plugins, inputLimitsPlugin<Context>(inputLimits)],
    formatError: makeFormatError({ ...options, limits }),
    includeStacktraceInErrorResponses: options.development,
    // One operation per HTTP request: batches multiply the work a single request can cause.
    allowBatchedHttpRequests: false,
    // Shutdown is ours (server.ts): Apollo's own handler would stop it at the first SIGTERM and
    // send the signal again, which reads as the second signal that means "exit now".
    stopOnTerminationSignals: false,
    introspection: true,
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
}
