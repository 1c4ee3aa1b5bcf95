// UN document symbols printed in a text ("A/HRC/36/32", "S/PRST/2013/2", "CCPR/C/KHM/CO/2"); act
// symbols among them ("A/RES/60/251") are resolution references.

import { isActSymbol } from "./numbers.js";
import { SYMBOL_SERIES } from "./series.js";

export interface FoundDocument {
  kind: "resolution" | "document";
  target: string;
}

const ROOTS = SYMBOL_SERIES.map((s) => s.root).join("|");
// "Agenda" is the one mixed-case part: the Security Council's provisional agendas ("S/Agenda/2185").
// A part may carry a session in brackets ("ICCD/COP(14)/23"), a number in roman figures after its
// dot ("BWC/CONF.VIII/4") or several dots ("UNEP/OZL.PRO.28/12"), or be a special or emergency special session ("A/S-12/32", "A/ES-10/273").
const PART = String.raw`(?:Agenda(?=/)|E?S-\d+|[A-Z][A-Za-z]{0,7}(?:\.[A-Z]{1,8})*\.(?:\d+|[IVXL]+\b)|[A-Z]{1,8}(?:\(\d{1,2}\))?|\d+)`;
/**
 * What is part of a symbol though printed in brackets after it: the section of a budget fascicle
 * "A/75/6 (Sect. 3)", "A/77/6 (Introduction)", "A/77/6 (Plan outline)", a part or volume of a report "A/CONF.157/24 (Part I)", "NPT/CONF.2010/50
 * (Vol. I)", "NPT/CONF.2000/28 (Parts I and II)". Further parts may follow ("… (Part I)/Corr.2").
 */
const QUALIFIER = String.raw`(?:\s?\((?:(?:Income\s)?[Ss]ect\.\s?\d{1,3}[A-Z]?|Parts?\s[IVX]{1,4}(?:\s(?:and|to)\s[IVX]{1,4})?|Vol\.\s?[IVX]{1,4}|(?:Foreword and )?[Ii]ntroduction|Plan outline)\))`;
/**
 * A symbol, not glued to a word, slash or dot before it. The "not glued" test is made on each match
 * (GLUED_BEFORE) rather than as a lookbehind, which made the search try every position of the text;
 * "\b" already rules out most glued starts.
 */
/** A document symbol, as a regular-expression source without groups. */
// A space after a slash is a converter's, before an addendum or corrigendum ("A/69/53/Add.1/ Corr.1").
export const DOCUMENT_SYMBOL_SOURCE = String.raw`\b(?:${ROOTS})(?:/(?: (?=[A-Z][a-z]{2,4}\.\d))?${PART}${QUALIFIER}?)+`;
const DOCUMENT = new RegExp(DOCUMENT_SYMBOL_SOURCE, "g");
const GLUED_BEFORE = /[\w/.]/;

/** Document symbols printed in `text`, in order. */
export function citedDocuments(text: string): FoundDocument[] {
  // Every symbol has a slash; the patterns below start with lookbehinds tried at every position,
  // so a text without one (most footnotes and many paragraphs) is not searched at all.
  if (!text.includes("/")) return [];
  // OCR reads the "S/" of Security Council documents as "5/" ("5/2002/1005").
  const t = text.includes("5/") ? text.replace(/(?<![\w/])5\/((?:19|20)\d{2}\/\d+)/g, "S/$1") : text;
  const out: FoundDocument[] = [];
  for (const m of t.matchAll(DOCUMENT)) {
    // A match after "/" or "." is the tail of a longer token. Skipping it skips no symbol: inside a
    // match only a "-" can precede a start, and a digit always follows it ("S-25").
    if (m.index > 0 && GLUED_BEFORE.test(t[m.index - 1]!)) continue;
    const symbol = m[0].replace(/\/ /g, "/");
    if (!/\d/.test(symbol)) continue;
    out.push({ kind: isActSymbol(symbol) ? "resolution" : "document", target: symbol });
  }
  return out;
}
