// What crosses the thread boundary between the API's SQLite store and its read workers: a port
// call in, its answer or its error out. Records are plain data and survive structured cloning;
// errors lose their class, so they travel as code and details and are rebuilt on arrival.

import { BadUserInputError, NotFoundError, StoreUnavailableError, type ErrorDetail } from "../../errors.js";

export interface ReadTask {
  method: string;
  args: unknown[];
}

export type WireError =
  | { code: string; message: string; context: Record<string, ErrorDetail> }
  | { code: null; name: string; message: string };

export type ReadReply = { ok: true; value: unknown } | { ok: false; error: WireError };

export function toWireError(error: unknown): WireError {
  if (error instanceof Error && "code" in error && typeof error.code === "string" && "context" in error) {
    return { code: error.code, message: error.message, context: error.context as Record<string, ErrorDetail> };
  }
  if (error instanceof Error) return { code: null, name: error.name, message: error.message };
  return { code: null, name: "Error", message: String(error) };
}

const text = (value: ErrorDetail | undefined): string => (typeof value === "string" ? value : String(value ?? ""));

/** The error a read in this thread would have thrown: the same class for what reads throw on purpose. */
export function fromWireError(wire: WireError): Error {
  if (wire.code === "BAD_USER_INPUT") {
    const { field, reason, ...details } = wire.context;
    return new BadUserInputError(text(field), text(reason), details);
  }
  if (wire.code === "NOT_FOUND") return new NotFoundError(text(wire.context.entity), text(wire.context.key));
  if (wire.code === "STORE_UNAVAILABLE") return new StoreUnavailableError(text(wire.context.store), text(wire.context.reason));
  const error = new Error(wire.message);
  if (wire.code === null) error.name = wire.name;
  return error;
}
