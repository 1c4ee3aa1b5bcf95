import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, printSchema, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/package-root.js";
import { buildResgraphSchema } from "../src/api/schema.js";

const schema = buildResgraphSchema();

describe("GraphQL schema", () => {
  it("builds without decorator metadata (explicit type functions everywhere)", () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(expect.arrayContaining(["resolution", "resolutions", "stats"]));
  });

  it("matches the committed schema.graphql that codegen reads (run `npm run schema` after a change)", () => {
    const committed = readFileSync(path.join(PACKAGE_ROOT, "schema.graphql"), "utf8");
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  const examples = readdirSync(path.join(PACKAGE_ROOT, "examples")).filter((f) => f.endsWith(".graphql"));
  it.each(examples)("example %s is a valid operation", (file) => {
    const doc = parse(readFileSync(path.join(PACKAGE_ROOT, "examples", file), "utf8"));
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });
});
