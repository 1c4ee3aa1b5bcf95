// Every error resgraph raises on purpose is a ResgraphError with a stable `code`. The CLI prints
// `message` in one line; the API maps `code` onto GraphQL `extensions.code` (src/server/errors.ts).

export const ERROR_CODES = [
  "PARSE_ERROR",
  "CONFIG_INVALID",
  "STORE_UNAVAILABLE",
  "STORE_SCHEMA_MISMATCH",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "INPUT_UNREADABLE",
  "LISTEN_FAILED",
  "DOCUMENT_REJECTED",
  "TIMEOUT",
  "QUERY_TOO_COMPLEX",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One machine-readable detail of an error: a value, or a list of them (e.g. the symbols an input could mean). */
export type ErrorDetail = string | number | readonly string[];

export abstract class ResgraphError extends Error {
  abstract readonly code: ErrorCode;
  /** Machine-readable details (file, field, value …) for logs and API extensions. */
  readonly context: Readonly<Record<string, ErrorDetail>>;

  constructor(message: string, context: Record<string, ErrorDetail> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.context = context;
  }
}

/** A text that cannot be read as a resolution. `file` names the input; `reason` says why. */
export class ParseError extends ResgraphError {
  readonly code = "PARSE_ERROR" as const;
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`, { file, reason });
  }
}

/** A file that could not be read at all (missing, a directory, no permission). */
export class InputUnreadableError extends ResgraphError {
  readonly code = "INPUT_UNREADABLE" as const;
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, { file, reason }, options);
  }
}

/** A configuration value (env var or flag) that does not validate. */
export class ConfigError extends ResgraphError {
  readonly code = "CONFIG_INVALID" as const;
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`invalid ${variable}=${JSON.stringify(value)}: expected ${expected}`, { variable, value, expected });
  }
}

/** The store cannot be opened or written (bad path, permissions, server down). */
export class StoreUnavailableError extends ResgraphError {
  readonly code = "STORE_UNAVAILABLE" as const;
  constructor(
    readonly store: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot open ${store}: ${reason}`, { store, reason }, options);
  }
}

/** The database was written by a newer resgraph whose schema this version does not know. */
export class StoreSchemaMismatchError extends ResgraphError {
  readonly code = "STORE_SCHEMA_MISMATCH" as const;
  constructor(
    readonly store: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${store} has schema version ${found}, this resgraph supports up to ${supported}: upgrade resgraph or use another database`,
      { store, found, supported },
    );
  }
}

export class NotFoundError extends ResgraphError {
  readonly code = "NOT_FOUND" as const;
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`no ${entity} ${JSON.stringify(key)}`, { entity, key });
  }
}

export class BadUserInputError extends ResgraphError {
  readonly code = "BAD_USER_INPUT" as const;
  /** `details` add to `field` and `reason`, e.g. `candidates` when an input could mean several things. */
  constructor(
    readonly field: string,
    readonly reason: string,
    details: Record<string, ErrorDetail> = {},
  ) {
    super(`${field}: ${reason}`, { ...details, field, reason });
  }
}

/**
 * A request asks for more costly work than one request may (`limit` of `what`): validation cannot
 * see it (it depends on the data, e.g. how many resolutions of a list have a predecessor to diff).
 */
export class QueryTooComplexError extends ResgraphError {
  readonly code = "QUERY_TOO_COMPLEX" as const;
  constructor(
    readonly what: string,
    readonly limit: number,
  ) {
    super(`query too complex: at most ${limit} ${what} per request; ask for fewer`, { limit: what, max: limit });
  }
}

/** The HTTP server could not listen (port in use, no permission, unknown host). */
export class ListenError extends ResgraphError {
  readonly code = "LISTEN_FAILED" as const;
  constructor(
    readonly address: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot listen on ${address}: ${reason}`, { address, reason }, options);
  }
}

/** A parsed document the store refused (it contradicts itself, e.g. two paragraphs with one key). */
export class DocumentRejectedError extends ResgraphError {
  readonly code = "DOCUMENT_REJECTED" as const;
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: the store refused the document (${reason})`, { file, reason });
  }
}

/**
 * A read that ran past its deadline and was abandoned (the worker running it stopped, the Neo4j
 * transaction timed out); the API answers 503 with code TIMEOUT. `operation` names the port call.
 */
export class TimeoutError extends ResgraphError {
  readonly code = "TIMEOUT" as const;
  constructor(
    readonly operation: string,
    readonly ms: number,
    options?: { cause?: unknown },
  ) {
    super(`${operation} took longer than ${ms} ms and was stopped`, { operation, ms }, options);
  }
}
