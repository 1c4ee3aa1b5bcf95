// What one request may ask of the server. Every limit is checked while the operation is validated,
// so an abusive query is refused before a single store call, with `extensions.code` QUERY_TOO_COMPLEX
// and a message that says which limit and by how much.

import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import { GraphQLError, type ValidationRule } from "graphql";

export interface QueryLimits {
  /** Deepest selection nesting, e.g. `recalls { recalls { … } }`. */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens in the document: bounds parse work whatever the body size. */
  maxTokens: number;
  /** graphql-armor's cost: objects and scalars weighted by depth. */
  maxCost: number;
  maxDirectives: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5_000,
  maxCost: 10_000,
  maxDirectives: 30,
};

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

// graphql-armor reports "Syntax Error: …" with no code; ours says what the client can change.
const reject =
  (limit: keyof QueryLimits, value: number): GraphQLArmorRejectCallback =>
  (context, error) => {
    const message = error.message.replace(/^Syntax Error:\s*/, "");
    const tooComplex = new GraphQLError(`query too complex: ${message}`, { extensions: { code: QUERY_TOO_COMPLEX, limit, max: value } });
    context?.reportError(tooComplex);
  };

/**
 * The validation rules and plugins that enforce the limits (armor's own error propagation is
 * replaced by ours). The token limit is not here: it is a parse option (`parseOptions`).
 */
export function limitProtection(limits: QueryLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const common = { propagateOnRejection: false, exposeLimits: true };
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: limits.maxDepth, onReject: [reject("maxDepth", limits.maxDepth)] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reject("maxAliases", limits.maxAliases)] },
    // Tokens are limited by graphql-js's own parser (Apollo's parseOptions), which stops counting at
    // the limit; armor's variant re-throws outside the request pipeline as a 500.
    maxTokens: { enabled: false },
    costLimit: { ...common, maxCost: limits.maxCost, onReject: [reject("maxCost", limits.maxCost)] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reject("maxDirectives", limits.maxDirectives)] },
    // Field suggestions ("did you mean …") help people in GraphiQL; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  // armor is typed against Apollo's CommonJS build, we import the ESM one: same objects, two
  // declarations of them, hence the cast.
  return { validationRules, plugins: plugins as unknown as ApolloServerPlugin[] };
}

/** graphql-js's message when a document exceeds `maxTokens`, which it reports as a syntax error. */
export const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) \d+ tokens/;
