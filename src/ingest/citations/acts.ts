// Resolutions and decisions cited by number: after "resolution(s)" or "decision(s)", alone or in
// lists and ranges, with the body whose acts they are read from the words around them.

import type { Body } from "../../domain.js";
import { MONTH_PATTERN, isoDate } from "../dates.js";
import { type ActKind, UN_BODIES, type UnBody, bodyRow } from "./bodies.js";
import { BRACKETED_NUMBER_SOURCE, SLASHED_NUMBER_SOURCE, type PrintedNumber, bodyOfShape, printsShape, readNumber, symbolOf } from "./numbers.js";

export interface CitingDocument {
  /** The adopting body, which "its resolution" and unprefixed numbers refer to. */
  body: Body;
  /** The document's own symbol: a text never references itself. */
  symbol: string;
}

export interface FoundAct {
  target: string;
  date?: string;
}

const KEYWORD = /\b(resolutions?|decisions?)\s+(?:Nos?\.\s*)?/gi;
/**
 * One list item: a printed number, and for a GA number the letters of its parts, "51/45 B",
 * "36/87 A and B" (one symbol: the letters name parts of one resolution, as "A" does in "217 A (III)").
 */
const ITEM = new RegExp(String.raw`(${BRACKETED_NUMBER_SOURCE}|${SLASHED_NUMBER_SOURCE}(?:\s[A-Z](?:(?:\s*,\s*|\s+and\s+)[A-Z])*(?![\w/]))?)`, "y");
/** The letters of a GA resolution's parts, after its number. */
const PART_LETTERS = /\s[A-Z](?:(?:\s*,\s*|\s+and\s+)[A-Z])*$/;
/**
 * "of 2 October 2015"; also without the year ("180 (1963) of 31 July and 183 (1963) of 11 December
 * 1963": an SC number carries its year), with OCR's stray comma ("of 13, March"), and for several
 * days ("2253 (ES-V) and 2254 (ES-V) of 4 and 14 July 1967", which dates no one item). Groups:
 * day, further days, month, year.
 */
const ITEM_DATE = new RegExp(
  String.raw`\s*,?\s*(?:adopted\s+)?(?:of|on)\s+(\d{1,2})((?:\s*(?:,|and)\s*\d{1,2})*),?\s+${MONTH_PATTERN}(?:\.?,?\s+(\d{4}))?(?!\w)`,
  "y",
);
const SEPARATOR = /(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+to\s+|\s+or\s+|\s+as well as\s+)/y;

const ADJ = String.raw`(?:(?:previous|relevant|earlier|related|subsequent|pertinent|own|latest|recent|most|all|the|other|first|later|above|its|their)\s+){0,3}`;
const ADOPTING = UN_BODIES.filter((b) => b.adopts);
const FULL_NAME = `(${ADOPTING.flatMap((b) => b.names).join("|")})`;
const SHORT_NAME = `(${[...new Set(ADOPTING.flatMap((b) => b.short ?? []))].join("|")})`;
const BY_BODY_ITS = new RegExp(String.raw`${FULL_NAME}\s+(?:\w+\s+){0,2}(?:in|by|through|under)\s+its\s+${ADJ}$`);
const NAMED_BODY = new RegExp(String.raw`${FULL_NAME}(?:'s|’s)?\s+${ADJ}$`);
const SHORT_BODY = new RegExp(String.raw`\b${SHORT_NAME}(?:'s|’s)?\s+${ADJ}$`);
const OWN = new RegExp(String.raw`\b(?:its|their|our|this body's)\s+${ADJ}$`, "i");

/** The row a full name printed in a text denotes. */
const rowNamed = (name: string): UnBody | undefined => ADOPTING.find((b) => b.names.some((n) => new RegExp(`^(?:${n})$`).test(name)));

/** What the words just before "resolution" say of whose it is: a body, the citing body's own, or nothing. */
type Said = { row: UnBody } | { short: string } | "own" | undefined;

function saidBefore(before: string): Said {
  const m = BY_BODY_ITS.exec(before) ?? NAMED_BODY.exec(before);
  if (m) {
    const row = rowNamed(m[1]!);
    if (row) return { row };
  }
  const s = SHORT_BODY.exec(before);
  if (s) return { short: s[1]! };
  if (OWN.test(before)) return "own";
  return undefined;
}

/** The body whose act `n` is: what the text said, read against the shapes each body numbers in. */
function resolveRow(n: PrintedNumber, said: Said, doc: CitingDocument): UnBody {
  const implied = bodyOfShape(n);
  if (implied) return bodyRow(implied);
  const own = bodyRow(doc.body);
  let row: UnBody;
  if (said === undefined || said === "own") row = own;
  else if ("row" in said) row = said.row;
  else row = shortFormRow(said.short, doc);
  if (n.shape === "year") {
    if (printsShape(row, "year")) return row;
    // A year-numbered resolution with no year-numbering body named: the Commission's in the
    // Council's texts (its predecessor), ECOSOC's elsewhere.
    return bodyRow(said === undefined && doc.body !== "Human Rights Council" ? "Economic and Social Council" : "Commission on Human Rights");
  }
  // Session-numbered resolutions are never the Security Council's.
  return printsShape(row, n.shape) ? row : bodyRow("General Assembly");
}

/** The body a short form ("Council") stands for in a text of `doc.body`. */
function shortFormRow(short: string, doc: CitingDocument): UnBody {
  if (short === "Assembly") return bodyRow("General Assembly");
  if (short === "Commission") return bodyRow("Commission on Human Rights");
  return doc.body === "General Assembly" ? bodyRow("Human Rights Council") : bodyRow(doc.body);
}

/** The session (or SC year) a symbol belongs to: "A/HRC/RES/5/1" → "A/HRC/RES/5", "S/RES/661 (1990)" → "1990". */
const sessionOf = (target: string): string => /\((\d{4})\)$/.exec(target)?.[1] ?? target.replace(/\/[^/]*$/, "");

/**
 * "resolutions 5/1 and 5/2 of 18 June 2007" dates both: a date after a list's item also dates the
 * undated items just before it, when they are of the same session (and so adopted together).
 * "60/251 and 5/1 of 18 June 2007" dates only 5/1.
 */
function shareListDate(list: FoundAct[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const dated = list[i]!;
    if (!dated.date) continue;
    for (let j = i - 1; j >= 0 && !list[j]!.date && sessionOf(list[j]!.target) === sessionOf(dated.target); j--) {
      list[j]!.date = dated.date;
    }
  }
}

/** Resolutions and decisions cited by number, as canonical symbols. */
export function citedActs(text: string, doc: CitingDocument): FoundAct[] {
  const out: FoundAct[] = [];
  for (const kw of text.matchAll(KEYWORD)) {
    const list: FoundAct[] = [];
    const kind: ActKind = /^decision/i.test(kw[1]!) ? "decision" : "resolution";
    const said = saidBefore(text.slice(Math.max(0, kw.index - 120), kw.index));
    let p = kw.index + kw[0].length;
    for (;;) {
      ITEM.lastIndex = p;
      const item = ITEM.exec(text);
      if (!item) break;
      p = ITEM.lastIndex;
      ITEM_DATE.lastIndex = p;
      const dated = ITEM_DATE.exec(text);
      const n = readNumber(item[1]!.replace(PART_LETTERS, ""));
      let date: string | undefined;
      if (dated) {
        const year = dated[4] ?? (n?.shape === "sc" ? n.year : undefined);
        date = year === undefined || dated[2] ? undefined : isoDate(dated[1]!, dated[3]!, year);
        p = ITEM_DATE.lastIndex;
      }
      if (n) {
        const row = resolveRow(n, said, doc);
        const target = symbolOf(row, n, kind);
        if (target) list.push({ target, ...(date ? { date } : {}) });
      }
      SEPARATOR.lastIndex = p;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      ITEM.lastIndex = SEPARATOR.lastIndex;
      if (!ITEM.test(text)) break;
      p = SEPARATOR.lastIndex;
    }
    shareListDate(list);
    out.push(...list);
  }
  return out;
}
