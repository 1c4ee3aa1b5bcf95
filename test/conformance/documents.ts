// Hand-built ResolutionDocuments (and one analysis page) for the store tests. Deliberately not
// produced by the parser: the store contract must hold for any well-formed document, and must not
// move when the parser does.

import type { AnalysisDocument, Mention, Paragraph, Reference, ResolutionDocument, ResolutionHeader, SourceInfo } from "../../src/domain.js";

export const source = (symbol: string, version = 1): SourceInfo => ({
  path: `seeds/${symbol.replaceAll("/", "_")}.txt`,
  // Not a real sha256, only distinct per (symbol, version), which is all the store looks at.
  hash: `${symbol}@v${version}`.padEnd(64, "0"),
});

/** Offsets of `surface` in `text`, so that `text.slice(start, end) === surface` as the domain requires. */
function span(text: string, surface: string): { start: number; end: number } {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${JSON.stringify(surface)} not in ${JSON.stringify(text)}`);
  return { start, end: start + surface.length };
}

const OP1 = "Calls upon Myanmar and Burundi to cooperate fully with the Office of the High Commissioner;";
const PP2 = "Reaffirming the Universal Declaration of Human Rights,1";
const PP1_3322 = "Guided by the Charter of the United Nations and General Assembly resolution 70/1,";

/** HRC 36/32: votes, footnotes, sub-paragraphs, references to loaded and unloaded targets, mentions. */
export const hrc3632: ResolutionDocument = {
  resolution: {
    symbol: "A/HRC/RES/36/32",
    title: "Cooperation with the United Nations, its representatives and mechanisms in the field of human rights",
    body: "Human Rights Council",
    adoptedOn: "2017-09-29",
    meeting: "40th meeting",
    voteMethod: "recorded vote",
    votes: { yes: 31, no: 0, abstain: 16 },
  },
  paragraphs: [
    {
      key: "pp1",
      kind: "preambular",
      ordinal: 1,
      verb: "Recalling",
      text: "Recalling General Assembly resolution 70/1 of 25 September 2015 and Human Rights Council resolution 33/22,",
      footnotes: [],
    },
    {
      key: "pp2",
      kind: "preambular",
      ordinal: 2,
      verb: "Reaffirming",
      text: PP2,
      footnotes: [{ mark: "1", text: "General Assembly resolution 217 A (III)." }],
    },
    {
      key: "op1",
      kind: "operative",
      ordinal: 3,
      verb: "Calls upon",
      text: OP1,
      footnotes: [],
    },
    {
      key: "op1(a)",
      kind: "operative",
      ordinal: 4,
      verb: "",
      text: "To implement resolution 33/22 and document A/HRC/36/31;",
      footnotes: [
        { mark: "*", text: "Reissued for technical reasons." },
        { mark: "2", text: "A/HRC/36/31." },
      ],
    },
  ],
  references: [
    { paragraph: "pp1", kind: "resolution", target: "A/RES/70/1", verb: "Recalling", date: "2015-09-25" },
    { paragraph: "pp1", kind: "resolution", target: "A/HRC/RES/33/22", verb: "Recalling" },
    { paragraph: "pp2", kind: "resolution", target: "A/RES/217(III)", verb: "Reaffirming" },
    { paragraph: "op1(a)", kind: "resolution", target: "A/HRC/RES/33/22" },
    { paragraph: "op1(a)", kind: "document", target: "A/HRC/36/31" },
  ],
  // Deliberately not in offset order: the store must order mentions by start.
  mentions: [
    { paragraph: "op1", kind: "country", name: "Burundi", id: "BDI", ...span(OP1, "Burundi") },
    { paragraph: "op1", kind: "country", name: "Myanmar", id: "MMR", ...span(OP1, "Myanmar") },
    {
      paragraph: "op1",
      kind: "organization",
      name: "Office of the United Nations High Commissioner for Human Rights",
      ...span(OP1, "Office of the High Commissioner"),
    },
    { paragraph: "pp2", kind: "instrument", name: "Universal Declaration of Human Rights", ...span(PP2, "Universal Declaration of Human Rights") },
  ],
};

/** Adopted without a vote, so no vote counts; cites 70/1 like 36/32 does. */
export const hrc3322: ResolutionDocument = {
  resolution: {
    symbol: "A/HRC/RES/33/22",
    title: "Human rights and unilateral coercive measures",
    body: "Human Rights Council",
    adoptedOn: "2016-09-30",
    meeting: "39th meeting",
    voteMethod: "without a vote",
  },
  paragraphs: [
    {
      key: "pp1",
      kind: "preambular",
      ordinal: 1,
      verb: "Guided by",
      text: PP1_3322,
      footnotes: [],
    },
    { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: "Decides to remain seized of the matter.", footnotes: [] },
  ],
  references: [{ paragraph: "pp1", kind: "resolution", target: "A/RES/70/1", verb: "Guided by" }],
  mentions: [{ paragraph: "pp1", kind: "instrument", name: "Charter of the United Nations", ...span(PP1_3322, "Charter of the United Nations") }],
};

/** The same symbol as hrc3632 with different content: fewer paragraphs, another citation. */
export const hrc3632Revised: ResolutionDocument = {
  resolution: { ...hrc3632.resolution, meeting: "41st meeting", votes: { yes: 30, no: 1, abstain: 16 } },
  paragraphs: [
    {
      key: "pp1",
      kind: "preambular",
      ordinal: 1,
      verb: "Recalling",
      text: "Recalling General Assembly resolution 60/251,",
      footnotes: [],
    },
    { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: "Decides to continue its consideration.", footnotes: [] },
  ],
  references: [{ paragraph: "pp1", kind: "resolution", target: "A/RES/60/251", verb: "Recalling" }],
  mentions: [],
};

/** A minimal document, for volume tests such as pagination. */
export function tinyDocument(symbol: string, adoptedOn: string, overrides: Partial<ResolutionHeader> = {}): ResolutionDocument {
  const paragraph: Paragraph = { key: "op1", kind: "operative", ordinal: 1, verb: "Decides", text: `Decides (${symbol}).`, footnotes: [] };
  return {
    resolution: {
      symbol,
      title: `Resolution ${symbol}`,
      body: "General Assembly",
      adoptedOn,
      meeting: "",
      voteMethod: "",
      ...overrides,
    },
    paragraphs: [paragraph],
    references: [],
    mentions: [],
  };
}

/** Two paragraphs with the same key: any store must refuse it. */
export function withDuplicateKey(doc: ResolutionDocument): ResolutionDocument {
  const first = doc.paragraphs[0];
  if (!first) throw new Error("document has no paragraph to duplicate");
  const duplicate: Paragraph = { ...first, ordinal: doc.paragraphs.length + 1, text: "Duplicate." };
  return { ...doc, paragraphs: [...doc.paragraphs, duplicate] };
}

export class SimulatedCrash extends Error {}

/**
 * The document with one more mention whose offset blows up when read: the store has by then
 * written the header and paragraphs, which models a crash in the middle of an ingest.
 */
export function failingLate(doc: ResolutionDocument, fail: () => never = () => {
  throw new SimulatedCrash("simulated crash while writing mentions");
}): ResolutionDocument {
  const paragraph = doc.paragraphs[doc.paragraphs.length - 1]?.key ?? "op1";
  const bomb = { paragraph, kind: "country", name: "Nowhere", end: 1 } as Omit<Mention, "start">;
  Object.defineProperty(bomb, "start", { enumerable: true, get: fail });
  return { ...doc, mentions: [...doc.mentions, bomb as Mention] };
}

/** The references of a document, as the port returns them from `referencesFromParagraphs`. */
export const referencesOf = (doc: ResolutionDocument, key: string): Reference[] =>
  doc.references.filter((r) => r.paragraph === key);

// --- graph fixtures -----------------------------------------------------------------------------

/**
 * A resolution whose paragraph i recalls targets[i] (one reference each). `extra` adds paragraphs
 * after those, e.g. an operative paragraph citing one of the targets again with another verb.
 */
export function recalling(
  symbol: string,
  adoptedOn: string,
  targets: readonly string[],
  extra: readonly { verb: string; target: string }[] = [],
): ResolutionDocument {
  const paragraphs: Paragraph[] = [];
  const references: Reference[] = [];
  targets.forEach((target, i) => {
    const key = `pp${i + 1}`;
    paragraphs.push({ key, kind: "preambular", ordinal: i + 1, verb: "Recalling", text: `Recalling resolution ${target},`, footnotes: [] });
    references.push({ paragraph: key, kind: "resolution", target, verb: "Recalling" });
  });
  extra.forEach(({ verb, target }, i) => {
    const key = `op${i + 1}`;
    paragraphs.push({ key, kind: "operative", ordinal: targets.length + i + 1, verb, text: `${verb} resolution ${target};`, footnotes: [] });
    references.push({ paragraph: key, kind: "resolution", target, verb });
  });
  return { ...tinyDocument(symbol, adoptedOn), paragraphs, references };
}

/**
 * The lineage graph, all of it loaded except the stubs at the ends:
 * - chain   L/RES/1 → L/RES/2 → L/RES/3 → L/RES/4 (stub)
 * - diamond M/RES/1 → {M/RES/2, M/RES/3} → M/RES/4 → M/RES/5 (stub); M/RES/1 recalls M/RES/3 in
 *   pp1 and M/RES/2 in pp2, and again in op1 with another verb
 * - cycle   X/RES/1 → X/RES/2 → X/RES/1, and X/RES/2 → X/RES/9 (stub)
 * Listed out of dependency order on purpose: loading order must not matter.
 */
export const lineageGraph: ResolutionDocument[] = [
  recalling("L/RES/3", "2003-01-01", ["L/RES/4"]),
  recalling("L/RES/1", "2001-01-01", ["L/RES/2"]),
  recalling("L/RES/2", "2002-01-01", ["L/RES/3"]),
  recalling("M/RES/4", "2014-01-01", ["M/RES/5"]),
  recalling("M/RES/1", "2011-01-01", ["M/RES/3", "M/RES/2"], [{ verb: "Decides", target: "M/RES/2" }]),
  recalling("M/RES/3", "2013-01-01", ["M/RES/4"]),
  recalling("M/RES/2", "2012-01-01", ["M/RES/4"]),
  recalling("X/RES/2", "2020-01-02", ["X/RES/1", "X/RES/9"]),
  recalling("X/RES/1", "2020-01-01", ["X/RES/2"]),
];

const KHM_OP1 = "Urges Cambodia to amend the Land Law, as the Special Rapporteur Rhona Smith recommended;";
const KHM_OP2 = "Welcomes the visit of Rhona Smith to Cambodia;";
const KHM_EARLIER = "Notes that Cambodia adopted the Land Law;";

/** Concerns one state, so its law is keyed `KHM:Land Law`; has recorded votes per state. */
export const cambodia: ResolutionDocument = {
  resolution: {
    symbol: "A/HRC/RES/39/1",
    title: "Advisory services and technical assistance for Cambodia",
    body: "Human Rights Council",
    adoptedOn: "2018-09-27",
    meeting: "",
    voteMethod: "recorded vote",
    votes: { yes: 2, no: 1, abstain: 0 },
  },
  paragraphs: [
    { key: "op1", kind: "operative", ordinal: 1, verb: "Urges", text: KHM_OP1, footnotes: [] },
    { key: "op2", kind: "operative", ordinal: 2, verb: "Welcomes", text: KHM_OP2, footnotes: [] },
  ],
  references: [],
  mentions: [
    { paragraph: "op1", kind: "country", name: "Cambodia", id: "KHM", ...span(KHM_OP1, "Cambodia") },
    { paragraph: "op1", kind: "law", name: "Land Law", ...span(KHM_OP1, "Land Law") },
    { paragraph: "op1", kind: "person", name: "Rhona Smith", ...span(KHM_OP1, "Rhona Smith") },
    { paragraph: "op2", kind: "person", name: "Rhona Smith", ...span(KHM_OP2, "Rhona Smith") },
    { paragraph: "op2", kind: "country", name: "Cambodia", id: "KHM", ...span(KHM_OP2, "Cambodia") },
  ],
  concerns: [{ code: "KHM", name: "Cambodia" }],
  countryVotes: [
    { country: "JPN", name: "Japan", vote: "yes" },
    { country: "KHM", name: "Cambodia", vote: "yes" },
    { country: "VEN", name: "Venezuela (Bolivarian Republic of)", vote: "no" },
  ],
};

/** An earlier resolution about Cambodia naming the same law, for ordering and co-mention counts. */
export const cambodiaEarlier: ResolutionDocument = {
  resolution: {
    symbol: "A/HRC/RES/30/23",
    title: "Advisory services and technical assistance for Cambodia",
    body: "Human Rights Council",
    adoptedOn: "2015-10-02",
    meeting: "",
    voteMethod: "without a vote",
  },
  paragraphs: [{ key: "op1", kind: "operative", ordinal: 1, verb: "Notes", text: KHM_EARLIER, footnotes: [] }],
  references: [],
  mentions: [
    { paragraph: "op1", kind: "country", name: "Cambodia", id: "KHM", ...span(KHM_EARLIER, "Cambodia") },
    { paragraph: "op1", kind: "law", name: "Land Law", ...span(KHM_EARLIER, "Land Law") },
  ],
  concerns: [{ code: "KHM", name: "Cambodia" }],
};

const FILLER = [
  "Decides to convene a high-level meeting on the question.",
  "Requests the Secretary-General to submit a report at its next session.",
  "Invites Member States to consider the recommendations.",
  "Encourages cooperation among the regional commissions.",
  "Takes note of the report of the Special Committee.",
  "Calls upon all States to ratify the relevant conventions.",
  "Decides to include the item in the provisional agenda.",
];

/**
 * A small corpus whose bm25 order is unambiguous (term frequency, then paragraph length). The
 * filler resolution keeps "water" rare enough for its inverse document frequency to be positive.
 */
export const searchCorpus: ResolutionDocument[] = [
  {
    ...tinyDocument("A/RES/70/300", "2016-01-01"),
    paragraphs: FILLER.map((text, i) => ({ key: `op${i + 1}`, kind: "operative", ordinal: i + 1, verb: "", text, footnotes: [] })),
  },
  {
    ...tinyDocument("A/RES/64/292", "2010-07-28"),
    paragraphs: [
      { key: "op1", kind: "operative", ordinal: 1, verb: "Recognizes", text: "Recognizes the right to safe and clean drinking water and sanitation as a human right;", footnotes: [] },
    ],
  },
  {
    ...tinyDocument("A/HRC/RES/30/2", "2015-10-01", { body: "Human Rights Council" }),
    paragraphs: [{ key: "op1", kind: "operative", ordinal: 1, verb: "Calls", text: "Calls for water, water and more water for all;", footnotes: [] }],
  },
  {
    ...tinyDocument("A/HRC/RES/45/8", "2020-10-06", { body: "Human Rights Council" }),
    paragraphs: [
      {
        key: "pp1",
        kind: "preambular",
        ordinal: 1,
        verb: "Recalling",
        text: "Recalling all previous resolutions of the General Assembly and of the Human Rights Council on the human rights to safe drinking water and sanitation, adopted over many years,",
        footnotes: [],
      },
      { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: "Decides to remain seized of the matter.", footnotes: [] },
    ],
  },
];

/** A resolution that recalls itself (a parse of "this resolution" gone wrong must not break lineage). */
export const recallingSelf: ResolutionDocument = recalling("A/RES/1/1", "2001-01-01", ["A/RES/1/1"]);

// --- list fixtures (findResolutions, findParagraphs, recallsOf, concernsOf, votesOf, findEntities) --

const MMR_PP1 = "Recalling its resolution 73/264 and Human Rights Council resolution 36/32,";
const MMR_PP2 = "Recalling also the Universal Declaration of Human Rights,";
const MMR_OP1 = "Recalls the report of the Special Rapporteur on Myanmar;";
const MMR_OP2 = "Calls upon Myanmar to ensure the safe return of refugees;";

/**
 * A General Assembly resolution about one state, with per-state votes (listed out of order; the
 * names sort differently from the codes: Netherlands/NLD before Niger/NER, Türkiye/TUR after
 * Turkmenistan by name), verbs `Recalling`, `Recalling also` and `Recalls`, and citations of a
 * loaded resolution (36/32), a stub (73/264) and a document.
 */
export const gaMyanmar: ResolutionDocument = {
  resolution: {
    symbol: "A/RES/74/246",
    title: "Situation of human rights of Rohingya Muslims and other minorities in Myanmar",
    body: "General Assembly",
    adoptedOn: "2019-12-27",
    meeting: "50th plenary meeting",
    voteMethod: "recorded vote",
    votes: { yes: 4, no: 2, abstain: 3 },
  },
  paragraphs: [
    { key: "pp1", kind: "preambular", ordinal: 1, verb: "Recalling", text: MMR_PP1, footnotes: [] },
    { key: "pp2", kind: "preambular", ordinal: 2, verb: "Recalling also", text: MMR_PP2, footnotes: [] },
    { key: "op1", kind: "operative", ordinal: 3, verb: "Recalls", text: MMR_OP1, footnotes: [] },
    { key: "op2", kind: "operative", ordinal: 4, verb: "Calls upon", text: MMR_OP2, footnotes: [] },
  ],
  references: [
    { paragraph: "pp1", kind: "resolution", target: "A/RES/73/264", verb: "Recalling" },
    { paragraph: "pp1", kind: "resolution", target: "A/HRC/RES/36/32", verb: "Recalling" },
    { paragraph: "op1", kind: "document", target: "A/74/342", verb: "Recalls" },
  ],
  mentions: [
    { paragraph: "pp2", kind: "instrument", name: "Universal Declaration of Human Rights", ...span(MMR_PP2, "Universal Declaration of Human Rights") },
    { paragraph: "op1", kind: "country", name: "Myanmar", id: "MMR", ...span(MMR_OP1, "Myanmar") },
    { paragraph: "op2", kind: "country", name: "Myanmar", id: "MMR", ...span(MMR_OP2, "Myanmar") },
  ],
  concerns: [{ code: "MMR", name: "Myanmar" }],
  countryVotes: [
    { country: "NER", name: "Niger", vote: "yes" },
    { country: "IND", name: "India", vote: "abstain" },
    { country: "MMR", name: "Myanmar", vote: "no" },
    { country: "TUR", name: "Türkiye", vote: "yes" },
    { country: "ARG", name: "Argentina", vote: "yes" },
    { country: "TKM", name: "Turkmenistan", vote: "abstain" },
    { country: "JPN", name: "Japan", vote: "abstain" },
    { country: "CHN", name: "China", vote: "no" },
    { country: "NLD", name: "Netherlands", vote: "yes" },
  ],
};

const SDN_OP1 = "Decides that Sudan and South Sudan shall cease all hostilities;";

/** A Security Council resolution (no session) about two states, whose names sort unlike their codes. */
export const sudans: ResolutionDocument = {
  resolution: {
    symbol: "S/RES/2046 (2012)",
    title: "Reports of the Secretary-General on the Sudan and South Sudan",
    body: "Security Council",
    adoptedOn: "2012-05-02",
    meeting: "6764th meeting",
    voteMethod: "unanimously",
  },
  paragraphs: [
    { key: "pp1", kind: "preambular", ordinal: 1, verb: "Reaffirming", text: "Reaffirming its previous resolutions, in particular resolution 1990 (2011),", footnotes: [] },
    { key: "op1", kind: "operative", ordinal: 2, verb: "Decides", text: SDN_OP1, footnotes: [] },
  ],
  references: [{ paragraph: "pp1", kind: "resolution", target: "S/RES/1990 (2011)", verb: "Reaffirming" }],
  mentions: [
    { paragraph: "op1", kind: "country", name: "Sudan", id: "SDN", ...span(SDN_OP1, "Sudan") },
    { paragraph: "op1", kind: "country", name: "South Sudan", id: "SSD", ...span(SDN_OP1, "South Sudan") },
  ],
  concerns: [
    { code: "SDN", name: "Sudan" },
    { code: "SSD", name: "South Sudan" },
  ],
};

/** Loaded but undated: sorts with the stubs (no date is "", first), by symbol. */
export const ecosocUndated: ResolutionDocument = tinyDocument("E/RES/2020/1", "", { body: "Economic and Social Council" });

/**
 * Seven loaded resolutions and four stubs (A/RES/217(III), A/RES/70/1, A/RES/73/264,
 * S/RES/1990 (2011)); listed out of date order so that insertion order cannot pass for the answer.
 */
export const listCorpus: ResolutionDocument[] = [gaMyanmar, hrc3322, ecosocUndated, cambodia, sudans, hrc3632, cambodiaEarlier];

// --- analysis fixtures (analysis pages and the sponsors their links bring) ----------------------

/** A page about Cambodia: its first quote opens HRC 36/32's op1, its second is in no paragraph. */
export const analysisPage: AnalysisDocument = {
  title: "Advisory services and technical assistance for Cambodia",
  body: "Human Rights Council",
  sessionType: "",
  agendaItem: "Item 10",
  countryConcerned: "Cambodia",
  summary: ["Mostly praise."],
  sponsors: ["Japan", "Cambodia"],
  quotes: [
    { section: "criticism", text: "Calls upon Myanmar and Burundi to cooperate…" },
    { section: "praise", text: "Something no paragraph says" },
  ],
  votes: { yes: 0, no: 0, abstain: 0, absent: 0 },
};

export const analysisPageSource: SourceInfo = { path: "seeds/analysis.txt", hash: "a".repeat(64) };
