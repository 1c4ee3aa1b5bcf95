#!/usr/bin/env node
// Entry point of the `resgraph` command.

import "./production-mode.js";
import { runCli } from "./cli/program.js";
import { processIO } from "./cli/io.js";

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not one of ours: a bug or an environment failure. Say so plainly; the stack is for debugging.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`resgraph: unexpected error: ${message}\n`);
    if (process.env.LOG_LEVEL === "debug" || process.env.LOG_LEVEL === "trace") console.error(error);
    else process.stderr.write("(run with LOG_LEVEL=debug to see where it happened)\n");
    process.exitCode = 70;
  },
);
