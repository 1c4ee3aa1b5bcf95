// What crosses the thread boundary between the loader and its parse workers: texts in, parsed
// sources or errors out. Parsed documents are plain data and survive structured cloning as they
// are; errors do not keep their class, so they travel as data and are rebuilt on arrival.

import { ParseError } from "../errors.js";
import type { ParsedSource } from "../ingest/source.js";

export interface ParseJob {
  file: string;
  text: string;
}

export interface ParseRequest {
  id: number;
  jobs: ParseJob[];
}

/** A ParseError (the file's own fault), or anything else (a bug: it stops the run, as in-thread). */
export type WireError =
  | { kind: "parse"; file: string; reason: string }
  | { kind: "other"; name: string; message: string; stack?: string };

export type ParseResult = { ok: true; parsed: ParsedSource } | { ok: false; error: WireError };

/** In-thread results carry the thrown error itself. */
export type LocalParseResult = { ok: true; parsed: ParsedSource } | { ok: false; error: unknown };

export interface ParseReply {
  id: number;
  results: ParseResult[];
}

export function toWireError(error: unknown): WireError {
  if (error instanceof ParseError) return { kind: "parse", file: error.file, reason: error.reason };
  if (error instanceof Error) return { kind: "other", name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: "other", name: "Error", message: String(error) };
}

/** The same ParseError (same file, reason and message) as parsing in-thread throws. */
export function fromWireError(wire: WireError): Error {
  if (wire.kind === "parse") return new ParseError(wire.file, wire.reason);
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}
