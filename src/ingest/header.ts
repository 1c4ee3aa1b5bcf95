// The header of a resolution says who adopted what, when and how: symbol and title come from the
// number line above the body ("36/32. Title", "Resolution 242 (1967)"), the date from "adopted … on"
// or the closing date line, meeting and vote from the closing lines.

import type { Body, ResolutionHeader, VoteCounts, VoteMethod } from "../domain.js";
import { type Line, isBlank } from "./lines.js";
import { DATE_PATTERN, isoDate } from "./dates.js";
import { UN_BODIES } from "./citations/bodies.js";
import { type ActKind, type PrintedNumber, SLASHED_NUMBER_SOURCE, bodyOfShape, canonicalSymbol, partOf, partSymbol, readNumber } from "./citations/numbers.js";
import { collapseWhitespace } from "./normalize.js";
import type { ActSymbol } from "./file-names.js";

export interface NumberLine {
  index: number;
  number: PrintedNumber;
  /** Title text printed on the number line after the number. */
  rest: string;
}

/**
 * "36/32. Title", "ES-11/1. Title", "Resolution 5/1. Title", "80/12 A. Title": a session number, the
 * letter of a part when the line prints one, and a full stop.
 */
const NUMBER_LINE = new RegExp(String.raw`^(?:(?:Resolution|Decision|RESOLUTION|DECISION)\s+)?(${SLASHED_NUMBER_SOURCE})(?:\s[A-H])?\s*\.(?:\s+(.*))?$`);

/** Finds the line printing the resolution's own number. */
export function findNumberLine(lines: Line[]): NumberLine | undefined {
  for (const [index, line] of lines.entries()) {
    const t = line.text;
    let m = NUMBER_LINE.exec(t);
    if (m) {
      const number = readNumber(m[1]!);
      if (number) return { index, number, rest: m[2] ?? "" };
    }
    // "Resolution 290" or "Resolution 361 (197-4)": the year is read from the date when OCR lost it.
    const sc = /^(?:RESOLUTION|Resolution)\s+(\d{1,4})(?:\s*\(([\d\s\-.]{4,8})\))?\s*$/.exec(t);
    if (sc) {
      const year = (sc[2] ?? "").replace(/\D/g, "");
      const dated = /\b((?:19|20)\d{2})\b/.exec(lines.slice(index, index + 4).map((l) => l.text).join(" ").replace(/^.*?\)/, ""));
      const y = year.length === 4 ? year : dated?.[1];
      if (y) return { index, number: { shape: "sc", number: sc[1]!, year: y }, rest: "" };
    }
    m = /^(?:RESOLUTION|Resolution)\s+(\d{1,4}\s*(?:[A-Z]\s*)?\((?:\d{4}|[IVXLC]+)\))/.exec(t);
    m ??= /^(\d{1,4}\s*(?:[A-Z]\s*)?\((?:\d{4}|[IVXLC]+)\))\s*\.?\s*(?:Resolution\b.*)?$/.exec(t);
    if (m) {
      const number = readNumber(m[1]!);
      if (number) return { index, number, rest: "" };
    }
  }
  return undefined;
}

const BODY_NAMES: ReadonlyArray<[RegExp, Body]> = UN_BODIES.flatMap((b) => (b.adopts ? b.names.map((n): [RegExp, Body] => [new RegExp(n), b.adopts!]) : []));

function bodyFromText(text: string): Body | undefined {
  let best: { at: number; body: Body } | undefined;
  for (const [re, body] of BODY_NAMES) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, body };
  }
  return best?.body;
}

/** Header fields other than those the caller fills from the opener. */
export interface HeaderInput {
  header: Line[];
  closing: Line[];
  openerBody?: Body;
  openerText?: string;
  printedSymbols: string[];
}

export interface HeaderResult {
  header: ResolutionHeader;
  numberLine?: NumberLine;
}

/** Reads the header; undefined when the text prints no number and no symbol of its own. */
export function readHeader(input: HeaderInput): HeaderResult | undefined {
  const { header, closing, printedSymbols } = input;
  const headerText = collapseWhitespace(header.map((l) => l.text).join("\n"));
  const numberLine = findNumberLine(header);
  const printed = printedSymbols[0] === undefined ? undefined : partSymbol(printedSymbols[0]);
  if (!numberLine && !printed) return undefined;

  const body = adoptingBody(input, headerText, numberLine, printed);
  const kind: ActKind = /\bDecision\b/.test(headerText) && !/\bResolution\b/.test(headerText) ? "decision" : "resolution";
  let symbol = numberLine ? canonicalSymbol(body, numberLine.number, kind) : printed!;
  // A masthead symbol that ends with the same number is the authority on the series, and on the
  // part the text holds ("A/RES/77/253 B").
  const part = printed === undefined ? undefined : partOf(printed);
  const printedWhole = part === undefined ? printed : printed!.slice(0, -2);
  if (numberLine && printedWhole && numberOf(printedWhole) === numberOf(symbol)) symbol = printed!;

  const closingText = closingStatement(closing);
  const adoptedOn = adoptionDate(header, headerText, closing);
  // A Security Council symbol's year is its adoption year by definition: where OCR garbled the
  // year in the heading ("434 (1973) of 18 September 1978"), the dated line is the better witness,
  // unless a masthead prints the whole symbol.
  const n = numberLine?.number;
  if (n?.shape === "sc" && symbol !== printed && adoptedOn && adoptedOn.slice(0, 4) !== n.year) {
    symbol = canonicalSymbol(body, { ...n, year: adoptedOn.slice(0, 4) }, kind);
  }
  const { voteMethod, votes } = readVote(closingText);
  const result: ResolutionHeader = {
    symbol,
    title: body === "Security Council" ? "" : readTitle(header, numberLine),
    body,
    adoptedOn,
    meeting: readMeeting(closingText) ?? readMeeting(headerText) ?? "",
    voteMethod,
    ...(votes ? { votes } : {}),
  };
  return { header: result, ...(numberLine ? { numberLine } : {}) };
}

const numberOf = (symbol: string): string => /(?:S-)?\d+\/\d+(?:\s*\(\d{4}\))?$|\d+\s*\(\d{4}\)$/.exec(symbol.replace(/\s+/g, ""))?.[0] ?? symbol;

function adoptingBody(input: HeaderInput, headerText: string, numberLine: NumberLine | undefined, printed: string | undefined): Body {
  if (input.openerBody) return input.openerBody;
  const shaped = numberLine ? bodyOfShape(numberLine.number) : undefined;
  if (shaped === "Security Council") return shaped;
  if (printed?.startsWith("A/HRC/")) return "Human Rights Council";
  if (printed?.startsWith("S/")) return "Security Council";
  const named = bodyFromText(headerText);
  if (input.openerText && /Council/.test(input.openerText) && named === "General Assembly") return "Human Rights Council";
  return named ?? shaped ?? (printed?.startsWith("E/") ? "Economic and Social Council" : "General Assembly");
}

/** Header lines that are metadata, never title. */
const NOT_TITLE = /^\[|^Resolution adopted|^Decision adopted|^Adopted by|^on \d|^of \d|^\d{1,2}\s+\p{L}+\s+\d{4}$|session$|^Agenda item/iu;

function readTitle(header: Line[], numberLine: NumberLine | undefined): string {
  if (!numberLine) return "";
  const parts = [numberLine.rest];
  for (const line of header.slice(numberLine.index + 1)) {
    if (isBlank(line)) continue;
    // A part's letter ("A", "B1" with its footnote mark) or a mark alone ends the title.
    if (NOT_TITLE.test(line.text) || /^\*$/.test(line.text) || PART_LETTER_LINE.test(line.text) || /^\d{1,3}$/.test(line.text)) break;
    parts.push(line.text);
  }
  let title = collapseWhitespace(parts.join(" ")).replace(/\s*\uE000[^\uE001]*\uE001/g, "").replace(TRAILING_PART_LETTER, "");
  // A title cut at the end of its printed line is printed whole in the agenda-item line. Only a
  // title that looks cut is extended: the agenda item often goes on past a complete title
  // ("South-South cooperation" under "…: South-South cooperation for development").
  if (looksCut(title)) {
    for (const line of header) {
      const at = line.text.indexOf(title);
      if (at > 0 && line.text.length > at + title.length && line !== header[numberLine.index]) {
        title = collapseWhitespace(line.text.slice(at)).replace(/:$/, "");
        break;
      }
    }
  }
  return title.replace(/[.*]+$/, "").trim();
}

/** A part's letter printed alone under the title, with the mark of a footnote on it ("B1"). */
const PART_LETTER_LINE = /^[A-H](?:\s?\d{1,3})?$/;
/** The same letter printed at the end of the title line ("… in Darfur C", "… Board of Auditors B"). */
const TRAILING_PART_LETTER = /\s+[A-H](?:\s?\d{1,3})?$/;

/**
 * Whether a title seems cut by the end of its printed line: it ends on a word that cannot end a
 * title, or is as long as a full line of the heading (a short title is whole).
 */
function looksCut(title: string): boolean {
  if (title === "") return false;
  return title.length >= 45 || /\b(?:of|the|and|in|for|on|to|with|against|by|at|from|a|an|or)$/i.test(title) || /-$/.test(title);
}

/** The closing statement: meeting, date and vote lines, before the footnotes of OCR volumes. */
function closingStatement(closing: Line[]): string {
  return collapseWhitespace(closing.map((l) => l.text).join("\n").replace(/(\p{L})-\n(?=\p{Ll})/gu, "$1"));
}

function adoptionDate(header: Line[], headerText: string, closing: Line[]): string {
  const date = new RegExp(DATE_PATTERN);
  // The date line under the meeting line.
  for (const line of closing.filter((l) => !isBlank(l)).slice(0, 4)) {
    const m = new RegExp(`^(?:.*meeting\\.?,?\\s+)?${DATE_PATTERN}$`).exec(line.text);
    if (m) {
      const iso = isoDate(m[1]!, m[2]!, m[3]!);
      if (iso) return iso;
    }
  }
  const patterns = [
    new RegExp(`adopted\\b[^\\[\\]]{0,160}?\\bon\\s+${DATE_PATTERN}`, "i"),
    new RegExp(`Resolution\\s+of\\s+${DATE_PATTERN}`, "i"),
    new RegExp(`(?:^|\\s)of\\s+${DATE_PATTERN}`),
    // OCR mangles the "of" of old volumes ("ef 15 June 1965"); any date left in the header is it.
    new RegExp(DATE_PATTERN),
  ];
  for (const re of patterns) {
    const m = re.exec(headerText);
    if (m) {
      const iso = isoDate(m[1]!, m[2]!, m[3]!);
      if (iso) return iso;
    }
  }
  const anyClosing = date.exec(closing.slice(0, 6).map((l) => l.text).join(" "));
  if (anyClosing) return isoDate(anyClosing[1]!, anyClosing[2]!, anyClosing[3]!) ?? "";
  void header;
  return "";
}

/** "42nd meeting", "28th plenary meeting"; OCR letters in the number read as digits ("298Ist"). */
export function readMeeting(text: string): string | undefined {
  // OCR also misreads the suffix ("24491h", "2729the"), splits the word ("meet- ing") and the SC
  // prints "(closed)" before it.
  const m = /\b([\dIliO]*\d[\dIliO]*)\s?(st|nd|rd|th|[1il]h)e?_?\s+(?:(\((?:closed|resumed)\)|resumed)\s+)?(plenary\s+)?me{1,2}t-?\s?ing/.exec(text);
  if (!m) return undefined;
  const n = m[1]!.replace(/[Ili]/g, "1").replace(/O/g, "0");
  const suffix = /^(?:st|nd|rd|th)$/.test(m[2]!) ? m[2]! : ordinalSuffix(Number(n));
  // "(resumed)" and "(closed)" are printed as part of the meeting's name: kept as printed.
  return `${n}${suffix} ${m[3] ? `${m[3]} ` : ""}${m[4] ? "plenary " : ""}meeting`;
}

/** The English ordinal suffix of a number: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

const NUMBER_WORDS: Record<string, number> = {
  none: 0, no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
};
/** A count as printed: digits (OCR's "I" and "l" for 1, "O" for 0: "I1", "with I abstention") or a word. */
const count = (s: string | undefined): number => {
  if (s === undefined) return 0;
  if (/^[\dIlO]+$/.test(s)) return Number(s.replace(/[Il]/g, "1").replace(/O/g, "0"));
  return NUMBER_WORDS[s.toLowerCase()] ?? 0;
};
const N = String.raw`(\d[\dIlO]*(?!\w)|\d+|[Il][\dIl]*(?!\w)|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`;
/** "to" as printed, OCR slips included ("io", "ta"). */
const TO = String.raw`(?:to|io|ta|t0)`;
/** What may stand between the votes against and the abstentions: who voted against, "against", a comma or OCR's full stop. */
const AGAINST_TAIL = String.raw`(?:\s+against)?(?:\s*\([^)]*\))?[,.]?\s*`;

/** Vote method and counts from the closing statement. */
export function readVote(text: string): { voteMethod: VoteMethod; votes?: VoteCounts } {
  const counted =
    new RegExp(String.raw`recorded vote of\s+${N}\s+${TO}\s+${N}${AGAINST_TAIL}(?:with\s+${N}\s+abstentions?)?`, "i").exec(text) ??
    new RegExp(String.raw`\bby\s+${N}\s+votes?\s+${TO}\s+${N}${AGAINST_TAIL}(?:with\s+${N}\s+abstentions?)?`, "i").exec(text);
  if (counted) return { voteMethod: "recorded vote", votes: { yes: count(counted[1]), no: count(counted[2]), abstain: count(counted[3]) } };
  if (/without (?:a )?vote|by consensus/i.test(text)) return { voteMethod: "without a vote" };
  if (/unanimous/i.test(text)) return { voteMethod: "unanimously" };
  if (/recorded vote/i.test(text)) return { voteMethod: "recorded vote" };
  return { voteMethod: "" };
}

/**
 * The header of a text printed without a masthead, read as the act `act` names (the caller knows
 * the symbol: given by the user, or spelt by the file's name). The symbol says the body; the text
 * may still say the title (its heading), the adoption date ("Adopted and proclaimed by General
 * Assembly resolution 217 A (III) of 10 December 1948"), the meeting and the vote.
 */
export function headerFromSymbol(act: ActSymbol, heading: Line[], closing: Line[]): ResolutionHeader {
  const headingText = collapseWhitespace(heading.map((l) => l.text).join("\n"));
  const closingText = closingStatement(closing);
  const { voteMethod, votes } = readVote(closingText || headingText);
  return {
    symbol: act.symbol,
    title: act.body === "Security Council" ? "" : headingTitle(heading),
    body: act.body,
    adoptedOn: adoptionDate(heading, headingText, closing),
    meeting: readMeeting(closingText) ?? readMeeting(headingText) ?? "",
    voteMethod,
    ...(votes ? { votes } : {}),
  };
}

/**
 * Heading lines that are not the title: provenance and copyright notes, the separator under them,
 * the adoption line, a "Preamble" heading, dates, and a line naming the copy's language
 * ("Universal Declaration of Human Rights - English").
 */
const NOT_HEADING_TITLE = /^(?:©|Adopted\b|\(c\)|Copyright\b|This\b|Source\b|Retrieved\b|Preamble$|PREAMBLE$|-{3,}$|_{3,}$|\*{3,}$)|https?:\/\/|\s[-–]\s(?:English|French|Spanish|Russian|Arabic|Chinese)$|^\p{Ll}/u;

/**
 * The title of a text without a masthead: the block of heading lines nearest the body, after the
 * lines under it that are metadata ("Adopted and proclaimed by …", "Preamble") are passed over.
 * The block ends at a blank line or at a line that is no title (provenance above a "---").
 */
function headingTitle(heading: Line[]): string {
  const isMeta = (t: string): boolean => NOT_TITLE.test(t) || NOT_HEADING_TITLE.test(t);
  let i = heading.length - 1;
  while (i >= 0 && (isBlank(heading[i]!) || isMeta(heading[i]!.text))) i--;
  const parts: string[] = [];
  for (; i >= 0 && !isBlank(heading[i]!) && !isMeta(heading[i]!.text); i--) parts.unshift(heading[i]!.text);
  return collapseWhitespace(parts.join(" ")).replace(/[.*:]+$/, "").trim();
}
