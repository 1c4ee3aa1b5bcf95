// Editor links to UN documents (<a href="https://undocs.org/en/A/RES/74/93">) as the symbols the
// graph keys on. The link target is read as akn2text.py's `target_of_href` reads it (the gold), then
// spelled the way the text pipeline's citation grammar spells the same symbol, so that a linked and
// a printed citation of one document meet on one node: A/RES/1970(XVIII), S/RES/2231 (2015),
// A/RES/47/120 for "A/RES/47/120B" (a part letter names part of one resolution), A/75/6 (Sect. 8).

import type { ReferenceKind } from "../../domain.js";
import { UN_BODIES } from "../citations/bodies.js";
import { type ActKind, type NumberShape, isActSymbol, readNumber, symbolOf } from "../citations/numbers.js";

export interface LinkedSymbol {
  kind: ReferenceKind;
  target: string;
}

const UNDOCS = /^\s*(?:https?:\/\/)?(?:www\.)?(?:undocs\.org|docs\.un\.org)\/+(.*)$/i;
const LANGUAGE = /^(?:en|fr|es|sp|ar|ru|zh|ch)\//i;

/** The symbol a link points to, or undefined for a link elsewhere (or to no symbol). */
export function linkedSymbol(href: string): LinkedSymbol | undefined {
  const m = UNDOCS.exec(href);
  if (!m) return undefined;
  let path = m[1]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray "%" is printed as is
  }
  path = path.split("?")[0]!.split("#")[0]!.trim().replace(LANGUAGE, "");
  let t = path.replace(/[\s\u00a0\u2007\u202f]+/g, "").replace(/[/.]+$/, "");
  // undocs marks the printed supplement of official records with "(supp)": not part of the symbol.
  t = t.replace(/\(supp\.?\)$/i, "");
  if (!/^[A-Za-z][A-Za-z0-9.-]*\//.test(t) || !/\d/.test(t)) return undefined;
  if (/\/(?:RES|DEC)\//i.test(t)) {
    const act = actSymbol(t.toUpperCase());
    // UNEP/EA.4/Res.1 is a document symbol to the citation grammar (its series has no RES)
    if (act) return { kind: isActSymbol(act) ? "resolution" : "document", target: act };
  }
  return { kind: "document", target: documentSymbol(t) };
}

/** Drops the part letters of a resolution: A/RES/47/120B, A/RES/74/92A-B → …/120, …/92; A/RES/217A(III) → A/RES/217(III). */
function baseResolution(t: string): string {
  return t.replace(/^(.*\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)[A-Z](?:-[A-Z])*$/, "$1").replace(/^(.*\/(?:RES|DEC)\/\d+)[A-Z](\((?:E?S-)?[IVXLC]+\))$/, "$1$2");
}

/** An upper-cased act symbol without spaces, spelled by the grammar's templates when a body it knows numbers acts that way. */
export function actSymbol(upper: string): string | undefined {
  const base = baseResolution(upper);
  const m = /^(.*?\/(RES|DEC)\/)(.+)$/.exec(base);
  if (!m) return undefined;
  const kind: ActKind = m[2] === "DEC" ? "decision" : "resolution";
  const n = readNumber(m[3]!);
  if (n) {
    const flat = base.replace(/\s+/g, "");
    for (const row of UN_BODIES) {
      for (const shape of Object.keys(row.symbols ?? {}) as NumberShape[]) {
        if (shape !== n.shape) continue;
        const spelled = symbolOf(row, n, kind);
        if (spelled && spelled.replace(/\s+/g, "").toUpperCase() === flat) return spelled;
      }
    }
  }
  return base;
}

/** The short parts a symbol spells in mixed case ("Add.1", "Corr.2", "Rev.1"). */
const MIXED_CASE_PARTS: Readonly<Record<string, string>> = { ADD: "Add", CORR: "Corr", REV: "Rev", AMEND: "Amend", SUMMARY: "Summary" };

/**
 * A document symbol as the text prints it: links spelled in lower case ("a/75/64/add.1") are
 * upper-cased with their mixed-case parts restored; a bracketed qualifier gets the spaces the link
 * drops ("A/75/6(Sect.8)" → "A/75/6 (Sect. 8)", "(PartI)" → "(Part I)").
 */
function documentSymbol(t: string): string {
  let s = t;
  if (!/[A-Z]/.test(s)) s = s.toUpperCase().replace(/\/([A-Z]+)\.(?=\d)/g, (all, part: string) => (MIXED_CASE_PARTS[part] ? `/${MIXED_CASE_PARTS[part]}.` : all));
  return s.replace(/\(([^)]*)\)/g, (all, inner: string, at: number) => (at > 0 && /[A-Za-z]{3}/.test(inner) ? ` (${spaceQualifier(inner)})` : all));
}

function spaceQualifier(q: string): string {
  return q
    .replace(/^(Sect|Vol)\.?(?=\S)/i, (m) => `${m.replace(/\.?$/, ".")} `)
    .replace(/^(Parts?)(?=[IVX])/, "$1 ")
    .replace(/([IVX]+)and([IVX]+)$/, "$1 and $2")
    .replace(/^(sect|vol|parts?)\b/i, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .replace(/\b[ivx]+\b/gi, (r) => r.toUpperCase())
    .replace(/\s+/g, " ")
    .trim();
}
