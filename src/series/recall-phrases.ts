// How a recalling paragraph names an earlier resolution. A body recalls its own earlier texts as
// "its resolution 36/32" or "its resolutions 660 (1990), 661 (1990) …", and a series' later text
// says so of its forerunners: "all its previous resolutions on the question", "all subsequent
// resolutions on the subject". These phrases are what links a series across a renamed title, and
// what links texts that print no title at all (the Security Council's).

import { escapeRegExp, printedNumberWithoutYear } from "../ingest/citations/printed-number.js";


/** Where the paragraph prints the resolution's number (not as part of a longer number), or -1. */
function numberAt(text: string, symbol: string): number {
  const number = printedNumberWithoutYear(symbol);
  if (number === "") return -1;
  const pattern = new RegExp(`(?<![\\d/])${escapeRegExp(number).replace(/\\?\s+/g, "\\s*")}(?![\\d/])`);
  return pattern.exec(text)?.index ?? -1;
}

/** "its resolution", "its resolutions", "its previous resolutions", "its relevant resolutions", "all of its …" */
const ITS_RESOLUTIONS = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}resolutions?\b/iu;

/** The clause a number is printed in: back to the previous semicolon or the paragraph's start. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(";", at), 0);
  return text.slice(start, at);
}

/** Whether the paragraph recalls the resolution as the body's own ("its resolution(s) … <number>"). */
export function recallsAsItsResolution(text: string, symbol: string): boolean {
  const at = numberAt(text, symbol);
  return at >= 0 && ITS_RESOLUTIONS.test(clauseBefore(text, at));
}

/** "previous resolutions on …", "subsequent resolutions on the subject", "on the question": the paragraph speaks of a series. */
const SERIES_PHRASE =
  /\b(?:previous|earlier|prior|preceding|past|subsequent)\s+(?:[\p{L}-]+\s+){0,2}resolutions?\b|\bresolutions?\s+(?:[^;]{0,80}?\s)?on\s+(?:this|the|that)\s+(?:question|subject|matter|item|issue|topic)\b/iu;

/** Whether the paragraph speaks of the body's earlier resolutions as a series. */
export function speaksOfSeries(text: string): boolean {
  return SERIES_PHRASE.test(text);
}
