// Checks on the numbers callers pass to queries (page sizes, offsets, depths): a bad one is the
// caller's input error, reported as such, not an SQL error or a silent empty answer.

import { BadUserInputError } from "../../errors.js";

export function nonNegativeInteger(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BadUserInputError(field, `must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

export function optionalInteger(field: string, value: number | undefined): number | null {
  if (value === undefined) return null;
  if (!Number.isSafeInteger(value)) throw new BadUserInputError(field, `must be an integer, got ${String(value)}`);
  return value;
}
