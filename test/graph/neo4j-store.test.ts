// Neo4jStore without a server: a stand-in driver records every statement and its parameters and
// answers from a script. TCK-style: input in, Cypher + parameters out; and scripted rows in,
// records out. The behaviour against a real database is the conformance suite's (NEO4J_URI).

import { isInt, Neo4jError, type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ANALYSIS_CYPHER } from "../../src/graph/features/analyses/neo4j.js";
import { COUNT_CYPHER } from "../../src/graph/features/counts/neo4j.js";
import { GRAPH_VERSION_CYPHER } from "../../src/graph/features/metrics/neo4j.js";
import { addFacts, DOCUMENT_CYPHER, emptyRows, ENTITY_WRITES } from "../../src/graph/features/documents/neo4j.js";
import { ENTITY_CYPHER } from "../../src/graph/features/entities/neo4j.js";
import { LINEAGE_CYPHER, LINEAGE_NEIGHBOURHOOD, MAX_DEPTH, PATH_NEIGHBOURHOOD } from "../../src/graph/features/lineage/neo4j.js";
import { LIST_CYPHER, paragraphListQuery, resolutionListQuery } from "../../src/graph/features/lists/neo4j.js";
import { ENTITIES_BY_KEYS, LOOKUP_CYPHER } from "../../src/graph/features/lookups/neo4j.js";
import { RELATION_CYPHER } from "../../src/graph/features/relations/neo4j.js";
import { SEARCH_CYPHER } from "../../src/graph/features/search/neo4j.js";
import { byLabel, type Statement } from "../../src/graph/neo4j/statement.js";
import { shortReason } from "../../src/graph/neo4j/driver.js";
import { Neo4jStore } from "../../src/graph/neo4j/store.js";
import { withPortChecks } from "../../src/graph/port-checks.js";
import { documentFacts } from "../../src/graph/facts.js";
import { ENTITY_LABELS, NODES, RELATIONSHIPS } from "../../src/graph/model.js";
import { hrc3322, hrc3632, source, withDuplicateKey } from "../conformance/documents.js";

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
  mode: "READ" | "WRITE";
}
type Rows = Array<Record<string, unknown>>;

/** `answers` maps a statement's text to the rows it returns (or a function of its parameters). */
function fakeStore(answers: Array<[Statement, Rows | ((p: Record<string, unknown>) => Rows)]> = [], failWith?: Error | (() => Error | undefined)) {
  const failure = (): Error | undefined => (typeof failWith === "function" ? failWith() : failWith);
  const sent: Sent[] = [];
  const tx = (mode: Sent["mode"]) => ({
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      sent.push({ cypher, params, mode });
      const found = answers.find(([s]) => s.cypher === cypher)?.[1];
      const rows = typeof found === "function" ? found(params) : (found ?? []);
      return { records: rows.map((row) => ({ toObject: () => row })) };
    },
  });
  const session = {
    // Reads are auto-commit queries on a READ session (sessions.ts), writes transaction functions.
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      const fail = failure();
      if (fail) throw fail;
      return tx("READ").run(cypher, params);
    },
    executeWrite: async <T>(work: (t: ReturnType<typeof tx>) => Promise<T>) => {
      const fail = failure();
      if (fail) throw fail;
      return work(tx("WRITE"));
    },
    close: async () => undefined,
  };
  const driver = { session: () => session, close: async () => undefined } as unknown as Driver;
  // Checked as `openNeo4jStore` checks it, so that refused input is shown sending nothing.
  const store = withPortChecks(new Neo4jStore(driver, { uri: "neo4j://fake:7687", user: "neo4j", password: "secret" }));
  const names = () => sent.map((x) => nameOf(x.cypher));
  return { store, sent, names };
}

/** Every fixed statement by name, whichever feature sends it. */
const S = {
  ...DOCUMENT_CYPHER,
  ...ANALYSIS_CYPHER,
  ...LOOKUP_CYPHER,
  ...RELATION_CYPHER,
  ...LINEAGE_CYPHER,
  ...SEARCH_CYPHER,
  ...LIST_CYPHER,
  ...COUNT_CYPHER,
  // Every write transaction ends by bumping the graph's version (features/metrics/neo4j.ts).
  bumpGraphVersion: GRAPH_VERSION_CYPHER.bump,
};
/** The per-label statements, writing and reading. */
const ENTITY_STATEMENTS = byLabel(ENTITY_LABELS, (label) => ({ ...ENTITY_WRITES[label], ...ENTITY_CYPHER[label], entitiesByKeys: ENTITIES_BY_KEYS[label] }));

const NAMED: Array<[string, Statement]> = [
  ...Object.entries(S),
  ...Object.entries(ENTITY_STATEMENTS).flatMap(([label, g]) => Object.entries(g).map(([n, s]): [string, Statement] => [`${n}:${label}`, s])),
];
const nameOf = (cypher: string): string => NAMED.find(([, s]) => s.cypher === cypher)?.[0] ?? cypher;

type Answer = [Statement, Rows | ((p: Record<string, unknown>) => Rows)];
const states = (state: Record<string, unknown>) => (p: Record<string, unknown>): Rows => (p.symbols as string[]).map((symbol) => ({ symbol, ...state }));
const notLoaded: Answer = [S.resolutionStates, states({ exists: false, stub: null, sourceHash: null })];
const loaded = (hash: string): Answer => [S.resolutionStates, states({ exists: true, stub: false, sourceHash: hash })];

describe("writing a document", () => {
  it("creates it in one write transaction, one UNWIND per kind of fact, integers as Integers", async () => {
    const { store, sent, names } = fakeStore([notLoaded]);
    expect(await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).toEqual({ symbol: "A/HRC/RES/36/32", status: "created" });
    expect(names()).toEqual([
      "resolutionStates",
      "upsertResolutions",
      "createParagraphs",
      "mergeEntities:Country",
      "mergeEntities:Instrument",
      "mergeEntities:Organization",
      "createRefersTo",
      "createCites",
      "createMentions:Country",
      "createMentions:Instrument",
      "createMentions:Organization",
      "createRecalls",
    ]);
    expect(sent.every((x) => x.mode === "WRITE")).toBe(true);
    const paragraphs = sent[2]?.params.paragraphs as Array<Record<string, unknown>>;
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.every((p) => isInt(p.ordinal))).toBe(true);
    expect(paragraphs[3]).toMatchObject({ key: "A/HRC/RES/36/32#op1(a)", label: "op1(a)", footnotes: ["*: Reissued for technical reasons.", "2: A/HRC/36/31."] });
    expect(sent[1]?.params).toMatchObject({ resolutions: [{ symbol: "A/HRC/RES/36/32", adoptedOn: "2017-09-29", sourceHash: source("A/HRC/RES/36/32").hash }] });
    expect(sent[6]?.params.refs).toHaveLength(4);
    expect(sent[11]?.params.recalls).toEqual([
      { source: "A/HRC/RES/36/32", target: "A/RES/70/1", verbs: ["Recalling"], paragraphs: ["pp1"] },
      { source: "A/HRC/RES/36/32", target: "A/HRC/RES/33/22", verbs: ["Recalling"], paragraphs: ["pp1", "op1(a)"] },
      { source: "A/HRC/RES/36/32", target: "A/RES/217(III)", verbs: ["Reaffirming"], paragraphs: ["pp2"] },
    ]);
  });

  it("sends every INTEGER of the model as an Integer and nothing else as one", () => {
    const params = addFacts(emptyRows(), documentFacts(hrc3632, source("A/HRC/RES/36/32")));
    const integerNames = new Set(
      [...Object.values(NODES), ...Object.values(RELATIONSHIPS)].flatMap((spec) =>
        Object.entries(spec.properties as Record<string, { type: string }>).filter(([, p]) => p.type === "INTEGER").map(([n]) => n),
      ),
    );
    const rows: Array<Record<string, unknown>> = [
      ...params.resolutions,
      ...params.paragraphs,
      ...params.refs,
      ...params.cites,
      ...Object.values(params.mentions).flat(),
    ];
    for (const row of rows) {
      for (const [name, value] of Object.entries(row)) {
        if (value === null) continue;
        expect(isInt(value), name).toBe(integerNames.has(name) && typeof value !== "string" && !Array.isArray(value));
      }
    }
  });

  it("is unchanged, with no write at all, when the stored hash is the same", async () => {
    const { store, names } = fakeStore([loaded(source("A/HRC/RES/36/32").hash)]);
    expect((await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"))).status).toBe("unchanged");
    expect(names()).toEqual(["resolutionStates"]);
  });

  it("replaces: clears the old paragraphs and edges first, removes orphans last: stubs, then laws, then the rest", async () => {
    const { store, sent, names } = fakeStore([
      loaded("old"),
      [S.orphanCandidates, [{ ids: ["4:x:1", "4:x:2", "4:x:1", "4:x:3", "4:x:4"] }]],
      [S.removeOrphanStub, [{ id: "4:x:4" }]],
      [S.removeOrphanLaws, [{ id: "4:x:2" }]],
    ]);
    expect((await store.upsertDocument(hrc3322, source("A/HRC/RES/33/22"))).status).toBe("replaced");
    expect(names().slice(0, 4)).toEqual(["resolutionStates", "orphanCandidates", "clearResolution", "upsertResolutions"]);
    expect(names().slice(-3)).toEqual(["removeOrphanStub", "removeOrphanLaws", "removeOrphans"]);
    // Each statement sees what the one before removed (a clause never sees a later clause's writes).
    expect(sent.at(-3)?.params).toEqual({ ids: ["4:x:1", "4:x:2", "4:x:3", "4:x:4"] });
    expect(sent.at(-2)?.params).toEqual({ ids: ["4:x:1", "4:x:2", "4:x:3"] });
    expect(sent.at(-1)?.params).toEqual({ ids: ["4:x:1", "4:x:3"] });
  });

  it("refuses an inconsistent document before sending anything", async () => {
    const { store, sent } = fakeStore([notLoaded]);
    await expect(store.upsertDocument(withDuplicateKey(hrc3322), source("A/HRC/RES/33/22"))).rejects.toThrow(/appears twice/);
    const dangling = { ...hrc3322, references: [{ paragraph: "op99", kind: "resolution" as const, target: "A/RES/70/1" }] };
    await expect(store.upsertDocument(dangling, source("A/HRC/RES/33/22"))).rejects.toThrow(/missing paragraph/);
    const [first] = hrc3322.mentions;
    const noSuchFootnote = { ...hrc3322, mentions: [{ ...first!, footnote: "9" }] };
    await expect(store.upsertDocument(noSuchFootnote, source("A/HRC/RES/33/22"))).rejects.toThrow(/footnote "9", which paragraph .* does not carry/);
    expect(sent).toEqual([]);
  });

  it("reports failures per slot in upsertDocuments", async () => {
    const { store } = fakeStore([notLoaded]);
    const out = await store.upsertDocuments([
      { doc: withDuplicateKey(hrc3322), source: source("A/HRC/RES/33/22") },
      { doc: hrc3632, source: source("A/HRC/RES/36/32") },
    ]);
    expect(out[0]).toBeInstanceOf(Error);
    expect(out[1]).toEqual({ symbol: "A/HRC/RES/36/32", status: "created" });
  });

  it("writes a batch of texts not loaded yet in one transaction: one state read, one UNWIND per kind of fact for all of them", async () => {
    const { store, sent, names } = fakeStore([notLoaded]);
    const out = await store.upsertDocuments([
      { doc: hrc3322, source: source("A/HRC/RES/33/22") },
      { doc: hrc3632, source: source("A/HRC/RES/36/32") },
    ]);
    expect(out).toEqual([
      { symbol: "A/HRC/RES/33/22", status: "created" },
      { symbol: "A/HRC/RES/36/32", status: "created" },
    ]);
    expect(names().filter((n) => n === "resolutionStates")).toHaveLength(1);
    expect(names().filter((n) => n === "upsertResolutions")).toHaveLength(1);
    expect(sent[0]?.params).toEqual({ symbols: ["A/HRC/RES/33/22", "A/HRC/RES/36/32"] });
    const resolutions = sent.find((x) => nameOf(x.cypher) === "upsertResolutions")?.params.resolutions as Array<{ symbol: string }>;
    expect(resolutions.map((r) => r.symbol)).toEqual(["A/HRC/RES/33/22", "A/HRC/RES/36/32"]);
    const paragraphs = sent.find((x) => nameOf(x.cypher) === "createParagraphs")?.params.paragraphs as unknown[];
    expect(paragraphs).toHaveLength(hrc3322.paragraphs.length + hrc3632.paragraphs.length);
  });

  it("writes a batch holding a replacement or a symbol twice one document after another, in order", async () => {
    const replacing = fakeStore([
      [S.resolutionStates, (p) => (p.symbols as string[]).map((symbol) => ({ symbol, exists: symbol === "A/HRC/RES/33/22", stub: symbol === "A/HRC/RES/33/22" ? false : null, sourceHash: "old" }))],
    ]);
    const out = await replacing.store.upsertDocuments([
      { doc: hrc3632, source: source("A/HRC/RES/36/32") },
      { doc: hrc3322, source: source("A/HRC/RES/33/22") },
    ]);
    expect(out.map((o) => ("status" in o ? o.status : o))).toEqual(["created", "replaced"]);
    // The batch's state read, then each document's own: 36/32 written before 33/22 is cleared.
    const order = replacing.names().filter((n) => ["resolutionStates", "upsertResolutions", "clearResolution"].includes(n));
    expect(order).toEqual(["resolutionStates", "resolutionStates", "upsertResolutions", "resolutionStates", "clearResolution", "upsertResolutions"]);
    const twice = fakeStore([notLoaded]);
    await twice.store.upsertDocuments([
      { doc: hrc3322, source: source("A/HRC/RES/33/22") },
      { doc: hrc3322, source: source("A/HRC/RES/33/22", 2) },
    ]);
    expect(twice.names().filter((n) => n === "upsertResolutions")).toHaveLength(2);
  });

  it("writes a batch that fails again one document per transaction, each failure in its slot", async () => {
    // The batch's transaction fails (its first statement throws); each document then gets its own.
    let reads = 0;
    const { store, sent } = fakeStore([
      [
        S.resolutionStates,
        (p) => {
          reads += 1;
          if (reads === 1) throw new Error("constraint violated");
          return states({ exists: false, stub: null, sourceHash: null })(p);
        },
      ],
    ]);
    const out = await store.upsertDocuments([
      { doc: hrc3322, source: source("A/HRC/RES/33/22") },
      { doc: hrc3632, source: source("A/HRC/RES/36/32") },
    ]);
    expect(out).toEqual([
      { symbol: "A/HRC/RES/33/22", status: "created" },
      { symbol: "A/HRC/RES/36/32", status: "created" },
    ]);
    expect(sent.filter((x) => nameOf(x.cypher) === "resolutionStates").map((x) => x.params)).toEqual([
      { symbols: ["A/HRC/RES/33/22", "A/HRC/RES/36/32"] },
      { symbols: ["A/HRC/RES/33/22"] },
      { symbols: ["A/HRC/RES/36/32"] },
    ]);
  });

  it("deleteDocument: false without a write when not loaded; otherwise clear, stub, then orphans including itself", async () => {
    const absent = fakeStore([notLoaded]);
    expect(await absent.store.deleteDocument("A/RES/1/1")).toBe(false);
    expect(absent.names()).toEqual(["resolutionStates"]);
    const present = fakeStore([loaded("h"), [S.orphanCandidates, [{ ids: ["self", "t"] }]]]);
    expect(await present.store.deleteDocument("A/RES/1/1")).toBe(true);
    expect(present.names()).toEqual(["resolutionStates", "orphanCandidates", "clearResolution", "makeStub", "removeOrphanStub", "removeOrphanLaws", "removeOrphans"]);
  });
});

describe("batched reads", () => {
  it("send deduplicated keys as one list parameter in one read, and answer one result per key in order", async () => {
    const row = (symbol: string) => ({
      resolution: { symbol, stub: false, title: "T", body: "General Assembly", session: null, year: null, adoptedOn: null, meeting: null, voteMethod: null, votesYes: null, votesNo: null, votesAbstain: null, sourcePath: "p", sourceHash: "h" },
    });
    const { store, sent } = fakeStore([[S.resolutionNodes, [row("b"), row("a")]]]);
    const out = await store.resolutionsBySymbols(["a", "missing", "b", "a"]);
    expect(sent).toEqual([{ cypher: S.resolutionNodes.cypher, params: { keys: ["a", "missing", "b"] }, mode: "READ" }]);
    expect(out.map((r) => r?.symbol ?? null)).toEqual(["a", null, "b", "a"]);
    expect(out[0]).toStrictEqual({ symbol: "a", title: "T", body: "General Assembly", adoptedOn: "", meeting: "", voteMethod: "", source: { path: "p", hash: "h" } });
  });

  it("answer concurrent source-hash lookups (the loader's read-ahead window) with one query, uncached", async () => {
    const { store, sent } = fakeStore([[S.symbolsForSourceHashes, [{ hash: "h2", symbol: "A/RES/75/1" }]]]);
    const out = await Promise.all(["h1", "h2", "h3", "h2"].map((h) => store.symbolForSourceHash(h)));
    expect(out).toEqual([null, "A/RES/75/1", null, "A/RES/75/1"]);
    expect(sent).toEqual([{ cypher: S.symbolsForSourceHashes.cypher, params: { hashes: ["h1", "h2", "h3"] }, mode: "READ" }]);
    // Asked again later: asked of the store again (it may have changed).
    await store.symbolForSourceHash("h2");
    expect(sent).toHaveLength(2);
  });

  it("send nothing for no keys", async () => {
    const { store, sent } = fakeStore();
    expect(await store.paragraphsOfResolutions([])).toEqual([]);
    expect(await store.referencesToTargets([])).toEqual([]);
    expect(await store.mentionsInParagraphs([])).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("map stubs to nodes without records, and missing symbols to null", async () => {
    const stub = { symbol: "s", stub: true, title: null, body: null, session: null, year: null, adoptedOn: null, meeting: null, voteMethod: null, votesYes: null, votesNo: null, votesAbstain: null, sourcePath: null, sourceHash: null };
    const { store } = fakeStore([[S.resolutionNodes, [{ resolution: stub }]]]);
    expect(await store.resolutionNodes(["s", "x"])).toStrictEqual([{ symbol: "s", stub: true }, null]);
    expect(await store.resolutionsBySymbols(["s"])).toEqual([null]);
  });

  it("map mentions: a country's key is the mention's id, other entities have none", async () => {
    const { store } = fakeStore([
      [
        S.mentionsInParagraphs,
        [
          { paragraphId: "X#op1", paragraph: "op1", label: "Country", key: "MMR", name: "Myanmar", start: 11, end: 18, seq: 1 },
          { paragraphId: "X#op1", paragraph: "op1", label: "Organization", key: "OHCHR", name: "OHCHR", start: 40, end: 45, seq: 0 },
        ],
      ],
    ]);
    const [mentions] = await store.mentionsInParagraphs(["X#op1"]);
    expect(mentions).toStrictEqual([
      { paragraphId: "X#op1", paragraph: "op1", kind: "country", name: "Myanmar", id: "MMR", start: 11, end: 18, entity: { label: "Country", key: "MMR" } },
      { paragraphId: "X#op1", paragraph: "op1", kind: "organization", name: "OHCHR", start: 40, end: 45, entity: { label: "Organization", key: "OHCHR" } },
    ]);
  });

  it("route entity and citation lookups to the statement of each label", async () => {
    const { store, names, sent } = fakeStore();
    await store.entitiesByKeys([{ label: "Country", key: "MMR" }, { label: "Law", key: "KHM:Land Law" }, { label: "Country", key: "MMR" }]);
    expect(names()).toEqual(["entitiesByKeys:Country", "entitiesByKeys:Law"]);
    expect(sent[0]?.params).toEqual({ keys: ["MMR"] });
    await expect(store.entitiesByKeys([{ label: "Planet" as "Country", key: "x" }])).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("lineage and paths", () => {
  // a → b, a → c, b → d, c → d, d → a (a cycle), c → e
  const EDGES: Array<[string, string]> = [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["d", "a"], ["c", "e"]];
  const edge = ([recaller, recalled]: [string, string]) => ({ recaller, recalled, verbs: ["Recalling"], paragraphs: ["pp1"] });
  /** The edges out of (or into) every node within `hops` of the keys: what a neighbourhood statement returns. */
  const within = (edges: Array<[string, string]>, keys: string[], hops: number, ancestors: boolean) => {
    const next = (n: string) => edges.filter((e) => e[ancestors ? 0 : 1] === n).map((e) => e[ancestors ? 1 : 0]);
    const seen = new Set(keys);
    let frontier = [...keys];
    for (let h = 0; h < hops; h++) {
      frontier = frontier.flatMap(next).filter((n) => !seen.has(n));
      for (const n of frontier) seen.add(n);
    }
    return edges.filter((e) => seen.has(e[ancestors ? 0 : 1]));
  };
  const graphOf = (edges: Array<[string, string]>): Array<[Statement, (p: Record<string, unknown>) => Rows]> => [
    // Answered in reverse order on purpose: the store must not depend on the database's order.
    [S.recallsFrom, (p) => edges.filter(([f]) => (p.keys as string[]).includes(f)).map(edge).reverse()],
    [S.recallsInto, (p) => edges.filter(([, t]) => (p.keys as string[]).includes(t)).map(edge).reverse()],
    ...LINEAGE_NEIGHBOURHOOD.ancestors.map((st, hops): [Statement, (p: Record<string, unknown>) => Rows] => [st, (p) => within(edges, p.keys as string[], hops, true).map(edge).reverse()]),
    ...LINEAGE_NEIGHBOURHOOD.descendants.map((st, hops): [Statement, (p: Record<string, unknown>) => Rows] => [st, (p) => within(edges, p.keys as string[], hops, false).map(edge).reverse()]),
    // The path's neighbourhood: each edge with the paragraph a hop over it cites from.
    ...PATH_NEIGHBOURHOOD.map((st, hops): [Statement, (p: Record<string, unknown>) => Rows] => [
      st,
      (p) =>
        within(edges, p.keys as string[], hops, true)
          .map((e) => ({ ...edge(e), paragraphId: `${e[0]}#pp1`, paragraphVerb: "Recalling" }))
          .reverse(),
    ]),
  ];
  const graph = () => graphOf(EDGES);

  it("walks breadth first over the edges of one query (the neighbourhood within maxDepth − 1 hops), each symbol once at its smallest depth", async () => {
    const { store, sent } = fakeStore(graph());
    const entries = await store.lineage("a", "ancestors", 5);
    expect(entries.map((e) => [e.symbol, e.depth, e.via.from])).toEqual([
      ["b", 1, "a"],
      ["c", 1, "a"],
      ["d", 2, "b"],
      ["e", 2, "c"],
    ]);
    expect(sent).toEqual([{ cypher: LINEAGE_NEIGHBOURHOOD.ancestors[4]!.cypher, params: { keys: ["a"] }, mode: "READ" }]);
  });

  it("walks many roots over one query for all their neighbourhoods, each root as if alone", async () => {
    const { store, sent } = fakeStore(graph());
    const alone = await Promise.all(["a", "c", "zz", "a"].map(async (r) => fakeStore(graph()).store.lineage(r, "ancestors", 5)));
    const batched = await store.lineages(["a", "c", "zz", "a"], "ancestors", 5);
    expect(batched).toEqual(alone);
    expect(batched[1]?.map((e) => [e.symbol, e.depth, e.via.from])).toEqual([
      ["d", 1, "c"],
      ["e", 1, "c"],
      ["a", 2, "d"],
      ["b", 3, "a"],
    ]);
    expect(sent.map((x) => x.params.keys)).toEqual([["a", "c", "zz"]]);
    expect(await store.lineages([], "ancestors", 5)).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it("descendants follow RECALLS backwards; via stays in the RECALLS direction", async () => {
    const { store } = fakeStore(graph());
    const entries = await store.lineage("d", "descendants", 1);
    expect(entries).toEqual([
      { symbol: "b", depth: 1, via: { from: "b", to: "d", verbs: ["Recalling"], paragraphs: ["pp1"] } },
      { symbol: "c", depth: 1, via: { from: "c", to: "d", verbs: ["Recalling"], paragraphs: ["pp1"] } },
    ]);
  });

  it.each([-1, 1.5, Number.NaN])("refuses maxDepth %s as bad user input, sending nothing", async (maxDepth) => {
    const { store, sent } = fakeStore(graph());
    await expect(store.lineage("a", "ancestors", maxDepth)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(store.citationPath("a", "d", maxDepth)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(sent).toEqual([]);
  });

  it("lineage takes any depth: beyond the neighbourhoods' bounds, one batched query per level until a level adds nothing", async () => {
    const { store, sent } = fakeStore(graph());
    expect(await store.lineage("a", "ancestors", 1_000_000)).toEqual(await fakeStore(graph()).store.lineage("a", "ancestors", 5));
    expect(sent.map((x) => x.params.keys)).toEqual([["a"], ["b", "c"], ["d", "e"]]);
  });

  it("citationPath beyond the hard maximum skips the shortestPath pre-check and still walks", async () => {
    const { store, names } = fakeStore(graph());
    expect((await store.citationPath("a", "e", MAX_DEPTH + 10))?.map((h) => h.to)).toEqual(["c", "e"]);
    expect(names()).not.toContain("shortestPathLength");
  });

  it("citationPath: the bound goes as $maxDepth (an Integer) next to the literal maximum; the path is rebuilt breadth first", async () => {
    const { store, sent } = fakeStore([...graph(), [S.shortestPathLength, [{ length: 2 }]]]);
    const path = await store.citationPath("a", "d", 3);
    expect(sent[0]?.cypher).toContain(`[:RECALLS*..${MAX_DEPTH}]`);
    expect(sent[0]?.params.source).toBe("a");
    expect(sent[0]?.params.target).toBe("d");
    expect(isInt(sent[0]?.params.maxDepth) && String(sent[0]?.params.maxDepth)).toBe("3");
    // The chains are 2 long: the edges within 1 hop of the start, with their citing paragraphs, in
    // one query; nothing more is read.
    expect(sent[1]).toEqual({ cypher: PATH_NEIGHBOURHOOD[1]!.cypher, params: { keys: ["a"] }, mode: "READ" });
    expect(sent).toHaveLength(2);
    // a→b→d and a→c→d are equally short: the lexicographically smallest chain wins.
    expect(path).toEqual([
      { from: "a", to: "b", paragraphId: "a#pp1", verb: "Recalling" },
      { from: "b", to: "d", paragraphId: "b#pp1", verb: "Recalling" },
    ]);
  });

  it("citationPath is null when the engine finds no path within the bound, without walking; [] to itself", async () => {
    const { store, names } = fakeStore(graph());
    expect(await store.citationPath("e", "a", 4)).toBeNull();
    expect(names()).toEqual(["shortestPathLength"]);
    expect(await store.citationPath("zz", "zz", 0)).toEqual([]);
    expect(await store.citationPath("a", "b", 0)).toBeNull();
    expect(names()).toEqual(["shortestPathLength"]);
  });

  it("citationPath beyond the table's bound walks level by level and reads the chain's paragraphs after", async () => {
    const { store, names } = fakeStore([
      ...graph(),
      [S.paragraphsByIds, (p) => (p.keys as string[]).map((id) => ({ resolution: id.split("#")[0], paragraph: { key: id, label: "pp1", kind: "preambular", ordinal: 1, verb: "Recalling", text: "", footnotes: [] } }))],
    ]);
    const path = await store.citationPath("a", "d", MAX_DEPTH + 1);
    expect(path).toEqual([
      { from: "a", to: "b", paragraphId: "a#pp1", verb: "Recalling" },
      { from: "b", to: "d", paragraphId: "b#pp1", verb: "Recalling" },
    ]);
    expect(names()).toEqual(["recallsFrom", "recallsFrom", "paragraphsByIds"]);
  });

  it("the smallest chain is smallest from the start, not by parents: a→b→y→t beats a→c→x→t", async () => {
    const edges: Array<[string, string]> = [["a", "c"], ["a", "b"], ["c", "x"], ["b", "y"], ["x", "t"], ["y", "t"]];
    const { store } = fakeStore([...graphOf(edges), [S.shortestPathLength, [{ length: 3 }]]]);
    expect((await store.citationPath("a", "t", 5))?.map((h) => h.to)).toEqual(["b", "y", "t"]);
    // lineage's `via` is the other rule: the smallest parent at the previous depth.
    expect((await store.lineage("a", "ancestors", 3)).find((e) => e.symbol === "t")?.via.from).toBe("x");
  });
});

describe("resolutionsOfCountries", () => {
  it("sends the distinct codes and integer paging in one read, and gives one page per code in order", async () => {
    const resolution = (symbol: string) => ({ symbol, stub: false, title: "t", body: "General Assembly", adoptedOn: "2020-01-01", year: 2020, session: "74", meeting: null, voteMethod: "unknown", votesYes: null, votesNo: null, votesAbstain: null, sourcePath: "p", sourceHash: "h" });
    const { store, sent } = fakeStore([[S.resolutionsOfCountries, [{ owner: "MMR", total: 3, page: [resolution("A/RES/74/246")] }]]]);
    const pages = await store.resolutionsOfCountries(["MMR", "ZZZ", "MMR"], { first: 1, offset: 2 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.mode).toBe("READ");
    expect(sent[0]?.params.keys).toEqual(["MMR", "ZZZ"]);
    expect(isInt(sent[0]?.params.first) && isInt(sent[0]?.params.offset) && `${String(sent[0]?.params.offset)} ${String(sent[0]?.params.first)}`).toBe("2 1");
    expect(pages.map((p) => [p.items.map((n) => n.symbol), p.totalCount])).toEqual([[["A/RES/74/246"], 3], [[], 0], [["A/RES/74/246"], 3]]);
    expect(await store.resolutionsOfCountries([], { first: 1, offset: 0 })).toEqual([]);
    await expect(store.resolutionsOfCountries(["MMR"], { first: -1, offset: 0 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(sent).toHaveLength(1);
  });
});

describe("search", () => {
  it("sends the escaped Lucene query and integer paging, and builds snippets from the text", async () => {
    const { store, sent } = fakeStore([
      [S.search, [{ total: 7, page: [{ paragraphId: "X#pp1", resolution: "X", score: 2.5, text: "Reaffirming human rights law," }] }]],
    ]);
    const out = await store.search({ text: 'human "rights', body: "Human Rights Council", yearFrom: 2000, first: 5, offset: 10 });
    expect(sent[0]?.params).toMatchObject({ query: `"human" AND "\\"rights"`, body: "Human Rights Council", yearTo: null });
    expect(["yearFrom", "offset", "first"].map((k) => isInt(sent[0]?.params[k]))).toEqual([true, true, true]);
    expect(out).toEqual({ total: 7, hits: [{ paragraphId: "X#pp1", resolution: "X", score: 2.5, snippet: "Reaffirming «human rights» law," }] });
  });

  it("sends nothing for text with nothing to search, and refuses bad paging", async () => {
    const { store, sent } = fakeStore();
    expect(await store.search({ text: " ** ", first: 10 })).toEqual({ hits: [], total: 0 });
    await expect(store.search({ text: "x", first: -1 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(sent).toEqual([]);
  });
});

describe("listResolutions and counts", () => {
  it("asks for one row more than the page, with the cursor as parameters", async () => {
    const { store, sent } = fakeStore([[S.countResolutions, [{ n: 0 }]]]);
    await store.listResolutions({ first: 2, after: { adoptedOn: "", symbol: "A/RES/1" } });
    expect(sent[0]?.params).toMatchObject({ afterSymbol: "A/RES/1", afterAdoptedOn: "" });
    expect(String(sent[0]?.params.limit)).toBe("3");
    await expect(store.listResolutions({ first: 1.5 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("failures", () => {
  it("an unreachable server is StoreUnavailableError with a one-line reason", async () => {
    const down = new Neo4jError("Could not perform discovery.\nNo routing servers available.", "ServiceUnavailable", "08000", "error");
    const { store } = fakeStore([], down);
    const err = await store.counts().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "STORE_UNAVAILABLE" });
    expect((err as Error).message).toBe("cannot open neo4j:neo4j://fake:7687: server unreachable (Could not perform discovery)");
    expect((err as Error).message).not.toContain("secret");
  });

  it.each([
    ["Failed to connect to server. Please ensure that your database is listening. Caused by: connect ECONNREFUSED 127.0.0.1:7687", "connect ECONNREFUSED 127.0.0.1:7687"],
    ["Could not perform discovery. No routing servers available. Known routing table: RoutingTable[…]", "Could not perform discovery"],
  ])("shortens the driver's connection message %#", (message, reason) => {
    expect(shortReason(message)).toBe(reason);
  });

  it("bad credentials say so; other server errors propagate unchanged", async () => {
    const auth = new Neo4jError("The client is unauthorized", "Neo.ClientError.Security.Unauthorized", "42NFF", "error");
    await expect(fakeStore([], auth).store.counts()).rejects.toThrow(/authentication failed: check NEO4J_USER and NEO4J_PASSWORD/);
    const constraint = new Neo4jError("already exists", "Neo.ClientError.Schema.ConstraintValidationFailed", "22N41", "error");
    await expect(fakeStore([], constraint).store.counts()).rejects.toBe(constraint);
  });

  it("a read that fails transiently is run again; one that keeps failing is StoreUnavailableError", async () => {
    const transient = () => new Neo4jError("Leader switched", "Neo.TransientError.General.DatabaseUnavailable", "08000", "error");
    let failures = 1;
    const { store, sent } = fakeStore([[S.countResolutions, [{ n: 0 }]]], () => (failures-- > 0 ? transient() : undefined));
    expect(await store.listResolutions({ first: 1 })).toMatchObject({ items: [] });
    const clean = fakeStore([[S.countResolutions, [{ n: 0 }]]]);
    await clean.store.listResolutions({ first: 1 });
    expect(sent).toEqual(clean.sent);
    const always = fakeStore([], transient);
    await expect(always.store.counts()).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
  });

  it("a closed store refuses calls", async () => {
    const { store } = fakeStore();
    await store.close();
    await expect(store.counts()).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
  });
});

describe("the API's reads", () => {
  it("writes each mention's seq, its order in the document", async () => {
    const { store, sent, names } = fakeStore([notLoaded]);
    await store.upsertDocument(hrc3632, source("A/HRC/RES/36/32"));
    const countries = sent[names().indexOf("createMentions:Country")]?.params.mentions as Array<Record<string, unknown>>;
    expect(countries.map((m) => [m.key, isInt(m.seq) ? Number(m.seq) : m.seq])).toEqual([
      ["BDI", 0],
      ["MMR", 1],
    ]);
    // The paragraph's own text by offset, then its footnotes' mentions in document order.
    expect(S.mentionsInParagraphs.cypher).toContain("ORDER BY paragraphId, footnote IS NOT NULL, CASE WHEN footnote IS NULL THEN start ELSE seq END, seq");
    expect(countries.every((m) => m.footnote === null)).toBe(true);
  });

  it("recallsOf: one query for deduplicated keys, in the asked direction, spread back per key", async () => {
    const rows = [
      { owner: "B", recaller: "A", recalled: "B", verbs: ["Recalling"], paragraphs: ["pp1"] },
      { owner: "B", recaller: "C", recalled: "B", verbs: [], paragraphs: ["op1"] },
    ];
    const { store, sent, names } = fakeStore([[S.recallsIn, rows]]);
    expect(await store.recallsOf(["B", "x", "B"], "in")).toEqual([
      [
        { from: "A", to: "B", verbs: ["Recalling"], paragraphs: ["pp1"] },
        { from: "C", to: "B", verbs: [], paragraphs: ["op1"] },
      ],
      [],
      [
        { from: "A", to: "B", verbs: ["Recalling"], paragraphs: ["pp1"] },
        { from: "C", to: "B", verbs: [], paragraphs: ["op1"] },
      ],
    ]);
    expect(names()).toEqual(["recallsIn"]);
    expect(sent[0]?.params).toEqual({ keys: ["B", "x"] });
    await store.recallsOf(["A"], "out");
    expect(names()).toEqual(["recallsIn", "recallsOut"]);
    expect(await store.recallsOf([], "out")).toEqual([]);
    expect(sent).toHaveLength(2);
    await expect(store.recallsOf(["A"], "up" as "in")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("concernsOf and votesOf map rows to Country records", async () => {
    const { store, names } = fakeStore([
      [S.concernsOf, [{ owner: "R", key: "SSD", name: "South Sudan" }]],
      [S.votesOf, [{ owner: "R", vote: "no", key: "CHN", name: "China" }]],
    ]);
    expect(await store.concernsOf(["R", "Q"])).toEqual([[{ label: "Country", key: "SSD", name: "South Sudan" }], []]);
    expect(await store.votesOf(["R"])).toEqual([[{ country: { label: "Country", key: "CHN", name: "China" }, vote: "no" }]]);
    expect(names()).toEqual(["concernsOf", "votesOf"]);
    expect(S.votesOf.cypher).toContain("CASE vote WHEN 'yes' THEN 0 WHEN 'no' THEN 1 WHEN 'abstain' THEN 2 ELSE 3 END, name, key");
  });

  it("linkAnalyses replaces each page's SPONSORED edges in the same write; an unlinked page gets none", async () => {
    const { store, sent, names } = fakeStore([[S.sponsorsOf, [{ owner: "R", key: "JPN", name: "Japan" }]]]);
    await store.linkAnalyses([
      { key: "p", resolution: { symbol: "R", score: 0.5 }, matches: [], sponsors: [{ code: "JPN", name: "Japan" }] },
      { key: "q", resolution: null, matches: [], sponsors: [{ code: "KHM", name: "Cambodia" }] },
    ]);
    expect(names()).toEqual(["linkAnalyses", "unlinkSponsors", "linkSponsors"]);
    expect(sent.every((x) => x.mode === "WRITE")).toBe(true);
    expect(sent[1]?.params).toEqual({ keys: ["p", "q"] });
    expect(sent[2]?.params).toEqual({
      links: [
        { key: "p", resolution: "R", sponsors: [{ code: "JPN", name: "Japan" }] },
        { key: "q", resolution: null, sponsors: [] },
      ],
    });
    expect(await store.sponsorsOf(["R", "Q"])).toEqual([[{ label: "Country", key: "JPN", name: "Japan" }], []]);
  });

  it("linkAnalyses offers the states whose SPONSORED edges it removed to the orphan sweep, in the same write", async () => {
    const { store, sent, names } = fakeStore([[S.unlinkSponsors, [{ id: "4:x:1" }, { id: "4:x:2" }]]]);
    await store.linkAnalyses([{ key: "p", resolution: null, matches: [], sponsors: [] }]);
    expect(names()).toEqual(["linkAnalyses", "unlinkSponsors", "linkSponsors", "removeOrphans"]);
    expect(sent[3]?.params).toEqual({ ids: ["4:x:1", "4:x:2"] });
    expect(sent.every((x) => x.mode === "WRITE")).toBe(true);
  });

  it("findEntities: the label's statement, the name lower-cased, the limit an Integer; none for limit 0", async () => {
    const { store, sent, names } = fakeStore([[ENTITY_STATEMENTS.Law.findEntities, [{ key: "KHM:Land Law", name: "Land Law", country: "KHM", exact: true }]]]);
    expect(await store.findEntities("Law", "LAND Law", 3)).toEqual([{ label: "Law", key: "KHM:Land Law", name: "Land Law", country: "KHM" }]);
    expect(names()).toEqual(["findEntities:Law"]);
    expect(sent[0]?.params.name).toBe("land law");
    expect(isInt(sent[0]?.params.limit)).toBe(true);
    expect(await store.findEntities("Law", "x", 0)).toEqual([]);
    expect(sent).toHaveLength(1);
    await expect(store.findEntities("Planet" as "Law", "x", 1)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("findResolutions and findParagraphs: one read query each, total and page from its one row", async () => {
    const stub = { symbol: "A/RES/70/1", stub: true, title: null, body: null, session: null, year: null, adoptedOn: null, meeting: null, voteMethod: null, votesYes: null, votesNo: null, votesAbstain: null, sourcePath: null, sourceHash: null };
    const paragraph = { key: "R#op1", label: "op1", kind: "operative", ordinal: 1, verb: "Decides", text: "Decides.", footnotes: ["1: A note: with a colon."] };
    const resolutions = resolutionListQuery({ filter: { includeStubs: true }, orderBy: "SYMBOL_ASC", first: 1, offset: 2 })!;
    const paragraphs = paragraphListQuery({ filter: { verb: "Decides" }, first: 1, offset: 0 })!;
    const { store, sent } = fakeStore([
      [resolutions.statement, [{ total: 9, page: [stub] }]],
      [paragraphs.statement, [{ total: 4, page: [{ resolution: "R", paragraph }] }]],
    ]);
    expect(await store.findResolutions({ filter: { includeStubs: true }, orderBy: "SYMBOL_ASC", first: 1, offset: 2 })).toEqual({
      totalCount: 9,
      items: [{ symbol: "A/RES/70/1", stub: true }],
    });
    expect(await store.findParagraphs({ filter: { verb: "Decides" }, first: 1, offset: 0 })).toEqual({
      totalCount: 4,
      items: [{ id: "R#op1", resolution: "R", key: "op1", kind: "operative", ordinal: 1, verb: "Decides", text: "Decides.", footnotes: [{ mark: "1", text: "A note: with a colon." }] }],
    });
    expect(sent.map((x) => [x.mode, x.params])).toEqual([
      ["READ", resolutions.params],
      ["READ", paragraphs.params],
    ]);
    // Nothing to search for, or bad input: no query at all.
    expect(await store.findParagraphs({ filter: { text: "***" }, first: 1, offset: 0 })).toEqual({ items: [], totalCount: 0 });
    await expect(store.findResolutions({ filter: {}, orderBy: "ADOPTED_ASC", first: -1, offset: 0 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(sent).toHaveLength(2);
  });
});
