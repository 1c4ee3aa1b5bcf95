// Runs the store-agnostic contract on SqliteStore, in memory and on a real file (WAL, fresh file).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { describeStoreContract } from "./store-contract.js";

describeStoreContract("SqliteStore :memory:", async () => openSqliteStore(":memory:"));

const dir = mkdtempSync(join(tmpdir(), "resgraph-contract-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract("SqliteStore on a file", async () => openSqliteStore(join(dir, `store-${(n += 1)}`, "graph.db")));
