// `npm run bench`: prints the measured figures. Nothing here asserts a time: figures are for people.
// BENCH_N sets the size of the synthetic corpus of the scale sections (default 50,000).
import { benchApi, printApi } from "./api.js";
import { benchExtract, printExtract } from "./extract.js";
import { benchIngest, printIngest, removeRunDatabases } from "./ingest.js";
import { benchQueries, printQueries } from "./queries.js";

console.log(`resgraph benchmarks, Node ${process.version}, ${new Date().toISOString()}\n`);
printExtract(benchExtract());

console.log("");
const ingest = await benchIngest({ log: (line) => console.error(line) });
printIngest(ingest);

console.log("");
try {
  printQueries(await benchQueries(ingest.db, ingest.corpus, ingest.n));
  console.log("");
  printApi(await benchApi(ingest.db, ingest.corpus));
} finally {
  removeRunDatabases();
}
