// `npm run readme`: re-runs the README's example queries on the seeds and writes their real output
// under each one. test/readme.test.ts fails when the README and the API disagree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { readmeExamples, runExample } from "../test/helpers/readme-examples.js";
import { seededStore } from "../test/helpers/seeded-store.js";

const file = path.join(PACKAGE_ROOT, "README.md");
let readme = readFileSync(file, "utf8");
const { store } = await seededStore();
// Rewrite from the end so earlier offsets stay valid.
for (const ex of readmeExamples(readme).reverse()) {
  readme = readme.slice(0, ex.outputStart) + (await runExample(store, ex.query)) + readme.slice(ex.outputEnd);
}
await store.close();
writeFileSync(file, readme);
console.log(`README.md: ${readmeExamples(readme).length} examples refreshed`);
