// Substituted for `graphql-ws` at bundle time: resgraph has no websocket
// subscriptions, so the client (only reachable when a subscriptionUrl is set)
// would be dead weight, and graphql-ws is not a direct dependency of ours.
export function createClient(): never {
  throw new Error("resgraph GraphiQL: websocket subscriptions are not supported");
}
