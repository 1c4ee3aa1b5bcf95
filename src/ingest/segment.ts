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

const MEETING_LINE = /^\d[\dIlO]*\s*(?:st|nd|rd|th)_?\s+(?:plenary\s+)?me{1,2}ting\.?(?:\s+\d{1,2}\s+\p{L}+\s+\d{4})?$/u;
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
  body: Line[];
  closing: Line[];
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
  let end = lines.length;
  let sawText = false;
  for (let i = start; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (sawText && isClosingAt(lines, i)) {
      end = i;
      break;
    }
    sawText = true;
  }
  return {
    header: lines.slice(0, openerAt >= 0 ? openerAt : start),
    ...(opener ? { opener } : {}),
    body: lines.slice(start, end),
    closing: lines.slice(end),
  };
}
