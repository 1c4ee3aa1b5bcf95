import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
export const goldDir = fileURLToPath(new URL("../fixtures/gold/", import.meta.url));

export const readSeed = (name: string): string => readFileSync(`${seedsDir}${name}`, "utf8");
export const seedFiles = (): string[] => readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));

export interface GoldFile {
  source: string;
  resolution: Record<string, unknown>;
  paragraphs: Array<{ key: string; kind: string; verb?: string; head?: string }>;
  references: Array<{ paragraph: string; kind: string; target: string }>;
}

export const goldFiles = (): string[] => readdirSync(goldDir).filter((f) => f.endsWith(".gold.json"));
export const readGold = (name: string): GoldFile => JSON.parse(readFileSync(`${goldDir}${name}`, "utf8")) as GoldFile;
