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

/** The thesauri the UN classifies its resolutions with (AKN4UN `classification` keywords, data_extract `subjects` / `SDGs`). */
export const SUBJECT_SCHEMES = ["UNBIS", "SDG", "EuroVoc"] as const;
export type SubjectScheme = (typeof SUBJECT_SCHEMES)[number];

/** A subject heading a resolution is classified under: `{UNBIS, "INTERNATIONAL COOPERATION"}`, `{SDG, "5"}`. */
export interface Subject {
  scheme: SubjectScheme;
  /** Stable key within its scheme: the UNBIS / EuroVoc term in capitals, the SDG's number. */
  key: string;
  /** As the source prints it ("Gender equality" for SDG 5). */
  label: string;
}

/** One state among a resolution's sponsors, from the UN's metadata. */
export interface Sponsorship {
  /** ISO 3166 alpha-3. */
  country: string;
  name: string;
  /** Listed among the additional sponsors (joined after the draft was introduced). */
  additional: boolean;
}

/**
 * What the UN's per-resolution metadata says of one resolution (GA `data_extract` JSON lines): who
 * sponsored it, how it was adopted and who voted how. Stored apart from the text, matched by symbol,
 * so either may be loaded first.
 */
export interface ResolutionMetadata {
  /** Canonical symbol, as ResolutionHeader.symbol spells it. */
  symbol: string;
  title?: string;
  /** `YYYY-MM-DD`. */
  adoptedOn?: string;
  meeting?: string;
  /** "Without a vote", "Recorded vote" … as the source prints it. */
  adoptionType?: string;
  /** The draft or report the resolution was adopted on (`A/75/L.1`, `A/75/382`). */
  originatingDocument?: string;
  /** "Fifth Committee", "Without reference to a Main Committee". */
  committee?: string;
  /** "Agenda item 128 (a)". */
  agendaItem?: string;
  /** The verbatim record of the adopting meeting (`A/75/PV.3`). */
  verbatimRecord?: string;
  /** Counts of a recorded vote; absent when adopted without one. */
  voteCounts?: VoteCounts;
  /** Per-state recorded votes (empty without a recorded vote). */
  votes: CountryVote[];
  sponsors: Sponsorship[];
  subjects: Subject[];
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
  /** Subject headings, when the source classifies the text (AKN4UN XML). */
  subjects?: Subject[];
  /** The format the document was read from, richest first: AKN4UN XML, PDF, plain text. */
  format?: SourceFormat;
}

export const SOURCE_FORMATS = ["akn", "pdf", "text"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

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
