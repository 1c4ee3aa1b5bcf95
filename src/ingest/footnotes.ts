// Footnotes reach us in four shapes: docx markup (`[footnoteRef:3]` … `[3: text]`), markdown
// (`[^1]` … `[^1]: text`), pdftotext page bottoms under a rule (marks and texts in separate columns),
// and pdftohtml page bottoms (` 1  A/HRC/20/26.`). The marks in the text are either explicit (markup)
// or bare digits glued to a word. Texts are collected per mark, then attached to the paragraphs whose
// text carries the mark, because a footnote's citations belong to those paragraphs.

import type { Footnote } from "../domain.js";
import { collapseWhitespace, runAtEnd } from "./normalize.js";
import { type Line, byPage, isBlank } from "./lines.js";
import { MONTH_WORD } from "./dates.js";

/** Marks found in markup are kept in the text as this sentinel until paragraphs are cut. */
export const markSentinel = (mark: string): string => `\uE000${mark}\uE001`;
const SENTINEL = /\s*\uE000([^\uE001]*)\uE001/g;

export type Notes = Map<string, string>;

/** Lifts footnote markup out of the text: definitions into `notes`, references into sentinels. */
export function extractMarkedFootnotes(text: string): { text: string; notes: Notes } {
  const notes: Notes = new Map();
  // Each markup is looked for only when its opening is in the text: most texts carry one markup
  // or none, and each of these patterns is otherwise a search through the whole text.
  let t = text.includes("[bookmark:") ? text.replace(/\[bookmark:[^\]\n]*\]/g, "") : text;
  // docx: [2: A/HRC/36/32.] — one level of nested brackets is allowed inside the text.
  t = t.replace(/\[(\d{1,3}|[*†‡]):[ \t]*((?:[^[\]\n]|\[[^\]\n]*\])*)\]/g, (_all, mark: string, body: string) => {
    notes.set(mark, collapseWhitespace(body));
    return "";
  });
  if (t.includes("[footnoteRef:")) t = t.replace(/\[footnoteRef:(\d{1,3}|[*†‡])\]/g, (_all, mark: string) => markSentinel(mark));
  if (!t.includes("[^")) return { text: t, notes };
  // markdown: definitions on their own line, continued on the lines indented under them;
  // references anywhere.
  t = t.replace(/^[ \t]*\[\^([\w*]+)\]:[ \t]*(.*(?:\n[ \t]{2,}\S.*)*)$/gm, (_all, mark: string, body: string) => {
    notes.set(mark, collapseWhitespace(body));
    return "";
  });
  t = t.replace(/\[\^([\w*]+)\]/g, (_all, mark: string) => markSentinel(mark));
  return { text: t, notes };
}

const RULE = /^_{5,}$/;
const BARE_MARK = /^(\d{1,3}|[*†‡])$/;
const MARK_AND_TEXT = /^(\d{1,3}|[*†‡])\s+(\S.*)$/;

/**
 * Takes the footnote zones off the page bottoms. `pageBottoms` says whether a blank line after text
 * opens the zone (pdftohtml prints one before its footnotes and masthead); a rule of underscores
 * opens it in every layout.
 */
export function takeFootnoteZones(lines: Line[], pageBottoms: boolean): { lines: Line[]; notes: Notes } {
  const notes: Notes = new Map();
  const kept: Line[] = [];
  for (const page of byPage(lines)) {
    let zoneAt = page.findIndex((l) => RULE.test(l.text));
    if (zoneAt < 0 && pageBottoms) {
      const firstText = page.findIndex((l) => !isBlank(l));
      // The zone opens at a blank line after text, when what follows is a footnote: a mark, or
      // unmarked text indented like one (its Symbol-font mark got lost).
      zoneAt = page.findIndex((l, i) => {
        if (!(i > firstText && firstText >= 0 && isBlank(l) && l.raw.length > 0)) return false;
        const next = page.slice(i + 1).find((n) => !isBlank(n));
        return next === undefined || MARK_AND_TEXT.test(next.text) || /^ {2,}[^\s[]/.test(next.raw);
      });
    }
    if (zoneAt < 0) {
      kept.push(...page);
      continue;
    }
    kept.push(...page.slice(0, zoneAt));
    const zone = page.slice(zoneAt + 1).filter((l) => !isBlank(l));
    for (const [mark, body] of readZone(zone.map((l) => l.text))) if (!notes.has(mark)) notes.set(mark, body);
  }
  return { lines: kept, notes };
}

/**
 * pdftotext prints marks and texts of a page bottom as separate columns, so a mark is not always next
 * to its text. A mark directly followed by text pairs with it; the remaining marks, in numeric order,
 * pair with the remaining texts in reading order.
 */
export function readZone(zone: string[]): Array<[string, string]> {
  type Unit = { mark?: string; text: string };
  const units: Unit[] = [];
  const looseMarks: string[] = [];
  let pendingMark: string | undefined;
  for (const line of zone) {
    const bare = BARE_MARK.exec(line);
    if (bare) {
      if (pendingMark !== undefined) looseMarks.push(pendingMark);
      pendingMark = bare[1];
      continue;
    }
    const withText = MARK_AND_TEXT.exec(line);
    if (withText && pendingMark === undefined && Number(withText[1]) < 1000 && !MONTH_WORD.test(withText[2]!.split(" ")[0] ?? "")) {
      units.push({ mark: withText[1]!, text: withText[2]! });
      continue;
    }
    const last = units.at(-1);
    if (pendingMark !== undefined) {
      units.push({ mark: pendingMark, text: line });
      pendingMark = undefined;
    } else if (last && !/[.)]$/.test(last.text)) {
      last.text += ` ${line}`;
    } else {
      units.push({ text: line });
    }
  }
  if (pendingMark !== undefined) looseMarks.push(pendingMark);
  looseMarks.sort((a, b) => Number(a) - Number(b));
  const out: Array<[string, string]> = [];
  let lastPaired: [string, string] | undefined;
  for (const unit of units) {
    const mark = unit.mark ?? looseMarks.shift();
    if (mark === undefined) {
      // More texts than marks: a wrapped footnote whose lines did not join.
      if (lastPaired) lastPaired[1] += ` ${unit.text}`;
      continue;
    }
    lastPaired = [mark, unit.text];
    out.push(lastPaired);
  }
  return out.map(([m, t]) => [m, collapseWhitespace(t)]);
}

/** Words after which a number is a count, a day or a paragraph number, never a footnote mark. */
const NUMBER_TAKERS = new Set(
  (
    "of on to in at by for from and or than between about over under some least nearly almost around the a an all its their his her these those each every " +
    "resolution resolutions decision decisions paragraph paragraphs para paras article articles art chapter chap section sections annex annexes " +
    "no nos vol vols page pages p pp rule rules item items goal goals target targets principle principles recommendation recommendations " +
    "protocol phase part parts table figure level stage session sessions meeting meetings year years day days week weeks month months " +
    "number numbers group category class resolution's window article's objective objectives priority priorities pillar pillars option options step steps"
  ).split(" "),
);

/** Words after a number that make it a quantity or a date, never a footnote mark. Sticky: tried where the number ends. */
const NUMBER_FOLLOWERS = /\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|to|per|percent|%|years?|days?|months?|weeks?|hours?|million|billion|times|States|members|votes|countries|persons|people)\b/y;

/**
 * The footnote marks read so far in one text, in order. Numbered marks run 1, 2, 3 … through a
 * resolution, so where a digit could be a mark or part of a number ("of 1 July 20165": the year
 * 2016 and mark 5; "Development,22 to continue"), being the next mark decides.
 */
export class MarkSequence {
  private last: number;
  private readonly seen = new Set<string>();
  /** Marks read glued to the text and set apart by a space: the layout prints marks one way. */
  private glued = 0;
  private spaced = 0;

  constructor(private readonly notes: Notes) {
    // Volumes of resolutions number footnotes on through the volume: a text's first mark may be 6.
    const numbered = [...notes.keys()].map(Number).filter(Number.isInteger);
    this.last = numbered.length > 0 ? Math.min(...numbered) - 1 : 0;
  }

  /**
   * Whether `digits` is the next mark: a known footnote numbered just after the last mark read (a
   * few may be skipped, as marks printed in the heading or in text that is not a paragraph are), or
   * any known footnote before the first mark.
   */
  isNext(digits: string): boolean {
    const n = Number(digits);
    return this.notes.has(digits) && n > this.last && (n <= this.last + 3 || this.seen.size === 0);
  }

  /**
   * Whether the text prints its marks set apart by a space (pdftotext prints raised digits so), as
   * far as its marks read so far tell. Where marks are glued, a spaced number is rarely a mark.
   */
  printsSpacedMarks(): boolean {
    return this.spaced >= this.glued;
  }

  /** Records a mark read, set apart by a space or glued (`undefined`: lifted from markup). */
  saw(mark: string, spaced: boolean | undefined): void {
    if (spaced === true) this.spaced++;
    else if (spaced === false) this.glued++;
    this.seen.add(mark);
    const n = Number(mark);
    if (Number.isInteger(n) && n > this.last) this.last = n;
  }
}

/**
 * Removes footnote marks from a paragraph's text and returns the footnotes they point to. Marks are
 * sentinels left by markup, or digits of a known footnote glued to a word or punctuation. With the
 * text's `sequence`, digits glued to a year or inside a word are marks too when they are the next
 * mark; paragraphs must then be given in text order.
 */
export function attachFootnotes(text: string, notes: Notes, sequence?: MarkSequence): { text: string; footnotes: Footnote[] } {
  // Marks in order of first appearance. (No closure to record them: under tsx each closure created
  // is also named at run time, a cost paid once per paragraph.)
  const marks: string[] = [];
  // Sentinels exist only where markup was lifted; most paragraphs carry none.
  let t = text.includes("\uE000")
    ? text.replace(SENTINEL, (_all, mark: string) => {
        addMark(marks, mark);
        return "";
      })
    : text;
  const markedUp = marks.length;
  // A bare mark is digits, so a paragraph without any keeps its text.
  if (notes.size > 0 && /\d/.test(t)) t = removeBareMarks(t, notes, marks, sequence);
  // Markup's marks count in the sequence after the paragraph's bare ones, which they may follow
  // (a text that prints some marks as markup and some bare), and say nothing of how marks are printed.
  for (const mark of marks.slice(0, markedUp)) sequence?.saw(mark, undefined);
  const footnotes = marks.filter((m) => notes.has(m)).map((m) => ({ mark: m, text: notes.get(m)! }));
  return { text: tidySpacing(t), footnotes };
}

function addMark(marks: string[], mark: string): void {
  if (!marks.includes(mark)) marks.push(mark);
}

/**
 * A bare mark candidate: digits after a letter, digit or punctuation, optionally one space between.
 * Sticky, and only tried where `BARE_MARK_START` found a space or digit: running the lookbehind at
 * every position of a long paragraph is what made the plain global replacement slow.
 */
const BARE_MARK_AT = /(?<=([\p{L}\d.,;:)\]”’"']))( ?)(\d{1,3})(?=[\s,.;:)]|$)/uy;
/** Where a bare mark candidate can start: a digit, or a space before one. */
const BARE_MARK_START = / ?\d/g;

/**
 * Removes the bare marks of known footnotes, adding each to `marks`. Equivalent to a global
 * replacement with BARE_MARK_AT (made non-sticky): the same candidates, left to right, each search
 * resuming after the previous candidate whether or not it was a mark.
 */
function removeBareMarks(t: string, notes: Notes, marks: string[], sequence: MarkSequence | undefined): string {
  // Spans to cut, as [from, to] pairs in order. (No closure to cut them: under tsx each closure
  // created is also named at run time, a cost paid once per paragraph.)
  const cuts: number[] = [];
  let at = 0;
  for (;;) {
    BARE_MARK_START.lastIndex = at;
    const start = BARE_MARK_START.exec(t);
    if (!start) break;
    // A digit run glued to what may be a mark: five digits or more (a year and a mark), a slash
    // after it (a resolution number and a mark), or a letter before it (a mark inside a word).
    const digitsAt = t[start.index] === " " ? start.index + 1 : start.index;
    const run = digitRun(t, digitsAt);
    if (sequence && (run >= 5 || t[digitsAt + run] === "/" || isLowerCase(t[digitsAt - 1]))) {
      // The next mark glued to a year ("of 1 July 20165"), to a resolution number ("74/1673") or
      // inside a word ("t6he", where the markup put the mark).
      YEAR_AND_MARK.lastIndex = digitsAt;
      const year = YEAR_AND_MARK.exec(t);
      if (year && sequence.isNext(year[2]!)) {
        takeMark(cuts, marks, sequence, YEAR_AND_MARK.lastIndex - year[2]!.length, YEAR_AND_MARK.lastIndex, year[2]!, false);
        at = YEAR_AND_MARK.lastIndex;
        continue;
      }
      NUMBER_AND_MARK.lastIndex = start.index;
      const number = NUMBER_AND_MARK.exec(t);
      const split = number ? markGluedToNumber(number[2]!, sequence) : undefined;
      if (split) {
        takeMark(cuts, marks, sequence, NUMBER_AND_MARK.lastIndex - split.length, NUMBER_AND_MARK.lastIndex, split, false);
        at = NUMBER_AND_MARK.lastIndex;
        continue;
      }
      IN_WORD_MARK.lastIndex = start.index;
      const inWord = IN_WORD_MARK.exec(t);
      if (inWord && sequence.isNext(inWord[1]!)) {
        takeMark(cuts, marks, sequence, start.index, IN_WORD_MARK.lastIndex, inWord[1]!, false);
        at = IN_WORD_MARK.lastIndex;
        continue;
      }
    }
    BARE_MARK_AT.lastIndex = start.index;
    const m = BARE_MARK_AT.exec(t);
    if (!m) {
      at = start.index + 1;
      continue;
    }
    at = start.index + m[0].length;
    const digits = m[3]!;
    if (!notes.has(digits)) continue;
    if (sequence === undefined) {
      if (isBareMark(t, start.index, m[0], m[1]!, m[2]!)) takeMark(cuts, marks, sequence, start.index, at, digits, false);
      continue;
    }
    // Glued to a word or punctuation, the next mark is a mark whatever follows ("Development,22 to
    // continue"). Set apart by a space, digits are a mark when they are the next mark or the text
    // prints its marks so ("subsidiary body 3," is a number where marks are glued), and never as an
    // item of a list of numbers ("paragraphs 10, 11, 12 and 20", "programmes 3, 7 and 13", though
    // footnotes 3, 11 and 12 exist) or a decimal ("regulation 4.10"). Scanned volumes print their
    // marks out of order, so being next is not required of spaced marks.
    const glued = m[2] === "" && !/\d/.test(m[1]!);
    const next = sequence.isNext(digits);
    const head = t.slice(Math.max(0, start.index - 12), start.index);
    const after = t.slice(at, at + 12);
    const plausible =
      m[2] === "" ||
      ((next || sequence.printsSpacedMarks()) &&
        !IN_NUMBER_LIST.test(head) &&
        !(/\p{L}$/u.test(head) && ROW_NUMBER_BEFORE.test(after)) &&
        (AFTER_A_DATE.test(head) || !NUMBER_LIST_AFTER.test(after)));
    if (m[2] === "" && inANumber(t.slice(Math.max(0, start.index - 10), start.index), digits)) continue;
    if ((next && glued) || (plausible && isBareMark(t, start.index, m[0], m[1]!, m[2]!))) takeMark(cuts, marks, sequence, start.index, at, digits, m[2] !== "");
  }
  if (cuts.length === 0) return t;
  let out = t.slice(0, cuts[0]);
  for (let i = 1; i < cuts.length; i += 2) out += t.slice(cuts[i], cuts[i + 1] ?? t.length);
  return out;
}

/** Whether a character is a lower-case letter (ASCII tested first: nearly every one is). */
function isLowerCase(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(c);
}

/** How many digits stand at `i` of `t`. */
function digitRun(t: string, i: number): number {
  let j = i;
  while (j < t.length && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
  return j - i;
}

/** Records a mark read at `from`–`to` of a paragraph: cut from the text, added to its marks, seen in the sequence. */
function takeMark(cuts: number[], marks: string[], sequence: MarkSequence | undefined, from: number, to: number, digits: string, spaced: boolean): void {
  addMark(marks, digits);
  sequence?.saw(digits, spaced);
  cuts.push(from, to);
}

/**
 * Whether digits glued after `head` are part of a number of the text: the decimals of "4.5 billion",
 * the thousands of "1,500", the number of a symbol's part ("C-16/DEC.11"). A year ("13 December 2006.1") or a symbol ("resolution 70/1,5") may
 * carry a mark.
 */
function inANumber(head: string, digits: string): boolean {
  // The number of a symbol's part: "C-16/DEC.11", "UNEP/EA.4/Res.1".
  if (/\/[A-Z][A-Za-z]{0,7}\.$/.test(head)) return true;
  const m = /(?:^|[\s(])(\d{1,4})([.,])$/.exec(head);
  if (!m || /^(?:1[89]|20)\d\d$/.test(m[1]!)) return false;
  return m[2] === "." || (digits.length === 3 && m[1]!.length <= 3);
}

/** A date ends the text: a mark after it may be followed by the next date ("22 December 1976 2 and 12 January 1977", "of 31 March 52 and 27 October"). */
const AFTER_A_DATE = /(?:(?<!\d)(?:1[89]|20)\d\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*$/;
/**
 * A capitalized word after a number set apart by a word before it: a table's row number ("…
 * coordination 1 Overall policymaking …"), not a mark. (After punctuation it may be one: "the
 * General Assembly, 1 Regional disarmament", where a running title follows the mark.)
 */
const ROW_NUMBER_BEFORE = /^ \p{Lu}\p{Ll}/u;
/** What follows the first item of a list of numbers, the first digits of a decimal, or a number and its label ("3, 7", "4.10", "schedules 1 (A)"). */
const NUMBER_LIST_AFTER = /^(?:\s*,\s*\d|\s+(?:and|to|or)\s+\d|\.\d|\s+\([A-Za-z0-9]{1,4}\))/;

/** The end of a text before an item of a list of numbers, "10," or "10 and", but not a year's ("of 1 July 2016, 2 and"). */
const IN_NUMBER_LIST = /(?<!\d)(?!(?:1[89]|20)\d\d\b)\d{1,4}\s*(?:,|\band)$/;

/** A year with digits glued to it, not glued to a digit before: the year, then the digits that may be a mark. */
const YEAR_AND_MARK = /(?<!\d)((?:1[89]|20)\d\d)(\d{1,3})(?=[\s,.;:)”’]|$)/y;
/** A resolution number with more digits than a session's resolutions have: "74/1673" is 74/167 and mark 3. */
const NUMBER_AND_MARK = /(?<![\w/])( ?\d{1,4}\/)(\d{4,7})(?=[\s,.;:)”’]|$)/y;

/** The next mark at the end of `digits`, leaving a number of one to three digits; undefined otherwise. */
function markGluedToNumber(digits: string, sequence: MarkSequence): string | undefined {
  for (let k = 1; k <= 3 && digits.length - k >= 1; k++) {
    if (digits.length - k > 3) continue;
    const mark = digits.slice(-k);
    if (sequence.isNext(mark)) return mark;
  }
  return undefined;
}

/** Digits between the letters of a word. */
const IN_WORD_MARK = /(?<=\p{Ll})(\d{1,3})(?=\p{Ll})/uy;

/** Whether the candidate `all` at `offset` of `t` (a known footnote's number) is a mark, not a number of the text. */
function isBareMark(t: string, offset: number, all: string, before: string, space: string): boolean {
  // Only the ends of the text on either side are read: copying or searching all of it for every
  // candidate made long OCR paragraphs, full of numbers, slow.
  const head = t.slice(0, offset);
  const prevWord = (runAtEnd(WORD_AT_END, head) ?? "").toLowerCase();
  NUMBER_FOLLOWERS.lastIndex = offset + all.length;
  if (NUMBER_FOLLOWERS.test(t)) return false;
  // Glued digits after a word ("Cambodia1") or punctuation (",1") are marks; spaced ones only when
  // the word before would not take a number.
  if (space === "" ? /\d/.test(before) : NUMBER_TAKERS.has(prevWord) && /\p{L}/u.test(before)) return false;
  // After a number, only a year ("of 12 February 2013 9") leaves room for a mark. (The pattern
  // matches at most five characters, and "^" only where the head is no longer than that.)
  if (/\d/.test(before) && !/(?:^|\s)(?:1[89]|20)\d\d$/.test(head.slice(-5))) return false;
  return true;
}

/** The word before a candidate mark, and the full stop of an abbreviation after it ("para."). */
const WORD_AT_END = /([\p{L}'’]+)\.?$/u;

/**
 * Whitespace that tidySpacing changes: any but a plain space, or a space before whitespace or
 * punctuation.
 * Paragraph text rarely has any once its marks are gone, and then trimming is all there is to do.
 */
const UNTIDY = / [\s,.;:]|[^\S ]/;

/** Drops the space a removed mark leaves before punctuation and collapses whitespace. */
function tidySpacing(t: string): string {
  return UNTIDY.test(t) ? collapseWhitespace(t.replace(/\s+([,.;:])/g, "$1")) : t.trim();
}
