// Subject headings from the UN's own classification (<meta><classification><keyword>): UNBIS
// Thesaurus terms, Sustainable Development Goals and EuroVoc descriptors. Keys are stable across
// sources (the metadata files key the same thesauri): a term in capitals ("WOMEN'S RIGHTS"), an
// SDG by its number ("5"). Other dictionaries the files use (DHLAUTH, agenda lists "A/76/251") are
// not subject thesauri and are left out.

import type { Subject } from "../../domain.js";
import { schemeOf, subject } from "../subjects.js";
import { type XmlElement, iter } from "./xml-tree.js";

/** Every subject the document's metadata classifies it under, each once, in order. */
export function subjectsOf(meta: XmlElement | undefined): Subject[] {
  if (!meta) return [];
  const out: Subject[] = [];
  const seen = new Set<string>();
  for (const classification of iter(meta)) {
    if (classification.name !== "classification") continue;
    for (const k of iter(classification)) {
      if (k.name !== "keyword") continue;
      const subject = subjectOf(k);
      if (!subject || seen.has(`${subject.scheme}|${subject.key}`)) continue;
      seen.add(`${subject.scheme}|${subject.key}`);
      out.push(subject);
    }
  }
  return out;
}

function subjectOf(k: XmlElement): Subject | undefined {
  const scheme = schemeOf(k.attrs.dictionary ?? "");
  return scheme ? subject(scheme, term(k.attrs.value ?? k.attrs.showAs ?? "")) : undefined;
}

/** "women&#39;s_rights" → "women's rights": the files escape apostrophes twice and join words with "_". */
function term(raw: string): string {
  return raw
    .replace(/&#(\d{1,7});/g, (_, d: string) => codePoint(Number(d)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h: string) => codePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&")
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "");
