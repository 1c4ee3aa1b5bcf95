// The parse pool's worker (see parse-pool.ts): parses the texts it is sent with parseSource, the
// same pure function the loader calls in-thread, and sends each result (or error) back in order.

import { parentPort } from "node:worker_threads";
import { parseSource } from "../ingest/source.js";
import { toWireError, type ParseReply, type ParseRequest, type ParseResult } from "./parse-wire.js";

const port = parentPort;
if (!port) throw new Error("parse-worker runs as a worker thread");

port.on("message", (request: ParseRequest) => {
  const results: ParseResult[] = request.jobs.map(({ file, text }) => {
    try {
      return { ok: true, parsed: parseSource(text, file) };
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  });
  const reply: ParseReply = { id: request.id, results };
  port.postMessage(reply);
});
