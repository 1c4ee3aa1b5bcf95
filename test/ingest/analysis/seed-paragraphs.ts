// Test-side paragraph splitting of seed texts, deliberately simple: the resolution parser proper is
// another module's job, and these tests only need paragraphs with stable ids.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { IndexedParagraph } from "../../../src/ingest/analysis/match.js";

export const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));

export function readSeed(name: string): string {
  return readFileSync(`${SEEDS}${name}`, "utf8");
}

/** Word-document seeds (000): one tab-indented line per paragraph, footnote markup inline. */
export function tabbedParagraphs(text: string, symbol: string): IndexedParagraph[] {
  const out: IndexedParagraph[] = [];
  let pp = 0;
  let op = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\[bookmark:[^\]]*\]/, "");
    if (!line.startsWith("\t")) continue;
    const clean = line
      .replace(/\[footnoteRef:\d+\]/g, "")
      .replace(/\[\d+:[^\]]*\]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (/^The .*,$/.test(clean)) continue; // the opening formula ("The Human Rights Council,")
    const numbered = /^(\d+)\.\s+(.*)$/.exec(clean);
    const lettered = /^\(([a-z])\)\s+(.*)$/.exec(clean);
    if (numbered) {
      op = `op${numbered[1]}`;
      out.push({ id: `${symbol}#${op}`, text: numbered[2] ?? "" });
    } else if (lettered && op) {
      out.push({ id: `${symbol}#${op}(${lettered[1]})`, text: lettered[2] ?? "" });
    } else {
      out.push({ id: `${symbol}#pp${++pp}`, text: clean });
    }
  }
  return out;
}

/** Plain-text seeds with hard line breaks: one paragraph per blank-line-separated block. */
export function blockParagraphs(text: string, symbol: string): IndexedParagraph[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, " ").trim())
    .filter((b) => b.split(" ").length >= 4)
    .map((b, n) => ({ id: `${symbol}#b${n + 1}`, text: b }));
}

export const CAMBODIA_36_32 = "A/HRC/RES/36/32";

export function cambodia3632(): IndexedParagraph[] {
  return tabbedParagraphs(readSeed("000_a76aad1bd757f93e.txt"), CAMBODIA_36_32);
}
