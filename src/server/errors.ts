// The one place where resgraph errors become GraphQL errors: a ResgraphError keeps its message and
// its stable code; anything unexpected is logged and masked, unless NODE_ENV=development.

import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ResgraphError } from "../errors.js";
import type { Logger } from "../logger.js";
import { QUERY_TOO_COMPLEX, TOKEN_LIMIT_MESSAGE, type QueryLimits } from "./limits.js";

/** Client-facing code for each resgraph error code. */
const API_CODES: Record<ResgraphError["code"], string> = {
  PARSE_ERROR: "INTERNAL_SERVER_ERROR",
  CONFIG_INVALID: "INTERNAL_SERVER_ERROR",
  INPUT_UNREADABLE: "INTERNAL_SERVER_ERROR",
  STORE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  STORE_SCHEMA_MISMATCH: "INTERNAL_SERVER_ERROR",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  LISTEN_FAILED: "INTERNAL_SERVER_ERROR",
  DOCUMENT_REJECTED: "INTERNAL_SERVER_ERROR",
  TIMEOUT: "TIMEOUT",
  QUERY_TOO_COMPLEX,
};

/** Errors that describe the client's request and may be shown to it as they are. */
const CLIENT_SAFE = new Set<string>(["NOT_FOUND", "BAD_USER_INPUT", "TIMEOUT", QUERY_TOO_COMPLEX]);

/** The 4xx an error asks to be answered with (`extensions.http.status`), if any. */
function clientStatus(error: unknown): number | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const http = error.extensions.http as { status?: unknown } | undefined;
  const status = typeof http?.status === "number" ? http.status : undefined;
  return status !== undefined && status >= 400 && status < 500 ? status : undefined;
}

export function makeFormatError(options: { development: boolean; logger: Logger; limits: QueryLimits }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ResgraphError) {
      const code = API_CODES[original.code];
      if (CLIENT_SAFE.has(code) || options.development) {
        return { ...formatted, message: original.message, extensions: { code, ...original.context } };
      }
      options.logger.error({ err: original, path: formatted.path }, "resolver failed");
      return { message: "the server could not answer this request", path: formatted.path, extensions: { code } };
    }
    // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; those our limits raised carry
    // the `limit` they broke and keep their own code.
    if (formatted.extensions?.limit !== undefined) {
      return { ...formatted, extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX } };
    }
    if (TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return {
        message: `query too complex: more than ${options.limits.maxTokens} tokens`,
        extensions: { code: QUERY_TOO_COMPLEX, limit: "maxTokens", max: options.limits.maxTokens },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo's own codes (validation, parse, bad input) describe the request: pass them through.
    if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
    // Apollo's request errors without a code of their own (a persisted query whose hash does not
    // match) carry the 4xx they are answered with: the client's mistake, said as Apollo says it.
    if (clientStatus(original)) return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    options.logger.error({ err: original, path: formatted.path }, "unexpected error");
    if (options.development) return formatted;
    return {
      message: "internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
