// The Apollo Server instance: our schema, our error mapping, no CDN landing page (GraphiQL is
// served by the app itself), stack traces only in development.

import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Logger } from "../logger.js";
import type { Context } from "../resolvers/context.js";
import { buildResgraphSchema } from "../schema/build.js";
import { makeFormatError } from "./errors.js";
import { compiledGateway } from "./executor.js";
import { DEFAULT_LIMITS, limitProtection, type QueryLimits } from "./limits.js";

export function createApollo(options: { development: boolean; logger: Logger; limits?: QueryLimits }): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const protection = limitProtection(limits);
  return new ApolloServer<Context>({
    // Apollo parses and validates; graphql-jit executes (each operation compiled once).
    gateway: compiledGateway(buildResgraphSchema()),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: protection.validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...protection.plugins],
    formatError: makeFormatError({ ...options, limits }),
    includeStacktraceInErrorResponses: options.development,
    // One operation per HTTP request: batches multiply the work a single request can cause.
    allowBatchedHttpRequests: false,
    introspection: true,
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
}
