// A resolution from what a person typed ("36/32", "resolution 660 (1990)", "HRC 36/32"): every
// canonical symbol the input may mean is looked up, and when several exist the answer is an error
// listing them, never a guess. One rule for the API (through its request loader) and the CLI
// (through the store).

import { BadUserInputError } from "../errors.js";
import { symbolCandidates } from "../ingest/symbol-input.js";
import type { ResolutionNode } from "./port.js";

/** Canonical symbols the input may mean; the input itself when it reads as none (an odd symbol may still exist). */
export function candidatesOf(input: string): string[] {
  const candidates = symbolCandidates(input);
  const trimmed = input.trim();
  return candidates.length > 0 ? candidates : trimmed === "" ? [] : [trimmed];
}

/** Reads nodes by symbol, one result per symbol in order: a store's `resolutionNodes` or a loader's. */
export type ReadResolutionNodes = (symbols: readonly string[]) => Promise<readonly (ResolutionNode | null)[]>;

/** The one resolution (loaded or stub) among `candidates` that exists, null when none does; several → BAD_USER_INPUT on `field`. */
export async function oneResolution(read: ReadResolutionNodes, field: string, input: string, candidates = candidatesOf(input)): Promise<ResolutionNode | null> {
  const found = (await read(candidates)).filter((n): n is ResolutionNode => n !== null);
  if (found.length > 1) {
    const symbols = found.map((n) => n.symbol);
    throw new BadUserInputError(field, `${JSON.stringify(input)} could mean ${symbols.join(" or ")}: give the full symbol`, { candidates: symbols });
  }
  return found[0] ?? null;
}
