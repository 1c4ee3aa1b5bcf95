// UN symbols are printed in many shapes ("36/32.", "217 A (III)", "Resolution 242 (1967)", "2005/1")
// and each body has its own series. This module turns a printed number plus the body that adopted it
// into the one canonical symbol the graph keys on.

import type { Body } from "../domain.js";

export type ActKind = "resolution" | "decision";

/** The shapes a resolution or decision number is printed in. */
export type PrintedNumber =
  | { shape: "session"; session: string; number: string } // 36/32, S-25/1
  | { shape: "year"; year: string; number: string } // 2005/1 (Commission on Human Rights, ECOSOC)
  | { shape: "sc"; number: string; year: string } // 242 (1967)
  | { shape: "roman"; number: string; session: string }; // 217 A (III), 2253 (ES-V)

const ROMAN = /^[IVXLC]+$/;

/** Reads one printed number ("36/32", "S-25/1", "242 (1967)", "217 A (III)", "2005/1"); undefined otherwise. */
export function readNumber(printed: string): PrintedNumber | undefined {
  const s = printed.trim().replace(/\s+/g, " ");
  let m = /^(\d{1,4}) ?(?:[A-Z] ?)?\((\d{4})\)$/.exec(s);
  if (m) return { shape: "sc", number: m[1]!, year: m[2]! };
  m = /^(\d{1,4}) ?(?:[A-Z] ?)?\(((?:E?S-)?[IVXLC]+)\)$/.exec(s);
  if (m && ROMAN.test(m[2]!.replace(/^E?S-/, ""))) return { shape: "roman", number: m[1]!, session: m[2]! };
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

/** Canonical symbol of a resolution or decision of `body` printed as `n`. */
export function canonicalSymbol(body: Body, n: PrintedNumber, kind: ActKind = "resolution"): string {
  const series = kind === "decision" ? "DEC" : "RES";
  switch (n.shape) {
    case "sc":
      return `S/RES/${n.number} (${n.year})`;
    case "roman":
      return `A/${series}/${n.number}(${n.session})`;
    case "year":
      if (body === "Economic and Social Council") return `E/${series}/${n.year}/${n.number}`;
      return `E/CN.4/${series}/${n.year}/${n.number}`;
    case "session":
      switch (body) {
        case "Human Rights Council":
          return `A/HRC/${series}/${n.session}/${n.number}`;
        case "Security Council":
        case "General Assembly":
          return `A/${series}/${n.session}/${n.number}`;
        case "Economic and Social Council":
          return `E/${series}/${n.session}/${n.number}`;
        case "Commission on Human Rights":
          return `E/CN.4/${series}/${n.session}/${n.number}`;
      }
  }
}

/** Symbols differ in spacing and case between prints; compare them this way. */
export function sameSymbol(a: string, b: string): boolean {
  return a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
}

/** A symbol printed in a masthead or running header ("A/HRC/RES/42/25", "/HRC/RES/S-25/1", "S/RES/1445 (2002)"). */
export const PRINTED_ACT_SYMBOL = /^\/?((?:A|S|E)(?:\/[A-Z][A-Z0-9.]*)*\/(?:RES|DEC)\/[A-Z0-9./\-]+(?: ?\(\d{4}\))?)$/;

/** Repairs the masthead symbol pdftohtml sometimes prints without its leading series letter. */
export function repairPrintedSymbol(raw: string): string | undefined {
  const s = raw.trim();
  const m = PRINTED_ACT_SYMBOL.exec(s);
  if (m) return m[1];
  const bare = /^\/(HRC\/(?:RES|DEC)\/[A-Z0-9./\-]+)$/.exec(s);
  return bare ? `A/${bare[1]}` : undefined;
}
