// Fixtures of test/fixtures/akn and the gold the checker derived from their markup (gold.json).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../../fixtures/akn/", import.meta.url));

export interface GoldOfFile {
  symbol: string;
  title: string;
  adoptedOn: string;
  meeting: string;
  flags: string[];
  paragraphs: { key: string; verb: string | null }[];
  links: { paragraph: string; kind: "resolution" | "document"; target: string }[];
}

export const readAknFixture = (name: string): string => readFileSync(DIR + name, "utf8");
export const GOLD = JSON.parse(readFileSync(DIR + "gold.json", "utf8")) as Record<string, GoldOfFile>;

/** The checker's comparable form of a target: no spaces, upper case, part letters of a resolution dropped. */
export function comparableTarget(t: string): string {
  const x = t.replace(/[\s\u00a0\u2007\u202f]+/g, "").toUpperCase();
  if (!/\/(?:RES|DEC)\//.test(x)) return x;
  return x.replace(/^(.*\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)[A-Z](?:-[A-Z])*$/, "$1").replace(/^(.*\/(?:RES|DEC)\/\d+)[A-Z](\((?:E?S-)?[IVXLC]+\))$/, "$1$2");
}
