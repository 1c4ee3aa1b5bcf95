// The API's filtered and paged lists: findResolutions, findParagraphs and resolutionsOfCountries, on
// listCorpus (seven texts, four stubs). Clients page through them by offset, so every filter, order
// and page window is checked against an exact, ordered answer and its total.

import { beforeEach, describe, expect, it } from "vitest";
import type { FindParagraphsArgs, FindResolutionsArgs } from "../../../src/graph/port.js";
import { cambodia, listCorpus, source } from "../documents.js";
import { ingestAll, type ContractStore } from "./fixtures.js";

export function describeListsContract(getStore: () => ContractStore): void {
  let store: ContractStore;
  beforeEach(() => {
    store = getStore();
  });

  // Every case on listCorpus runs under this title, here and in entities.ts and relations.ts: the test
  // names it gives are what reports key on.
  describe("the API's lists and fields", () => {
    beforeEach(async () => {
      await ingestAll(store, listCorpus);
    });

    const LOADED_BY_DATE = [
      "E/RES/2020/1",
      "S/RES/2046 (2012)",
      "A/HRC/RES/30/23",
      "A/HRC/RES/33/22",
      "A/HRC/RES/36/32",
      "A/HRC/RES/39/1",
      "A/RES/74/246",
    ];
    const STUBS = ["A/RES/217(III)", "A/RES/70/1", "A/RES/73/264", "S/RES/1990 (2011)"];

    describe("resolutionsOfCountries", () => {
      const all = { first: 100, offset: 0 };
      /** What the two narrowing filters give, united and put in date order: the expected answer. */
      const concerningOrNaming = async (code: string): Promise<string[]> => {
        const [a, b] = await Promise.all([
          store.findResolutions({ filter: { concerns: code }, orderBy: "ADOPTED_ASC", first: 100, offset: 0 }),
          store.findResolutions({ filter: { mentions: { label: "Country", key: code } }, orderBy: "ADOPTED_ASC", first: 100, offset: 0 }),
        ]);
        const either = new Set([...a.items, ...b.items].map((n) => n.symbol));
        return LOADED_BY_DATE.filter((s) => either.has(s));
      };

      it("gives the loaded resolutions concerning or naming each state, each once, by date, one page per code in order", async () => {
        const codes = ["KHM", "MMR", "SSD", "ZZZ", "KHM", "' OR 1=1 --"];
        const pages = await store.resolutionsOfCountries(codes, all);
        expect(pages).toHaveLength(codes.length);
        // Myanmar: named in 36/32 and 74/246, and 74/246 is also about it: listed once.
        expect(pages[1]?.items.map((n) => n.symbol)).toEqual(["A/HRC/RES/36/32", "A/RES/74/246"]);
        expect(pages[2]?.items.map((n) => n.symbol)).toEqual(["S/RES/2046 (2012)"]);
        for (const [i, code] of codes.entries()) {
          const expected = await concerningOrNaming(code);
          expect(pages[i]?.items.map((n) => n.symbol)).toEqual(expected);
          expect(pages[i]?.totalCount).toBe(expected.length);
        }
        expect(pages[3]).toEqual({ items: [], totalCount: 0 });
        expect(pages[4]).toEqual(pages[0]);
        expect(pages[4]).not.toBe(pages[0]);
        expect(await store.resolutionsOfCountries([], all)).toEqual([]);
      });

      it("gives full records", async () => {
        const [khm] = await store.resolutionsOfCountries(["KHM"], { first: 1, offset: 1 });
        expect(khm?.items).toStrictEqual([{ symbol: "A/HRC/RES/39/1", stub: false, record: { ...cambodia.resolution, source: source("A/HRC/RES/39/1") } }]);
      });

      it("pages each code's list by offset with the union's total, an empty page past the end included", async () => {
        const codes = ["MMR", "KHM", "SSD"];
        const whole = await store.resolutionsOfCountries(codes, all);
        const longest = Math.max(...whole.map((p) => p.totalCount));
        for (let offset = 0; offset <= longest + 1; offset++) {
          const pages = await store.resolutionsOfCountries(codes, { first: 1, offset });
          expect(pages).toEqual(whole.map((p) => ({ items: p.items.slice(offset, offset + 1), totalCount: p.totalCount })));
        }
        expect(await store.resolutionsOfCountries(codes, { first: 0, offset: 0 })).toEqual(whole.map((p) => ({ items: [], totalCount: p.totalCount })));
      });

      it("refuses bad paging as bad user input", async () => {
        await expect(store.resolutionsOfCountries(["KHM"], { first: -1, offset: 0 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(store.resolutionsOfCountries(["KHM"], { first: 1, offset: 0.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
    });

    describe("findResolutions", () => {
      const find = (filter: FindResolutionsArgs["filter"], orderBy: FindResolutionsArgs["orderBy"] = "ADOPTED_ASC", first = 100, offset = 0) =>
        store.findResolutions({ filter, orderBy, first, offset });
      const symbols = async (filter: FindResolutionsArgs["filter"], orderBy: FindResolutionsArgs["orderBy"] = "ADOPTED_ASC") => {
        const page = await find(filter, orderBy);
        expect(page.totalCount).toBe(page.items.length);
        return page.items.map((n) => n.symbol);
      };

      it("lists loaded resolutions in each order, ties by symbol", async () => {
        expect(await symbols({})).toEqual(LOADED_BY_DATE);
        expect(await symbols({}, "ADOPTED_DESC")).toEqual([...LOADED_BY_DATE].reverse());
        expect(await symbols({}, "SYMBOL_ASC")).toEqual([...LOADED_BY_DATE].sort());
        expect(await symbols({ body: "Human Rights Council" }, "ADOPTED_DESC")).toEqual([
          "A/HRC/RES/39/1",
          "A/HRC/RES/36/32",
          "A/HRC/RES/33/22",
          "A/HRC/RES/30/23",
        ]);
      });

      it("gives full records for loaded resolutions and symbols only for stubs", async () => {
        const page = await find({ includeStubs: true }, "SYMBOL_ASC", 5, 3);
        expect(page.totalCount).toBe(11);
        expect(page.items).toStrictEqual([
          { symbol: "A/HRC/RES/39/1", stub: false, record: { ...cambodia.resolution, source: source("A/HRC/RES/39/1") } },
          { symbol: "A/RES/217(III)", stub: true },
          { symbol: "A/RES/70/1", stub: true },
          { symbol: "A/RES/73/264", stub: true },
          { symbol: "A/RES/74/246", stub: false, record: { ...listCorpus[0]!.resolution, source: source("A/RES/74/246") } },
        ]);
      });

      it("includes stubs only when asked; a stub has no date, so it sorts with the undated, by symbol", async () => {
        expect(await symbols({ includeStubs: true })).toEqual([
          "A/RES/217(III)",
          "A/RES/70/1",
          "A/RES/73/264",
          "E/RES/2020/1",
          "S/RES/1990 (2011)",
          ...LOADED_BY_DATE.slice(1),
        ]);
        expect(await symbols({ includeStubs: true }, "ADOPTED_DESC")).toEqual([
          ...[...LOADED_BY_DATE.slice(1)].reverse(),
          "A/RES/217(III)",
          "A/RES/70/1",
          "A/RES/73/264",
          "E/RES/2020/1",
          "S/RES/1990 (2011)",
        ]);
        expect(await symbols({ includeStubs: true }, "SYMBOL_ASC")).toEqual([...LOADED_BY_DATE, ...STUBS].sort());
        expect(await symbols({ includeStubs: false })).toEqual(LOADED_BY_DATE);
        // A stub has no body, year, session, paragraphs or concerns: such filters never match one.
        expect(await symbols({ includeStubs: true, body: "Human Rights Council" })).toEqual(await symbols({ body: "Human Rights Council" }));
        expect(await symbols({ includeStubs: true, references: "A/RES/70/1" })).toEqual(["A/HRC/RES/33/22", "A/HRC/RES/36/32"]);
      });

      it.each<[string, FindResolutionsArgs["filter"], string[]]>([
        ["body", { body: "Human Rights Council" }, ["A/HRC/RES/30/23", "A/HRC/RES/33/22", "A/HRC/RES/36/32", "A/HRC/RES/39/1"]],
        ["body (SC)", { body: "Security Council" }, ["S/RES/2046 (2012)"]],
        ["yearFrom", { yearFrom: 2017 }, ["A/HRC/RES/36/32", "A/HRC/RES/39/1", "A/RES/74/246"]],
        ["yearTo", { yearTo: 2015 }, ["S/RES/2046 (2012)", "A/HRC/RES/30/23"]],
        ["session", { session: "36" }, ["A/HRC/RES/36/32"]],
        ["concerns", { concerns: "KHM" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
        ["concerns (one of two)", { concerns: "SSD" }, ["S/RES/2046 (2012)"]],
        ["mentions a country", { mentions: { label: "Country", key: "MMR" } }, ["A/HRC/RES/36/32", "A/RES/74/246"]],
        ["mentions a law", { mentions: { label: "Law", key: "KHM:Land Law" } }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
        ["mentions an instrument", { mentions: { label: "Instrument", key: "Universal Declaration of Human Rights" } }, ["A/HRC/RES/36/32", "A/RES/74/246"]],
        ["mentions: labels apart", { mentions: { label: "Person", key: "KHM:Land Law" } }, []],
        ["references a stub", { references: "A/RES/70/1" }, ["A/HRC/RES/33/22", "A/HRC/RES/36/32"]],
        ["references a loaded resolution", { references: "A/HRC/RES/36/32" }, ["A/RES/74/246"]],
        ["references a document", { references: "A/HRC/36/31" }, ["A/HRC/RES/36/32"]],
        ["text", { text: "Cambodia" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
        ["text, any case, every word", { text: "LAND law" }, ["A/HRC/RES/30/23", "A/HRC/RES/39/1"]],
        ["body + yearFrom + mentions", { body: "Human Rights Council", yearFrom: 2016, mentions: { label: "Country", key: "KHM" } }, ["A/HRC/RES/39/1"]],
        ["concerns + text + yearTo", { concerns: "KHM", text: "Land Law", yearTo: 2016 }, ["A/HRC/RES/30/23"]],
        ["references + body + session", { references: "A/RES/70/1", body: "Human Rights Council", session: "33" }, ["A/HRC/RES/33/22"]],
        ["mentions + concerns", { mentions: { label: "Country", key: "MMR" }, concerns: "MMR" }, ["A/RES/74/246"]],
        ["text + references", { text: "Myanmar", references: "A/HRC/RES/36/32" }, ["A/RES/74/246"]],
        ["yearFrom + yearTo", { yearFrom: 2015, yearTo: 2016 }, ["A/HRC/RES/30/23", "A/HRC/RES/33/22"]],
        ["nothing matches", { concerns: "ZZZ" }, []],
        ["values taken literally", { body: "' OR 1=1 --" }, []],
      ])("filters by %s", async (_name, filter, expected) => {
        expect(await symbols(filter)).toEqual(expected);
      });

      it("pages by offset, with the total of every match", async () => {
        const page = await find({}, "ADOPTED_ASC", 3, 2);
        expect(page.items.map((n) => n.symbol)).toEqual(LOADED_BY_DATE.slice(2, 5));
        expect(page.totalCount).toBe(7);
        const walked: string[] = [];
        for (let offset = 0; offset < 7; offset += 2) walked.push(...(await find({}, "ADOPTED_DESC", 2, offset)).items.map((n) => n.symbol));
        expect(walked).toEqual([...LOADED_BY_DATE].reverse());
        expect(await find({}, "ADOPTED_ASC", 5, 7)).toEqual({ items: [], totalCount: 7 });
        expect(await find({}, "ADOPTED_ASC", 0, 0)).toEqual({ items: [], totalCount: 7 });
        expect(await find({ body: "Human Rights Council" }, "SYMBOL_ASC", 1, 3)).toMatchObject({ totalCount: 4, items: [{ symbol: "A/HRC/RES/39/1" }] });
      });

      it("answers a text with nothing to search for with an empty page", async () => {
        expect(await find({ text: "!!! ***" })).toEqual({ items: [], totalCount: 0 });
        expect(await find({ text: "" })).toEqual({ items: [], totalCount: 0 });
      });

      it("refuses bad paging, order and labels as bad user input", async () => {
        await expect(find({}, "ADOPTED_ASC", -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({}, "ADOPTED_ASC", 1, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({}, "ADOPTED_ASC", 1.5)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({}, "NEWEST" as "ADOPTED_ASC")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({ yearFrom: 2015.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({ yearFrom: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({ mentions: { label: "Planet" as "Country", key: "x" } })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
    });

    describe("findParagraphs", () => {
      const ALL = [
        "E/RES/2020/1#op1",
        "S/RES/2046 (2012)#pp1",
        "S/RES/2046 (2012)#op1",
        "A/HRC/RES/30/23#op1",
        "A/HRC/RES/33/22#pp1",
        "A/HRC/RES/33/22#op1",
        "A/HRC/RES/36/32#pp1",
        "A/HRC/RES/36/32#pp2",
        "A/HRC/RES/36/32#op1",
        "A/HRC/RES/36/32#op1(a)",
        "A/HRC/RES/39/1#op1",
        "A/HRC/RES/39/1#op2",
        "A/RES/74/246#pp1",
        "A/RES/74/246#pp2",
        "A/RES/74/246#op1",
        "A/RES/74/246#op2",
      ];
      const find = (filter: FindParagraphsArgs["filter"], first = 100, offset = 0) => store.findParagraphs({ filter, first, offset });
      const ids = async (filter: FindParagraphsArgs["filter"]) => {
        const page = await find(filter);
        expect(page.totalCount).toBe(page.items.length);
        return page.items.map((p) => p.id);
      };

      it("lists every paragraph by its resolution's date and symbol, then ordinal", async () => {
        expect(await ids({})).toEqual(ALL);
      });

      it("scopes to one resolution, with full records", async () => {
        const page = await find({ resolution: "A/HRC/RES/36/32" });
        const [expected] = await store.paragraphsOfResolutions(["A/HRC/RES/36/32"]);
        expect(page).toStrictEqual({ items: expected, totalCount: 4 });
        expect(await ids({ resolution: "nope" })).toEqual([]);
      });

      it.each<[string, FindParagraphsArgs["filter"], string[]]>([
        ["kind", { kind: "preambular" }, ALL.filter((id) => id.includes("#pp"))],
        ["kind in a resolution", { kind: "operative", resolution: "A/RES/74/246" }, ["A/RES/74/246#op1", "A/RES/74/246#op2"]],
        ["mentions a country", { mentions: { label: "Country", key: "KHM" } }, ["A/HRC/RES/30/23#op1", "A/HRC/RES/39/1#op1", "A/HRC/RES/39/1#op2"]],
        ["mentions a person", { mentions: { label: "Person", key: "Rhona Smith" } }, ["A/HRC/RES/39/1#op1", "A/HRC/RES/39/1#op2"]],
        ["mentions one of two", { mentions: { label: "Country", key: "SSD" } }, ["S/RES/2046 (2012)#op1"]],
        ["text", { text: "Myanmar" }, ["A/HRC/RES/36/32#op1", "A/RES/74/246#op1", "A/RES/74/246#op2"]],
        ["text, every word", { text: "human RIGHTS" }, ["A/HRC/RES/36/32#pp1", "A/HRC/RES/36/32#pp2", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
        ["mentions + kind + verb", { mentions: { label: "Country", key: "MMR" }, kind: "operative", verb: "Calls upon" }, ["A/HRC/RES/36/32#op1", "A/RES/74/246#op2"]],
        ["resolution + text", { resolution: "A/RES/74/246", text: "Myanmar" }, ["A/RES/74/246#op1", "A/RES/74/246#op2"]],
        ["text + kind + verb", { text: "human rights", kind: "preambular", verb: "Recalling" }, ["A/HRC/RES/36/32#pp1", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
        ["resolution + mentions", { resolution: "A/HRC/RES/36/32", mentions: { label: "Instrument", key: "Universal Declaration of Human Rights" } }, ["A/HRC/RES/36/32#pp2"]],
        ["values taken literally", { resolution: "' OR 1=1 --" }, []],
      ])("filters by %s", async (_name, filter, expected) => {
        expect(await ids(filter)).toEqual(expected);
      });

      it.each<[string, string[]]>([
        ["Recalling", ["A/HRC/RES/36/32#pp1", "A/RES/74/246#pp1", "A/RES/74/246#pp2"]],
        ["recalling ALSO", ["A/RES/74/246#pp2"]],
        ["  Recalling \t also ", ["A/RES/74/246#pp2"]],
        ["Recalls", ["A/RES/74/246#op1"]],
        ["Recall", []],
        ["Recalling al", []],
        ["calls", ["A/HRC/RES/36/32#op1", "A/RES/74/246#op2"]],
        ["Decides", ["E/RES/2020/1#op1", "S/RES/2046 (2012)#op1", "A/HRC/RES/33/22#op1"]],
      ])("matches the verb by whole-word prefix, any case: %j", async (verb, expected) => {
        expect(await ids({ verb })).toEqual(expected);
      });

      it("treats a blank verb as no verb filter", async () => {
        expect(await ids({ verb: "  " })).toEqual(ALL);
      });

      it("pages by offset, with the total of every match", async () => {
        expect(await find({ verb: "Recalling" }, 1, 1)).toMatchObject({ totalCount: 3, items: [{ id: "A/RES/74/246#pp1" }] });
        expect((await find({}, 5, 15)).items.map((p) => p.id)).toEqual(["A/RES/74/246#op2"]);
        expect(await find({}, 5, 16)).toEqual({ items: [], totalCount: 16 });
        expect(await find({ kind: "preambular" }, 0)).toEqual({ items: [], totalCount: 6 });
        const walked: string[] = [];
        for (let offset = 0; offset < ALL.length; offset += 3) walked.push(...(await find({}, 3, offset)).items.map((p) => p.id));
        expect(walked).toEqual(ALL);
      });

      it("answers a text with nothing to search for with an empty page; refuses bad input", async () => {
        expect(await find({ text: "«»" })).toEqual({ items: [], totalCount: 0 });
        await expect(find({}, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({}, 1, -1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({ kind: "annex" as "operative" })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
        await expect(find({ mentions: { label: "Planet" as "Country", key: "x" } })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
      });
    });
  });
}
