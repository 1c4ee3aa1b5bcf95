// Not a test: measures ingest throughput of upsertDocuments (one transaction, a savepoint per
// document) against upsertDocument one by one (a transaction, so a WAL commit, per document).
// Usage: npx tsx test/graph/bench-batch.ts [documents=1000]

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ResolutionDocument } from "../../src/domain.js";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { source, tinyDocument } from "../conformance/documents.js";

const N = Number(process.argv[2] ?? 1000);

/** Small but complete: three paragraphs, two citations (one to an earlier document), two mentions. */
function synthetic(i: number): ResolutionDocument {
  const symbol = `A/RES/90/${i + 1}`;
  const text = `Recalling resolution ${i} on Myanmar and the Charter of the United Nations,`;
  return {
    ...tinyDocument(symbol, "2025-01-01"),
    paragraphs: [
      { key: "pp1", kind: "preambular", ordinal: 1, verb: "Recalling", text, footnotes: [] },
      { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: `Decides to act on item ${i}.`, footnotes: [] },
      { key: "op2", kind: "operative", ordinal: 3, verb: "Requests", text: "Requests a report on document A/90/100.", footnotes: [] },
    ],
    references: [
      { paragraph: "pp1", kind: "resolution", target: `A/RES/90/${Math.max(1, i)}`, verb: "Recalling" },
      { paragraph: "op2", kind: "document", target: "A/90/100", verb: "Requests" },
    ],
    mentions: [
      { paragraph: "pp1", kind: "country", name: "Myanmar", id: "MMR", start: text.indexOf("Myanmar"), end: text.indexOf("Myanmar") + 7 },
      { paragraph: "pp1", kind: "instrument", name: "Charter of the United Nations", start: text.indexOf("Charter"), end: text.indexOf("Charter") + 29 },
    ],
  };
}

const docs = Array.from({ length: N }, (_, i) => synthetic(i));
const dir = mkdtempSync(join(tmpdir(), "resgraph-bench-"));

async function measure(name: string, write: (path: string) => Promise<void>): Promise<number> {
  const path = join(dir, `${name}.db`);
  const started = process.hrtime.bigint();
  await write(path);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = N / seconds;
  console.log(`${name.padEnd(10)} ${N} docs in ${seconds.toFixed(3)} s: ${rate.toFixed(0)} docs/s`);
  return rate;
}

try {
  const single = await measure("one-by-one", async (path) => {
    const store = openSqliteStore(path);
    for (const doc of docs) await store.upsertDocument(doc, source(doc.resolution.symbol));
    await store.close();
  });
  const batched = await measure("batched", async (path) => {
    const store = openSqliteStore(path);
    await store.upsertDocuments(docs.map((doc) => ({ doc, source: source(doc.resolution.symbol) })));
    await store.close();
  });
  console.log(`batched / one-by-one: ${(batched / single).toFixed(1)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
