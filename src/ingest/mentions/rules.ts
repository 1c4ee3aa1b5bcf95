// Name shapes that the gazetteers and the capitalized-run reader cannot see on their own.

import type { MentionKind } from "../../domain.js";
import { PARENT_ORGANS } from "./organizations.data.js";

// Pre-checks before the rule expressions run. Non-global literal expressions: on two-byte text
// (any curly quote makes a paragraph one) they scan several times faster than String#includes.
const HAS_COMMITTEE = /Committee/;
const HAS_CONSTITUTION = /Constitution/;
const HAS_ANTI = /anti-|counter-/;

export interface RuleSpan {
  kind: MentionKind;
  name: string;
  start: number;
  end: number;
}

// Sanctions and other committees are named by the resolution that set them up, with an optional
// subject: "Security Council Committee established by resolution 661 (1990) concerning the
// situation between Iraq and Kuwait", "the Committee of the Security Council established by
// resolution 748 (1992)". The subject runs to the next clause break.
const ESTABLISHED_COMMITTEE =
  /\b(?:Security Council )?Committee (?:of the Security Council )?(?:established|set up) (?:by|pursuant to|under) (?:its |Security Council )?resolution \d+ ?\(\d{4}\)(?: concerning [^,;:()]{1,200}?(?=[,;:.]| or\b| shall\b| to\b| which\b| and to\b|$))?/g;

export function establishedCommittees(text: string): RuleSpan[] {
  const spans: RuleSpan[] = [];
  if (!HAS_COMMITTEE.test(text)) return spans;
  ESTABLISHED_COMMITTEE.lastIndex = 0;
  for (let m = ESTABLISHED_COMMITTEE.exec(text); m; m = ESTABLISHED_COMMITTEE.exec(text)) {
    const name = m[0].replace(/\s+/g, " ").trim();
    spans.push({ kind: "organization", name, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return spans;
}

// "the Constitution", "its Constitution": the constitution of the country the text is about.
const BARE_CONSTITUTION = /\b(?:the|its|their|national|new|current) (Constitution)\b(?! of\b)/g;

export function bareConstitutions(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!HAS_CONSTITUTION.test(text)) return spans;
  BARE_CONSTITUTION.lastIndex = 0;
  for (let m = BARE_CONSTITUTION.exec(text); m; m = BARE_CONSTITUTION.exec(text)) {
    const start = m.index + m[0].length - "Constitution".length;
    spans.push({ start, end: start + "Constitution".length });
  }
  return spans;
}

const PARENT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PARENT_ORGANS.map((o) => o.replace(/ /g, "\\s+")).join("|")})\\s+of\\s+(?:the\\s+)?$`, "u");

/** "General Conference of UNESCO": where the organ's name starts, if one precedes the organization at `start`. */
export function parentOrganStart(text: string, start: number): { start: number; organ: string } | undefined {
  // Cheap test first: the organ's name ends in "of" or "of the" right before the organization.
  const near = text.slice(Math.max(0, start - 8), start);
  if (!/\bof\s+(?:the\s+)?$/.test(near)) return undefined;
  const before = text.slice(Math.max(0, start - 60), start);
  const m = PARENT_BEFORE.exec(before);
  if (!m || m[1] === undefined) return undefined;
  const organ = m[1].replace(/\s+/g, " ");
  return { start: start - before.length + before.lastIndexOf(m[1]), organ };
}

// Double marks only: a single closing mark is also the apostrophe of "Iraq’s".
const OPENING_QUOTES = new Set(['"', "“"]);
const CLOSING_FOR: Readonly<Record<string, string>> = { '"': '"', "“": "”" };

/**
 * A title printed in quotation marks runs to the closing mark even where it goes on in lower case
 * ("Agreed Minutes between … regarding the restoration of friendly relations, recognition and
 * related matters"). Returns the end of the quoted title, if the name at `start` opens one.
 */
export function quotedTitleEnd(text: string, start: number, end: number): number | undefined {
  let q = start - 1;
  while (q >= 0 && text[q] === " ") q--;
  // "known as “the Helms-Burton Act”": an article may sit between the mark and the name.
  if (q >= 3 && text.slice(q - 2, q + 1).toLowerCase() === "the") {
    q -= 3;
    while (q >= 0 && text[q] === " ") q--;
  }
  const open = text[q];
  if (open === undefined || !OPENING_QUOTES.has(open)) return undefined;
  const close = CLOSING_FOR[open] ?? open;
  const closeAt = text.indexOf(close, end);
  if (closeAt < 0 || closeAt - start > 400) return undefined;
  let stop = closeAt;
  while (stop > end && /[\s,.;:]/.test(text[stop - 1] ?? "")) stop--;
  return stop > end ? stop : undefined;
}

// "the anti-corruption law", "the counter-terrorism law": printed in lower case, but one statute.
const ANTI_LAW = /\b(?:the|its|new) ((?:anti|counter)-[a-z]+ (?:law|act))\b/g;

export function antiLaws(text: string): RuleSpan[] {
  const spans: RuleSpan[] = [];
  if (!HAS_ANTI.test(text)) return spans;
  ANTI_LAW.lastIndex = 0;
  for (let m = ANTI_LAW.exec(text); m; m = ANTI_LAW.exec(text)) {
    const surface = m[1] ?? "";
    const start = m.index + m[0].length - surface.length;
    const name = surface.replace(/(^|[- ])(\p{Ll})/gu, (_all, sep: string, ch: string) => sep + ch.toUpperCase());
    spans.push({ kind: "law", name, start, end: start + surface.length });
  }
  return spans;
}
