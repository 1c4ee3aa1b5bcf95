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
    "number numbers group category class resolution's window article's"
  ).split(" "),
);

/** Words after a number that make it a quantity or a date, never a footnote mark. Sticky: tried where the number ends. */
const NUMBER_FOLLOWERS = /\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|to|per|percent|%|years?|days?|months?|weeks?|hours?|million|billion|times|States|members|votes|countries|persons|people)\b/y;

/**
 * Removes footnote marks from a paragraph's text and returns the footnotes they point to. Marks are
 * sentinels left by markup, or digits of a known footnote glued to a word or punctuation.
 */
export function attachFootnotes(text: string, notes: Notes): { text: string; footnotes: Footnote[] } {
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
  // A bare mark is digits, so a paragraph without any keeps its text.
  if (notes.size > 0 && /\d/.test(t)) t = removeBareMarks(t, notes, marks);
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
function removeBareMarks(t: string, notes: Notes, marks: string[]): string {
  let out = "";
  let copied = 0;
  let at = 0;
  for (;;) {
    BARE_MARK_START.lastIndex = at;
    const start = BARE_MARK_START.exec(t);
    if (!start) break;
    BARE_MARK_AT.lastIndex = start.index;
    const m = BARE_MARK_AT.exec(t);
    if (!m) {
      at = start.index + 1;
      continue;
    }
    at = start.index + m[0].length;
    const digits = m[3]!;
    if (notes.has(digits) && isBareMark(t, start.index, m[0], m[1]!, m[2]!)) {
      addMark(marks, digits);
      out += t.slice(copied, start.index);
      copied = at;
    }
  }
  return copied === 0 ? t : out + t.slice(copied);
}

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
