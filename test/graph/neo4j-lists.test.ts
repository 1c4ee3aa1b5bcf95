// TCK-style checks of how a findResolutions / findParagraphs filter becomes Cypher: input in, query
// text + parameters out. The text is composed from fixed fragments chosen by which fields are present
// (and, for `mentions`, by the entity label, a closed set); values only ever travel as parameters.
// Every composed shape the lint test covers is in CHECKED_*_SHAPES (lists/shape.ts).

import { int, isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ENTITY_LABELS } from "../../src/graph/model.js";
import { findParagraphsStatement, findResolutionsStatement, paragraphListQuery, resolutionListQuery } from "../../src/graph/features/lists/neo4j.js";
import { CHECKED_PARAGRAPH_SHAPES, CHECKED_RESOLUTION_SHAPES, type ResolutionListShape } from "../../src/graph/features/lists/shape.js";
import { paramsIn } from "../../src/graph/neo4j/statement.js";

const RESOLUTION_PROJECTION =
  "h {.symbol, .stub, .title, .body, .session, .year, .adoptedOn, .meeting, .voteMethod, .votesYes, .votesNo, .votesAbstain, .sourcePath, .sourceHash, .sourceFormat, .metadataTitle, .metadataAdoptedOn, .metadataMeeting, .adoptionType, .originatingDocument, .committee, .agendaItem, .verbatimRecord, .metadataVotesYes, .metadataVotesNo, .metadataVotesAbstain, .metadataPath, .metadataHash}";
const PARAGRAPH_PROJECTION = "p {.key, .label, .kind, .ordinal, .verb, .text, .footnotes}";

describe("findResolutions: filter in, Cypher and parameters out", () => {
  it("no filter: every loaded resolution, ordered, the page sliced from the collected list", () => {
    const q = resolutionListQuery({ filter: {}, orderBy: "ADOPTED_ASC", first: 10, offset: 20 });
    expect(q?.statement.cypher).toBe(`MATCH (r:Resolution)
WHERE r.stub = false
WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY adoptedOn, r.symbol
WITH collect(r) AS hits
RETURN size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${RESOLUTION_PROJECTION}] AS page`);
    expect(q?.params).toEqual({ offset: int(20), first: int(10) });
    expect(Object.values(q!.params).every((v) => isInt(v))).toBe(true);
  });

  it("each order is its own fixed clause; stubs drop the stub condition", () => {
    const desc = resolutionListQuery({ filter: { includeStubs: true }, orderBy: "ADOPTED_DESC", first: 1, offset: 0 })!;
    // With stubs, a stub sorts by its metadata's date.
    expect(desc.statement.cypher).toContain(
      "MATCH (r:Resolution)\nWITH r, CASE WHEN r.stub = false THEN coalesce(r.adoptedOn, '') ELSE coalesce(r.metadataAdoptedOn, '') END AS adoptedOn\nORDER BY adoptedOn DESC, r.symbol\n",
    );
    const bySymbol = resolutionListQuery({ filter: {}, orderBy: "SYMBOL_ASC", first: 1, offset: 0 })!;
    expect(bySymbol.statement.cypher).toContain("WHERE r.stub = false\nWITH r\nORDER BY r.symbol\n");
  });

  it("every field: the text anchors the MATCH (full-text index), the others are ANDed conditions", () => {
    const q = resolutionListQuery({
      filter: {
        body: "Human Rights Council",
        yearFrom: 2015,
        yearTo: 2019,
        session: "36",
        concerns: "KHM",
        mentions: { label: "Law", key: "KHM:Land Law" },
        references: "A/RES/70/1",
        text: 'land "law',
      },
      orderBy: "ADOPTED_DESC",
      first: 5,
      offset: 0,
    })!;
    expect(q.statement.cypher).toBe(`CALL db.index.fulltext.queryNodes('paragraph_text', $text) YIELD node
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)
WITH DISTINCT r
WHERE r.stub = false
  AND r.body = $body
  AND r.year >= $yearFrom
  AND r.year <= $yearTo
  AND r.session = $session
  AND EXISTS { (r)-[:CONCERNS]->(:Country {code: $concerns}) }
  AND EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:MENTIONS]->(:Law {key: $mentionsKey}) }
  AND (EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:REFERS_TO]->(:Resolution {symbol: $references}) }
    OR EXISTS { (r)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Document {symbol: $references}) })
WITH r, coalesce(r.adoptedOn, '') AS adoptedOn
ORDER BY adoptedOn DESC, r.symbol
WITH collect(r) AS hits
RETURN size(hits) AS total, [h IN hits[$offset..($offset + $first)] | ${RESOLUTION_PROJECTION}] AS page`);
    expect(q.params).toEqual({
      text: `"land" AND "\\"law"`,
      mentionsKey: "KHM:Land Law",
      concerns: "KHM",
      body: "Human Rights Council",
      yearFrom: int(2015),
      yearTo: int(2019),
      session: "36",
      references: "A/RES/70/1",
      offset: int(0),
      first: int(5),
    });
    expect([...q.statement.params].sort()).toEqual(Object.keys(q.params).sort());
  });

  it("without text, a mention anchors the MATCH, else a concerned state, else the label", () => {
    const mentions = resolutionListQuery({ filter: { mentions: { label: "Country", key: "MMR" }, concerns: "MMR" }, orderBy: "SYMBOL_ASC", first: 1, offset: 0 })!;
    expect(mentions.statement.cypher).toMatch(
      /^MATCH \(:Country \{code: \$mentionsKey\}\)<-\[:MENTIONS\]-\(:Paragraph\)<-\[:HAS_PARAGRAPH\]-\(r:Resolution\)\nWITH DISTINCT r\nWHERE r\.stub = false\n {2}AND EXISTS \{ \(r\)-\[:CONCERNS\]->\(:Country \{code: \$concerns\}\) \}\n/,
    );
    const concerns = resolutionListQuery({ filter: { concerns: "KHM", body: "x" }, orderBy: "SYMBOL_ASC", first: 1, offset: 0 })!;
    expect(concerns.statement.cypher).toMatch(/^MATCH \(:Country \{code: \$concerns\}\)<-\[:CONCERNS\]-\(r:Resolution\)\nWHERE r\.stub = false\n {2}AND r\.body = \$body\n/);
    expect(concerns.params).toEqual({ concerns: "KHM", body: "x", offset: int(0), first: int(1) });
  });

  it.each(ENTITY_LABELS)("the %s mention fragment uses that label's key property", (label) => {
    const q = resolutionListQuery({ filter: { mentions: { label, key: "k" } }, orderBy: "ADOPTED_ASC", first: 1, offset: 0 })!;
    expect(q.statement.cypher).toContain(`(:${label} {${label === "Country" ? "code" : "key"}: $mentionsKey})`);
    expect(q.params.mentionsKey).toBe("k");
  });

  it("values never reach the text: hostile and benign values give the very same statement", () => {
    const hostile = "'}) DETACH DELETE r //";
    const make = (v: string) =>
      resolutionListQuery({
        filter: { body: v, session: v, concerns: v, mentions: { label: "Law", key: v }, references: v, text: `${v} x` },
        orderBy: "ADOPTED_ASC",
        first: 1,
        offset: 0,
      })!;
    expect(make(hostile).statement).toBe(make("benign").statement);
    expect(make(hostile).statement.cypher).not.toContain("DETACH");
    expect(make(hostile).params.body).toBe(hostile);
  });

  it("null fields are absent; a text with nothing to search gives no query", () => {
    const nulls = { body: null, text: null, mentions: null, yearFrom: null } as unknown as Record<string, never>;
    expect(resolutionListQuery({ filter: nulls, orderBy: "ADOPTED_ASC", first: 1, offset: 0 })?.params).toEqual({ offset: int(0), first: int(1) });
    expect(resolutionListQuery({ filter: { text: "***" }, orderBy: "ADOPTED_ASC", first: 1, offset: 0 })).toBeNull();
  });

  it("one statement object per shape, built once", () => {
    const shape: ResolutionListShape = CHECKED_RESOLUTION_SHAPES[0]![1];
    expect(findResolutionsStatement({ ...shape })).toBe(findResolutionsStatement({ ...shape }));
  });
});

describe("findParagraphs: filter in, Cypher and parameters out", () => {
  it("every field: text anchors, the resolution becomes a condition, the verb a whole-word prefix", () => {
    const q = paragraphListQuery({
      filter: { resolution: "A/RES/74/246", kind: "preambular", verb: " Recalling  ALSO", mentions: { label: "Person", key: "Rhona Smith" }, text: "human rights" },
      first: 3,
      offset: 6,
    })!;
    expect(q.statement.cypher).toBe(`CALL db.index.fulltext.queryNodes('paragraph_text', $text) YIELD node AS p
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p)
WHERE r.symbol = $resolution
  AND p.kind = $kind
  AND (toLower(p.verb) = $verb OR toLower(p.verb) STARTS WITH $verbWord)
  AND EXISTS { (p)-[:MENTIONS]->(:Person {key: $mentionsKey}) }
WITH r, p
ORDER BY coalesce(r.adoptedOn, ''), r.symbol, p.ordinal
WITH collect({resolution: r.symbol, paragraph: ${PARAGRAPH_PROJECTION}}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS page`);
    expect(q.params).toEqual({
      text: `"human" AND "rights"`,
      resolution: "A/RES/74/246",
      mentionsKey: "Rhona Smith",
      kind: "preambular",
      verb: "recalling also",
      verbWord: "recalling also ",
      offset: int(6),
      first: int(3),
    });
  });

  it("without text the resolution anchors, else a mention, else every paragraph", () => {
    const byResolution = paragraphListQuery({ filter: { resolution: "A/RES/1/1", mentions: { label: "Country", key: "MMR" } }, first: 1, offset: 0 })!;
    expect(byResolution.statement.cypher).toMatch(
      /^MATCH \(r:Resolution \{symbol: \$resolution\}\)-\[:HAS_PARAGRAPH\]->\(p:Paragraph\)\nWHERE EXISTS \{ \(p\)-\[:MENTIONS\]->\(:Country \{code: \$mentionsKey\}\) \}\n/,
    );
    const byMention = paragraphListQuery({ filter: { mentions: { label: "Law", key: "KHM:Land Law" }, kind: "operative" }, first: 1, offset: 0 })!;
    expect(byMention.statement.cypher).toMatch(
      /^MATCH \(:Law \{key: \$mentionsKey\}\)<-\[:MENTIONS\]-\(p:Paragraph\)\nWITH DISTINCT p\nMATCH \(r:Resolution\)-\[:HAS_PARAGRAPH\]->\(p\)\nWHERE p\.kind = \$kind\n/,
    );
    const all = paragraphListQuery({ filter: { verb: "   " }, first: 1, offset: 0 })!;
    expect(all.statement.cypher).toMatch(/^MATCH \(r:Resolution\)-\[:HAS_PARAGRAPH\]->\(p:Paragraph\)\nWITH r, p\n/);
    expect(all.params).toEqual({ offset: int(0), first: int(1) });
  });

  it("nothing to search gives no query", () => {
    expect(paragraphListQuery({ filter: { text: "«»" }, first: 1, offset: 0 })).toBeNull();
  });
});

describe("the linted shapes", () => {
  it("cover every fragment: each field alone, each anchor, each label, each order", () => {
    const resolutions = CHECKED_RESOLUTION_SHAPES.map(([, shape]) => findResolutionsStatement(shape).cypher).join("\n");
    const paragraphs = CHECKED_PARAGRAPH_SHAPES.map(([, shape]) => findParagraphsStatement(shape).cypher).join("\n");
    for (const p of ["body", "yearFrom", "yearTo", "session", "concerns", "mentionsKey", "references", "text", "offset", "first"]) {
      expect(paramsIn(resolutions)).toContain(p);
    }
    for (const p of ["resolution", "kind", "verb", "verbWord", "mentionsKey", "text"]) expect(paramsIn(paragraphs)).toContain(p);
    for (const label of ENTITY_LABELS) {
      expect(resolutions).toContain(`(:${label} {`);
      expect(paragraphs).toContain(`(:${label} {`);
    }
    for (const order of ["ORDER BY adoptedOn, r.symbol", "ORDER BY adoptedOn DESC, r.symbol", "ORDER BY r.symbol"]) expect(resolutions).toContain(order);
    for (const anchor of ["YIELD node\n", "<-[:MENTIONS]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)", "<-[:CONCERNS]-(r:Resolution)"]) {
      expect(resolutions).toContain(anchor);
    }
    for (const anchor of ["YIELD node AS p", "(r:Resolution {symbol: $resolution})", "<-[:MENTIONS]-(p:Paragraph)\nWITH DISTINCT p"]) {
      expect(paragraphs).toContain(anchor);
    }
  });
});
