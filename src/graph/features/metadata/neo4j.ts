// The UN's per-resolution metadata on Neo4j (upsertMetadata), and the reads that come with it:
// sponsorships, subjects and the resolutions about them, a state's votes, the format of each text.
// The same facts as on SQLite (facts.ts metadataFacts): a symbol not loaded gets a stub that carries
// the metadata; writing a record replaces only its own facts (its properties, and the VOTED,
// SPONSORED and ABOUT edges whose source is 'metadata'). Records are written up to 100 per write
// transaction, one after another within it; a transaction that fails is written again one record
// per transaction, so that the failing record is reported in its own slot.

import { int, type Integer, type ManagedTransaction } from "neo4j-driver";
import type { SourceFormat, Vote } from "../../../domain.js";
import { StoreUnavailableError } from "../../../errors.js";
import { METADATA_PROPERTIES, metadataFacts, type MetadataFacts } from "../../facts.js";
import { manyPerKey, onePerKey, uniqueKeys } from "../../per-key.js";
import type { MetadataItem, MetadataResult, SponsorshipRecord, SubjectRecord, UpsertStatus, VoteOfCountry } from "../../port.js";
import { toEntityRecord, toSubjectRecord, type SubjectFields } from "../../records.js";
import type { Neo4jSessions } from "../../neo4j/sessions.js";
import { datedOrder, run, st } from "../../neo4j/statement.js";
import { DOCUMENT_CYPHER, removeOrphans } from "../documents/neo4j.js";

export const METADATA_CYPHER = {
  metadataState: st(
    `OPTIONAL MATCH (r:Resolution {symbol: $symbol})
RETURN r IS NOT NULL AS exists, r.stub AS stub, r.metadataHash AS metadataHash`,
    ["symbol"],
  ),
  /** What the symbol's metadata points at: candidates for the orphan sweep once it is replaced. */
  metadataCandidates: st(
    `MATCH (r:Resolution {symbol: $symbol})
RETURN [(r)<-[:VOTED|SPONSORED {source: 'metadata'}]-(c:Country) | elementId(c)]
  + [(r)-[:ABOUT {source: 'metadata'}]->(s:Subject) | elementId(s)] AS ids`,
    ["symbol"],
  ),
  clearMetadata: st(
    `MATCH (r:Resolution {symbol: $symbol})
CALL (r) { MATCH (r)<-[e:VOTED|SPONSORED {source: 'metadata'}]-() DELETE e }
CALL (r) { MATCH (r)-[e:ABOUT {source: 'metadata'}]->() DELETE e }`,
    ["symbol"],
  ),
  /** The resolution, a stub if it is not loaded, with the record's properties. */
  setMetadata: st(
    `MERGE (r:Resolution {symbol: $symbol})
ON CREATE SET r.stub = true
SET ${METADATA_PROPERTIES.map((p) => `r.${p} = $properties.${p}`).join(", ")}`,
    ["symbol", "properties"],
  ),
  /** A state is created with the name the record gives it, never renamed (as a mention would). */
  mergeCountries: st(
    `UNWIND $countries AS x
MERGE (c:Country {code: x.code})
ON CREATE SET c.name = x.name`,
    ["countries"],
  ),
  createVotes: st(
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $votes AS v
MATCH (c:Country {code: v.country})
CREATE (c)-[:VOTED {vote: v.vote, source: 'metadata'}]->(r)`,
    ["symbol", "votes"],
  ),
  createSponsorships: st(
    `MATCH (r:Resolution {symbol: $symbol})
UNWIND $sponsors AS s
MATCH (c:Country {code: s.country})
CREATE (c)-[:SPONSORED {source: 'metadata', additional: s.additional}]->(r)`,
    ["symbol", "sponsors"],
  ),

  // --- reads --------------------------------------------------------------------------------------

  /** Loaded texts only: a stub has no format. */
  sourceFormatsOf: st(
    `UNWIND $keys AS k
MATCH (r:Resolution {symbol: k})
WHERE r.stub = false
RETURN k AS symbol, r.sourceFormat AS sourceFormat`,
    ["keys"],
  ),
  subjectsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})-[:ABOUT]->(s:Subject)
WITH DISTINCT k, s
RETURN k AS owner, s.key AS key, s.scheme AS scheme, s.code AS code, s.label AS label
ORDER BY owner, scheme, code`,
    ["keys"],
  ),
  subjectsByKeys: st(
    `UNWIND $keys AS k
MATCH (s:Subject {key: k})
RETURN s.key AS key, s.scheme AS scheme, s.code AS code, s.label AS label`,
    ["keys"],
  ),
  resolutionsOfSubjects: st(
    `UNWIND $keys AS k
MATCH (:Subject {key: k})<-[:ABOUT]-(r:Resolution)
WITH DISTINCT k, r.symbol AS symbol
RETURN k AS owner, symbol
ORDER BY owner, symbol`,
    ["keys"],
  ),
  /** An edge without a source predates the metadata: an analysis page's. */
  sponsorshipsOf: st(
    `UNWIND $keys AS k
MATCH (:Resolution {symbol: k})<-[x:SPONSORED]-(c:Country)
WITH k, c, coalesce(x.source, 'analysis') AS source, coalesce(x.additional, false) AS additional, x.analysis AS analysis
RETURN k AS owner, source, additional, analysis, c.code AS key, c.name AS name
ORDER BY owner, name, key, source, analysis`,
    ["keys"],
  ),
  /** A state's votes, one per resolution (the metadata's when both give one), by the resolution's (adoptedOn, symbol), a stub by its metadata's date. */
  votesOfCountries: st(
    `UNWIND $keys AS k
MATCH (:Country {code: k})-[v:VOTED]->(r:Resolution)
WITH k, r, collect(v) AS vs
WITH k, r, coalesce([x IN vs WHERE x.source = 'metadata'][0], vs[0]) AS v
WHERE $vote IS NULL OR v.vote = $vote
RETURN k AS owner, r.symbol AS resolution, v.vote AS vote, ${datedOrder("r")} AS adoptedOn
ORDER BY owner, adoptedOn, resolution`,
    ["keys", "vote"],
  ),
} as const;

/** At most this many records per transaction, as for documents. */
const RECORDS_PER_TRANSACTION = 100;

const iOrNull = (n: number | null): Integer | null => (n === null ? null : int(n));

async function writeOne(tx: ManagedTransaction, facts: MetadataFacts): Promise<MetadataResult> {
  const S = METADATA_CYPHER;
  const symbol = facts.symbol;
  const [state] = await run<{ exists: boolean; stub: boolean | null; metadataHash: string | null }>(tx, S.metadataState, { symbol });
  const loaded = state?.exists === true && state.stub === false;
  if (state?.metadataHash === facts.properties.metadataHash) return { symbol, status: "unchanged", loaded };
  const status: UpsertStatus = state?.metadataHash ? "replaced" : "created";
  let candidates: string[] = [];
  if (state?.exists) {
    const [row] = await run<{ ids: string[] }>(tx, S.metadataCandidates, { symbol });
    candidates = uniqueKeys(row?.ids ?? []);
    await run(tx, S.clearMetadata, { symbol });
  }
  const p = facts.properties;
  const properties = {
    ...p,
    metadataVotesYes: iOrNull(p.metadataVotesYes),
    metadataVotesNo: iOrNull(p.metadataVotesNo),
    metadataVotesAbstain: iOrNull(p.metadataVotesAbstain),
  };
  await run(tx, S.setMetadata, { symbol, properties });
  if (facts.countries.length > 0) await run(tx, S.mergeCountries, { countries: facts.countries.map((c) => ({ code: c.code, name: c.name })) });
  if (facts.votes.length > 0) await run(tx, S.createVotes, { symbol, votes: facts.votes.map((v) => ({ ...v })) });
  if (facts.sponsors.length > 0) await run(tx, S.createSponsorships, { symbol, sponsors: facts.sponsors.map((s) => ({ ...s })) });
  if (facts.subjects.length > 0) {
    const about = facts.subjects.map((x) => ({ resolution: symbol, key: x.key, scheme: x.scheme, code: x.code, label: x.label, source: "metadata" }));
    await run(tx, DOCUMENT_CYPHER.createAbout, { about });
  }
  await removeOrphans(tx, candidates);
  return { symbol, status, loaded };
}

async function writeInOrder(tx: ManagedTransaction, records: readonly MetadataFacts[]): Promise<MetadataResult[]> {
  const out: MetadataResult[] = [];
  for (const facts of records) out.push(await writeOne(tx, facts));
  return out;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

type SponsorshipRow = { owner: string; source: "analysis" | "metadata"; additional: boolean; analysis: string | null; key: string; name: string };

const sponsorshipOf = (r: SponsorshipRow): SponsorshipRecord => {
  const record: SponsorshipRecord = {
    country: toEntityRecord({ label: "Country", key: r.key, name: r.name, country: null }),
    source: r.source,
    additional: r.additional === true,
  };
  if (r.analysis !== null) record.analysis = r.analysis;
  return record;
};

export class Neo4jMetadata {
  readonly #db: Neo4jSessions;

  constructor(db: Neo4jSessions) {
    this.#db = db;
  }

  async upsertMetadata(items: readonly MetadataItem[]): Promise<(MetadataResult | Error)[]> {
    const out: (MetadataResult | Error)[] = new Array(items.length);
    const ready: Array<{ at: number; facts: MetadataFacts }> = [];
    items.forEach(({ metadata, source }, at) => {
      try {
        ready.push({ at, facts: metadataFacts(metadata, source) });
      } catch (err) {
        out[at] = asError(err);
      }
    });
    for (let start = 0; start < ready.length; start += RECORDS_PER_TRANSACTION) {
      const batch = ready.slice(start, start + RECORDS_PER_TRANSACTION);
      try {
        const results = await this.#db.write((tx) => writeInOrder(tx, batch.map((b) => b.facts)));
        batch.forEach(({ at }, k) => (out[at] = results[k]!));
      } catch (err) {
        if (err instanceof StoreUnavailableError) throw err;
        for (const { at, facts } of batch) {
          try {
            out[at] = await this.#db.write((tx) => writeOne(tx, facts));
          } catch (one) {
            if (one instanceof StoreUnavailableError) throw one;
            out[at] = asError(one);
          }
        }
      }
    }
    return out;
  }

  async sourceFormatsOf(symbols: readonly string[]): Promise<(SourceFormat | null)[]> {
    type Row = { symbol: string; sourceFormat: string | null };
    const rows = await this.#db.batch(symbols, (tx, keys) => run<Row>(tx, METADATA_CYPHER.sourceFormatsOf, { keys }));
    // A text loaded before formats were recorded was read as plain text.
    return onePerKey(symbols, rows, (r) => r.symbol).map((r) => (r === null ? null : ((r.sourceFormat ?? "text") as SourceFormat)));
  }

  async subjectsOf(symbols: readonly string[]): Promise<SubjectRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<SubjectFields & { owner: string }>(tx, METADATA_CYPHER.subjectsOf, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, toSubjectRecord);
  }

  async subjectsByKeys(keys: readonly string[]): Promise<(SubjectRecord | null)[]> {
    const rows = await this.#db.batch(keys, (tx, unique) => run<SubjectFields>(tx, METADATA_CYPHER.subjectsByKeys, { keys: unique }));
    return onePerKey(keys, rows.map(toSubjectRecord), (s) => s.id);
  }

  async resolutionsOfSubjects(keys: readonly string[]): Promise<string[][]> {
    const rows = await this.#db.batch(keys, (tx, unique) => run<{ owner: string; symbol: string }>(tx, METADATA_CYPHER.resolutionsOfSubjects, { keys: unique }));
    return manyPerKey(keys, rows, (r) => r.owner, (r) => r.symbol);
  }

  async sponsorshipsOf(symbols: readonly string[]): Promise<SponsorshipRecord[][]> {
    const rows = await this.#db.batch(symbols, (tx, keys) => run<SponsorshipRow>(tx, METADATA_CYPHER.sponsorshipsOf, { keys }));
    return manyPerKey(symbols, rows, (r) => r.owner, sponsorshipOf);
  }

  async votesOfCountries(codes: readonly string[], vote?: Vote): Promise<VoteOfCountry[][]> {
    type Row = { owner: string; resolution: string; vote: Vote };
    const rows = await this.#db.batch(codes, (tx, keys) => run<Row>(tx, METADATA_CYPHER.votesOfCountries, { keys, vote: vote ?? null }));
    return manyPerKey(codes, rows, (r) => r.owner, (r) => ({ resolution: r.resolution, vote: r.vote }));
  }
}
