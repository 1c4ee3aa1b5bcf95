// Hand-built ResolutionDocuments for the store tests. Deliberately not produced by the parser: the
// store contract must hold for any well-formed document, and must not move when the parser does.

import type { Mention, Paragraph, Reference, ResolutionDocument, ResolutionHeader, SourceInfo } from "../../src/domain.js";

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
