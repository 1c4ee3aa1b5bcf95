// The UN's per-resolution metadata (upsertMetadata): matched to resolutions by symbol, loaded before
// or after the text, replaced on its own, never touched by a text and never touching it; and what
// it brings to the reads: sponsorships, subjects, votes (one per state, the metadata's first), a
// state's votes, the filters by subject and sponsor, and the format each text was read from.

import { beforeEach, describe, expect, it } from "vitest";
import type { ResolutionDocument, ResolutionMetadata, SourceInfo } from "../../../src/domain.js";
import { analysisPage as page, analysisPageSource as pageSource, gaMyanmar, hrc3632, source } from "../documents.js";
import { country, type ContractStore } from "./fixtures.js";

const SYMBOL = gaMyanmar.resolution.symbol;

const metaSource = (version = 1): SourceInfo => ({ path: "metadata/ga.jsonl", hash: `meta:${SYMBOL}@v${version}`.padEnd(64, "0") });

const metadata: ResolutionMetadata = {
  symbol: SYMBOL,
  adoptionType: "Recorded vote",
  originatingDocument: "A/74/399/Add.3",
  committee: "Third Committee",
  agendaItem: "Agenda item 70 (c)",
  verbatimRecord: "A/74/PV.50",
  voteCounts: { yes: 134, no: 9, abstain: 28 },
  votes: [
    { country: "MMR", name: "Myanmar", vote: "no" },
    // The text says Japan abstained; the metadata's vote wins.
    { country: "JPN", name: "Japan", vote: "yes" },
    { country: "FRA", name: "France", vote: "yes" },
  ],
  sponsors: [
    { country: "FIN", name: "Finland", additional: false },
    { country: "TUR", name: "Türkiye", additional: false },
    { country: "CAN", name: "Canada", additional: true },
  ],
  subjects: [
    { scheme: "UNBIS", key: "HUMAN RIGHTS", label: "HUMAN RIGHTS" },
    { scheme: "SDG", key: "16", label: "Peace, justice and strong institutions" },
    { scheme: "UNBIS", key: "HUMAN RIGHTS", label: "HUMAN RIGHTS" },
  ],
};

const withSubjects = (doc: ResolutionDocument, format: ResolutionDocument["format"]): ResolutionDocument => ({
  ...doc,
  format,
  subjects: [
    { scheme: "UNBIS", key: "MINORITIES", label: "MINORITIES" },
    { scheme: "UNBIS", key: "HUMAN RIGHTS", label: "Human rights (as the text prints it)" },
  ],
});

const votesLine = (votes: { vote: string; country: { key: string } }[] | undefined): string[] => (votes ?? []).map((v) => `${v.vote} ${v.country.key}`);

export function describeMetadataContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  describe("the UN's metadata", () => {
    it("loaded before the text: a stub carries it, the text fills the stub and keeps it", async () => {
      expect(await store.upsertMetadata([{ metadata, source: metaSource() }])).toEqual([{ symbol: SYMBOL, status: "created", loaded: false }]);
      const [stub] = await store.resolutionNodes([SYMBOL]);
      expect(stub).toEqual({
        symbol: SYMBOL,
        stub: true,
        metadata: {
          adoptionType: "Recorded vote",
          originatingDocument: "A/74/399/Add.3",
          committee: "Third Committee",
          agendaItem: "Agenda item 70 (c)",
          verbatimRecord: "A/74/PV.50",
          votes: { yes: 134, no: 9, abstain: 28 },
          source: metaSource(),
        },
      });
      expect(await store.sourceFormatsOf([SYMBOL])).toEqual([null]);
      expect((await store.subjectsOf([SYMBOL]))[0]?.map((s) => s.id)).toEqual(["SDG:16", "UNBIS:HUMAN RIGHTS"]);

      expect((await store.upsertDocument(gaMyanmar, source(SYMBOL))).status).toBe("created");
      const [loaded] = await store.resolutionNodes([SYMBOL]);
      expect(loaded?.stub).toBe(false);
      expect(loaded?.metadata?.committee).toBe("Third Committee");
      // The text's counts stand: it gives them.
      expect(loaded?.record?.votes).toEqual(gaMyanmar.resolution.votes);
      expect(await store.sourceFormatsOf([SYMBOL, "nope"])).toEqual(["text", null]);
      // Same metadata again: unchanged, and it says the text is loaded now.
      expect(await store.upsertMetadata([{ metadata, source: metaSource() }])).toEqual([{ symbol: SYMBOL, status: "unchanged", loaded: true }]);
    });

    it("loaded after the text: the same answers as loaded before it", async () => {
      // One resolution gets its metadata first, a copy of it under another symbol gets it last.
      const OTHER = "A/RES/74/999";
      const copy: ResolutionDocument = { ...gaMyanmar, resolution: { ...gaMyanmar.resolution, symbol: OTHER } };
      expect(await store.upsertMetadata([{ metadata, source: metaSource() }])).toEqual([{ symbol: SYMBOL, status: "created", loaded: false }]);
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      await store.upsertDocument(copy, source(OTHER));
      expect(await store.upsertMetadata([{ metadata: { ...metadata, symbol: OTHER }, source: metaSource() }])).toEqual([
        { symbol: OTHER, status: "created", loaded: true },
      ]);
      const [first, last] = await store.resolutionNodes([SYMBOL, OTHER]);
      expect({ ...last, symbol: SYMBOL, record: { ...last?.record, symbol: SYMBOL, source: source(SYMBOL) } }).toEqual(first);
      const [v1, v2] = await store.votesOf([SYMBOL, OTHER]);
      expect(v2).toEqual(v1);
      const [s1, s2] = await store.sponsorshipsOf([SYMBOL, OTHER]);
      expect(s2).toEqual(s1);
      const [t1, t2] = await store.subjectsOf([SYMBOL, OTHER]);
      expect(t2).toEqual(t1);
      expect(await store.resolutionsOfSubjects(["SDG:16"])).toEqual([[SYMBOL, OTHER]]);
    });

    it("replacing the text keeps the metadata's facts; deleting it keeps them on a stub", async () => {
      await store.upsertDocument(withSubjects(gaMyanmar, "akn"), source(SYMBOL));
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      expect(await store.sourceFormatsOf([SYMBOL])).toEqual(["akn"]);
      expect((await store.subjectsOf([SYMBOL]))[0]?.map((s) => s.id)).toEqual(["SDG:16", "UNBIS:HUMAN RIGHTS", "UNBIS:MINORITIES"]);

      // A plain-text version without subjects replaces it: the text's subject goes, the metadata's stay.
      expect((await store.upsertDocument({ ...gaMyanmar, format: "pdf" }, source(SYMBOL, 2))).status).toBe("replaced");
      expect(await store.sourceFormatsOf([SYMBOL])).toEqual(["pdf"]);
      expect((await store.subjectsOf([SYMBOL]))[0]?.map((s) => s.id)).toEqual(["SDG:16", "UNBIS:HUMAN RIGHTS"]);
      expect(await store.subjectsByKeys(["UNBIS:MINORITIES", "UNBIS:HUMAN RIGHTS"])).toEqual([
        null,
        // The first to name a subject names it: the AKN text did.
        { id: "UNBIS:HUMAN RIGHTS", scheme: "UNBIS", key: "HUMAN RIGHTS", label: "Human rights (as the text prints it)" },
      ]);
      expect((await store.sponsorshipsOf([SYMBOL]))[0]).toHaveLength(3);
      expect(votesLine((await store.votesOf([SYMBOL]))[0])).toContain("yes FRA");

      expect(await store.deleteDocument(SYMBOL)).toBe(true);
      const [stub] = await store.resolutionNodes([SYMBOL]);
      expect(stub?.stub).toBe(true);
      expect(stub?.metadata?.verbatimRecord).toBe("A/74/PV.50");
      expect(await store.sourceFormatsOf([SYMBOL])).toEqual([null]);
      expect(votesLine((await store.votesOf([SYMBOL]))[0])).toEqual(["yes FRA", "yes JPN", "no MMR"]);
      expect((await store.sponsorsOf([SYMBOL]))[0]?.map((c) => c.key)).toEqual(["CAN", "FIN", "TUR"]);
    });

    it("replacing the metadata replaces only its own facts, and prunes what only it named", async () => {
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      const before = await store.graphCounts();
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      const changed: ResolutionMetadata = {
        symbol: SYMBOL,
        adoptionType: "Without a vote",
        votes: [],
        sponsors: [{ country: "FIN", name: "Finland", additional: true }],
        subjects: [],
      };
      expect(await store.upsertMetadata([{ metadata: changed, source: metaSource(2) }])).toEqual([{ symbol: SYMBOL, status: "replaced", loaded: true }]);
      const [node] = await store.resolutionNodes([SYMBOL]);
      expect(node?.metadata).toEqual({ adoptionType: "Without a vote", source: metaSource(2) });
      expect(node?.record).toEqual({ ...gaMyanmar.resolution, source: source(SYMBOL) });
      // The text's votes are back (Japan abstains again); France, Canada and Türkiye's sponsorship go.
      expect(votesLine((await store.votesOf([SYMBOL]))[0])).toEqual([
        "yes ARG",
        "yes NLD",
        "yes NER",
        "yes TUR",
        "no CHN",
        "no MMR",
        "abstain IND",
        "abstain JPN",
        "abstain TKM",
      ]);
      expect(await store.sponsorshipsOf([SYMBOL])).toEqual([[{ country: country("FIN", "Finland"), source: "metadata", additional: true }]]);
      expect(await store.subjectsOf([SYMBOL])).toEqual([[]]);
      const after = await store.graphCounts();
      expect(after.nodes).toEqual({ ...before.nodes, Country: before.nodes.Country + 1 });
      expect(after.relationships).toEqual({ ...before.relationships, SPONSORED: 1 });
    });

    it("gives the metadata's counts when the text gives none", async () => {
      const text = { ...gaMyanmar, resolution: { ...gaMyanmar.resolution } };
      delete text.resolution.votes;
      await store.upsertDocument(text, source(SYMBOL));
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      expect((await store.resolutionsBySymbols([SYMBOL]))[0]?.votes).toEqual({ yes: 134, no: 9, abstain: 28 });
    });

    it("reports a bad record in its slot and writes the others", async () => {
      const bad = { ...metadata, symbol: "A/RES/1/1", votes: [{ country: "FRA", name: "France", vote: "maybe" as never }] };
      const results = await store.upsertMetadata([
        { metadata: bad, source: metaSource(3) },
        { metadata, source: metaSource() },
      ]);
      expect(results[0]).toBeInstanceOf(Error);
      expect(results[1]).toEqual({ symbol: SYMBOL, status: "created", loaded: false });
      expect(await store.resolutionNodes(["A/RES/1/1"])).toEqual([null]);
      expect(await store.upsertMetadata([])).toEqual([]);
    });

    it("lists sponsorships from analysis pages and metadata, each state once among the sponsors", async () => {
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      await store.upsertAnalysis("analysis", page, pageSource);
      await store.linkAnalyses([
        { key: "analysis", resolution: { symbol: SYMBOL, score: 0.5 }, matches: [], sponsors: [{ code: "FIN", name: "Finland" }, { code: "ISL", name: "Iceland" }] },
      ]);
      expect(await store.sponsorshipsOf([SYMBOL, "nope"])).toEqual([
        [
          { country: country("CAN", "Canada"), source: "metadata", additional: true },
          { country: country("FIN", "Finland"), source: "analysis", additional: false, analysis: "analysis" },
          { country: country("FIN", "Finland"), source: "metadata", additional: false },
          { country: country("ISL", "Iceland"), source: "analysis", additional: false, analysis: "analysis" },
          { country: country("TUR", "Türkiye"), source: "metadata", additional: false },
        ],
        [],
      ]);
      expect((await store.sponsorsOf([SYMBOL]))[0]?.map((c) => c.key)).toEqual(["CAN", "FIN", "ISL", "TUR"]);
      expect((await store.findResolutions({ filter: { sponsor: "CAN" }, orderBy: "SYMBOL_ASC", first: 10, offset: 0 })).items.map((n) => n.symbol)).toEqual([SYMBOL]);
      expect((await store.findResolutions({ filter: { sponsor: "ISL" }, orderBy: "SYMBOL_ASC", first: 10, offset: 0 })).totalCount).toBe(1);
      expect((await store.findResolutions({ filter: { sponsor: "CHN" }, orderBy: "SYMBOL_ASC", first: 10, offset: 0 })).totalCount).toBe(0);
    });

    it("gives one vote per state, the metadata's first, and a state's votes filtered by vote", async () => {
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      await store.upsertDocument(hrc3632, source(hrc3632.resolution.symbol));
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      expect(votesLine((await store.votesOf([SYMBOL]))[0])).toEqual([
        "yes ARG",
        "yes FRA",
        "yes JPN",
        "yes NLD",
        "yes NER",
        "yes TUR",
        "no CHN",
        "no MMR",
        "abstain IND",
        "abstain TKM",
      ]);
      expect(await store.votesOfCountries(["JPN", "MMR", "XXX"])).toEqual([
        [{ resolution: SYMBOL, vote: "yes" }],
        [{ resolution: SYMBOL, vote: "no" }],
        [],
      ]);
      expect(await store.votesOfCountries(["JPN", "IND"], "abstain")).toEqual([[], [{ resolution: SYMBOL, vote: "abstain" }]]);
      expect(await store.votesOfCountries(["JPN"], "yes")).toEqual([[{ resolution: SYMBOL, vote: "yes" }]]);
      expect(await store.votesOfCountries([])).toEqual([]);
      await expect(store.votesOfCountries(["JPN"], "maybe" as never)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    });

    it("gives a stub from its metadata its title, date and meeting; a loaded text's own win", async () => {
      const dated: ResolutionMetadata = { ...metadata, title: "Rohingya (as the metadata prints it)", adoptedOn: "2019-12-30", meeting: "52nd plenary meeting" };
      await store.upsertMetadata([{ metadata: dated, source: metaSource() }]);
      const [stub] = await store.resolutionNodes([SYMBOL]);
      expect(stub?.stub).toBe(true);
      expect(stub?.record).toBeUndefined();
      expect(stub?.metadata).toMatchObject({ title: "Rohingya (as the metadata prints it)", adoptedOn: "2019-12-30", meeting: "52nd plenary meeting" });

      // The text is loaded: its own values stand, the metadata keeps its.
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      const [loaded] = await store.resolutionNodes([SYMBOL]);
      expect(loaded?.record).toEqual({ ...gaMyanmar.resolution, source: source(SYMBOL) });
      expect(loaded?.metadata).toMatchObject({ title: "Rohingya (as the metadata prints it)", adoptedOn: "2019-12-30", meeting: "52nd plenary meeting" });

      // Deleting the text keeps them on the stub.
      expect(await store.deleteDocument(SYMBOL)).toBe(true);
      const [again] = await store.resolutionNodes([SYMBOL]);
      expect(again?.stub).toBe(true);
      expect(again?.metadata).toMatchObject({ title: "Rohingya (as the metadata prints it)", adoptedOn: "2019-12-30", meeting: "52nd plenary meeting" });

      // Replacing the metadata replaces them: absent ones go.
      expect(await store.upsertMetadata([{ metadata: { ...metadata, title: "Another title", adoptedOn: "2019-12-31" }, source: metaSource(2) }])).toEqual([
        { symbol: SYMBOL, status: "replaced", loaded: false },
      ]);
      const [replaced] = await store.resolutionNodes([SYMBOL]);
      expect(replaced?.metadata?.title).toBe("Another title");
      expect(replaced?.metadata?.adoptedOn).toBe("2019-12-31");
      expect(replaced?.metadata).not.toHaveProperty("meeting");
      await store.upsertMetadata([{ metadata, source: metaSource(3) }]);
      const [bare] = await store.resolutionNodes([SYMBOL]);
      expect(bare?.metadata).not.toHaveProperty("title");
      expect(bare?.metadata).not.toHaveProperty("adoptedOn");
    });

    it("refuses a metadata date that is not YYYY-MM-DD, in its slot", async () => {
      const results = await store.upsertMetadata([{ metadata: { ...metadata, adoptedOn: "27 December 2019" }, source: metaSource() }]);
      expect(results[0]).toBeInstanceOf(Error);
      expect(await store.resolutionNodes([SYMBOL])).toEqual([null]);
    });

    it("orders a resolution known only from its metadata by the metadata's date, in a state's votes and in the lists", async () => {
      // A/RES/74/246 (the text, 2019-12-27, Japan abstains) and three stubs from metadata where Japan
      // votes: one undated (first), one of 2018 (before the text), one of 2025 (after it, though its
      // symbol sorts first). The metadata of the text says 2030: the text's own date stands.
      await store.upsertDocument(gaMyanmar, source(SYMBOL));
      const jpn = (symbol: string, vote: "yes" | "no" | "abstain", adoptedOn?: string): ResolutionMetadata => ({
        symbol,
        ...(adoptedOn ? { adoptedOn } : {}),
        votes: [{ country: "JPN", name: "Japan", vote }],
        sponsors: [],
        subjects: [],
      });
      const hash = (n: number): SourceInfo => ({ path: "metadata/ga.jsonl", hash: `order@${n}`.padEnd(64, "0") });
      const results = await store.upsertMetadata([
        { metadata: jpn("A/RES/10/1", "yes", "2025-01-02"), source: hash(1) },
        { metadata: jpn("A/RES/99/1", "no", "2018-01-01"), source: hash(2) },
        { metadata: jpn("A/RES/99/2", "yes"), source: hash(3) },
        { metadata: { ...jpn(SYMBOL, "abstain", "2030-01-01"), votes: [] }, source: hash(4) },
      ]);
      expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(["created", "created", "created", "created"]);
      const order = ["A/RES/99/2", "A/RES/99/1", SYMBOL, "A/RES/10/1"];
      expect((await store.votesOfCountries(["JPN"]))[0]?.map((v) => v.resolution)).toEqual(order);
      expect((await store.votesOfCountries(["JPN"], "yes"))[0]?.map((v) => v.resolution)).toEqual(["A/RES/99/2", "A/RES/10/1"]);
      const list = (orderBy: "ADOPTED_ASC" | "ADOPTED_DESC") =>
        store.findResolutions({ filter: { includeStubs: true }, orderBy, first: 10, offset: 0 }).then((p) => p.items.map((n) => n.symbol));
      // The stubs the text cites have no metadata: undated, by symbol.
      const cited = ["A/HRC/RES/36/32", "A/RES/73/264"];
      expect(await list("ADOPTED_ASC")).toEqual([...cited, ...order]);
      expect(await list("ADOPTED_DESC")).toEqual(["A/RES/10/1", SYMBOL, "A/RES/99/1", ...cited, "A/RES/99/2"]);

      // What the text recalls: two stubs, by symbol while undated; the second by its metadata's date
      // once it carries one, after the undated one.
      const recalled = async () => (await store.recallsOf([SYMBOL], "out"))[0]?.map((e) => e.to);
      expect(await recalled()).toEqual(cited);
      await store.upsertMetadata([{ metadata: jpn("A/HRC/RES/36/32", "yes", "2017-09-29"), source: hash(6) }]);
      expect(await recalled()).toEqual(["A/RES/73/264", "A/HRC/RES/36/32"]);

      // Replacing a stub's metadata moves it.
      await store.upsertMetadata([{ metadata: jpn("A/RES/10/1", "yes", "2017-06-30"), source: hash(5) }]);
      expect((await store.votesOfCountries(["JPN"]))[0]?.map((v) => v.resolution)).toEqual(["A/RES/99/2", "A/RES/10/1", "A/HRC/RES/36/32", "A/RES/99/1", SYMBOL]);
    });

    it("finds resolutions about a subject, from a text or from metadata, stubs included", async () => {
      await store.upsertDocument(withSubjects(hrc3632, "akn"), source(hrc3632.resolution.symbol));
      await store.upsertMetadata([{ metadata, source: metaSource() }]);
      expect(await store.resolutionsOfSubjects(["UNBIS:HUMAN RIGHTS", "UNBIS:MINORITIES", "SDG:16", "SDG:1"])).toEqual([
        [hrc3632.resolution.symbol, SYMBOL],
        [hrc3632.resolution.symbol],
        [SYMBOL],
        [],
      ]);
      const about = (key: string, includeStubs = false) =>
        store.findResolutions({ filter: { subject: key, includeStubs }, orderBy: "SYMBOL_ASC", first: 10, offset: 0 }).then((p) => p.items.map((n) => n.symbol));
      expect(await about("UNBIS:HUMAN RIGHTS")).toEqual([hrc3632.resolution.symbol]);
      expect(await about("UNBIS:HUMAN RIGHTS", true)).toEqual([hrc3632.resolution.symbol, SYMBOL]);
      expect((await store.graphCounts()).nodes.Subject).toBe(3);
      expect((await store.graphCounts()).relationships.ABOUT).toBe(4);
    });
  });
}
