// Writes schema.graphql from the type-graphql classes: the SDL that codegen and clients read.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { buildResgraphSchema } from "../src/api/schema.js";

const file = path.join(PACKAGE_ROOT, "schema.graphql");
writeFileSync(file, `${printSchema(buildResgraphSchema())}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
