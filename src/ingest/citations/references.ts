// All references of one paragraph: the acts it cites by number and the document symbols it prints,
// in its own text and in the footnotes it carries, each once, never the citing text itself.

import type { Reference } from "../../domain.js";
import { type CitingDocument, citedActs } from "./acts.js";
import { citedDocuments } from "./documents.js";
import { isActSymbol, sameSymbol } from "./numbers.js";

export type { CitingDocument } from "./acts.js";

interface Found {
  kind: Reference["kind"];
  target: string;
  date?: string;
}

export function findReferences(paragraph: string, verb: string, texts: string[], doc: CitingDocument): Reference[] {
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const text of texts) {
    const acts = citedActs(text, doc).map((a): Found => ({ ...a, kind: isActSymbol(a.target) ? "resolution" : "document" }));
    for (const f of [...acts, ...citedDocuments(text)] as Found[]) {
      if (sameSymbol(f.target, doc.symbol)) continue;
      const key = `${f.kind}|${f.target.replace(/\s+/g, "").toUpperCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ paragraph, kind: f.kind, target: f.target, ...(verb ? { verb } : {}), ...(f.date ? { date: f.date } : {}) });
    }
  }
  return out;
}
