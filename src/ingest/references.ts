// Finds what a paragraph cites: resolutions and decisions (named by number after "resolution(s)" or
// "decision(s)", alone or in lists and ranges, with the body read from the words before them), and
// UN document symbols. Each is normalized to its canonical symbol so the graph can join on it.

import type { Body, Reference } from "../domain.js";
import { MONTH_PATTERN, isoDate } from "./dates.js";
import { type ActKind, type PrintedNumber, canonicalSymbol, readNumber, sameSymbol } from "./symbols.js";

export interface CitingDocument {
  /** The adopting body, which "its resolution" and unprefixed numbers refer to. */
  body: Body;
  /** The document's own symbol: a text never references itself. */
  symbol: string;
}

interface Found {
  kind: Reference["kind"];
  target: string;
  date?: string;
}

const KEYWORD = /\b(resolutions?|decisions?)\s+(?:Nos?\.\s*)?/gi;
/**
 * One printed number: "242 (1967)", "217 A (III)", "2253 (ES-V)" (a special session's), "36/32",
 * "S-25/1", or a GA number with the letters of its parts, "51/45 B", "36/87 A and B" (one symbol:
 * the letters name parts of one resolution, as "A" does in "217 A (III)").
 */
const ITEM =
  /(\d{1,4}\s?(?:[A-Z]\s?)?\((?:\d{4}|(?:E?S-)?[IVXLC]+)\)(?![\d/])|(?:E?S-\d{1,2}|\d{1,4})\/\d{1,4}(?![\d/])(?:\s[A-Z](?:(?:\s*,\s*|\s+and\s+)[A-Z])*(?![\w/]))?)/y;
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
const BODY_RE = String.raw`(General Assembly|Security Council|Human Rights Council|Commission on Human Rights|Economic and Social Council)`;
const BY_BODY_ITS = new RegExp(String.raw`${BODY_RE}\s+(?:\w+\s+){0,2}(?:in|by|through|under)\s+its\s+${ADJ}$`);
const NAMED_BODY = new RegExp(String.raw`${BODY_RE}(?:'s|’s)?\s+${ADJ}$`);
const SHORT_BODY = new RegExp(String.raw`\b(Assembly|Council|Commission)(?:'s|’s)?\s+${ADJ}$`);
const OWN = new RegExp(String.raw`\b(?:its|their|our|this body's)\s+${ADJ}$`, "i");

function asBody(name: string): Body | undefined {
  switch (name) {
    case "General Assembly":
    case "Security Council":
    case "Human Rights Council":
    case "Commission on Human Rights":
    case "Economic and Social Council":
      return name;
    default:
      return undefined;
  }
}

/** The body whose resolutions a citation names, read from the words just before "resolution". */
function citedBody(before: string, doc: CitingDocument): Body | "own" | undefined {
  let m = BY_BODY_ITS.exec(before) ?? NAMED_BODY.exec(before);
  if (m) return asBody(m[1]!);
  m = SHORT_BODY.exec(before);
  if (m) {
    if (m[1] === "Assembly") return "General Assembly";
    if (m[1] === "Commission") return "Commission on Human Rights";
    return doc.body === "General Assembly" ? "Human Rights Council" : doc.body;
  }
  if (OWN.test(before)) return "own";
  return undefined;
}

function resolveBody(n: PrintedNumber, said: Body | "own" | undefined, doc: CitingDocument): Body {
  if (n.shape === "sc") return "Security Council";
  if (n.shape === "roman") return "General Assembly";
  const body = said === "own" || said === undefined ? doc.body : said;
  if (n.shape === "year") {
    if (body === "Economic and Social Council" || body === "Commission on Human Rights") return body;
    return said === undefined && doc.body !== "Human Rights Council" ? "Economic and Social Council" : "Commission on Human Rights";
  }
  // Session-numbered resolutions are never the Security Council's.
  if (body === "Security Council") return "General Assembly";
  return body;
}

/** The session (or SC year) a symbol belongs to: "A/HRC/RES/5/1" → "A/HRC/RES/5", "S/RES/661 (1990)" → "1990". */
const sessionOf = (target: string): string => /\((\d{4})\)$/.exec(target)?.[1] ?? target.replace(/\/[^/]*$/, "");

/**
 * "resolutions 5/1 and 5/2 of 18 June 2007" dates both: a date after a list's item also dates the
 * undated items just before it, when they are of the same session (and so adopted together).
 * "60/251 and 5/1 of 18 June 2007" dates only 5/1.
 */
function shareListDate(list: Found[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const dated = list[i]!;
    if (!dated.date) continue;
    for (let j = i - 1; j >= 0 && !list[j]!.date && sessionOf(list[j]!.target) === sessionOf(dated.target); j--) {
      list[j]!.date = dated.date;
    }
  }
}

/** Resolutions and decisions cited by number. */
export function citedActs(text: string, doc: CitingDocument): Found[] {
  const out: Found[] = [];
  for (const kw of text.matchAll(KEYWORD)) {
    const list: Found[] = [];
    const kind: ActKind = /^decision/i.test(kw[1]!) ? "decision" : "resolution";
    const said = citedBody(text.slice(Math.max(0, kw.index - 120), kw.index), doc);
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
        const body = resolveBody(n, said, doc);
        // The Security Council's decisions carry no symbol of their own.
        if (!(kind === "decision" && body === "Security Council")) {
          list.push({ kind: "resolution", target: canonicalSymbol(body, n, kind), ...(date ? { date } : {}) });
        }
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

// Series roots: the principal organs', treaty bodies', programmes', and the disarmament bodies and
// treaty conferences the UN services (Conference on Disarmament "CD/1839", "NPT/CONF.2010/50",
// "CCM/CONF/2021/6", "CCW/…", "BWC/…", "APLC/…").
const ROOTS =
  "A|S|E|CCPR|CERD|CEDAW|CRC|CAT|CMW|CRPD|CED|ST|TD|UNEP|DP|HRI|SPT|ICCD|FCCC|PBC|UNW|ECE|ESCAP|ECLAC|ESCWA|ECA|CTOC|IDB|JIU|CD|NPT|CCM|CCW|BWC|APLC";
// "Agenda" is the one mixed-case part: the Security Council's provisional agendas ("S/Agenda/2185").
const PART = String.raw`(?:Agenda(?=/)|[A-Z][A-Za-z]{0,7}\.\d+|[A-Z]{1,8}|\d+|S-\d+)`;
/**
 * A symbol, not glued to a word, slash or dot before it. The "not glued" test is made on each match
 * (GLUED_BEFORE) rather than as a lookbehind, which made the search try every position of the text;
 * "\b" already rules out most glued starts.
 */
const DOCUMENT = new RegExp(String.raw`\b(?:${ROOTS})(?:/${PART})+`, "g");
const GLUED_BEFORE = /[\w/.]/;
const ACT_SYMBOL = /\/(?:RES|DEC)\//;

/** UN document symbols ("A/HRC/36/32", "S/PRST/2013/2", "CCPR/C/KHM/CO/2"); act symbols become resolution references. */
export function citedDocuments(text: string): Found[] {
  // Every symbol has a slash; the patterns below start with lookbehinds tried at every position,
  // so a text without one (most footnotes and many paragraphs) is not searched at all.
  if (!text.includes("/")) return [];
  // OCR reads the "S/" of Security Council documents as "5/" ("5/2002/1005").
  const t = text.includes("5/") ? text.replace(/(?<![\w/])5\/((?:19|20)\d{2}\/\d+)/g, "S/$1") : text;
  const out: Found[] = [];
  for (const m of t.matchAll(DOCUMENT)) {
    // A match after "/" or "." is the tail of a longer token. Skipping it skips no symbol: inside a
    // match only a "-" can precede a start, and a digit always follows it ("S-25").
    if (m.index > 0 && GLUED_BEFORE.test(t[m.index - 1]!)) continue;
    const symbol = m[0];
    if (!/\d/.test(symbol)) continue;
    out.push({ kind: ACT_SYMBOL.test(symbol) ? "resolution" : "document", target: symbol });
  }
  return out;
}

/** All references of one paragraph: its own text and the texts of the footnotes it carries. */
export function findReferences(paragraph: string, verb: string, texts: string[], doc: CitingDocument): Reference[] {
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const text of texts) {
    for (const f of [...citedActs(text, doc), ...citedDocuments(text)]) {
      if (sameSymbol(f.target, doc.symbol)) continue;
      const key = `${f.kind}|${f.target.replace(/\s+/g, "").toUpperCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ paragraph, kind: f.kind, target: f.target, ...(verb ? { verb } : {}), ...(f.date ? { date: f.date } : {}) });
    }
  }
  return out;
}
