// The API is read-only: data goes in through `resgraph ingest`. The schema has no Mutation or
// Subscription type, and graphql-js has no validation rule for an operation whose root type is
// missing (execution, or graphql-jit's compiler, fails instead, which reads as a server error).
// This rule refuses such an operation while validating, as the client's mistake it is.

import { GraphQLError, type ValidationRule } from "graphql";

export const ReadOnlyOperations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "query") return;
    context.reportError(
      new GraphQLError(`this API is read-only: ${node.operation} operations are not supported (data goes in with \`resgraph ingest\`)`, {
        nodes: node,
      }),
    );
  },
});
