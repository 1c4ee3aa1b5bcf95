// The number grammar: how a resolution or decision number is printed ("36/32", "S-25/1",
// "242 (1967)", "217 A (III)", "2253 (ES-V)", "2005/1") and how a printed number and the body that
// adopted it make the one canonical symbol the graph keys on. Every module that reads a number
// (citations, the header's number line, what a person types) reads it here.

import type { Body } from "../../domain.js";
import { type ActKind, type NumberShape, type UnBody, bodyRow } from "./bodies.js";

export type { ActKind, NumberShape } from "./bodies.js";

/** The shapes a resolution or decision number is printed in. */
export type PrintedNumber =
  | { shape: "session"; session: string; number: string } // 36/32, S-25/1
  | { shape: "year"; year: string; number: string } // 2005/1 (Commission on Human Rights, ECOSOC)
  | { shape: "sc"; number: string; year: string } // 242 (1967)
  | { shape: "roman"; number: string; session: string }; // 217 A (III), 2253 (ES-V)

/** A session numbered in roman figures, of a regular, special or emergency special session: "III", "S-V", "ES-IV". */
const ROMAN_SESSION = String.raw`(?:E?S-)?[IVXLC]+`;

/** A number with its year or roman session in brackets: "242 (1967)", "217 A (III)", "2253 (ES-V)". */
export const BRACKETED_NUMBER_SOURCE = String.raw`\d{1,4}\s?(?:[A-Z]\s?)?\((?:\d{4}|${ROMAN_SESSION})\)(?![\d/])`;
/** A number after its session or year and a slash: "36/32", "S-25/1", "ES-10/19", "2005/1". */
export const SLASHED_NUMBER_SOURCE = String.raw`(?:E?S-\d{1,2}|\d{1,4})\/\d{1,4}(?![\d/])`;

/** Reads one printed number ("36/32", "S-25/1", "242 (1967)", "217 A (III)", "2005/1"); undefined otherwise. */
export function readNumber(printed: string): PrintedNumber | undefined {
  const s = printed.trim().replace(/\s+/g, " ");
  let m = /^(\d{1,4}) ?(?:[A-Z] ?)?\((\d{4})\)$/.exec(s);
  if (m) return { shape: "sc", number: m[1]!, year: m[2]! };
  m = /^(\d{1,4}) ?(?:[A-Z] ?)?\(((?:E?S-)?([IVXLC]+))\)$/.exec(s);
  if (m) return { shape: "roman", number: m[1]!, session: m[2]! };
  m = /^((?:E?S-)?\d{1,3})\/(\d{1,4})$/.exec(s);
  if (m) return { shape: "session", session: m[1]!, number: m[2]! };
  m = /^((?:19|20)\d{2})\/(\d{1,4})$/.exec(s);
  if (m) return { shape: "year", year: m[1]!, number: m[2]! };
  return undefined;
}

/** The body a number's shape implies when nothing else says: SC years, old GA sessions. */
export function bodyOfShape(n: PrintedNumber): Body | undefined {
  if (n.shape === "sc") return "Security Council";
  if (n.shape === "roman") return "General Assembly";
  return undefined;
}

/** The symbol `row` gives its act of `kind` printed as `n`; undefined when it has none for that shape. */
export function symbolOf(row: UnBody, n: PrintedNumber, kind: ActKind = "resolution"): string | undefined {
  const template = row.symbols?.[n.shape]?.[kind];
  if (!template) return undefined;
  const pieces = compiled(template);
  let out = "";
  for (const piece of pieces) {
    if (piece === "{number}") out += n.number;
    else if (piece === "{session}") out += n.shape === "session" || n.shape === "roman" ? n.session : "";
    else if (piece === "{year}") out += n.shape === "year" || n.shape === "sc" ? n.year : "";
    else out += piece;
  }
  return out;
}

/**
 * Whether `row` can have adopted the act printed as `n` (dated `date`, `YYYY-MM-DD`, when printed):
 * a session-numbered number within the sessions the body printed that way, and not dated before its
 * session met. Numbers of other shapes, special sessions ("S-25/1") and bodies
 * without a calendar pass.
 */
export function plausibleAct(row: UnBody, n: PrintedNumber, date: string | undefined): boolean {
  const sessions = row.sessions;
  if (!sessions || n.shape !== "session" || !/^\d+$/.test(n.session)) return true;
  const session = Number(n.session);
  if (sessions.slashedFrom !== undefined && session < sessions.slashedFrom) return false;
  if (date === undefined) return true;
  const met = sessions.firstYear + Math.floor((session - 1) / sessions.perYear);
  const year = Number(date.slice(0, 4));
  // Only a date before its session met rules it out: a later one is as often a misprint ("24
  // December 2107") as another body's, and an act is not cited before it is adopted.
  return year >= met;
}

/** Templates cut once into their literal text and their placeholders. */
const COMPILED = new Map<string, readonly string[]>();
function compiled(template: string): readonly string[] {
  let pieces = COMPILED.get(template);
  if (!pieces) {
    pieces = template.split(/(\{\w+\})/).filter((p) => p !== "");
    COMPILED.set(template, pieces);
  }
  return pieces;
}

/** Whether a body's acts of `kind` are numbered in `shape`. */
export const printsShape = (row: UnBody, shape: NumberShape, kind: ActKind = "resolution"): boolean => row.symbols?.[shape]?.[kind] !== undefined;

/**
 * Canonical symbol of a resolution or decision of an adopting `body` printed as `n`. A shape the body
 * does not number in is read as the body the shape implies (an SC year is the Security Council's
 * whoever is named, a session number never is).
 */
export function canonicalSymbol(body: Body, n: PrintedNumber, kind: ActKind = "resolution"): string {
  const own = symbolOf(bodyRow(body), n, kind);
  if (own) return own;
  const implied = bodyOfShape(n) ?? (n.shape === "year" ? "Commission on Human Rights" : "General Assembly");
  return symbolOf(bodyRow(implied), n, kind) ?? symbolOf(bodyRow(implied), n, "resolution")!;
}

/** Whether a symbol names a resolution or decision (its series has RES or DEC), rather than another document. */
export const isActSymbol = (symbol: string): boolean => /\/(?:RES|DEC)\//.test(symbol);

/**
 * A symbol printed in a masthead or running header ("A/HRC/RES/42/25", "/HRC/RES/S-25/1", "S/RES/1445
 * (2002)", "A/RES/77/253 B", "A/RES/75/101 A-B"), with the letters of the parts it holds.
 */
const PRINTED_ACT_SYMBOL = /^\/?((?:A|S|E)(?:\/[A-Z][A-Z0-9.]*)*\/(?:RES|DEC)\/[A-Z0-9./\-]+(?: ?\(\d{4}\))?(?: [A-H](?:-[A-H])?)?)$/;

/** The letters of the parts a printed symbol holds: " B", " A-B". */
const PART_SUFFIX = / ([A-H])(?:-([A-H]))?$/;

/**
 * The symbol of what a printed symbol holds. Parts adopted together are one resolution ("A/RES/75/101
 * A-B" is A/RES/75/101), and so is the first part ("A/RES/75/290 A", which citations of "75/290"
 * mean); a later part adopted on its own is a document of its own and keeps its letter
 * ("A/RES/77/253 B"), so that loading it never replaces the part before it.
 */
export function partSymbol(printed: string): string {
  const m = PART_SUFFIX.exec(printed);
  if (!m) return printed;
  const base = printed.slice(0, m.index);
  return m[2] === undefined && m[1] !== "A" ? `${base} ${m[1]}` : base;
}

/** The letter of a later part a symbol keeps ("B" of "A/RES/77/253 B"); undefined for a whole resolution. */
export const partOf = (symbol: string): string | undefined => / ([B-H])$/.exec(symbol)?.[1];

/** Repairs the masthead symbol pdftohtml sometimes prints without its leading series letter. */
export function repairPrintedSymbol(raw: string): string | undefined {
  const s = raw.trim();
  const m = PRINTED_ACT_SYMBOL.exec(s);
  if (m) return m[1];
  const bare = /^\/(HRC\/(?:RES|DEC)\/[A-Z0-9./\-]+)$/.exec(s);
  return bare ? `A/${bare[1]}` : undefined;
}
