// The neo4j-admin files of a relationship type are split by every end that the model lets be of
// several labels, the start as well as the end: an import's ID space is a label's, so a file whose
// header said `:START_ID(Country)` for an Organization's key would fail the import. Today's model
// has one start label per type; this test gives SPONSORED a second one (a mocked model) so that
// the writer's handling of a start is held to the same rule as an end's.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type * as Model from "../../src/graph/model.js";

vi.mock("../../src/graph/model.js", async (importOriginal) => {
  const model = await importOriginal<typeof Model>();
  return {
    ...model,
    RELATIONSHIPS: { ...model.RELATIONSHIPS, SPONSORED: { ...model.RELATIONSHIPS.SPONSORED, from: ["Country", "Organization"] } },
  };
});

const { Neo4jAdminWriter } = await import("../../src/export/neo4j-admin.js");

const dir = mkdtempSync(join(tmpdir(), "resgraph-admin-labels-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("neo4j-admin files of a type with several start labels", () => {
  it("writes one file per start label, each header naming its own start label", async () => {
    const writer = new Neo4jAdminWriter(dir);
    await writer.write({
      kind: "relationships",
      type: "SPONSORED",
      records: [
        { type: "SPONSORED", from: { label: "Country", key: "FRA" }, to: { label: "Resolution", key: "A/RES/1" }, properties: { source: "metadata" } },
        { type: "SPONSORED", from: { label: "Organization", key: "European Union" }, to: { label: "Resolution", key: "A/RES/1" }, properties: { source: "metadata" } },
      ],
    });
    await writer.finish();
    expect(readdirSync(dir).filter((f) => f.startsWith("SPONSORED")).sort()).toEqual([
      "SPONSORED.Country.csv",
      "SPONSORED.Country.header.csv",
      "SPONSORED.Organization.csv",
      "SPONSORED.Organization.header.csv",
    ]);
    expect(readFileSync(join(dir, "SPONSORED.Organization.header.csv"), "utf8")).toMatch(/^:START_ID\(Organization\),.*,:END_ID\(Resolution\),:TYPE\n$/);
    expect(readFileSync(join(dir, "SPONSORED.Country.header.csv"), "utf8")).toMatch(/^:START_ID\(Country\),/);
    expect(readFileSync(join(dir, "SPONSORED.Organization.csv"), "utf8")).toMatch(/^"European Union",/);
    expect(writer.importArguments()).toContain("--relationships=SPONSORED.Organization.header.csv,SPONSORED.Organization.csv");
  });
});
