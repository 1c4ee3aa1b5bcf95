// Checks on what callers pass to the port (page sizes, offsets, depths, labels, orders, verb
// phrases), shared by both stores so that they refuse the same input with the same BAD_USER_INPUT
// rather than an engine error or a silent empty answer.

import { BadUserInputError } from "../errors.js";
import { ENTITY_LABELS, type EntityLabel } from "./model.js";
import type { ResolutionOrder } from "./port.js";

export const RESOLUTION_ORDERS: readonly ResolutionOrder[] = ["ADOPTED_ASC", "ADOPTED_DESC", "SYMBOL_ASC"];

/** GraphQL passes null for an omitted input field: null and undefined both mean "not given". */
export const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

export function nonNegativeInteger(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BadUserInputError(field, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

export function optionalInteger(field: string, value: number | null | undefined): number | null {
  if (!given(value)) return null;
  if (!Number.isSafeInteger(value)) throw new BadUserInputError(field, `must be an integer, got ${String(value)}`);
  return value;
}

export function resolutionOrderOf(field: string, order: string): ResolutionOrder {
  const found = RESOLUTION_ORDERS.find((o) => o === order);
  if (!found) throw new BadUserInputError(field, `must be one of ${RESOLUTION_ORDERS.join(", ")}, got ${JSON.stringify(order)}`);
  return found;
}

export function entityLabelOf(field: string, label: string): EntityLabel {
  const found = ENTITY_LABELS.find((l) => l === label);
  if (!found) throw new BadUserInputError(field, `must be one of ${ENTITY_LABELS.join(", ")}, got ${JSON.stringify(label)}`);
  return found;
}

/**
 * The verb filter's phrase as compared: trimmed, inner whitespace collapsed, lower-cased; null when
 * nothing is left (no verb filter). It matches a verb equal to it or starting with it followed by
 * a space: whole words, so `Recalling` matches `Recalling also` but not `Recalls`.
 */
export function verbPhrase(verb: string): string | null {
  const phrase = verb.trim().split(/\s+/u).join(" ").toLowerCase();
  return phrase === "" ? null : phrase;
}
