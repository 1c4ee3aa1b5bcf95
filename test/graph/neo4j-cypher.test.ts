// Every Cypher statement Neo4jStore can send, checked by Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support) against a schema built from model.ts: zero diagnostics of any
// severity, under Cypher 5 (Neo4j 5) and Cypher 25 (Neo4j 2025+). Plus the identifiers the text
// uses against the model, and the Lucene query builder, TCK-style: input in, query out.

import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_CYPHER } from "../../src/graph/features/documents/neo4j.js";
import { LINEAGE_CYPHER, LINEAGE_NEIGHBOURHOOD, MAX_DEPTH, PATH_NEIGHBOURHOOD } from "../../src/graph/features/lineage/neo4j.js";
import { CHECKED_PARAGRAPH_SHAPES, CHECKED_RESOLUTION_SHAPES } from "../../src/graph/features/lists/shape.js";
import { luceneQuery, quoteTerm } from "../../src/graph/features/search/lucene.js";
import { foldDiacritics, searchTerms } from "../../src/graph/features/search/words.js";
import { paramsIn } from "../../src/graph/neo4j/statement.js";
import { allStatements } from "../../src/graph/neo4j/statements.js";
import { FULLTEXT_INDEX, FULLTEXT_PROPERTIES, SCHEMA_STATEMENTS } from "../../src/graph/neo4j/schema.js";
import { NODES, NODE_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES } from "../../src/graph/model.js";

// The package's ESM build uses extension-less imports that Node's loader refuses; its CommonJS
// build loads fine, so it is required rather than imported.
type LanguageSupport = typeof import("@neo4j-cypher/language-support");
const { lintCypherQuery, testData } = createRequire(import.meta.url)("@neo4j-cypher/language-support") as LanguageSupport;
type DbSchema = Parameters<LanguageSupport["lintCypherQuery"]>[1];

const CYPHER_VERSIONS = ["CYPHER 5", "CYPHER 25"] as const;

/** Procedures the store calls, with their real signatures (the package's copy of Neo4j's catalogue). */
const PROCEDURES_USED = ["db.index.fulltext.queryNodes", "db.awaitIndexes"];

const MODEL_PROPERTIES = new Set([
  ...Object.values(NODES).flatMap((n) => Object.keys(n.properties)),
  ...Object.values(RELATIONSHIPS).flatMap((r) => Object.keys(r.properties)),
  // The one property only Neo4j stores: the folded copy its full-text index reads (schema.ts).
  ...FULLTEXT_PROPERTIES,
]);

function dbSchema(params: readonly string[], version: (typeof CYPHER_VERSIONS)[number]): DbSchema {
  const procedures = Object.fromEntries(
    CYPHER_VERSIONS.map((v) => {
      const all = testData.mockSchema.procedures?.[v] ?? {};
      return [v, Object.fromEntries(PROCEDURES_USED.map((name) => [name, all[name]]).filter(([, p]) => p !== undefined))];
    }),
  );
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...MODEL_PROPERTIES],
    // Values only matter for their presence: the linter checks that every $name used is declared.
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    procedures,
    functions: testData.mockSchema.functions ?? {},
    defaultLanguage: version,
  };
}

const statements = allStatements();

describe("Cypher lint (Neo4j's parser and semantic analysis)", () => {
  it("the linter is live: it reports an undefined variable, parameter, label and procedure", () => {
    const schema = dbSchema(["known"], "CYPHER 5");
    expect(lintCypherQuery("MATCH (r:Resolution) RETURN x", schema)).not.toHaveLength(0);
    expect(lintCypherQuery("MATCH (r:Resolution {symbol: $unknown}) RETURN r", schema)).not.toHaveLength(0);
    expect(lintCypherQuery("MATCH (r:Resolutoin) RETURN r", schema)).not.toHaveLength(0);
    expect(lintCypherQuery("CALL db.index.fulltext.queryNode('x', 'y') YIELD node RETURN node", schema)).not.toHaveLength(0);
    expect(PROCEDURES_USED.every((p) => testData.mockSchema.procedures?.["CYPHER 5"]?.[p])).toBe(true);
  });

  it("covers every feature's statements, the checked list shapes and the schema, each once", () => {
    const features = ["documents", "analyses", "lookups", "relations", "lineage", "search", "entities", "lists", "counts"];
    for (const feature of features) expect(statements.some(([name]) => name.startsWith(`${feature}.`) || name.startsWith(`${feature}:`))).toBe(true);
    // 2 per entity label for writing, 2 for reading, 1 lookup, and 1 citing-paragraphs lookup per citation label.
    expect(statements.filter(([name]) => /^(documents|entities):(Country|Person|Law|Instrument|Organization)\./.test(name))).toHaveLength(4 * 5);
    expect(statements.filter(([name]) => name.startsWith("lookups.citingParagraphs."))).toHaveLength(7);
    expect(statements.filter(([name]) => name.startsWith("findResolutions:"))).toHaveLength(CHECKED_RESOLUTION_SHAPES.length);
    expect(statements.filter(([name]) => name.startsWith("findParagraphs:"))).toHaveLength(CHECKED_PARAGRAPH_SHAPES.length);
    expect(statements.filter(([name]) => name.startsWith("schema:"))).toHaveLength(SCHEMA_STATEMENTS.length + 2); // + the stale full-text index check
    expect(CHECKED_RESOLUTION_SHAPES.length).toBeGreaterThanOrEqual(20);
    expect(CHECKED_PARAGRAPH_SHAPES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(statements.map(([name]) => name)).size).toBe(statements.length);
  });

  describe.each(CYPHER_VERSIONS)("%s", (version) => {
    it.each(statements.map(([name, s]) => [name, s] as const))("%s: zero errors, zero warnings", (_name, s) => {
      const diagnostics = lintCypherQuery(s.cypher, dbSchema(s.params, version));
      const shown = diagnostics.map((d) => `${d.severity === 1 ? "error" : "warning"}: ${d.message} at «${s.cypher.slice(d.offsets.start, d.offsets.end)}»`);
      expect(shown, `${s.cypher}\n`).toEqual([]);
    });
  });
});

describe("statements run on the oldest Neo4j the docs promise (5.23)", () => {
  type ParseNode = { constructor: { name: string }; children?: ParseNode[] | null };
  type Parsed = { statementsParsing: Array<{ ctx?: ParseNode | null }> };
  const { parserWrapper } = createRequire(import.meta.url)("@neo4j-cypher/language-support") as { parserWrapper: { parse: (q: string) => Parsed } };
  const contains = (node: ParseNode, kind: string): boolean => node.constructor.name === kind || (node.children ?? []).some((c) => contains(c, kind));
  /** Clauses the Cypher 5 grammar gained after 5.23: a standalone ORDER BY / SKIP / LIMIT (5.24). */
  const newer = (cypher: string): boolean =>
    parserWrapper.parse(cypher).statementsParsing.some((s) => s.ctx !== null && s.ctx !== undefined && contains(s.ctx, "OrderBySkipLimitClauseContext"));

  it("the check is live: ORDER BY after a WITH's WHERE is a clause of its own", () => {
    expect(newer("MATCH (r:Resolution) WITH r WHERE r.stub = false ORDER BY r.symbol RETURN r")).toBe(true);
    expect(newer("MATCH (r:Resolution) WITH r ORDER BY r.symbol WHERE r.stub = false RETURN r")).toBe(false);
  });

  it.each(statements.map(([name, s]) => [name, s] as const))("%s uses no newer clause", (_name, s) => {
    expect(newer(s.cypher)).toBe(false);
  });
});

describe("statements use only the model and their declared parameters", () => {
  /** Labels (PascalCase) and relationship types (UPPER_SNAKE) written as `:Name` or `|Name`, outside strings. */
  function identifiers(cypher: string) {
    const code = cypher.replace(/'[^']*'/g, "''");
    const names = [...code.matchAll(/[:|]([A-Za-z_][A-Za-z0-9_]*)\b/g)].map((m) => m[1] ?? "");
    return {
      labels: names.filter((n) => /^[A-Z][a-z]/.test(n)),
      types: names.filter((n) => /^[A-Z][A-Z_]+$/.test(n)),
    };
  }

  /** Property keys: in pattern maps `(v:L {k: …})` (a map literal has no label before it), in projections `v {.k}`, and read as `v.k` on a node or relationship variable. */
  function propertyKeys(cypher: string): string[] {
    const code = cypher.replace(/'[^']*'/g, "''");
    const graphVars = new Set([
      ...[...code.matchAll(/[([]\s*([a-z]\w*)\s*[:{)\]]/g)].map((m) => m[1] ?? ""),
      ...[...code.matchAll(/YIELD\s+(\w+)/g)].map((m) => m[1] ?? ""),
    ]);
    const inPatterns = [...code.matchAll(/(?<!\w)[([]\s*\w*\s*:[\w|]+\s*\{([^{}]*)\}\s*[)\]]/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/(\w+)\s*:/g)].map((k) => k[1] ?? ""),
    );
    const projected = [...code.matchAll(/\b\w+\s*\{((?:\s*\.\w+\s*,?)+)\}/g)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/\.(\w+)/g)].map((k) => k[1] ?? ""),
    );
    const accessed = [...code.matchAll(/(?<![$\w.])([a-z]\w*)\.([A-Za-z_]\w*)/g)]
      .filter((m) => graphVars.has(m[1] ?? ""))
      .map((m) => m[2] ?? "");
    return [...inPatterns, ...projected, ...accessed];
  }

  it.each(statements.map(([name, s]) => [name, s] as const))("%s", (_name, s) => {
    const { labels, types } = identifiers(s.cypher);
    expect(labels.filter((l) => !(NODE_LABELS as string[]).includes(l))).toEqual([]);
    expect(types.filter((t) => !(RELATIONSHIP_TYPES as string[]).includes(t))).toEqual([]);
    expect(propertyKeys(s.cypher).filter((p) => !MODEL_PROPERTIES.has(p))).toEqual([]);
    expect([...paramsIn(s.cypher)].sort()).toEqual([...s.params].sort());
  });

  it("the identifier extraction sees what it should", () => {
    const c = DOCUMENT_CYPHER.createRefersTo.cypher;
    expect(identifiers(c)).toEqual({ labels: ["Paragraph", "Resolution"], types: ["REFERS_TO"] });
    expect(propertyKeys(c)).toEqual(expect.arrayContaining(["key", "symbol", "seq", "verb", "date", "stub"]));
    expect(propertyKeys("MATCH (r:Resolution) RETURN r.nope, r {.alsoNope}")).toEqual(["alsoNope", "nope"]);
  });

  it("the schema covers every label's key, every indexed property and the full-text index", () => {
    const cypher = SCHEMA_STATEMENTS.map((s) => s.cypher);
    for (const label of NODE_LABELS) {
      expect(cypher).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.${NODES[label].key} IS UNIQUE$`)));
      const spec = NODES[label];
      for (const p of "indexed" in spec ? spec.indexed : []) expect(cypher).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) ON \\(n\\.${p}\\)$`)));
    }
    expect(cypher).toContain(`CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Paragraph) ON EACH [n.text, n.searchText]`);
    expect(cypher.every((c) => c.includes(" IF NOT EXISTS "))).toBe(true);
  });

  it("variable-length patterns: the shortest path with the hard maximum as its bound, and the lineage neighbourhoods, one literal bound each below it, to DISTINCT ends", () => {
    const c = LINEAGE_CYPHER.shortestPathLength.cypher;
    expect(c).toContain(`shortestPath((a)-[:RECALLS*..${MAX_DEPTH}]->`);
    expect(c).toContain("length(p) <= $maxDepth");
    const variableLength = statements.filter(([, s]) => /\*\s*\d*\s*\.\./.test(s.cypher)).map(([name]) => name);
    const neighbourhoods = (["ancestors", "descendants"] as const).flatMap((d) => Array.from({ length: MAX_DEPTH }, (_, h) => `lineage.neighbourhood:${d}:${h}`));
    const pathNeighbourhoods = Array.from({ length: MAX_DEPTH }, (_, h) => `lineage.pathNeighbourhood:${h}`);
    expect(variableLength).toEqual(["lineage.shortestPathLength", ...neighbourhoods, ...pathNeighbourhoods]);
    for (const table of [LINEAGE_NEIGHBOURHOOD.ancestors, LINEAGE_NEIGHBOURHOOD.descendants, PATH_NEIGHBOURHOOD]) {
      table.forEach((s, hops) => {
        // Bounded by its index, and only distinct ends kept: Neo4j expands it breadth first, pruning.
        expect(s.cypher).toContain(`[:RECALLS*0..${hops}]`);
        expect(s.cypher).toContain("WITH DISTINCT n");
      });
    }
  });
});

describe("Lucene query from user text (TCK)", () => {
  it.each([
    ["human rights", `"human" AND "rights"`],
    ["  Human   Rights\tCouncil\n", `"Human" AND "Rights" AND "Council"`],
    ["AND OR NOT", `"AND" AND "OR" AND "NOT"`],
    [`say "hello"`, `"say" AND "\\"hello\\""`],
    ["back\\slash", `"back\\\\slash"`],
    ["title:x* y? ~z^2", `"title:x*" AND "y?" AND "~z^2"`],
    ["(a) [b] {c} +d -e !f && g || h", `"(a)" AND "[b]" AND "{c}" AND "+d" AND "-e" AND "!f" AND "g" AND "h"`],
    ["A/HRC/RES/36/32", `"A/HRC/RES/36/32"`],
    ["Côte d'Ivoire", `"Cote" AND "d'Ivoire"`],
    ["water Water WATER", `"water"`],
    ["70/1", `"70/1"`],
  ])("%j → %s", (text, expected) => {
    expect(luceneQuery(text)).toBe(expected);
  });

  it.each(["", "   ", "!!! ??? ***", "&& ||", '"'])("%j has nothing to search: null", (text) => {
    expect(luceneQuery(text)).toBeNull();
  });

  it("whatever the input, the query is quoted phrases joined by AND, each unescaping to the term", () => {
    // Lucene's grammar inside quotes: any char but `"` and `\`, or `\` + any char.
    const phrase = /^"((?:[^"\\]|\\.)*)"$/su;
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        const query = luceneQuery(text);
        const terms = searchTerms(text).map(foldDiacritics);
        if (query === null) return terms.length === 0;
        const parts = query.split(" AND ");
        return (
          parts.length === terms.length &&
          parts.every((part, k) => {
            const m = phrase.exec(part);
            return m !== null && (m[1] ?? "").replace(/\\(.)/gsu, "$1") === terms[k];
          })
        );
      }),
    );
    expect(quoteTerm(`a"b\\c`)).toBe(`"a\\"b\\\\c"`);
  });
});
