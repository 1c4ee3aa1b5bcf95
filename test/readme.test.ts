// The README shows real output: each example query, run on the seeds, gives exactly what is printed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../src/graph/port.js";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { readmeExamples, runExample } from "./helpers/readme-examples.js";
import { seededStore } from "./helpers/seeded-store.js";

const readme = readFileSync(path.join(PACKAGE_ROOT, "README.md"), "utf8");
const examples = readmeExamples(readme);
let store: GraphStore;
beforeAll(async () => {
  ({ store } = await seededStore());
});
afterAll(() => store.close());

describe("README examples (refresh with `npm run readme`)", () => {
  it("has at least three", () => expect(examples.length).toBeGreaterThanOrEqual(3));
  it.each(examples.map((e, i) => [i + 1, e] as const))("example %i prints the API's real answer", async (_i, ex) => {
    expect(ex.output).toBe(await runExample(store, ex.query));
  });
});
