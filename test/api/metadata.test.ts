// The UN's metadata through the API: subjects, sponsorships, votes and counts from metadata, the
// metadata's own fields, a state's votes filtered by vote, and the filters by subject and sponsor.
// Runs on both stores (openEmptyStore).

import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolutionMetadata } from "../../src/domain.js";
import type { GraphStore } from "../../src/graph/port.js";
import { gaMyanmar, hrc3632, source } from "../conformance/documents.js";
import { createContext } from "../../src/api/context.js";
import { buildResgraphSchema } from "../../src/api/schema.js";
import { executeCompiled } from "../../src/server/executor.js";
import { openEmptyStore } from "../helpers/store-under-test.js";
import { apiClient, type ApiClient } from "./client.js";

const SYMBOL = gaMyanmar.resolution.symbol;
const STUB = "A/RES/74/1";

const metadata: ResolutionMetadata = {
  symbol: SYMBOL,
  // The text's own title, date and meeting win over these.
  title: "Rohingya (as the metadata prints it)",
  adoptedOn: "2019-12-30",
  meeting: "52nd plenary meeting",
  adoptionType: "Recorded vote",
  originatingDocument: "A/74/399/Add.3",
  committee: "Third Committee",
  agendaItem: "Agenda item 70 (c)",
  votes: [
    { country: "JPN", name: "Japan", vote: "yes" },
    { country: "FRA", name: "France", vote: "yes" },
  ],
  sponsors: [
    { country: "FIN", name: "Finland", additional: false },
    { country: "CAN", name: "Canada", additional: true },
  ],
  subjects: [
    { scheme: "UNBIS", key: "HUMAN RIGHTS", label: "HUMAN RIGHTS" },
    { scheme: "SDG", key: "16", label: "Peace, justice and strong institutions" },
  ],
};

/** A resolution known only from its metadata: a stub with its title, date, counts, votes and a subject. */
const stubMetadata: ResolutionMetadata = {
  symbol: STUB,
  title: "Known from its metadata",
  adoptedOn: "2020-01-15",
  meeting: "60th plenary meeting",
  adoptionType: "Recorded vote",
  voteCounts: { yes: 120, no: 3, abstain: 10 },
  votes: [{ country: "FRA", name: "France", vote: "abstain" }],
  sponsors: [],
  subjects: [{ scheme: "SDG", key: "16", label: "Peace, justice and strong institutions" }],
};

let store: GraphStore;
let api: ApiClient;
beforeAll(async () => {
  store = await openEmptyStore();
  await store.upsertDocument({ ...gaMyanmar, subjects: [{ scheme: "UNBIS", key: "MINORITIES", label: "MINORITIES" }], format: "akn" }, source(SYMBOL));
  await store.upsertDocument(hrc3632, source(hrc3632.resolution.symbol));
  const results = await store.upsertMetadata([
    { metadata, source: { path: "meta.jsonl", hash: "m1".padEnd(64, "0") } },
    { metadata: stubMetadata, source: { path: "meta.jsonl", hash: "m2".padEnd(64, "0") } },
  ]);
  expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(["created", "created"]);
  api = await apiClient(store);
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

describe("a resolution's metadata", () => {
  it("gives the metadata's fields, subjects, sponsorships and sponsors", async () => {
    const { data, errors } = await api.query<{ resolution: Record<string, unknown> }>(
      `query($s: String!) { resolution(symbol: $s) {
        title adoptedOn meeting year
        adoptionType originatingDocument committee agendaItem
        subjects { id scheme key label }
        sponsorships { country { code } source additional }
        sponsors { code }
        votes { country { code } vote }
      } }`,
      { s: SYMBOL },
    );
    expect(errors).toBeUndefined();
    expect(data.resolution).toMatchObject({
      title: gaMyanmar.resolution.title,
      adoptedOn: "2019-12-27",
      meeting: gaMyanmar.resolution.meeting,
      year: 2019,
      adoptionType: "Recorded vote",
      originatingDocument: "A/74/399/Add.3",
      committee: "Third Committee",
      agendaItem: "Agenda item 70 (c)",
      subjects: [
        { id: "Subject:SDG:16", scheme: "SDG", key: "16", label: "Peace, justice and strong institutions" },
        { id: "Subject:UNBIS:HUMAN RIGHTS", scheme: "UNBIS", key: "HUMAN RIGHTS", label: "HUMAN RIGHTS" },
        { id: "Subject:UNBIS:MINORITIES", scheme: "UNBIS", key: "MINORITIES", label: "MINORITIES" },
      ],
      sponsorships: [
        { country: { code: "CAN" }, source: "METADATA", additional: true },
        { country: { code: "FIN" }, source: "METADATA", additional: false },
      ],
      sponsors: [{ code: "CAN" }, { code: "FIN" }],
    });
    const votes = (data.resolution.votes as { country: { code: string }; vote: string }[]).map((v) => `${v.vote} ${v.country.code}`);
    // Japan abstains in the text, votes yes in the metadata: one answer, the metadata's.
    expect(votes.filter((v) => v.endsWith("JPN"))).toEqual(["YES JPN"]);
    expect(votes).toContain("YES FRA");
  });

  it("gives a stub known from its metadata its title, date, meeting, counts, votes and subjects, and null for the rest", async () => {
    const { data, errors } = await api.query<{ resolution: Record<string, unknown> }>(
      `query($s: String!) { resolution(symbol: $s) { stub title adoptedOn meeting year body voteMethod adoptionType committee voteCounts { yes no abstain } votes { country { code } vote } subjects { key } } }`,
      { s: STUB },
    );
    expect(errors).toBeUndefined();
    expect(data.resolution).toEqual({
      stub: true,
      title: "Known from its metadata",
      adoptedOn: "2020-01-15",
      meeting: "60th plenary meeting",
      year: 2020,
      body: null,
      voteMethod: null,
      adoptionType: "Recorded vote",
      committee: null,
      voteCounts: { yes: 120, no: 3, abstain: 10 },
      votes: [{ country: { code: "FRA" }, vote: "ABSTAIN" }],
      subjects: [{ key: "16" }],
    });
  });
});

describe("subjects", () => {
  it("finds a subject by scheme and key (any case for UNBIS), with its resolutions by symbol, and null for an unknown one", async () => {
    const { data, errors } = await api.query<{ a: { id: string; resolutions: { totalCount: number; nodes: { symbol: string }[] } } | null; b: { key: string } | null; none: null }>(
      `{ a: subject(scheme: SDG, key: "16") { id resolutions(first: 1) { totalCount nodes { symbol } } }
         b: subject(scheme: UNBIS, key: "human  rights ") { key }
         goal: subject(scheme: SDG, key: "Goal 16") { key }
         none: subject(scheme: EUROVOC, key: "nope") { key } }`,
    );
    expect(errors).toBeUndefined();
    // Keyed as ingest keys a subject: spaces collapsed, a goal by its number however it is typed.
    expect((data as unknown as { goal: { key: string } | null }).goal).toEqual({ key: "16" });
    expect(data.a).toEqual({ id: "Subject:SDG:16", resolutions: { totalCount: 2, nodes: [{ symbol: STUB }] } });
    expect(data.b).toEqual({ key: "HUMAN RIGHTS" });
    expect(data.none).toBeNull();
    const { data: again } = await api.query<{ node: { key: string } | null }>(`{ node(id: "Subject:SDG:16") { ... on Subject { key } } }`);
    expect(again.node).toEqual({ key: "16" });
  });

  it("filters resolutions by subject and by sponsor", async () => {
    const { data, errors } = await api.query<Record<string, { totalCount: number; nodes: { symbol: string }[] }>>(
      `{ bySubject: resolutions(filter: { subject: { scheme: UNBIS, key: "MINORITIES" } }) { totalCount nodes { symbol } }
         withStubs: resolutions(filter: { subject: { scheme: SDG, key: "16" }, includeStubs: true }, orderBy: SYMBOL_ASC) { totalCount nodes { symbol } }
         bySponsor: resolutions(filter: { sponsor: "can" }) { totalCount nodes { symbol } }
         none: resolutions(filter: { sponsor: "CHN" }) { totalCount nodes { symbol } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.bySubject).toEqual({ totalCount: 1, nodes: [{ symbol: SYMBOL }] });
    expect(data.withStubs).toEqual({ totalCount: 2, nodes: [{ symbol: STUB }, { symbol: SYMBOL }] });
    expect(data.bySponsor).toEqual({ totalCount: 1, nodes: [{ symbol: SYMBOL }] });
    expect(data.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it("refuses an over-long subject key and sponsor, as every string argument", async () => {
    const long = "X".repeat(600);
    for (const query of [
      `query($k: String!) { subject(scheme: UNBIS, key: $k) { key } }`,
      `query($k: String!) { resolutions(filter: { subject: { scheme: UNBIS, key: $k } }) { totalCount } }`,
      `query($k: String!) { resolutions(filter: { sponsor: $k }) { totalCount } }`,
    ]) {
      const { errors } = await api.query(query, { k: long });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    }
  });
});

describe("a state's votes", () => {
  it("lists them oldest first, one per resolution, filtered by vote", async () => {
    const { data, errors } = await api.query<Record<string, { votes: { totalCount: number; nodes: { vote: string; resolution: { symbol: string } }[] } }>>(
      `{ fra: country(code: "FRA") { votes { totalCount nodes { vote resolution { symbol } } } }
         fraYes: country(code: "FRA") { votes(vote: YES) { totalCount nodes { vote resolution { symbol } } } }
         jpnAbstain: country(code: "JPN") { votes(vote: ABSTAIN) { totalCount nodes { vote resolution { symbol } } } } }`,
    );
    expect(errors).toBeUndefined();
    // The stub sorts by its metadata's date (2020-01-15), after the text (2019-12-27).
    expect(data.fra?.votes).toEqual({
      totalCount: 2,
      nodes: [
        { vote: "YES", resolution: { symbol: SYMBOL } },
        { vote: "ABSTAIN", resolution: { symbol: STUB } },
      ],
    });
    expect(data.fraYes?.votes).toEqual({ totalCount: 1, nodes: [{ vote: "YES", resolution: { symbol: SYMBOL } }] });
    expect(data.jpnAbstain?.votes).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe("the compiled executor", () => {
  it("answers the new fields exactly as graphql-js does", async () => {
    const schema = buildResgraphSchema();
    const document = parse(`{
      resolutions(filter: { includeStubs: true, subject: { scheme: SDG, key: "16" } }, orderBy: SYMBOL_ASC) {
        nodes {
          symbol title adoptedOn meeting year adoptionType originatingDocument committee agendaItem voteCounts { yes no abstain }
          subjects { id scheme key label resolutions(first: 5) { totalCount nodes { symbol } } }
          sponsorships { country { code name } source additional }
          sponsors { code }
          votes { vote country { code votes(vote: YES) { totalCount nodes { vote resolution { symbol } } } } }
        }
      }
      subject(scheme: UNBIS, key: "HUMAN RIGHTS") { id label }
    }`);
    const plain = await execute({ schema, document, contextValue: createContext(store) });
    const compiled = await executeCompiled(schema, document, undefined, createContext(store));
    expect(plain.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(plain)));
  });
});
