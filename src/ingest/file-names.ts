// The symbol of a resolution or decision as a file name or a person spells it in full: the UN names
// its files after the symbol, slashes and brackets turned into underscores ("A_RES_73_7-EN.pdf",
// "A_RES_217_A_III.txt", "S_RES_242_1967.txt", "A_HRC_RES_S-25_1.txt"), and a user may pass
// "A/RES/217 A (III)" where the graph keys on "A/RES/217(III)". Both are read against the symbol
// templates of the bodies table (citations/bodies.ts) and the number grammar (citations/numbers.ts),
// so a series the table gains is read here too without a pattern of its own.

import type { Body } from "../domain.js";
import { type ActKind, type NumberShape, UN_BODIES } from "./citations/bodies.js";
import { canonicalSymbol, partSymbol, readNumber } from "./citations/numbers.js";

/** What a full symbol names: the canonical symbol, the body that adopted the act, and whether it is a resolution or a decision. */
export interface ActSymbol {
  symbol: string;
  body: Body;
  kind: ActKind;
}

/** One symbol template as tokens: literal series parts ("A", "HRC", "RES") and the number's placeholders. */
interface TemplateTokens {
  body: Body;
  shape: NumberShape;
  kind: ActKind;
  tokens: readonly string[];
}

/**
 * Slashes, underscores, brackets and spaces only separate a symbol's parts: "S/RES/242 (1967)" and
 * "S_RES_242_1967" are the same four tokens.
 */
const tokens = (s: string): string[] => s.split(/[/_\s()]+/).filter((t) => t !== "");

const TEMPLATES: readonly TemplateTokens[] = UN_BODIES.flatMap((row) => {
  if (!row.adopts || !row.symbols) return [];
  const body = row.adopts;
  return Object.entries(row.symbols).flatMap(([shape, byKind]) =>
    Object.entries(byKind ?? {}).map(([kind, template]) => ({
      body,
      shape: shape as NumberShape,
      kind: kind as ActKind,
      tokens: tokens(template),
    })),
  );
});

/** A number with the letters of its parts as file names print them: "7", "101A-B", "217" (the "A" of 217 A (III) is a token of its own). */
const NUMBER_TOKEN = /^(\d{1,4})(?:[A-H](?:-[A-H])*)?$/;
const PART_LETTER_TOKEN = /^[A-H]$/;
const SESSION_TOKEN: Readonly<Record<NumberShape, RegExp>> = {
  session: /^(?:E?S-)?\d{1,3}$/,
  roman: /^(?:E?S-)?[IVXLC]+$/,
  year: /^\d{4}$/,
  sc: /^\d{4}$/,
};

/** The number as print spells it in `shape`, for readNumber: "36/32", "217 (III)", "242 (1967)", "2005/1". */
function printedNumber(shape: NumberShape, number: string, session: string): string {
  return shape === "session" || shape === "year" ? `${session}/${number}` : `${number} (${session})`;
}

/** Matches `input` against one template; the printed number when every token agrees. */
function match(template: TemplateTokens, input: readonly string[]): string | undefined {
  let number: string | undefined;
  let session: string | undefined;
  let at = 0;
  for (const token of template.tokens) {
    const got = input[at];
    if (got === undefined) return undefined;
    if (token === "{number}") {
      const m = NUMBER_TOKEN.exec(got);
      if (!m) return undefined;
      number = m[1];
      at++;
      // "217 A (III)": the part's letter stands between the number and its session.
      if (template.shape === "roman" && PART_LETTER_TOKEN.test(input[at] ?? "") && input[at + 1] !== undefined) at++;
      continue;
    }
    if (token === "{session}" || token === "{year}") {
      if (!SESSION_TOKEN[template.shape].test(got)) return undefined;
      session = got;
      at++;
      continue;
    }
    if (token.toUpperCase() !== got.toUpperCase()) return undefined;
    at++;
  }
  if (at !== input.length || number === undefined || session === undefined) return undefined;
  return printedNumber(template.shape, number, session);
}

/**
 * Reads a full symbol in any spelling the UN's file names or a person use ("A/RES/217 A (III)",
 * "a/hrc/res/36/32", "S_RES_242_1967") as the canonical symbol the graph keys on, with its body and
 * kind; undefined when it is no resolution or decision symbol of a body resgraph reads.
 */
export function readActSymbol(input: string): ActSymbol | undefined {
  // A symbol typed with the parts it holds ("A/RES/77/253 B", "A/RES/75/101 A-B"): the parts are
  // read apart, and a later part keeps its letter (partSymbol). File names are not read so: their
  // last letter may be a language ("_E", "_A" for Arabic).
  const typed = /^(.*\/\d{1,4})\s*([A-H](?:\s*-\s*[A-H])?)$/.exec(input.trim().toUpperCase());
  const parts = tokens(typed ? typed[1]! : input.trim().toUpperCase());
  for (const template of TEMPLATES) {
    const printed = match(template, parts);
    if (printed === undefined) continue;
    const n = readNumber(printed);
    if (!n || n.shape !== template.shape) continue;
    const whole = canonicalSymbol(template.body, n, template.kind);
    const symbol = typed && n.shape === "session" ? partSymbol(`${whole} ${typed[2]!.replace(/\s+/g, "")}`) : whole;
    return { symbol, body: template.body, kind: template.kind };
  }
  return undefined;
}

/** The language a UN file is in, as its name ends: "-EN", "_E", "-E" (the six official languages, in two or one letters). */
const LANGUAGE_SUFFIX = /[-_](?:EN|FR|ES|RU|AR|ZH|CH|E|F|S|R|A|C)$/i;

/**
 * The canonical symbol a file's name spells in the UN's file naming, without its directory,
 * extension and language suffix: "A_RES_73_7-EN.pdf" → "A/RES/73/7", "A_RES_217_A_III.txt" →
 * "A/RES/217(III)", "S_RES_242_1967.txt" → "S/RES/242 (1967)"; undefined for any other name.
 */
export function symbolFromFileName(file: string): string | undefined {
  const base = file.split(/[/\\]/).at(-1) ?? "";
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  // The name is tried as it is first: a suffix letter may be a part of the symbol itself.
  for (const name of [stem, stem.replace(LANGUAGE_SUFFIX, "")]) {
    if (!/^[AES]_/i.test(name)) continue;
    const act = readActSymbol(name);
    if (act) return act.symbol;
  }
  return undefined;
}
