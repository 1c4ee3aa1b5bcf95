// Requests per client address, so that one client's flood cannot take the API from everyone else.
// rate-limiter-flexible's in-memory limiter: a fixed number of requests per window per key, with
// the wait until the next one is allowed (the 429's Retry-After). The defaults (config.ts) let a
// researcher's script run flat out at a few hundred requests a second; a flood trips them.

import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface ClientRateLimit {
  /** null when the request may go on; else how long the client should wait, in ms. */
  take(client: string): Promise<number | null>;
}

export function clientRateLimit(requests: number, windowSeconds: number): ClientRateLimit {
  const limiter = new RateLimiterMemory({ points: requests, duration: windowSeconds });
  return {
    async take(client) {
      try {
        await limiter.consume(client);
        return null;
      } catch (refused) {
        // The limiter rejects with its result when the client is over the limit; anything else is a bug.
        if (refused instanceof RateLimiterRes) return refused.msBeforeNext;
        throw refused;
      }
    },
  };
}
