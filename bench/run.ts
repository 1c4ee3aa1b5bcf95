// `npm run bench`: prints the measured figures. Nothing here asserts a time: figures are for people.
import { benchExtract, printExtract } from "./extract.js";

console.log(`resgraph benchmarks, Node ${process.version}, ${new Date().toISOString()}\n`);
printExtract(benchExtract());
