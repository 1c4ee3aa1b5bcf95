// The typed documents front-end developers import must match the schema and the example operations.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/package-root.js";

describe("codegen", () => {
  it("examples/generated is what `npm run codegen` (codegen.yml) produces now", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(PACKAGE_ROOT, "codegen.yml") });
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: PACKAGE_ROOT, silent: true },
      false,
    );
    const dir = path.join(PACKAGE_ROOT, "examples/generated");
    const committed = readdirSync(dir).sort();
    expect(outputs.map((o) => path.basename(o.filename)).sort()).toEqual(committed);
    for (const o of outputs) expect(readFileSync(path.join(dir, path.basename(o.filename)), "utf8")).toBe(o.content);
  });
});
