// Resolutions and decisions cited by number: after "resolution(s)" or "decision(s)", alone or in
// lists, with the body whose acts they are read from the words around them:
//   tokenize: the keyword, then list items ("51/45 B of 10 December 1996"), joined by separators,
//             or by a phrase that describes an item ("… on cross-cutting issues, 73/302 of …");
//   find:     whose acts they are, from the name before the keyword ("Human Rights Council
//             resolutions", "Commission on Narcotic Drugs resolution"), the body an "its" stands for
//             ("the Human Rights Council, in its resolution 45/12"), the name after the list ("… of
//             the Conference of the States Parties …"), the report the act is printed in, or the
//             list the keyword carries on ("… decision 18/120 … and resolutions 24/14 …");
//   resolve:  the body's symbol for the printed number (bodies.ts), or nothing for a body whose acts
//             have no UN symbol — never the citing body's own symbol by default.

import type { Body } from "../../domain.js";
import { MONTH_PATTERN, isoDate } from "../dates.js";
import { opensWithLexiconVerb } from "../verbs.js";
import { type ActKind, BODY_NOUNS, UN_BODIES, type UnBody, bodyRow } from "./bodies.js";
import { BRACKETED_NUMBER_SOURCE, SLASHED_NUMBER_SOURCE, plausibleAct, type PrintedNumber, printsShape, readNumber, symbolOf } from "./numbers.js";
import { DOCUMENT_SYMBOL_SOURCE } from "./documents.js";

export interface CitingDocument {
  /** The adopting body, which "its resolution" and unprefixed numbers refer to. */
  body: Body;
  /** The document's own symbol: a text never references itself. */
  symbol: string;
}

export interface FoundAct {
  target: string;
  date?: string;
}

const KEYWORD = /\b(resolutions?|decisions?)\b\s*(?:Nos?\.\s*)?/gi;
/**
 * One list item: a printed number, and for a GA number the letters of its parts, "51/45 B",
 * "36/87 A and B" (one symbol: the letters name parts of one resolution, as "A" does in "217 A (III)").
 */
const ITEM = new RegExp(String.raw`(${BRACKETED_NUMBER_SOURCE}|${SLASHED_NUMBER_SOURCE}(?:\s[A-Z](?:(?:\s*,\s*|\s+and\s+|\s+to\s+)[A-Z])*(?![\w/]))?)`, "y");
/** The letters of a GA resolution's parts, after its number. */
const PART_LETTERS = /\s[A-Z](?:(?:\s*,\s*|\s+and\s+|\s+to\s+)[A-Z])*$/;
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
/** Between two items: a comma, "and", "to" (a range's ends), "or", "as well as", a footnote list's semicolon. */
const SEPARATOR = /(?:\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+to\s+|\s+or\s+|\s+as well as\s+)/y;

const ADJECTIVES = ["previous", "relevant", "earlier", "related", "subsequent", "pertinent", "own", "latest", "recent", "most", "all", "the", "other", "first", "later", "above", "its", "their", "said", "respective"];
/** Up to three words between a name or "its" and the keyword ("its previous relevant resolutions"). */
const ADJ = String.raw`(?:(?:${ADJECTIVES.join("|")})\s+){0,3}`;
const ADJECTIVE_WORDS = new Set(ADJECTIVES);

/** Whose acts a list cites. */
type Whose = { row: UnBody } | { short: string } | { foreign: string } | "own";

/** Rows with full names, longest name first, so that "Environment Assembly" is tried before "Assembly". */
const NAMED = UN_BODIES.flatMap((row) =>
  row.names.map((name) => ({ row, name, atEnd: new RegExp(String.raw`(?:^|\s)(?:${name})$`), atStart: new RegExp(String.raw`^(?:${name})(?!\s+(?:of\s+(?:the\s+)?)?\p{Lu})`, "u") })),
).sort((a, b) => b.name.length - a.name.length);
const SHORT_FORMS = new Set(UN_BODIES.flatMap((b) => b.short ?? []));
/** Capitalized words that open a paragraph or a footnote rather than name anything. */
const NOT_NAME_WORDS = new Set("See Including Also Further And In By Under Pursuant As With Recall Recalls Note Notes".split(" "));

/** A capitalized word of a name, and the small words inside names. */
const NAME_WORD = /^\p{Lu}[\p{L}’'.-]*$/u;
const NAME_LINKS = new Set(["of", "on", "the", "and", "for", "to", "against", "in"]);

/**
 * The name printed at the end of a text: capitalized words and the small words inside names,
 * ending on a capitalized word ("Commission on the Status of Women"). Read word by word from the
 * end: an end-anchored pattern is tried at every position of the text.
 */
function nameAtEnd(text: string): string | undefined {
  let start = text.length;
  let nameStart = -1;
  while (start > 0) {
    const space = text.lastIndexOf(" ", start - 1);
    const word = text.slice(space + 1, start);
    if (NAME_WORD.test(word)) nameStart = space + 1;
    else if (nameStart < 0 || !NAME_LINKS.has(word)) break;
    start = space;
    if (space < 0) break;
  }
  return nameStart < 0 ? undefined : text.slice(nameStart);
}
/** A name printed at the start of a text. */
const NAME_AT_START = /(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|on|the|and|for|to|against|in)\s+)*\p{Lu}[\p{L}’'.-]*)*)/uy;

/**
 * Whose acts a name denotes: a body of the table (in full or by a short form), another body, or
 * none. A name read before a keyword ends with the body's name ("Recalling Security Council"); one
 * read after "of the" starts with it ("General Assembly on Namibia"), unless it names another
 * body's organ ("General Assembly of the World Tourism Organization").
 */
function classify(run: string, at: "end" | "start" = "end"): Whose | undefined {
  const name = run.replace(/^(?:(?:of|on|the|and|for|to|against|in)\s+)+/, "");
  for (const n of NAMED) if ((at === "end" ? n.atEnd : n.atStart).test(name)) return { row: n.row };
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  if (SHORT_FORMS.has(last) && onlyOpeningWords(words, words.length - 1)) return { short: last };
  for (const w of words) if (BODY_NOUNS.has(w)) return { foreign: name };
  return undefined;
}

/** Whether the first `n` words open a paragraph or a footnote rather than name anything ("Recalling", "See"). */
function onlyOpeningWords(words: string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (!(NOT_NAME_WORDS.has(words[i]!) || opensWithLexiconVerb(words[i]!))) return false;
  return true;
}

/**
 * "the Human Rights Council, in its resolution", "the Environment Assembly, as reflected in its
 * resolution", "… at its second session, in paragraph 6 of its resolution": the body an "its" stands
 * for, up to eight words before it (fewest first).
 */
const BY_ITS = new RegExp(String.raw`\s+(?:in|through|by|under|at|with|of)\s+(?:its|their)\s+${ADJ}$`);
/** How many words may stand between a body's name and the "in its" that stands for it. */
const BY_ITS_WORDS = 8;
/**
 * The words that may: where in the act ("in paragraph 2 of its resolution"), how it is reflected
 * ("as reflected in its resolution"), at which session ("at its resumed fifth session, in its
 * resolution"). Any other word, a verb above all, makes the "its" another subject's: "the Fifth
 * Committee, recalls paragraph 29 of its resolution" is the Assembly's.
 */
const BETWEEN_NAME_AND_ITS = /^(?:in|of|at|as|its|their|the|paragraphs?|sections?|annex|part|[IVX]+|\d+|reflected|expressed|stated|set|out|resumed|special|session|first|second|third|[\p{L}]+-?(?:first|second|third|th))$/u;
/**
 * Where a body adopted or asked for what cites the act: "the Environment Assembly at its resumed
 * fifth session, in resolution 5/14", "her report to the Human Rights Council submitted pursuant to
 * resolution 34/24".
 */
const BY_THE_BODY: ReadonlyArray<readonly [string, RegExp]> = [
  ["session", new RegExp(String.raw`,?\s+at\s+its\s+(?:[\p{L}-]+\s+){1,3}session,?\s+(?:in|of|by)\s+${ADJ}$`, "u")],
  ["pursuant", new RegExp(String.raw`\s+(?:(?:submitted|presented)\s+)?pursuant\s+to\s+${ADJ}$`)],
];
const OWN = new RegExp(String.raw`\b(?:its|their|our|this body's)\s+${ADJ}$`, "i");
/**
 * The text before a keyword without what may stand between a name and the keyword: up to three
 * adjectives, then a possessive or a footnote's comma ("the Council’s previous resolutions",
 * "Indian Ocean Tuna Commission, resolutions 12/07"); "" when the text does not end in a space.
 */
function withoutTrailingAdjectives(before: string): string {
  if (!before.endsWith(" ")) return "";
  let end = before.length - 1;
  for (let k = 0; k < 3; k++) {
    const space = before.lastIndexOf(" ", end - 1);
    if (!ADJECTIVE_WORDS.has(before.slice(space + 1, end))) break;
    end = space;
  }
  const text = before.slice(0, end);
  if (text.endsWith("’s") || text.endsWith("'s")) return text.slice(0, -2);
  return text.endsWith(",") ? text.slice(0, -1) : text;
}
/**
 * A report the act is printed in, with its locators: "(A/74/53/Add.1), chap. III, " or
 * "CAC/COSP/2021/17, sect. I.A, ". Group: the report's symbol.
 */
const IN_REPORT = new RegExp(String.raw`(${DOCUMENT_SYMBOL_SOURCE})\)?(?:,\s*(?:chap|sect|annex|para|paras|vol|part|appendix)\b\.?[^,;()]{0,14})*,\s*$`);
const REPORTS = UN_BODIES.flatMap((row) => (row.reports ?? []).map((r) => ({ row, re: new RegExp(`^(?:${r})$`) })));

/** The body an "its" at the end of `before` stands for: a name up to eight words before "in its" (fewest first). */
function bodyOfIts(before: string): Whose | undefined {
  const tail = before.slice(-60);
  const by = BY_ITS.exec(tail);
  if (!by) return undefined;
  let end = before.length - tail.length + by.index;
  for (let k = 0; k <= BY_ITS_WORDS && end > 0; k++) {
    const named = nameAtEnd(before.slice(0, end).replace(/,$/, ""));
    const whose = named ? classify(named) : undefined;
    if (whose) return whose;
    const space = before.lastIndexOf(" ", end - 1);
    if (!BETWEEN_NAME_AND_ITS.test(before.slice(space + 1, end).replace(/,$/, ""))) return undefined;
    end = space;
  }
  return undefined;
}

/** Whose acts the name just before a match of `re` (a pattern anchored at the end) says they are. */
function nameBefore(before: string, re: RegExp): Whose | undefined {
  const by = re.exec(before);
  const named = by ? nameAtEnd(before.slice(0, by.index)) : undefined;
  return named ? classify(named) : undefined;
}

const POSSESSIVE = /\b(?:its|their|our|this body's)\b/i;

/** Whose acts the words before a keyword say they are; undefined when they say nothing. */
function whoseBefore(before: string): Whose | undefined {
  // Each end-anchored pattern below is tried only where its words occur: such a pattern is
  // otherwise tried at every position of the text.
  const last = before.slice(-60);
  if (POSSESSIVE.test(last) && OWN.test(last)) return bodyOfIts(before) ?? "own";
  const named = nameAtEnd(withoutTrailingAdjectives(before));
  const whose = named ? classify(named) : undefined;
  if (whose) return whose;
  for (const [word, re] of BY_THE_BODY) {
    const by = before.includes(word) ? nameBefore(before, re) : undefined;
    if (by) return by;
  }
  const report = before.includes("/") && /,\s*$/.test(before) ? IN_REPORT.exec(before) : null;
  if (report) {
    for (const r of REPORTS) if (r.re.test(report[1]!)) return { row: r.row };
    return { foreign: report[1]! };
  }
  return undefined;
}

/** "… of the Conference of the States Parties to …", "by the Human Rights Council", "adopted by the …": a name after the list. */
const OF_THE = /\s*(?:adopted\s+)?(?:of|by)\s+the\s+/y;
/** "… on marine plastic litter, adopted by the United Nations Environment Assembly": a name after the list's description. */
const ADOPTED_BY = /^[^;:()“”]{0,120}?\badopted\s+by\s+the\s+/;

function whoseAfter(text: string, at: number): Whose | undefined {
  OF_THE.lastIndex = at;
  let from = OF_THE.test(text) ? OF_THE.lastIndex : -1;
  if (from < 0) {
    const ahead = text.slice(at, at + 160);
    const adopted = ahead.includes("adopted by") ? ADOPTED_BY.exec(ahead) : null;
    if (!adopted || /\b(?:resolutions?|decisions?)\b/i.test(adopted[0])) return undefined;
    from = at + adopted[0].length;
  }
  NAME_AT_START.lastIndex = from;
  const named = NAME_AT_START.exec(text);
  return named ? classify(named[1]!, "start") : undefined;
}

/**
 * What may stand between a list and a keyword that carries it on: a description of the list,
 * without a comma ("on technical cooperation …", "that are relevant to …"), then connectives:
 * "Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14", "Human Rights
 * Council resolutions on the subject, including resolution 48/5", "resolutions of the Human Rights
 * Council, the most recent of which was resolution 42/24".
 */
const CARRIES_ON =
  /^\s*(?:(?:on|entitled|concerning|relating to|regarding|pertaining to|that|which)\s[^,;.()“”]{0,120}?)?(?:[\s,]|and|as well as|including|in particular|notably|especially|inter alia|among them|such as|(?:the )?(?:most recent|latest|last)(?: of which (?:was|were|being|is|are))?)*$/;

/** How far after a keyword without a number the keyword that carries it on may stand. */
const CARRY_REACH = 200;
const LATER_KEYWORD = /[Rr]esolution|[Dd]ecision/;

/** The body a short form ("Council") stands for, for a number of this shape, in a text of `doc.body`. */
function shortFormRow(short: string, n: PrintedNumber, doc: CitingDocument): UnBody | undefined {
  let first: UnBody | undefined;
  for (const b of UN_BODIES) {
    if (!b.short?.includes(short) || !printsShape(b, n.shape)) continue;
    if (b.adopts === doc.body) return b;
    first ??= b;
  }
  return first;
}

/** The body whose act `n` is; undefined when it is a body's whose acts have no UN symbol. */
function resolveRow(n: PrintedNumber, whose: Whose, doc: CitingDocument): UnBody | undefined {
  // A year in brackets is the Security Council's whoever is named.
  if (n.shape === "sc") return bodyRow("Security Council");
  if (whose !== "own" && "foreign" in whose) return undefined;
  const row = whose === "own" ? bodyRow(doc.body) : "row" in whose ? whose.row : (shortFormRow(whose.short, n, doc) ?? bodyRow(doc.body));
  if (printsShape(row, n.shape)) return row;
  if (n.shape === "roman") return bodyRow("General Assembly");
  // A year-numbered resolution of a body that numbers none so: the Commission's in the Council's
  // texts (its predecessor), ECOSOC's elsewhere.
  if (n.shape === "year") return bodyRow(whose === "own" && doc.body !== "Human Rights Council" ? "Economic and Social Council" : "Commission on Human Rights");
  // Session-numbered resolutions are never the Security Council's.
  return bodyRow("General Assembly");
}

/** The session (or SC year) a symbol belongs to: "A/HRC/RES/5/1" → "A/HRC/RES/5", "S/RES/661 (1990)" → "1990". */
const sessionOf = (target: string): string => /\((\d{4})\)$/.exec(target)?.[1] ?? target.replace(/\/[^/]*$/, "");

/**
 * "resolutions 5/1 and 5/2 of 18 June 2007" dates both: a date after a list's item also dates the
 * undated items just before it, when they are of the same session (and so adopted together).
 * "60/251 and 5/1 of 18 June 2007" dates only 5/1.
 */
function shareListDate(list: FoundAct[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const dated = list[i]!;
    if (!dated.date) continue;
    for (let j = i - 1; j >= 0 && !list[j]!.date && sessionOf(list[j]!.target) === sessionOf(dated.target); j--) {
      list[j]!.date = dated.date;
    }
  }
}

/** Abbreviations whose full stop ends no sentence ("sect. C", "para. 3"). */
const ABBREVIATION_AT_END = /\b(?:sects?|paras?|subparas?|chaps?|vols?|arts?|Nos?|pp?|Corr|Add|Rev)$/;
/** Where a printed number may start: a rough test, that the reading of the words before it confirms. */
const NUMBER_AHEAD = /(?<![\w/])(?:\d{1,4}\s?(?:[A-Z]\s?)?\(|(?:E?S-)?\d{1,4}\/\d)/g;
/** How far a phrase describing an item may run before the next item ("on cross-cutting issues, "). */
const DESCRIPTION_REACH = 250;

/**
 * Where the list goes on after an item that ends at `p`: the start of the next item, or -1. An item
 * follows a separator directly, or after a phrase that describes the previous one ("70/286 of 17
 * June 2016 on cross-cutting issues, 73/302 …", "…, entitled “…”, and 74/251 …", "52/214, sect. C,
 * para. 3; 55/222 …"), within the same clause and outside quotations, in the shape of the item before.
 */
function nextItem(text: string, p: number, shape: PrintedNumber["shape"], dated: boolean): number {
  SEPARATOR.lastIndex = p;
  if (SEPARATOR.exec(text)) {
    ITEM.lastIndex = SEPARATOR.lastIndex;
    if (ITEM.test(text)) return SEPARATOR.lastIndex;
  }
  // A dated item, then a number of its shape with no comma between: the comma was lost ("71/66 of
  // 5 December 2016 73/66 of 5 December 2018").
  if (dated && text[p] === " ") {
    ITEM.lastIndex = p + 1;
    const item = ITEM.exec(text);
    if (item && readNumber(item[1]!.replace(PART_LETTERS, ""))?.shape === shape) return p + 1;
  }
  // Most lists end here: look for a printed number ahead before reading the words up to it, and
  // read on to each further number within reach.
  const reach = Math.min(text.length, p + DESCRIPTION_REACH);
  NUMBER_AHEAD.lastIndex = p;
  let ahead = NUMBER_AHEAD.exec(text);
  if (!ahead || ahead.index >= reach) return -1;
  let quoted = 0;
  let bracketed = 0;
  for (let i = p; i < reach; i++) {
    if (i >= ahead.index) {
      NUMBER_AHEAD.lastIndex = i + 1;
      ahead = NUMBER_AHEAD.exec(text);
      if (!ahead || ahead.index >= reach) return -1;
    }
    const c = text[i]!;
    if (c === "“") quoted++;
    else if (c === "”") quoted = Math.max(0, quoted - 1);
    if (quoted > 0) continue;
    // Brackets inside a description ("the coronavirus disease (COVID-19)") are passed over; a
    // bracket the list is inside of ends it.
    if (c === "(") bracketed++;
    else if (c === ")" && --bracketed < 0) return -1;
    if (bracketed > 0) continue;
    if (c === "." && /^\s\p{Lu}/u.test(text.slice(i + 1, i + 3)) && !ABBREVIATION_AT_END.test(text.slice(Math.max(0, i - 8), i))) return -1;
    if (c === ":") return -1;
    if (c !== "," && c !== ";" && c !== " ") continue;
    const kw = /^\s*(?:resolutions?|decisions?)\b/i.exec(text.slice(i, i + 14));
    if (kw) return -1;
    SEPARATOR.lastIndex = i;
    if (!SEPARATOR.exec(text)) continue;
    ITEM.lastIndex = SEPARATOR.lastIndex;
    const item = ITEM.exec(text);
    if (item && readNumber(item[1]!.replace(PART_LETTERS, ""))?.shape === shape) return SEPARATOR.lastIndex;
  }
  return -1;
}

interface Listed {
  n: PrintedNumber;
  date?: string;
}

/** The items of the list that starts at `p`, and where the list ends. */
function readList(text: string, p: number): { items: Listed[]; end: number } {
  const items: Listed[] = [];
  let end = p;
  for (;;) {
    ITEM.lastIndex = p;
    const item = ITEM.exec(text);
    if (!item) break;
    p = ITEM.lastIndex;
    const n = readNumber(item[1]!.replace(PART_LETTERS, ""));
    ITEM_DATE.lastIndex = p;
    const dated = ITEM_DATE.exec(text);
    let date: string | undefined;
    if (dated) {
      const year = dated[4] ?? (n?.shape === "sc" ? n.year : undefined);
      date = year === undefined || dated[2] ? undefined : isoDate(dated[1]!, dated[3]!, year);
      p = ITEM_DATE.lastIndex;
    }
    end = p;
    if (n) items.push({ n, ...(date ? { date } : {}) });
    if (!n) break;
    const next = nextItem(text, p, n.shape, dated !== null);
    if (next < 0) break;
    p = next;
  }
  return { items, end };
}

/**
 * What a paragraph's texts attributed to a named body, by printed number: the symbol, or null for a
 * body whose acts have none. Shared by the paragraph's text and its footnotes.
 */
export type NamedActs = Map<string, string | null>;

/** Resolutions and decisions cited by number, as canonical symbols. */
export function citedActs(text: string, doc: CitingDocument, named: NamedActs = new Map()): FoundAct[] {
  const out: FoundAct[] = [];
  // A number is printed with digits: a text without any cites nothing by number.
  if (!/\d/.test(text)) return out;
  // The list the last keyword named, for a keyword that carries it on.
  let carried: { whose: Whose; end: number } | undefined;
  for (const kw of text.matchAll(KEYWORD)) {
    const kind: ActKind = /^decision/i.test(kw[1]!) ? "decision" : "resolution";
    const start = kw.index + kw[0].length;
    const { items, end } = readList(text, start);
    // A keyword without a number ("the present resolution") matters only to a keyword it may carry on to.
    if (items.length === 0 && !LATER_KEYWORD.test(text.slice(end, end + CARRY_REACH))) {
      carried = undefined;
      continue;
    }
    let whose = whoseBefore(text.slice(Math.max(0, kw.index - 160), kw.index));
    // A name after the list speaks only for a keyword that no name before it claims.
    if (whose === undefined) whose = whoseAfter(text, end);
    if (whose === undefined && carried && carried.end <= kw.index && CARRIES_ON.test(text.slice(carried.end, kw.index))) whose = carried.whose;
    if (items.length === 0) {
      // "resolutions of the Human Rights Council, the most recent of which was resolution 42/24"
      carried = whose && whose !== "own" ? { whose, end: afterName(text, end) } : undefined;
      continue;
    }
    whose ??= "own";
    const list: FoundAct[] = [];
    for (const { n, date } of items) {
      const key = `${kind} ${Object.values(n).join(" ")}`;
      // "Human Rights Council resolution 43/1 …, submitted pursuant to resolution 43/1": a number
      // a named body's act had earlier in the paragraph is that act again, not the citing body's.
      const again = whose === "own" ? named.get(key) : undefined;
      if (again !== undefined) {
        if (again !== null) list.push({ target: again, ...(date ? { date } : {}) });
        continue;
      }
      let row = resolveRow(n, whose, doc);
      // A number its body cannot have adopted (wrong session shape, a date years off) is another's.
      if (row && !plausibleAct(row, n, date)) row = undefined;
      const target = (row && symbolOf(row, n, kind)) ?? null;
      if (whose !== "own") named.set(key, target);
      if (target) list.push({ target, ...(date ? { date } : {}) });
    }
    shareListDate(list);
    out.push(...list);
    carried = { whose, end };
  }
  return out;
}

/** Where the name after "of the" that follows `at` ends, or `at`. */
function afterName(text: string, at: number): number {
  OF_THE.lastIndex = at;
  if (!OF_THE.test(text)) return at;
  NAME_AT_START.lastIndex = OF_THE.lastIndex;
  return NAME_AT_START.exec(text) ? NAME_AT_START.lastIndex : at;
}
