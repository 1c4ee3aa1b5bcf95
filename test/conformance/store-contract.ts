// The behaviour every GraphStore must show, whatever its engine: sqlite.test.ts runs it on
// SqliteStore, neo4j.test.ts on Neo4jStore. Only the port is used: no SQL, no engine details.
// This file only gives each test a fresh store and closes it after; what the store must do is in
// contract/, one module per feature, so that a feature is specified, and read, in one place.

import { afterEach, beforeEach, describe } from "vitest";
import { describeAnalysesContract } from "./contract/analyses.js";
import { describeDocumentsContract } from "./contract/documents.js";
import { describeEmptyStoreContract } from "./contract/empty-store.js";
import { describeEntitiesContract } from "./contract/entities.js";
import { describeExportContract } from "./contract/export.js";
import type { ContractStore } from "./contract/fixtures.js";
import { describeLineageContract } from "./contract/lineage.js";
import { describeListsContract } from "./contract/lists.js";
import { describeMetadataContract } from "./contract/metadata.js";
import { describeMetricsContract } from "./contract/metrics.js";
import { describeReadsContract } from "./contract/reads.js";
import { describeRelationsContract } from "./contract/relations.js";
import { describeSearchContract } from "./contract/search.js";

export type { ContractStore } from "./contract/fixtures.js";

export function describeStoreContract(name: string, makeStore: () => Promise<ContractStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: ContractStore;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    // Each module takes the test's store from this getter in a beforeEach of its own, which runs
    // after the one above has opened it and before any setup of the module's cases.
    const getStore = (): ContractStore => store;
    describeEmptyStoreContract(getStore);
    describeDocumentsContract(getStore);
    describeReadsContract(getStore);
    describeLineageContract(getStore);
    describeEntitiesContract(getStore);
    describeSearchContract(getStore);
    describeListsContract(getStore);
    describeRelationsContract(getStore);
    describeAnalysesContract(getStore);
    describeMetadataContract(getStore);
    describeMetricsContract(getStore);
    describeExportContract(getStore);
  });
}
