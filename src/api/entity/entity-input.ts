import type { EntityRef } from "../../graph/port.js";
import type { EntityInput } from "./entity.type.js";

/** An entity named in a filter, in the store's terms; country codes are upper case whatever was typed. */
export function entityRef(input: EntityInput): EntityRef {
  const key = input.key.trim();
  return { label: input.kind, key: input.kind === "Country" ? key.toUpperCase() : key };
}
