// Analysis pages on Neo4j: written whole (a page and its quotes), linked to the resolution and
// paragraphs their quotes match (a separate step: it depends on which resolutions are loaded), and
// read back with their quotes. Sponsors of a linked page become SPONSORED edges.

import { int, type Integer } from "neo4j-driver";
import type { AnalysisDocument, SourceInfo } from "../../../domain.js";
import { manyPerKey } from "../../per-key.js";
import type { AnalysisLink, AnalysisRecord, UpsertOutcome, UpsertStatus } from "../../port.js";
import { toAnalysisRecord, type QuoteFields } from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { projection, propertiesOf, run, st } from "../../neo4j/statement.js";
import { DOCUMENT_CYPHER } from "../documents/neo4j.js";

const ANALYSIS_WRITTEN = propertiesOf("Analysis").filter((p) => p !== "key" && p !== "score");

export const ANALYSIS_CYPHER = {
  analysisState: st(`OPTIONAL MATCH (a:Analysis {key: $key}) RETURN a.sourceHash AS sourceHash`, ["key"]),
  upsertAnalysis: st(
    `MERGE (a:Analysis {key: $key})
SET ${ANALYSIS_WRITTEN.map((p) => `a.${p} = $analysis.${p}`).join(", ")}, a.score = null
WITH a
CALL (a) { MATCH (a)-[l:ANALYZES]->() DELETE l }
CALL (a) { MATCH (a)-[:HAS_QUOTE]->(q:Quote) DETACH DELETE q }
CALL (a) {
  UNWIND $quotes AS x
  CREATE (a)-[:HAS_QUOTE]->(:Quote {key: x.key, seq: x.seq, section: x.section, text: x.text})
}`,
    ["key", "analysis", "quotes"],
  ),
  /** Relinks from scratch; a link to a resolution or paragraph that is not in the graph is dropped. */
  linkAnalyses: st(
    `UNWIND $links AS l
MATCH (a:Analysis {key: l.key})
CALL (a) { MATCH (a)-[x:ANALYZES]->() DELETE x }
CALL (a) { MATCH (a)-[:HAS_QUOTE]->(:Quote)-[x:QUOTES]->() DELETE x }
SET a.score = null
WITH a, l
CALL (a, l) {
  MATCH (r:Resolution {symbol: l.resolution})
  CREATE (a)-[:ANALYZES {score: l.score}]->(r)
  SET a.score = l.score
}
CALL (a, l) {
  UNWIND l.matches AS m
  MATCH (a)-[:HAS_QUOTE]->(q:Quote {seq: m.quote})
  MATCH (p:Paragraph {key: m.paragraphId})
  CREATE (q)-[:QUOTES {score: m.score}]->(p)
}`,
    ["links"],
  ),
  /**
   * Each page's SPONSORED edges are replaced (unlinkSponsors, then linkSponsors, in one transaction);
   * they carry the page's key, so another page's edges to the same resolution stay. One per sponsor
   * to the linked resolution, the Country created if missing.
   */
  unlinkSponsors: st(
    `UNWIND $keys AS k
MATCH (c:Country)-[x:SPONSORED {analysis: k}]->(:Resolution)
DELETE x
RETURN DISTINCT elementId(c) AS id`,
    ["keys"],
  ),
  linkSponsors: st(
    `UNWIND $links AS l
MATCH (:Analysis {key: l.key})
MATCH (r:Resolution {symbol: l.resolution})
UNWIND l.sponsors AS s
MERGE (c:Country {code: s.code})
ON CREATE SET c.name = s.name
MERGE (c)-[x:SPONSORED {analysis: l.key}]->(r)
SET x.source = 'analysis', x.additional = false`,
    ["links"],
  ),
  listAnalyses: st(
    `MATCH (a:Analysis)
OPTIONAL MATCH (a)-[l:ANALYZES]->(r:Resolution)
CALL (a) {
  MATCH (a)-[:HAS_QUOTE]->(q:Quote)
  OPTIONAL MATCH (q)-[m:QUOTES]->(p:Paragraph)
  WITH q, m, p ORDER BY q.seq
  RETURN collect({section: q.section, text: q.text, paragraphId: p.key, score: m.score}) AS quotes
}
RETURN ${projection("a", "Analysis")} AS analysis, r.symbol AS resolution, l.score AS score, quotes
ORDER BY analysis.key`,
    [],
  ),
  analysesOfResolutions: st(
    `UNWIND $keys AS k
MATCH (a:Analysis)-[l:ANALYZES]->(r:Resolution {symbol: k})
CALL (a) {
  MATCH (a)-[:HAS_QUOTE]->(q:Quote)
  OPTIONAL MATCH (q)-[m:QUOTES]->(p:Paragraph)
  WITH q, m, p ORDER BY q.seq
  RETURN collect({section: q.section, text: q.text, paragraphId: p.key, score: m.score}) AS quotes
}
RETURN ${projection("a", "Analysis")} AS analysis, r.symbol AS resolution, l.score AS score, quotes
ORDER BY resolution, analysis.key`,
    ["keys"],
  ),
  paragraphTexts: st(`MATCH (p:Paragraph) RETURN p.key AS id, p.text AS text ORDER BY id`, []),

} as const;

/** Quotes are keyed `<analysis key>#<n>`, n their position on the page. */
export const quoteKey = (analysisKey: string, seq: number): string => `${analysisKey}#${seq}`;

const iOrNull = (n: number | null | undefined): Integer | null => (n === null || n === undefined ? null : int(n));

export function analysisParams(key: string, a: AnalysisDocument, source: SourceInfo) {
  return {
    key,
    analysis: {
      title: a.title,
      body: a.body,
      sessionType: a.sessionType,
      agendaItem: a.agendaItem,
      countryConcerned: a.countryConcerned,
      summary: [...a.summary],
      sponsors: [...a.sponsors],
      votesYes: iOrNull(a.votes?.yes),
      votesNo: iOrNull(a.votes?.no),
      votesAbstain: iOrNull(a.votes?.abstain),
      votesAbsent: iOrNull(a.votes?.absent),
      sourcePath: source.path,
      sourceHash: source.hash,
    },
    quotes: a.quotes.map((q, seq) => ({ key: quoteKey(key, seq), seq: int(seq), section: q.section, text: q.text })),
  };
}

/** `a {.*model properties}` of an Analysis node. */
interface AnalysisProps {
  key: string;
  title: string;
  body: string;
  sessionType: string;
  agendaItem: string;
  countryConcerned: string;
  summary: string[] | null;
  sponsors: string[] | null;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  votesAbsent: number | null;
  sourcePath: string;
  sourceHash: string;
}

interface AnalysisRow {
  analysis: AnalysisProps;
  resolution: string | null;
  score: number | null;
  quotes: QuoteFields[];
}

/** The vote counts are four properties on the node; a page gives all of them or none. */
function analysisOf({ analysis: a, resolution, score, quotes }: AnalysisRow): AnalysisRecord {
  const votes =
    a.votesYes !== null && a.votesNo !== null && a.votesAbstain !== null && a.votesAbsent !== null
      ? { yes: a.votesYes, no: a.votesNo, abstain: a.votesAbstain, absent: a.votesAbsent }
      : null;
  return toAnalysisRecord({ ...a, summary: a.summary ?? [], sponsors: a.sponsors ?? [], votes, resolution, score }, quotes);
}

export class Neo4jAnalyses {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async upsertAnalysis(key: string, analysis: AnalysisDocument, source: SourceInfo): Promise<UpsertOutcome> {
    const params = analysisParams(key, analysis, source);
    const status = await this.#db.write(async (tx): Promise<UpsertStatus> => {
      const [state] = await run<{ sourceHash: string | null }>(tx, ANALYSIS_CYPHER.analysisState, { key });
      const existing = state?.sourceHash ?? null;
      if (existing === source.hash) return "unchanged";
      await run(tx, ANALYSIS_CYPHER.upsertAnalysis, { ...params });
      return existing === null ? "created" : "replaced";
    });
    return { symbol: key, status };
  }

  async linkAnalyses(links: readonly AnalysisLink[]): Promise<void> {
    if (links.length === 0) return;
    const param = links.map((l) => ({
      key: l.key,
      resolution: l.resolution?.symbol ?? null,
      score: l.resolution?.score ?? null,
      matches: l.matches.map((m) => ({ quote: int(m.quote), paragraphId: m.paragraphId, score: m.score })),
    }));
    const sponsors = links.map((l) => ({
      key: l.key,
      resolution: l.resolution?.symbol ?? null,
      sponsors: l.resolution ? l.sponsors.map((c) => ({ code: c.code, name: c.name })) : [],
    }));
    await this.#db.write(async (tx) => {
      await run(tx, ANALYSIS_CYPHER.linkAnalyses, { links: param });
      const former = await run<{ id: string }>(tx, ANALYSIS_CYPHER.unlinkSponsors, { keys: links.map((l) => l.key) });
      await run(tx, ANALYSIS_CYPHER.linkSponsors, { links: sponsors });
      // A state that was only ever a sponsor goes with its last sponsorship, as entities do with their last mention.
      if (former.length > 0) await run(tx, DOCUMENT_CYPHER.removeOrphans, { ids: former.map((r) => r.id) });
    });
  }

  async listAnalyses(): Promise<AnalysisRecord[]> {
    const rows = await this.#db.read((tx) => run<AnalysisRow>(tx, ANALYSIS_CYPHER.listAnalyses));
    return rows.map(analysisOf);
  }

  async analysesOfResolutions(symbols: readonly string[]): Promise<AnalysisRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<AnalysisRow>(tx, ANALYSIS_CYPHER.analysesOfResolutions, { keys }));
    return manyPerKey(symbols, rows, (r) => r.resolution ?? "", analysisOf);
  }

  async paragraphTexts(): Promise<{ id: string; text: string }[]> {
    return this.#db.read((tx) => run<{ id: string; text: string }>(tx, ANALYSIS_CYPHER.paragraphTexts));
  }
}
