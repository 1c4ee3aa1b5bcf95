// What a person types for a resolution ("36/32", "a/hrc/res/36/32", "S/RES/678(1990)",
// "resolution 678 (1990)", "HRC 36/32", "GA res 80/4", "217 A (III)") → the canonical symbols it
// can mean. One candidate when the spelling says which body; several when it does not ("36/32" is
// a Council resolution and an Assembly one): the caller then asks the store which exist.

import type { Body } from "../domain.js";
import { UN_BODIES } from "./citations/bodies.js";
import { canonicalSymbol, partSymbol, readNumber, type ActKind } from "./citations/numbers.js";

/** The adopting bodies by what a person may type before a number: an abbreviation or the full name. */
const BODY_PREFIXES: readonly [RegExp, Body][] = UN_BODIES.flatMap((b) =>
  b.adopts ? [[new RegExp(String.raw`^(?:${[...(b.abbreviations ?? []), ...b.names].join("|")})\b`, "i"), b.adopts] as [RegExp, Body]] : [],
);

/** Bodies a bare session number ("36/32") may belong to, most cited first. */
const SESSION_BODIES: readonly Body[] = ["Human Rights Council", "General Assembly"];

/** A full symbol, in any case and spacing: "a/hrc/res/36/32", "S/RES/678(1990)". */
function asFullSymbol(input: string): string | undefined {
  const s = input.toUpperCase().replace(/\s+/g, "");
  if (!/^[AES](\/[A-Z0-9.\-]+)*\/(RES|DEC)\//.test(s)) return undefined;
  // The Security Council's year stands apart: "S/RES/678 (1990)"; the part letter of an early
  // Assembly resolution is not part of its symbol: "A/RES/217 A (III)" is A/RES/217(III).
  // A later part adopted on its own keeps its letter: "a/res/77/253 b" is A/RES/77/253 B.
  return partSymbol(
    s
      .replace(/^(S\/RES\/\d+)\((\d{4})\)$/, "$1 ($2)")
      .replace(/^(A\/RES\/\d+)[A-Z]\(([IVXL]+)\)$/, "$1($2)")
      .replace(/^(.*\/(?:RES|DEC)\/(?:E?S-)?\d+\/\d+)([A-H](?:-[A-H])?)$/, "$1 $2"),
  );
}

export function symbolCandidates(input: string): string[] {
  const trimmed = input.trim().replace(/\s+/g, " ").replace(/\.$/, "");
  if (trimmed === "") return [];
  const full = asFullSymbol(trimmed);
  if (full) return [full];

  let rest = trimmed;
  let body: Body | undefined;
  for (const [re, b] of BODY_PREFIXES) {
    const m = re.exec(rest);
    if (m) {
      body = b;
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  let kind: ActKind = "resolution";
  const word = /^(res(?:olution)?\.?|dec(?:ision)?\.?)\s*/i.exec(rest);
  if (word) {
    if (/^dec/i.test(word[1]!)) kind = "decision";
    rest = rest.slice(word[0].length);
  }
  const n = readNumber(rest.replace(/\s*\(/, " (").toUpperCase());
  if (!n) return [];
  if (body) return [canonicalSymbol(body, n, kind)];
  if (n.shape === "sc") return [canonicalSymbol("Security Council", n, kind)];
  if (n.shape === "roman") return [canonicalSymbol("General Assembly", n, kind)];
  if (n.shape === "year") return [canonicalSymbol("Commission on Human Rights", n, kind), canonicalSymbol("Economic and Social Council", n, kind)];
  return SESSION_BODIES.map((b) => canonicalSymbol(b, n, kind));
}
