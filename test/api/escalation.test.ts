// Query.escalationScales: the rungs a diff places verbs on, as the table in src/diff/escalation.ts
// has them, so that a client can draw the scales it reads STRONGER and WEAKER against.
import { afterAll, beforeAll, expect, it } from "vitest";
import { ESCALATION_RUNGS } from "../../src/diff/escalation.js";
import type { GraphStore } from "../../src/graph/port.js";
import { openEmptyStore } from "../helpers/store-under-test.js";
import { apiClient, type ApiClient } from "./client.js";

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  store = await openEmptyStore();
  api = await apiClient(store);
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

it("lists every rung of the table, scale by scale, weakest first, with the issue's ladders in order", async () => {
  const { data, errors } = await api.query<{ escalationScales: { scale: string; rank: number; label: string; forms: string[]; added: boolean }[] }>(
    `{ escalationScales { scale rank label forms added } }`,
  );
  expect(errors).toBeUndefined();
  const rungs = data.escalationScales;
  expect(rungs).toHaveLength(ESCALATION_RUNGS.length);
  const ladder = (scale: string) => rungs.filter((r) => r.scale === scale && !r.added).map((r) => r.label);
  expect(ladder("CONCERN")).toEqual([
    "Takes note", "Welcomes", "Expresses concern", "Expresses serious concern", "Expresses grave concern", "Condemns", "Strongly condemns",
  ]);
  expect(ladder("CALL")).toEqual(["Encourages", "Calls upon", "Urges", "Demands"]);
  for (const scale of ["CONCERN", "CALL"]) {
    const ranks = rungs.filter((r) => r.scale === scale).map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
  expect(rungs.find((r) => r.label === "Condemns")?.forms).toContain("condemn");
});
