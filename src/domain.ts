// The domain model of resgraph: what a parsed resolution is, independent of any store or API.
// Every other module imports these types from here; none redefines them.

export const BODIES = [
  "Human Rights Council",
  "General Assembly",
  "Security Council",
  "Economic and Social Council",
  "Commission on Human Rights",
] as const;
export type Body = (typeof BODIES)[number];

export const PARAGRAPH_KINDS = ["preambular", "operative"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** As the gold spec spells them; "" when the text does not say. */
export const VOTE_METHODS = ["without a vote", "unanimously", "recorded vote", ""] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

export const REFERENCE_KINDS = ["resolution", "document"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const MENTION_KINDS = ["country", "person", "organization", "law", "instrument"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
}

/** The header of a resolution: who adopted what, when and how. */
export interface ResolutionHeader {
  /** Canonical UN symbol: `A/HRC/RES/36/32`, `A/RES/217(III)`, `S/RES/242 (1967)`. */
  symbol: string;
  /** Title as printed; "" when the text prints none. */
  title: string;
  body: Body;
  /** `YYYY-MM-DD`, or "" when the text gives no adoption date. */
  adoptedOn: string;
  /** As printed, e.g. `42nd meeting`; "" when not given. */
  meeting: string;
  voteMethod: VoteMethod;
  /** Only when the text gives counts. */
  votes?: VoteCounts;
}

export interface Footnote {
  /** The mark as printed: `2`, `*`. */
  mark: string;
  text: string;
}

export interface Paragraph {
  /** `pp3`, `op28`, `op28(a)`, `op2(a)(i)`; unique within its resolution. */
  key: string;
  kind: ParagraphKind;
  /** 1-based position of the paragraph in the document, across kinds. */
  ordinal: number;
  /** Leading UN phrase (`Recalling also`, `Calls upon`); "" for sub-paragraphs and clauses without one. */
  verb: string;
  /** Clean text: no footnote markup, no page furniture, whitespace collapsed. */
  text: string;
  footnotes: Footnote[];
}

export interface Reference {
  /** Key of the citing paragraph. */
  paragraph: string;
  kind: ReferenceKind;
  /** Canonical symbol of the cited resolution, decision or document. */
  target: string;
  /** The citing paragraph's verb, when it has one. */
  verb?: string;
  /** `YYYY-MM-DD` when the text dates the cited resolution ("of 2 October 2015"). */
  date?: string;
}

export interface Mention {
  paragraph: string;
  kind: MentionKind;
  /** Canonical name. */
  name: string;
  /** ISO 3166 alpha-3 for countries. */
  id?: string;
  /**
   * Offsets into the paragraph's clean text (`text.slice(start, end)` is the surface form), or
   * into its footnote's text when `footnote` is set.
   */
  start: number;
  end: number;
  /** The mark of the footnote the mention is in, when the paragraph's own text does not name the entity. */
  footnote?: string;
}

export type Vote = "yes" | "no" | "abstain";

export interface CountryRef {
  /** ISO 3166 alpha-3 (ISO 3166-3 for former states such as the USSR). */
  code: string;
  name: string;
}

/** One state's recorded vote, where the text lists who voted how. */
export interface CountryVote {
  country: string;
  name: string;
  vote: Vote;
}

/** Everything parsing one resolution text yields. Pure data: the stores and the API never re-parse. */
export interface ResolutionDocument {
  resolution: ResolutionHeader;
  paragraphs: Paragraph[];
  references: Reference[];
  mentions: Mention[];
  /** The states the resolution is about (named in its title, or throughout its paragraphs). */
  concerns?: CountryRef[];
  /** Per-state votes, when the text lists them. */
  countryVotes?: CountryVote[];
}

/** Where a document came from, so that re-ingesting unchanged content can be skipped. */
export interface SourceInfo {
  /** Path as given to the CLI, or a label for in-memory input. */
  path: string;
  /** sha256 hex of the file's bytes. */
  hash: string;
}

/** One quoted passage on an analysis page ("Key praise" / "Key criticism"). */
export interface AnalysisQuote {
  section: "praise" | "criticism";
  /** As printed, without the surrounding quotation marks; may be abridged with "…". */
  text: string;
}

/**
 * An analysis page: a commentary on one resolution (title, body, sponsors, quotes, votes). It names
 * no symbol; which resolution it analyses is decided by matching its quotes against loaded texts.
 */
export interface AnalysisDocument {
  title: string;
  body: string;
  sessionType: string;
  agendaItem: string;
  countryConcerned: string;
  summary: string[];
  sponsors: string[];
  quotes: AnalysisQuote[];
  /** Counts as printed; absent when the page gives none. */
  votes?: { yes: number; no: number; abstain: number; absent: number };
}

/** How well an analysis quote matches a paragraph of a loaded resolution. */
export interface QuoteMatch {
  /** Index into AnalysisDocument.quotes. */
  quote: number;
  /** `<symbol>#<key>` of the best-matching paragraph. */
  paragraphId: string;
  /** 0..1, 1 = every word of the quote found in order. */
  score: number;
}
