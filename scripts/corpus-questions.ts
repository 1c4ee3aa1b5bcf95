// `npm run corpus-questions -- DB`: five questions asked of a database holding the General
// Assembly's AKN4UN resolutions of sessions 75–77 and their metadata (see README, "A real corpus"),
// through the GraphQL API, each printed with its answer. Where the API gives a list and the question
// asks for a ranking or a count, the ranking is done here, in a few lines beside the query.
import { execute, parse } from "graphql";
import { openSqliteStore } from "../src/graph/sqlite/store.js";
import { createContext } from "../src/api/context.js";
import { buildResgraphSchema } from "../src/api/schema.js";

const db = process.argv[2];
if (!db) {
  console.error("usage: npm run corpus-questions -- DB (a SQLite database with the AKN corpus ingested)");
  process.exit(2);
}
const store = openSqliteStore(db, { readonly: true });
const schema = buildResgraphSchema();

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: createContext(store) });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.data as T;
}

const section = (title: string, query: string, answer: unknown): void => {
  console.log(`\n### ${title}\n\n\`\`\`graphql\n${query.trim()}\n\`\`\`\n\n\`\`\`text\n${typeof answer === "string" ? answer : JSON.stringify(answer, null, 2)}\n\`\`\``);
};

type Page<T> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] };

// 1. The most recalled resolutions of sessions 75–77 (by the loaded texts that cite them).
const Q1 = `query($after: String) {
  resolutions(filter: { yearFrom: 2020, yearTo: 2023 }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { symbol title recalledBy { totalCount } }
  }
}`;
const all: { symbol: string; title: string; recalledBy: { totalCount: number } }[] = [];
for (let after: string | null = null; ; ) {
  const page: { resolutions: Page<(typeof all)[number]> } = await ask(Q1, { after });
  all.push(...page.resolutions.nodes);
  if (!page.resolutions.pageInfo.hasNextPage) break;
  after = page.resolutions.pageInfo.endCursor;
}
const top = [...all].sort((a, b) => b.recalledBy.totalCount - a.recalledBy.totalCount || (a.symbol < b.symbol ? -1 : 1)).slice(0, 5);
section(
  "1. The most recalled resolutions of sessions 75–77 (all pages, ranked by `recalledBy.totalCount`)",
  Q1,
  `${all.length} resolutions\n${top.map((r) => `${String(r.recalledBy.totalCount).padStart(3)}  ${r.symbol}  ${r.title}`).join("\n")}`,
);

// 2. The states sponsoring the resolutions that recall a given one.
const Q2 = `query {
  resolutions(filter: { references: "A/RES/75/1" }, first: 100) {
    totalCount
    nodes { symbol sponsorships { additional country { code name } } }
  }
}`;
const q2: { resolutions: { totalCount: number; nodes: { symbol: string; sponsorships: { additional: boolean; country: { code: string; name: string } }[] }[] } } = await ask(Q2);
const bySponsor = new Map<string, number>();
for (const r of q2.resolutions.nodes) for (const s of r.sponsorships) bySponsor.set(s.country.name, (bySponsor.get(s.country.name) ?? 0) + 1);
const sponsors = [...bySponsor].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
section(
  "2. The states sponsoring the resolutions that recall A/RES/75/1 (the 75th anniversary declaration)",
  Q2,
  `${q2.resolutions.totalCount} resolutions recall it; ${sponsors.length} states sponsor at least one of them; most often:\n${sponsors
    .slice(0, 8)
    .map(([n, c]) => `${String(c).padStart(3)}  ${n}`)
    .join("\n")}`,
);

// 3. The resolutions on one UNBIS subject that a given state voted against.
const Q3 = `query {
  subject(scheme: UNBIS, key: "HUMAN RIGHTS") {
    label
    resolutions(first: 100) { totalCount nodes { symbol title votes { vote country { code } } } }
  }
}`;
const q3: { subject: { label: string; resolutions: { totalCount: number; nodes: { symbol: string; title: string; votes: { vote: string; country: { code: string } }[] }[] } } } = await ask(Q3);
const against = q3.subject.resolutions.nodes.filter((r) => r.votes.some((v) => v.country.code === "USA" && v.vote === "NO"));
section(
  "3. The resolutions on the UNBIS subject HUMAN RIGHTS that the United States voted against",
  Q3,
  `${q3.subject.resolutions.totalCount} resolutions on ${q3.subject.label}; the United States voted against ${against.length}:\n${against
    .slice(0, 8)
    .map((r) => `  ${r.symbol}  ${r.title}`)
    .join("\n")}`,
);

// 4. A lineage across sessions.
const Q4 = `query {
  resolution(symbol: "A/RES/77/248") {
    title
    lineage(direction: ANCESTORS, maxDepth: 2) { depth resolution { symbol title adoptedOn stub } }
  }
}`;
const q4: { resolution: { title: string; lineage: { depth: number; resolution: { symbol: string; title: string | null; adoptedOn: string | null; stub: boolean } }[] } } = await ask(Q4);
section(
  "4. A lineage across sessions: what A/RES/77/248 (oceans and the law of the sea) builds on, two hops back",
  Q4,
  `${q4.resolution.title}\n${q4.resolution.lineage
    .filter((e) => !e.resolution.stub)
    .slice(0, 8)
    .map((e) => `  depth ${e.depth}  ${e.resolution.symbol}  ${e.resolution.adoptedOn}  ${e.resolution.title}`)
    .join("\n")}\n  … (${q4.resolution.lineage.filter((e) => !e.resolution.stub).length} loaded resolutions in all, and ${q4.resolution.lineage.filter((e) => e.resolution.stub).length} cited but not loaded: earlier sessions, other bodies)`,
);

// 5. A search.
const Q5 = `query {
  search(text: "\\"sea-level rise\\"", yearFrom: 2020, first: 5) {
    totalCount
    nodes { snippet paragraph { key resolution { symbol } } }
  }
}`;
const q5: { search: { totalCount: number; nodes: { snippet: string; paragraph: { key: string; resolution: { symbol: string } } }[] } } = await ask(Q5);
section(
  "5. A search: paragraphs on sea-level rise",
  Q5,
  `${q5.search.totalCount} paragraphs\n${q5.search.nodes.map((n) => `  ${n.paragraph.resolution.symbol} ${n.paragraph.key}: ${n.snippet}`).join("\n")}`,
);
await store.close();
