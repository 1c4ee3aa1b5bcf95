// Entities (states, laws, persons, instruments, organizations) as nodes of their own: found by key,
// found by name, and counted by the paragraphs that name them together. Many documents name one
// entity, so which name it keeps and how a name is matched are fixed here, once for both engines.

import { beforeEach, describe, expect, it } from "vitest";
import type { ResolutionDocument } from "../../../src/domain.js";
import { cambodia, cambodiaEarlier, hrc3632, listCorpus, source, tinyDocument } from "../documents.js";
import { country, ingestAll, type ContractStore } from "./fixtures.js";

export function describeEntitiesContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("entitiesByKeys", () => {
    it("finds entities by label and key, with a law's country, one per key in order", async () => {
      await ingestAll(store, [hrc3632, cambodia]);
      expect(
        await store.entitiesByKeys([
          { label: "Law", key: "KHM:Land Law" },
          { label: "Country", key: "MMR" },
          { label: "Person", key: "MMR" },
          { label: "Country", key: "JPN" },
          { label: "Country", key: "MMR" },
        ]),
      ).toEqual([
        { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" },
        { label: "Country", key: "MMR", name: "Myanmar" },
        null,
        { label: "Country", key: "JPN", name: "Japan" },
        { label: "Country", key: "MMR", name: "Myanmar" },
      ]);
      expect(await store.entitiesByKeys([])).toEqual([]);
    });

    it("keeps the name the first document gave an entity, whatever is loaded later", async () => {
      const first = tinyDocument("A/RES/70/1", "2015-09-25");
      const text = first.paragraphs[0]!.text;
      const naming = (doc: ResolutionDocument, name: string): ResolutionDocument => ({
        ...doc,
        mentions: [{ paragraph: doc.paragraphs[0]!.key, kind: "country", name, id: "MMR", start: 0, end: Math.min(3, text.length) }],
      });
      await store.upsertDocument(naming(first, "Myanmar"), source("A/RES/70/1"));
      await store.upsertDocument(naming(tinyDocument("A/RES/70/2", "2015-09-26"), "Burma"), source("A/RES/70/2"));
      expect(await store.entitiesByKeys([{ label: "Country", key: "MMR" }])).toEqual([{ label: "Country", key: "MMR", name: "Myanmar" }]);
    });
  });

  describe("coMentions", () => {
    beforeEach(async () => {
      await ingestAll(store, [hrc3632, cambodia, cambodiaEarlier]);
    });

    it("counts shared paragraphs and their resolutions, most paragraphs first, then label and key", async () => {
      // Tied on paragraphs: Law before Person.
      expect(await store.coMentions({ label: "Country", key: "KHM" }, 10)).toEqual([
        { entity: { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" }, paragraphs: 2, resolutions: 2 },
        { entity: { label: "Person", key: "Rhona Smith", name: "Rhona Smith" }, paragraphs: 2, resolutions: 1 },
      ]);
      expect(await store.coMentions({ label: "Person", key: "Rhona Smith" }, 10)).toEqual([
        { entity: { label: "Country", key: "KHM", name: "Cambodia" }, paragraphs: 2, resolutions: 1 },
        { entity: { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" }, paragraphs: 1, resolutions: 1 },
      ]);
    });

    it("honours the limit and knows no co-mentions of an unknown or lonely entity", async () => {
      expect((await store.coMentions({ label: "Person", key: "Rhona Smith" }, 1)).map((c) => c.entity.key)).toEqual(["KHM"]);
      expect(await store.coMentions({ label: "Person", key: "Rhona Smith" }, 0)).toEqual([]);
      expect(await store.coMentions({ label: "Person", key: "Nobody" }, 5)).toEqual([]);
      expect(await store.coMentions({ label: "Instrument", key: "Universal Declaration of Human Rights" }, 5)).toEqual([]);
      await expect(store.coMentions({ label: "Country", key: "KHM" }, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      // Once BAD_USER_INPUT on Neo4j and [] on SQLite: an unknown label is a caller's mistake.
      await expect(store.coMentions({ label: "Planet" as "Country", key: "KHM" }, 5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });
  });

  // Every case on listCorpus runs under this title, here and in lists.ts and relations.ts: the test
  // names it gives are what reports key on.
  describe("the API's lists and fields", () => {
    beforeEach(async () => {
      await ingestAll(store, listCorpus);
    });

    describe("findEntities", () => {
      const names = async (label: Parameters<ContractStore["findEntities"]>[0], name: string, limit = 10) =>
        (await store.findEntities(label, name, limit)).map((e) => e.name);

      it("puts exact matches (name or key, any case) before prefix matches, then orders by name", async () => {
        // Türkiye's key is exactly "TUR"; Turkmenistan only starts with it, and sorts first by name.
        expect(await store.findEntities("Country", "tur", 10)).toEqual([country("TUR", "Türkiye"), country("TKM", "Turkmenistan")]);
        expect(await names("Country", "sudan")).toEqual(["Sudan"]);
        expect(await names("Country", "s")).toEqual(["South Sudan", "Sudan"]);
        expect(await names("Country", "c")).toEqual(["Cambodia", "China"]);
        expect(await names("Country", "MMR")).toEqual(["Myanmar"]);
      });

      it("is case-insensitive beyond ASCII", async () => {
        expect(await names("Country", "TÜRK")).toEqual(["Türkiye"]);
        expect(await names("Country", "türkiye")).toEqual(["Türkiye"]);
      });

      it("matches a key's prefix too, keeps labels apart, and gives a law's state", async () => {
        const law = { label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" };
        expect(await store.findEntities("Law", "khm:", 5)).toEqual([law]);
        expect(await store.findEntities("Law", "LAND law", 5)).toEqual([law]);
        expect(await store.findEntities("Person", "rhona", 5)).toEqual([{ label: "Person", key: "Rhona Smith", name: "Rhona Smith" }]);
        expect(await names("Person", "sudan")).toEqual([]);
        expect(await names("Organization", "office")).toEqual(["Office of the United Nations High Commissioner for Human Rights"]);
      });

      it("honours the limit; the empty name is a prefix of every name", async () => {
        expect(await names("Country", "n")).toEqual(["Netherlands", "Niger"]);
        expect(await names("Country", "n", 1)).toEqual(["Netherlands"]);
        expect(await names("Country", "tur", 1)).toEqual(["Türkiye"]);
        expect(await names("Country", "tur", 0)).toEqual([]);
        expect(await names("Instrument", "")).toEqual(["Charter of the United Nations", "Universal Declaration of Human Rights"]);
      });

      it("takes wildcards and quotes literally and refuses a bad limit or label", async () => {
        for (const text of ["%", "_", "*", "' OR 1=1 --", '"', "\\"]) expect(await names("Country", text)).toEqual([]);
        await expect(store.findEntities("Country", "tur", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(store.findEntities("Planet" as "Country", "tur", 1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
    });
  });
}
