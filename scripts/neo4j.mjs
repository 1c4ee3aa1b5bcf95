#!/usr/bin/env node
// `npm run neo4j [-- --port N --data DIR --password P --pagecache SIZE --heap SIZE]`: a throwaway
// Neo4j 5 Community server on 127.0.0.1, without Docker. Prints one line to stdout once it accepts
// connections,
//   NEO4J_URI=bolt://127.0.0.1:<port> NEO4J_USER=neo4j NEO4J_PASSWORD=<password>
// and everything else to stderr. Ctrl-C (or SIGTERM) stops it. See docs/neo4j.md; the programmatic
// API for tests is in neo4j-server.mjs.

import { spawn } from "node:child_process";
import { DEFAULT_HEAP, NEO4J_VERSION, ensureBuilt, javaArgs, javaExecutable, missingTools } from "./neo4j-server.mjs";

const USAGE = `usage: npm run neo4j [-- options]
A throwaway Neo4j ${NEO4J_VERSION} Community server on 127.0.0.1 (Java 17+; Maven for the first run).
  --port N          Bolt port; 0 (the default) picks a free one
  --data DIR        keep the database in DIR between runs (default: a temporary folder, removed at exit)
  --password P      password of user neo4j (default: a random one)
  --pagecache SIZE  page cache (default 256m)
  --heap SIZE       JVM heap, -Xmx (default ${DEFAULT_HEAP})
  --verbose         Neo4j's own log at INFO on stderr
Prints NEO4J_URI=… NEO4J_USER=neo4j NEO4J_PASSWORD=… on stdout when ready; Ctrl-C stops it.`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(0);
}
let heap = DEFAULT_HEAP;
const heapAt = args.indexOf("--heap");
if (heapAt >= 0) {
  heap = args[heapAt + 1] ?? "";
  if (!/^\d+[kmgKMG]?$/.test(heap)) {
    process.stderr.write(`neo4j: --heap: not a size (e.g. 512m, 1g): ${heap}\n`);
    process.exit(2);
  }
  args.splice(heapAt, 2);
}

const missing = missingTools();
if (missing) {
  process.stderr.write(`neo4j: ${missing}\n`);
  process.exit(1);
}
try {
  await ensureBuilt();
} catch (error) {
  process.stderr.write(`neo4j: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

// stdout and stderr are the terminal's; stdin is a pipe held by this process only, so that the
// server stops if this process is killed outright (--stop-on-stdin-eof).
const child = spawn(javaExecutable(), javaArgs({ heap, args: ["--stop-on-stdin-eof", ...args] }), {
  stdio: ["pipe", "inherit", "inherit"],
});
const forward = (signal) => () => {
  if (child.exitCode === null) child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward(signal));
// `npm run` does not pass a SIGTERM on to this script (npm's shell dies and leaves it orphaned): if
// this process is orphaned, stop the server as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) forward("SIGTERM")();
}, 1000).unref();
child.on("error", (error) => {
  process.stderr.write(`neo4j: cannot run java: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  if (signal) process.stderr.write(`neo4j: the server was ended by ${signal}\n`);
  process.exit(code ?? 128 + (numbers[signal] ?? 1));
});
