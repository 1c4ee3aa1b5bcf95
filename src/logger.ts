// The one logger. Logs go to stderr so that stdout stays machine-readable (`extract --json`), and
// are silent under the test runner unless LOG_LEVEL asks otherwise.

import { pino, type Logger } from "pino";
import type { LogLevel } from "./config/config.js";

export type { Logger };

const defaultLevel = (): LogLevel =>
  (process.env.LOG_LEVEL as LogLevel | undefined) ?? (process.env.VITEST ? "silent" : "info");

export function createLogger(level: LogLevel = defaultLevel()): Logger {
  return pino({ name: "resgraph", level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
