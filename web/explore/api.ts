// Sends the explorer's operations to the app's own GraphQL endpoint (same origin: the page's CSP
// allows no other). GraphQL answers errors beside partial data, so both are handed back.

import type { Operation } from "./queries.js";

export interface GraphqlError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly candidates?: readonly string[] };
}

export interface Answer<Result> {
  readonly data: Result | null;
  readonly errors: readonly GraphqlError[];
}

/** Thrown when there is no GraphQL answer at all (network down, server error page). */
export class RequestFailed extends Error {}

export async function request<V, R>(endpoint: string, op: Operation<V, R>, variables: V, signal?: AbortSignal): Promise<Answer<R>> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: op.text, operationName: op.name, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestFailed(`the API at ${endpoint} could not be reached`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RequestFailed(`the API answered ${response.status} without GraphQL`);
  }
  if (typeof body !== "object" || body === null) throw new RequestFailed(`the API answered ${response.status} without GraphQL`);
  const { data, errors } = body as { data?: R | null; errors?: GraphqlError[] };
  return { data: data ?? null, errors: Array.isArray(errors) ? errors : [] };
}

/** One line for the person reading: the first error's message, with the candidates it offers. */
export function describeErrors(errors: readonly GraphqlError[]): string {
  const first = errors[0];
  if (!first) return "";
  const candidates = first.extensions?.candidates;
  return candidates?.length ? `${first.message} (${candidates.join(", ")})` : first.message;
}
