// All references of one paragraph: the acts it cites by number and the document symbols it prints,
// in its own text and in the footnotes it carries, each once, never the citing text itself.

import type { Reference } from "../../domain.js";
import { type CitingDocument, citedActs, type NamedActs } from "./acts.js";
import { citedDocuments } from "./documents.js";
import { isActSymbol } from "./numbers.js";

export type { CitingDocument } from "./acts.js";

export function findReferences(paragraph: string, verb: string, texts: string[], doc: CitingDocument): Reference[] {
  const seen = new Set<string>();
  const out: Reference[] = [];
  const own = comparable(doc.symbol);
  const named: NamedActs = new Map();
  for (const text of texts) {
    for (const a of citedActs(text, doc, named)) add(out, seen, own, paragraph, verb, isActSymbol(a.target) ? "resolution" : "document", a.target, a.date);
    for (const d of citedDocuments(text)) add(out, seen, own, paragraph, verb, d.kind, d.target, undefined);
  }
  return out;
}

/** A symbol as compared: prints differ in spacing and case. */
const comparable = (symbol: string): string => (symbol.includes(" ") ? symbol.replace(/\s+/g, "") : symbol).toUpperCase();

/** Adds a reference unless the paragraph has it already or it is the citing text's own symbol. */
function add(out: Reference[], seen: Set<string>, own: string, paragraph: string, verb: string, kind: Reference["kind"], target: string, date: string | undefined): void {
  const symbol = comparable(target);
  if (symbol === own) return;
  const key = `${kind}|${symbol}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ paragraph, kind, target, ...(verb ? { verb } : {}), ...(date ? { date } : {}) });
}
