// The graph model, written once as data. The Neo4j constraints and indexes, the Cypher lint schema,
// the SQLite schema checks and the tests' expectations are all derived from these two tables, so a
// label, relationship type or property exists everywhere or nowhere.

import type { MentionKind } from "../domain.js";

export type PropertyType = "STRING" | "INTEGER" | "FLOAT" | "BOOLEAN" | "LIST<STRING>";

export interface PropertySpec {
  readonly type: PropertyType;
  /** Absent (null) allowed when false. */
  readonly required: boolean;
  readonly description: string;
}

export interface NodeSpec {
  /** The property that identifies a node of this label (unique). */
  readonly key: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /** Properties indexed for lookups other than by key. */
  readonly indexed?: readonly string[];
}

export interface RelationshipSpec {
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

const req = (type: PropertyType, description: string): PropertySpec => ({ type, required: true, description });
const opt = (type: PropertyType, description: string): PropertySpec => ({ type, required: false, description });

const ENTITY_PROPERTIES = {
  key: req("STRING", "the canonical name (countries: ISO 3166 alpha-3 code)"),
  name: req("STRING", "canonical name"),
} as const;

export const NODES = {
  Resolution: {
    key: "symbol",
    description: "A resolution or decision; a stub while it is only cited and its text is not loaded.",
    properties: {
      symbol: req("STRING", "canonical UN symbol"),
      stub: req("BOOLEAN", "true while only cited, not loaded"),
      title: opt("STRING", "title as printed"),
      body: opt("STRING", "adopting body"),
      session: opt("STRING", "session number (`36`, `80`, `S-25`); absent for the Security Council"),
      year: opt("INTEGER", "year of adoption"),
      adoptedOn: opt("STRING", "YYYY-MM-DD"),
      meeting: opt("STRING", "meeting as printed"),
      voteMethod: opt("STRING", "without a vote | unanimously | recorded vote"),
      votesYes: opt("INTEGER", "votes in favour"),
      votesNo: opt("INTEGER", "votes against"),
      votesAbstain: opt("INTEGER", "abstentions"),
      sourcePath: opt("STRING", "file the text was loaded from"),
      sourceHash: opt("STRING", "sha256 of that file"),
      sourceFormat: opt("STRING", "akn | pdf | text: the format the loaded text was read from"),
      metadataTitle: opt("STRING", "from the UN's metadata: the title (a stub's title)"),
      metadataAdoptedOn: opt("STRING", "from the UN's metadata: YYYY-MM-DD (a stub's date, and where it sorts)"),
      metadataMeeting: opt("STRING", "from the UN's metadata: the adopting meeting, as printed (a stub's meeting)"),
      adoptionType: opt("STRING", "from the UN's metadata: how it was adopted, as printed (`Without a vote`)"),
      originatingDocument: opt("STRING", "from the UN's metadata: the draft or report it was adopted on"),
      committee: opt("STRING", "from the UN's metadata: the Main Committee that reported it"),
      agendaItem: opt("STRING", "from the UN's metadata: the agenda item, as printed"),
      verbatimRecord: opt("STRING", "from the UN's metadata: the verbatim record of the adopting meeting"),
      metadataVotesYes: opt("INTEGER", "from the UN's metadata: votes in favour"),
      metadataVotesNo: opt("INTEGER", "from the UN's metadata: votes against"),
      metadataVotesAbstain: opt("INTEGER", "from the UN's metadata: abstentions"),
      metadataPath: opt("STRING", "file the metadata record was loaded from"),
      metadataHash: opt("STRING", "content hash of the metadata record (a stub with one is kept)"),
    },
    indexed: ["sourceHash", "year", "body"],
  },
  Paragraph: {
    key: "key",
    description: "A preambular or operative paragraph; key is `<symbol>#<label>`.",
    properties: {
      key: req("STRING", "`<symbol>#<label>`"),
      label: req("STRING", "`pp3`, `op28(a)`"),
      kind: req("STRING", "preambular | operative"),
      ordinal: req("INTEGER", "1-based position in the resolution"),
      verb: req("STRING", "leading UN phrase, or empty"),
      text: req("STRING", "clean text"),
      footnotes: req("LIST<STRING>", "footnote texts, `mark: text`"),
    },
  },
  Document: {
    key: "symbol",
    description: "A UN document cited by symbol (report, letter, presidential statement).",
    properties: { symbol: req("STRING", "UN document symbol") },
  },
  Country: {
    key: "code",
    description: "A state, by ISO 3166 alpha-3 code.",
    properties: { code: req("STRING", "ISO 3166 alpha-3"), name: req("STRING", "UN short name") },
  },
  Person: { key: "key", description: "A named person.", properties: ENTITY_PROPERTIES },
  Law: {
    key: "key",
    description: "Domestic legislation; key is `<country code>:<name>` when its country is known.",
    properties: { ...ENTITY_PROPERTIES, country: opt("STRING", "ISO alpha-3 of the state whose law it is") },
  },
  Instrument: { key: "key", description: "A treaty, convention, declaration, charter or agreement.", properties: ENTITY_PROPERTIES },
  Organization: { key: "key", description: "A UN organ, office, court, treaty body or other organization.", properties: ENTITY_PROPERTIES },
  Analysis: {
    key: "key",
    description: "A commentary page about a resolution.",
    properties: {
      key: req("STRING", "source file name without extension"),
      title: req("STRING", "title"),
      body: req("STRING", "UN body"),
      sessionType: req("STRING", "session type"),
      agendaItem: req("STRING", "agenda item"),
      countryConcerned: req("STRING", "country concerned, as printed"),
      summary: req("LIST<STRING>", "summary points"),
      sponsors: req("LIST<STRING>", "main sponsors, as printed"),
      votesYes: opt("INTEGER", "yes"),
      votesNo: opt("INTEGER", "no"),
      votesAbstain: opt("INTEGER", "abstain"),
      votesAbsent: opt("INTEGER", "absent"),
      score: opt("FLOAT", "mean quote score of the link to the analysed resolution"),
      sourcePath: req("STRING", "file"),
      sourceHash: req("STRING", "sha256"),
    },
    indexed: ["sourceHash"],
  },
  Subject: {
    key: "key",
    description: "A subject heading of a thesaurus (UNBIS, SDG, EuroVoc); key is `<scheme>:<code>`.",
    properties: {
      key: req("STRING", "`<scheme>:<code>`"),
      scheme: req("STRING", "UNBIS | SDG | EuroVoc"),
      code: req("STRING", "the key within its scheme: the term in capitals, the SDG's number"),
      label: req("STRING", "as the source prints it"),
    },
  },
  Quote: {
    key: "key",
    description: "A quote on an analysis page; key is `<analysis key>#<n>`.",
    properties: {
      key: req("STRING", "`<analysis key>#<n>`"),
      seq: req("INTEGER", "position on the page"),
      section: req("STRING", "praise | criticism"),
      text: req("STRING", "as printed"),
    },
  },
} as const satisfies Record<string, NodeSpec>;

export type NodeLabel = keyof typeof NODES;

/** Labels whose nodes are found in paragraphs by name. */
export const ENTITY_LABELS = ["Country", "Person", "Law", "Instrument", "Organization"] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The node label of each kind of mention the parser finds, and back. */
export const ENTITY_LABEL_OF: Readonly<Record<MentionKind, EntityLabel>> = {
  country: "Country",
  person: "Person",
  law: "Law",
  instrument: "Instrument",
  organization: "Organization",
};
export const MENTION_KIND_OF: Readonly<Record<EntityLabel, MentionKind>> = {
  Country: "country",
  Person: "person",
  Law: "law",
  Instrument: "instrument",
  Organization: "organization",
};

export const RELATIONSHIPS = {
  HAS_PARAGRAPH: { from: ["Resolution"], to: ["Paragraph"], description: "a resolution's paragraphs", properties: {} },
  REFERS_TO: {
    from: ["Paragraph"],
    to: ["Resolution"],
    description: "a paragraph cites a resolution or decision",
    properties: {
      seq: req("INTEGER", "order of appearance in the paragraph"),
      verb: opt("STRING", "citing verb"),
      date: opt("STRING", "date given with the citation, YYYY-MM-DD"),
    },
  },
  RECALLS: {
    from: ["Resolution"],
    to: ["Resolution"],
    description: "the lineage edge: a resolution cites another (derived from its paragraphs' REFERS_TO)",
    properties: {
      verbs: req("LIST<STRING>", "distinct citing verbs, in paragraph order"),
      paragraphs: req("LIST<STRING>", "citing paragraph labels, in order"),
    },
  },
  CITES: {
    from: ["Paragraph"],
    to: ["Document"],
    description: "a paragraph cites a UN document",
    properties: { seq: req("INTEGER", "order of appearance"), verb: opt("STRING", "citing verb") },
  },
  MENTIONS: {
    from: ["Paragraph"],
    to: ["Country", "Person", "Law", "Instrument", "Organization"],
    description: "a paragraph names an entity",
    properties: {
      seq: req("INTEGER", "order of appearance in the document (breaks ties between mentions at the same offset)"),
      start: req("INTEGER", "offset of the surface form in the paragraph text, or in its footnote's"),
      end: req("INTEGER", "end offset"),
      surface: req("STRING", "the text as printed"),
      footnote: opt("STRING", "mark of the paragraph's footnote the entity is named in, when the paragraph's text does not name it"),
    },
  },
  LAW_OF: { from: ["Law"], to: ["Country"], description: "the state whose law it is", properties: {} },
  CONCERNS: { from: ["Resolution"], to: ["Country"], description: "the state the resolution is about", properties: {} },
  SPONSORED: {
    from: ["Country"],
    to: ["Resolution"],
    description: "a sponsor: a main sponsor listed on an analysis page linked to the resolution, or a sponsor in the UN's metadata",
    properties: {
      source: req("STRING", "analysis | metadata"),
      analysis: opt("STRING", "key of the analysis page that lists the sponsor (source analysis)"),
      additional: req("BOOLEAN", "listed among the additional sponsors (metadata only; false otherwise)"),
    },
  },
  VOTED: {
    from: ["Country"],
    to: ["Resolution"],
    description: "a state's recorded vote, as the text or the UN's metadata lists it",
    properties: { vote: req("STRING", "yes | no | abstain"), source: req("STRING", "text | metadata") },
  },
  ABOUT: {
    from: ["Resolution"],
    to: ["Subject"],
    description: "a subject heading the resolution is classified under, by its text (AKN) or by the UN's metadata",
    properties: { source: req("STRING", "text | metadata") },
  },
  ANALYZES: {
    from: ["Analysis"],
    to: ["Resolution"],
    description: "the resolution an analysis page's quotes match best",
    properties: { score: req("FLOAT", "mean quote score") },
  },
  HAS_QUOTE: { from: ["Analysis"], to: ["Quote"], description: "a quote on the page", properties: {} },
  QUOTES: {
    from: ["Quote"],
    to: ["Paragraph"],
    description: "the loaded paragraph a quote matches best",
    properties: { score: req("FLOAT", "share of the quote's words found in order") },
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

export const NODE_LABELS = Object.keys(NODES) as NodeLabel[];
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** What a paragraph can cite or name, and so what citing paragraphs are asked of. */
export type CitationLabel = "Resolution" | "Document" | EntityLabel;
export const CITATION_LABELS: readonly CitationLabel[] = ["Resolution", "Document", ...ENTITY_LABELS];
