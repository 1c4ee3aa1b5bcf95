// A resolution text has three zones: the header (masthead, session, agenda item, symbol, title, the
// "adopted on" line), the body that opens with "The <Body>," and the closing (meeting, date, vote,
// and in OCR volumes the footnotes). Finding the two boundaries is all this module does.

import type { Body } from "../domain.js";
import { ADOPTING_BODY_NAMES, ADOPTING_SELF_NAMES, adoptingBodyNamed } from "./citations/bodies.js";
import { type Line, isBlank } from "./lines.js";

const OPENER = new RegExp(String.raw`^The\s+(${ADOPTING_BODY_NAMES}|${ADOPTING_SELF_NAMES})\s*[,.:;]?(?:\s*\uE000[^\uE001]*\uE001)?$`);

/** The adopting body an opener names ("The Human Rights Council," → Human Rights Council). */
export function openerBody(text: string): Body | undefined {
  const name = OPENER.exec(text.trim())?.[1];
  return name === undefined ? undefined : adoptingBodyNamed(name);
}

export const isOpener = (text: string): boolean => OPENER.test(text.trim());

const MEETING_LINE = /^\d[\dIlO]*\s*(?:st|nd|rd|th)_?\s+(?:\(?(?:resumed|closed)\)?\s+)?(?:plenary\s+)?me{1,2}ting\.?(?:\s+\d{1,2}\s+\p{L}+\s+\d{4})?$/u;
const ADOPTED = /^[[(]?\s*Adopted\b/;

/** Whether the body ends at line `i`: the meeting line, or an "Adopted …" statement of the vote. */
export function isClosingAt(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (MEETING_LINE.test(t)) return true;
  if (!ADOPTED.test(t)) return false;
  const around = lines
    .slice(i, i + 3)
    .map((l) => l.text)
    .join(" ");
  return /meeting|vote|unanim|consensus/i.test(around);
}

export interface Segments {
  header: Line[];
  /** The opener line, when the text has one. */
  opener?: Line;
  /**
   * The paragraphs. In a resolution of several parts (A, B …, each with its heading, opener,
   * paragraphs and closing) the parts follow one another, each part's heading kept (its letter
   * opens a section) and the closings and openers between them left out.
   */
  body: Line[];
  /** From the last part's closing to the end: meeting, date, vote, and OCR volumes' footnotes. */
  closing: Line[];
  /** The first part's closing lines, when the resolution has several parts: its meeting and vote. */
  firstClosing?: Line[];
}

/** How far after a part's closing the next part's opener may stand: its closing date and vote, its letter and title. */
const PART_GAP = 10;

/** The next part's opener after a closing at `i`: within a part's gap of non-blank lines, before any footnote rule. */
function nextPartOpener(lines: Line[], i: number): number {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < PART_GAP; j++) {
    if (isBlank(lines[j]!)) continue;
    if (/^_{5,}$/.test(lines[j]!.text)) return -1;
    if (isOpener(lines[j]!.text)) return j;
    seen++;
  }
  return -1;
}

/** The heading lines of the part whose opener is at `opener`: its letter and title, after the closing lines before it. */
function partHeading(lines: Line[], closingAt: number, opener: number): Line[] {
  const letter = lines.slice(closingAt, opener).findIndex((l) => /^[A-Z]$/.test(l.text));
  return letter < 0 ? [] : lines.slice(closingAt + letter, opener);
}

/** Splits the lines at the opener and at the closing. `bodyStart` is used when there is no opener. */
export function segment(lines: Line[], bodyStart: (header: Line[]) => number): Segments {
  const openerAt = lines.findIndex((l) => isOpener(l.text));
  let start: number;
  let opener: Line | undefined;
  if (openerAt >= 0) {
    opener = lines[openerAt];
    start = openerAt + 1;
  } else {
    start = bodyStart(lines);
  }
  const body: Line[] = [];
  let firstClosing: Line[] | undefined;
  let partStart = start;
  let end = lines.length;
  let sawText = false;
  for (let i = start; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (sawText && isClosingAt(lines, i)) {
      const next = nextPartOpener(lines, i);
      if (next < 0) {
        end = i;
        break;
      }
      body.push(...lines.slice(partStart, i), ...partHeading(lines, i, next));
      firstClosing ??= lines.slice(i, next);
      partStart = next + 1;
      i = next;
      sawText = false;
      continue;
    }
    sawText = true;
  }
  body.push(...lines.slice(partStart, end));
  return {
    header: lines.slice(0, openerAt >= 0 ? openerAt : start),
    ...(opener ? { opener } : {}),
    body,
    closing: lines.slice(end),
    ...(firstClosing ? { firstClosing } : {}),
  };
}

/**
 * The zones of a text printed without a masthead (a declaration copied from a web page): its
 * heading runs to the first line that opens a paragraph (`opensParagraph`), or to an opener ("The
 * General Assembly,") printed before any; the closing starts at the first closing statement after
 * text. An opener further down (the Universal Declaration's "Now, therefore, / The General
 * Assembly / Proclaims …") stays in the body: what precedes it is the preamble, not a heading.
 */
export function segmentWithoutMasthead(lines: Line[], opensParagraph: (text: string) => boolean): Segments {
  let start = lines.findIndex((l) => !isBlank(l) && (isOpener(l.text) || opensParagraph(l.text)));
  if (start < 0) start = lines.length;
  const opener = start < lines.length && isOpener(lines[start]!.text) ? lines[start] : undefined;
  const bodyStart = opener ? start + 1 : start;
  let end = lines.length;
  let sawText = false;
  for (let i = bodyStart; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (sawText && isClosingAt(lines, i)) {
      end = i;
      break;
    }
    sawText = true;
  }
  return {
    header: lines.slice(0, start),
    ...(opener ? { opener } : {}),
    body: lines.slice(bodyStart, end),
    closing: lines.slice(end),
  };
}
