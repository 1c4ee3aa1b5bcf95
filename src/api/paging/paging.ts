// Page arguments and connection values. `first` and `after` are checked before any store call, so
// a bad page request costs nothing; the connection's shape is the same for every list.

import { BadUserInputError } from "../../errors.js";
import { encodeCursor, offsetAfter } from "./cursor.js";

import { MAX_PAGE_SIZE } from "../args.js";

export interface PageRequest {
  first: number;
  offset: number;
}

export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function pageRequest({ first, after }: { first: number; after?: string | null }): PageRequest {
  checkRange("first", first, 1, MAX_PAGE_SIZE);
  return { first, offset: after ? offsetAfter(after) : 0 };
}

export interface ConnectionValue<E> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A connection from one page of items that starts at `request.offset` in a list of `totalCount`. */
export function connectionOf<T, E>(
  items: readonly T[],
  totalCount: number,
  request: PageRequest,
  toEdge: (item: T, cursor: string) => E,
): ConnectionValue<E> {
  const edges = items.map((item, i) => toEdge(item, encodeCursor(request.offset + i)));
  const endCursor = items.length > 0 ? encodeCursor(request.offset + items.length - 1) : null;
  return { edges, pageInfo: { hasNextPage: request.offset + items.length < totalCount, endCursor }, totalCount };
}

/** A connection over a list already loaded whole (a relation read through a DataLoader). */
export const sliceConnection = <T, E>(all: readonly T[], request: PageRequest, toEdge: (item: T, cursor: string) => E): ConnectionValue<E> =>
  connectionOf(all.slice(request.offset, request.offset + request.first), all.length, request, toEdge);
