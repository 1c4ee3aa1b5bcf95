// `npm run bench`: prints the measured figures. Nothing here asserts a time: figures are for people.
// BENCH_N sets the size of the synthetic corpus of the scale sections (default 50,000); the last
// section, Neo4j beside SQLite (bench/neo4j.ts, also `npm run bench:neo4j` alone), has its own N
// (BENCH_NEO4J_N, default 20,000) and is skipped with one line when no Neo4j server can be started
// here, or with BENCH_NEO4J=0.
import { benchApi, printApi } from "./api.js";
import { benchExtract, printExtract } from "./extract.js";
import { benchDiff, printDiff } from "./diff.js";
import { benchExport, printExport } from "./export.js";
import { aknDir, benchAknIngest, printAknIngest } from "./formats.js";
import { benchPdf, printPdf } from "./pdf.js";
import { benchIngest, printIngest, removeRunDatabases } from "./ingest.js";
import { benchMetrics, printMetrics } from "./metrics.js";
import { benchNeo4j, neo4jUnavailable, printNeo4j } from "./neo4j.js";
import { benchQueries, printQueries } from "./queries.js";

const log = (line: string): void => console.error(line);

console.log(`resgraph benchmarks, Node ${process.version}, ${new Date().toISOString()}\n`);
printExtract(benchExtract());
printPdf(await benchPdf());
console.log("");
printDiff(benchDiff());

console.log("");
const akn = aknDir();
if (akn) printAknIngest(await benchAknIngest(akn));
else console.log("the UN's AKN4UN XML: skipped (no folder: set RESGRAPH_AKN_DIR to UNxml/GAresolutions' XML and data_extract files)");

console.log("");
const ingest = await benchIngest({ log });
printIngest(ingest);

console.log("");
try {
  printQueries(await benchQueries(ingest.db, ingest.corpus, ingest.n));
  console.log("");
  printApi(await benchApi(ingest.db, ingest.corpus));
  console.log("");
  printMetrics(await benchMetrics({ db: ingest.db, log }));
} finally {
  removeRunDatabases();
}

console.log("");
printExport(await benchExport({ log }));

console.log("");
const unavailable = process.env.BENCH_NEO4J === "0" ? "BENCH_NEO4J=0" : neo4jUnavailable();
if (unavailable) console.log(`Neo4j beside SQLite: skipped (${unavailable})`);
else {
  try {
    printNeo4j(await benchNeo4j({ log }));
  } finally {
    removeRunDatabases();
  }
}
