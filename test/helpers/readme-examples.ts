// The README's "Querying resgraph" section pairs each ```graphql block with the ```json block after
// it. These helpers find the pairs and run the queries, so the README shows real output (and a test
// says when it no longer does).
import { execute, parse } from "graphql";
import type { GraphStore } from "../../src/graph/port.js";
import { createContext } from "../../src/api/context.js";
import { buildResgraphSchema } from "../../src/api/schema.js";

export interface ReadmeExample {
  query: string;
  /** The json block's text as written in the README. */
  output: string;
  /** Offsets of the json block's body, for rewriting it. */
  outputStart: number;
  outputEnd: number;
}

const PAIR = /```graphql\n([\s\S]*?)```\s*\n+```json\n([\s\S]*?)```/g;

export function readmeExamples(readme: string): ReadmeExample[] {
  return [...readme.matchAll(PAIR)].map((m) => {
    const outputStart = m.index + m[0].lastIndexOf("```json\n") + "```json\n".length;
    return { query: m[1]!, output: m[2]!, outputStart, outputEnd: outputStart + m[2]!.length };
  });
}

export async function runExample(store: GraphStore, query: string): Promise<string> {
  const result = await execute({ schema: buildResgraphSchema(), document: parse(query), contextValue: createContext(store) });
  return `${JSON.stringify(result, null, 2)}\n`;
}
