// Cursors are opaque to clients (base64url of the keyset position) but checked on the way in, so a
// forged or stale cursor is a BAD_USER_INPUT, not a crash.

import { z } from "zod";
import { BadUserInputError } from "../errors.js";
import type { ResolutionCursor } from "../graph/port.js";

const cursorShape = z.tuple([z.string(), z.string().min(1)]);

export const encodeCursor = (c: ResolutionCursor): string =>
  Buffer.from(JSON.stringify([c.adoptedOn, c.symbol]), "utf8").toString("base64url");

export function decodeCursor(cursor: string): ResolutionCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const parsed = cursorShape.safeParse(decoded);
  if (!parsed.success) throw new BadUserInputError("after", "not a cursor returned by this API");
  return { adoptedOn: parsed.data[0], symbol: parsed.data[1] };
}
