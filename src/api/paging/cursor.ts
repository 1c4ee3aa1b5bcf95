// Cursors are opaque to clients but checked on the way in, so a forged or stale cursor is a
// BAD_USER_INPUT, not a crash. Lists are paged by offset (filtered lists, ranked search hits and
// per-parent lists all have one, and an offset stays valid for as long as the ordering does), except
// the rankings (mostCited, influential), which are paged by key: the last item's number and symbol,
// so that a page stays right when the ranking moves under it.

import { z } from "zod";
import { BadUserInputError } from "../../errors.js";

/** The JSON a cursor carries, or undefined when it is not one of ours (not base64url JSON). */
function decoded(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

const notOurs = (): BadUserInputError => new BadUserInputError("after", "not a cursor returned by this API for this list: pass a page's `endCursor` as it is");

const cursorShape = z.object({ o: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).strict();

/** The cursor of the item at `offset` (0-based): `after` it, the list continues at offset + 1. */
export const encodeCursor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset }), "utf8").toString("base64url");

/** The offset of the first item after the cursor. */
export function offsetAfter(cursor: string): number {
  const parsed = cursorShape.safeParse(decoded(cursor));
  if (!parsed.success) throw notOurs();
  return parsed.data.o + 1;
}

/** The ranked lists paged by key: a cursor of one is refused by the other. */
export type RankedList = "mostCited" | "influential";

const keyShape = z.object({ l: z.enum(["mostCited", "influential"]), n: z.number().finite(), s: z.string().min(1) }).strict();

/** The cursor of a ranked item of `list`: its number (citations, a score) and its symbol. */
export const encodeKeyCursor = (list: RankedList, n: number, symbol: string): string =>
  Buffer.from(JSON.stringify({ l: list, n, s: symbol }), "utf8").toString("base64url");

/** The ranked item of `list` a key cursor names. */
export function keyAfter(list: RankedList, cursor: string): { n: number; symbol: string } {
  const parsed = keyShape.safeParse(decoded(cursor));
  if (!parsed.success || parsed.data.l !== list) throw notOurs();
  return { n: parsed.data.n, symbol: parsed.data.s };
}
