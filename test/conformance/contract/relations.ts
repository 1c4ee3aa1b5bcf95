// A resolution's edges as the API's fields read them: what it recalls and what recalls it, the
// states it concerns, their recorded votes, and its sponsors (brought by a linked analysis page).
// One list per key in the keys' order, each list in a fixed order, as the DataLoaders need.

import { beforeEach, describe, expect, it } from "vitest";
import type { AnalysisLink } from "../../../src/graph/port.js";
import {
  analysisPage as page,
  analysisPageSource as pageSource,
  cambodia,
  hrc3632,
  listCorpus,
  recallingSelf,
  source,
} from "../documents.js";
import { country, ingestAll, type ContractStore } from "./fixtures.js";

export function describeRelationsContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  // Every case on listCorpus runs under this title, here and in entities.ts and lists.ts: the test
  // names it gives are what reports key on.
  describe("the API's lists and fields", () => {
    beforeEach(async () => {
      await ingestAll(store, listCorpus);
    });

    describe("recallsOf", () => {
      it("gives what each resolution recalls, by the recalled one's date then symbol, stubs (no date) first", async () => {
        const [of3632, of74246, ofStub, unknown] = await store.recallsOf(["A/HRC/RES/36/32", "A/RES/74/246", "A/RES/70/1", "nope"], "out");
        expect(of3632).toEqual([
          { from: "A/HRC/RES/36/32", to: "A/RES/217(III)", verbs: ["Reaffirming"], paragraphs: ["pp2"] },
          { from: "A/HRC/RES/36/32", to: "A/RES/70/1", verbs: ["Recalling"], paragraphs: ["pp1"] },
          { from: "A/HRC/RES/36/32", to: "A/HRC/RES/33/22", verbs: ["Recalling"], paragraphs: ["pp1", "op1(a)"] },
        ]);
        expect(of74246?.map((e) => e.to)).toEqual(["A/RES/73/264", "A/HRC/RES/36/32"]);
        expect(ofStub).toEqual([]);
        expect(unknown).toEqual([]);
      });

      it("gives what recalls each resolution, stubs included, by the recalling one's date", async () => {
        const [into3632, intoStub, into70, again] = await store.recallsOf(
          ["A/HRC/RES/36/32", "A/RES/73/264", "A/RES/70/1", "A/HRC/RES/36/32"],
          "in",
        );
        expect(into3632).toEqual([{ from: "A/RES/74/246", to: "A/HRC/RES/36/32", verbs: ["Recalling"], paragraphs: ["pp1"] }]);
        expect(intoStub).toEqual([{ from: "A/RES/74/246", to: "A/RES/73/264", verbs: ["Recalling"], paragraphs: ["pp1"] }]);
        expect(into70?.map((e) => e.from)).toEqual(["A/HRC/RES/33/22", "A/HRC/RES/36/32"]);
        expect(again).toEqual(into3632);
        expect(await store.recallsOf([], "in")).toEqual([]);
      });

      it("lists a self-citation in both directions", async () => {
        await store.upsertDocument(recallingSelf, source("A/RES/1/1"));
        const edge = { from: "A/RES/1/1", to: "A/RES/1/1", verbs: ["Recalling"], paragraphs: ["pp1"] };
        expect(await store.recallsOf(["A/RES/1/1"], "out")).toEqual([[edge]]);
        expect(await store.recallsOf(["A/RES/1/1"], "in")).toEqual([[edge]]);
      });
    });

    describe("concernsOf and votesOf", () => {
      it("gives the states each resolution concerns, by name", async () => {
        expect(await store.concernsOf(["S/RES/2046 (2012)", "A/HRC/RES/39/1", "A/HRC/RES/36/32", "nope", "S/RES/2046 (2012)"])).toEqual([
          [country("SSD", "South Sudan"), country("SDN", "Sudan")],
          [country("KHM", "Cambodia")],
          [],
          [],
          [country("SSD", "South Sudan"), country("SDN", "Sudan")],
        ]);
        expect(await store.concernsOf([])).toEqual([]);
      });

      it("gives the recorded votes: yes, then no, then abstain, each by state name", async () => {
        const [ga, hrc, none] = await store.votesOf(["A/RES/74/246", "A/HRC/RES/39/1", "A/HRC/RES/33/22"]);
        expect(ga?.map((v) => `${v.vote} ${v.country.key} ${v.country.name}`)).toEqual([
          "yes ARG Argentina",
          "yes NLD Netherlands",
          "yes NER Niger",
          "yes TUR Türkiye",
          "no CHN China",
          "no MMR Myanmar",
          "abstain IND India",
          "abstain JPN Japan",
          "abstain TKM Turkmenistan",
        ]);
        expect(hrc).toEqual([
          { country: country("KHM", "Cambodia"), vote: "yes" },
          { country: country("JPN", "Japan"), vote: "yes" },
          { country: country("VEN", "Venezuela (Bolivarian Republic of)"), vote: "no" },
        ]);
        expect(none).toEqual([]);
        expect(await store.votesOf([])).toEqual([]);
      });
    });
  });

  // Sponsors come from linking an analysis page, and their test names say so: they run under the
  // title of analyses.ts.
  describe("analysis pages", () => {
    describe("sponsors (SPONSORED, from linked pages)", () => {
      const symbol = hrc3632.resolution.symbol;
      const japan = { code: "JPN", name: "Japan" };
      const cambodiaRef = { code: "KHM", name: "Cambodia" };
      const link = (key: string, sponsors: { code: string; name: string }[], to: string | null = symbol): AnalysisLink => ({
        key,
        resolution: to === null ? null : { symbol: to, score: 0.5 },
        matches: [],
        sponsors,
      });
      const country = (code: string, name: string) => ({ label: "Country", key: code, name });

      it("links sponsors, by name then code, and relinking without them removes them", async () => {
        await store.upsertDocument(hrc3632, source(symbol));
        await store.upsertAnalysis("analysis", page, pageSource);
        const before = await store.graphCounts();
        await store.linkAnalyses([link("analysis", [japan, cambodiaRef])]);
        expect(await store.sponsorsOf([symbol, "A/RES/1/1", symbol])).toEqual([
          [country("KHM", "Cambodia"), country("JPN", "Japan")],
          [],
          [country("KHM", "Cambodia"), country("JPN", "Japan")],
        ]);
        const linked = await store.graphCounts();
        expect(linked.relationships.SPONSORED).toBe(2);
        // Neither state is named by the resolution: both Country nodes are created, with their names.
        expect(linked.nodes.Country).toBe(before.nodes.Country + 2);
        expect(await store.entitiesByKeys([{ label: "Country", key: "JPN" }])).toEqual([country("JPN", "Japan")]);
        // Linking again is idempotent.
        await store.linkAnalyses([link("analysis", [japan, cambodiaRef])]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(2);

        await store.linkAnalyses([link("analysis", [])]);
        expect(await store.sponsorsOf([symbol])).toEqual([[]]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
        await store.linkAnalyses([link("analysis", [japan])]);
        await store.linkAnalyses([link("analysis", [japan], null)]);
        expect(await store.sponsorsOf([symbol])).toEqual([[]]);
        expect(await store.sponsorsOf([])).toEqual([]);
      });

      it("drops a state that was only a sponsor with its last sponsorship, and keeps one named elsewhere", async () => {
        const iceland = { code: "ISL", name: "Iceland" };
        await store.upsertDocument(hrc3632, source(symbol));
        await store.upsertDocument(cambodia, source(cambodia.resolution.symbol));
        await store.upsertAnalysis("analysis", page, pageSource);
        await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
        const before = await store.graphCounts();
        const known = async () => (await store.entitiesByKeys([{ label: "Country", key: "ISL" }, { label: "Country", key: "KHM" }])).map((e) => e?.key ?? null);
        // Cambodia is named by a loaded resolution; Iceland exists only as a sponsor.
        expect(await known()).toEqual([null, "KHM"]);
        await store.linkAnalyses([link("analysis", [iceland, cambodiaRef]), link("other", [iceland])]);
        expect(await known()).toEqual(["ISL", "KHM"]);
        // One of Iceland's two sponsorships goes: it stays.
        await store.linkAnalyses([link("analysis", [])]);
        expect(await known()).toEqual(["ISL", "KHM"]);
        // Its last one goes: so does it, and Cambodia, still named, stays.
        await store.linkAnalyses([link("other", [cambodiaRef])]);
        await store.linkAnalyses([link("other", [], null)]);
        expect(await known()).toEqual([null, "KHM"]);
        expect((await store.graphCounts()).nodes).toEqual(before.nodes);

        // Deleting the sponsored resolution (nobody cites it) takes its sponsor-only states along.
        await store.linkAnalyses([link("analysis", [iceland])]);
        expect(await known()).toEqual(["ISL", "KHM"]);
        expect(await store.deleteDocument(symbol)).toBe(true);
        expect(await known()).toEqual([null, "KHM"]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
      });

      it("keeps a state that one page drops and another adds in the same call: the node it was, with its name", async () => {
        const iceland = { code: "ISL", name: "Iceland" };
        await store.upsertDocument(hrc3632, source(symbol));
        await store.upsertAnalysis("analysis", page, pageSource);
        await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
        await store.linkAnalyses([link("analysis", [iceland])]);
        await store.linkAnalyses([link("analysis", []), link("other", [{ code: "ISL", name: "Republic of Iceland" }])]);
        expect(await store.sponsorsOf([symbol])).toEqual([[country("ISL", "Iceland")]]);
      });

      it("keeps each page's sponsorships apart: two pages sponsoring one resolution", async () => {
        await store.upsertDocument(hrc3632, source(symbol));
        await store.upsertAnalysis("analysis", page, pageSource);
        await store.upsertAnalysis("other", { ...page, title: "Other" }, { path: "seeds/other.txt", hash: "c".repeat(64) });
        await store.linkAnalyses([link("analysis", [japan, cambodiaRef]), link("other", [japan])]);
        expect(await store.sponsorsOf([symbol])).toEqual([[country("KHM", "Cambodia"), country("JPN", "Japan")]]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(3);

        // Relinking one page leaves the other's edges alone.
        await store.linkAnalyses([link("analysis", [])]);
        expect(await store.sponsorsOf([symbol])).toEqual([[country("JPN", "Japan")]]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(1);
        await store.linkAnalyses([link("other", [], null)]);
        expect(await store.sponsorsOf([symbol])).toEqual([[]]);
        expect((await store.graphCounts()).relationships.SPONSORED).toBe(0);
      });
    });
  });
}
