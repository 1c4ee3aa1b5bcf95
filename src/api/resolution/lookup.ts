// Finding one thing from what a person typed: a resolution from a loose spelling ("36/32",
// "resolution 660 (1990)"), an entity from its name. When the input could mean several things that
// all exist, the answer is an error listing them, never a guess.

import { BadUserInputError } from "../../errors.js";
import type { EntityLabel } from "../../graph/model.js";
import type { EntityRecord, ResolutionNode } from "../../graph/port.js";
import { candidatesOf, oneResolution } from "../../graph/find-resolution.js";
import type { Context } from "../context.js";
import { entityLoader } from "../entity/entity.loaders.js";
import { resolutionNodeLoader } from "./resolution.loaders.js";

export { candidatesOf };

/** The one resolution (loaded or stub) the input means, null when none exists; several → BAD_USER_INPUT. */
export function findResolution(field: string, input: string, ctx: Context): Promise<ResolutionNode | null> {
  const candidates = candidatesOf(input);
  const loader = ctx.loaders.get(resolutionNodeLoader);
  // One candidate (a full symbol, the usual case): the load itself, without a promise around it.
  if (candidates.length === 1) return loader.load(candidates[0]!);
  return oneResolution(
    async (symbols) =>
      (await loader.loadMany(symbols)).map((n) => {
        if (n instanceof Error) throw n;
        return n;
      }),
    field,
    input,
    candidates,
  );
}

/** The symbol to filter by: the one canonical spelling when the input has exactly one, else the input as typed. */
export function filterSymbol(input: string): string {
  const candidates = candidatesOf(input);
  return candidates.length === 1 ? candidates[0]! : input.trim();
}

/** How many near matches to fetch when a name is not exact: enough to list them in the error. */
const NAME_CANDIDATES = 10;

const same = (a: string, b: string): boolean => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

/** The entity named `name` (or keyed so): an exact match first, else the only prefix match; several → BAD_USER_INPUT. */
export async function findEntityByName(label: EntityLabel, name: string, ctx: Context): Promise<EntityRecord | null> {
  const wanted = name.trim();
  if (wanted === "") throw new BadUserInputError("name", "must not be empty");
  const matches = await ctx.store.findEntities(label, wanted, NAME_CANDIDATES);
  const exact = matches.filter((e) => same(e.name, wanted) || same(e.key, wanted));
  const pick = exact.length > 0 ? exact : matches;
  if (pick.length > 1) {
    const keys = pick.map((e) => e.key);
    throw new BadUserInputError("name", `${JSON.stringify(wanted)} matches several: ${pick.map((e) => (e.key === e.name ? e.name : `${e.name} (${e.key})`)).join(", ")}; use a longer name or the key`, {
      candidates: keys,
    });
  }
  const found = pick[0];
  if (found) ctx.loaders.get(entityLoader).prime(found, found);
  return found ?? null;
}
