// Cuts the body into paragraphs. Converters break lines anywhere (hard-wrapped columns, one line per
// paragraph, tab-indented docx), so paragraph starts are read from content, not layout: an operative
// number that continues the count, a sub-paragraph label that continues its series, or a preambular
// phrase after a line that ended a clause.

import type { ParagraphKind } from "../domain.js";
import { ADOPTING_BODY_NAMES, ADOPTING_SELF_NAMES } from "./citations/bodies.js";
import type { Line } from "./lines.js";
import { runAtEnd } from "./normalize.js";
import { isOpener } from "./segment.js";
import { isOperativeStart, isPreambularStart, leadingVerb, opensWithLexiconVerb } from "./verbs.js";

export interface RawParagraph {
  key: string;
  kind: ParagraphKind;
  verb: string;
  /** Text with footnote sentinels still in place; the label ("1.", "(a)") is not part of it. */
  text: string;
}

interface Content {
  text: string;
  blankBefore: boolean;
  /** The first line after a section's or part's heading ("II", "B" and its title). */
  afterHeading: boolean;
}

const SECTION_HEADING = /^(?:[A-Z]|[IVXL]{1,7}|Section [A-Z])\.?$/;
const OPERATIVE = /^([\dIlLiO]{1,3})\s*\.(?:\s+|(?=[\p{Lu}“"(]))(.*)$/u;
/** OCR's comma for the number's full stop ("14, Urges"): taken only for the next number before an operative verb. */
const OPERATIVE_COMMA = /^([\dIlLiO]{1,3}),\s+(\p{Lu}.*)$/u;

/** An operative number as printed, with OCR letters read as the digits they stand for ("L." is "1."). */
function operativeNumber(token: string): number | undefined {
  if (!/\d/.test(token) && token.length > 1) return undefined;
  const n = Number(token.replace(/[IlLi]/g, "1").replace(/O/g, "0"));
  return Number.isInteger(n) ? n : undefined;
}
const SUB = /^\(([a-z]{1,4}|\d{1,2})\)\s*(.*)$/;
const SENTINELS = /(?:\s*\uE000[^\uE001]*\uE001)+/g;

/** Whether a line ends a clause, so that the next line may open a paragraph. */
export function endsClause(text: string): boolean {
  const t = withoutSentinels(text, "").trimEnd();
  // Both patterns match at most five characters at the end, so only the tail is searched: an
  // end-anchored pattern is otherwise tried at every position of the line.
  const tail = t.slice(-5);
  return /[,;:.]\s?(?:\d{1,3}|\*)?$/.test(tail) || /[,;:.]["”’)]$/.test(tail);
}

/** Replaces footnote sentinels (and the whitespace before them); only markup leaves any. */
const withoutSentinels = (text: string, by: string): string => (text.includes("\uE000") ? text.replace(SENTINELS, by) : text);

/** Lines without blanks, with labels printed alone on a line joined to the text they label. */
function contentLines(lines: Line[]): Content[] {
  const out: Content[] = [];
  let blank = true;
  let heading = false;
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    if (t === "") {
      blank = true;
      continue;
    }
    if (SECTION_HEADING.test(t) || (blank && isLetteredHeading(lines, i)) || isHeadingOverNumber(lines, i, blank)) {
      blank = true;
      heading = true;
      continue;
    }
    // The title under a section's letter or number is a heading, not paragraph text; so is the
    // opener of a part that follows its letter with no closing before it.
    if (heading && blank && (isHeadingTitle(lines, i) || isOpener(t))) continue;
    const prev = out.at(-1);
    if (prev && (/^\d{1,3}\s*\.?$/.test(prev.text) || /^\([a-z]{1,4}\)$/.test(prev.text)) && (!/^\d{1,3}$/.test(prev.text) || /^\./.test(t))) {
      prev.text = `${prev.text} ${t}`.replace(/^(\d{1,3}) \./, "$1.");
      blank = false;
      continue;
    }
    out.push({ text: t, blankBefore: blank, afterHeading: heading });
    blank = false;
    heading = false;
  }
  return out;
}

/** "A. Base/floor salary scale": a subsection's letter and title on one line. */
const LETTERED_HEADING = /^(?:[A-H]|[IVX]{1,5})\.\s+\p{Lu}/u;

/** Whether the line at `i`, after a blank line, is a subsection's letter and title: a line of its own that opens no paragraph. */
function isLetteredHeading(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (!LETTERED_HEADING.test(t) || t.length > 160 || endsClause(t) || opensWithLexiconVerb(t.replace(/^\S+\s+/, ""))) return false;
  const next = lines[i + 1];
  return next === undefined || next.text === "";
}

/**
 * Whether the line at `i` is a section's letter and title set directly over a numbered paragraph,
 * with no blank line around it ("II. Strategic vision" then "7. We, the States …", as in documents
 * an Assembly adopts in full): it starts where a clause ended and the next line opens a number.
 * Without this the heading would join the paragraph before it and hide every number after it.
 */
function isHeadingOverNumber(lines: Line[], i: number, blankBefore: boolean): boolean {
  const t = lines[i]!.text;
  if (!LETTERED_HEADING.test(t) || t.length > 160 || endsClause(t) || opensWithLexiconVerb(t.replace(/^\S+\s+/, ""))) return false;
  if (!blankBefore && !endsClause(lines[i - 1]?.text ?? "")) return false;
  const next = lines[i + 1];
  return next !== undefined && OPERATIVE.test(next.text);
}

/**
 * Whether the line at `i`, after a section's letter or number and a blank line, is the section's
 * title: a line that opens no paragraph (no number, label or paragraph verb), does not end a
 * clause, and that a blank line ends (a title may wrap onto a second line).
 */
function isHeadingTitle(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (OPERATIVE.test(t) || SUB.test(t) || opensWithLexiconVerb(t)) return false;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const next = lines[j + 1];
    if (endsClause(lines[j]!.text)) return false;
    if (next === undefined || next.text === "") return true;
  }
  return false;
}

/** Digits OCR prints for the letters of sub-paragraph labels. */
const OCR_LETTER: Readonly<Record<string, readonly string[]>> = { "6": ["b"], "5": ["b", "s"], "0": ["o"] };

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];
/** The label after a letter: "b" after "a", and after "z" the doubled letters "aa", "bb" … */
function nextLetter(l: string | undefined): string {
  if (l === undefined) return "a";
  if (l === "z") return "aa";
  const next = String.fromCharCode(l.charCodeAt(0) + 1);
  return l.length === 2 && l[0] === l[1] ? next + next : next;
}
const nextRoman = (r: string | undefined): string => (r === undefined ? "i" : (ROMANS[ROMANS.indexOf(r) + 1] ?? ""));

/** Joins a wrapped line to its paragraph; a hyphen at a line end is kept unless it split a plain word. */
function join(text: string, next: string): string {
  if (text === "") return next;
  if (!text.endsWith("-")) return `${text} ${next}`;
  const word = runAtEnd(HYPHENATED_AT_END, text);
  if (word !== undefined && /^\p{Ll}/u.test(next) && !COMPOUND_HEADS.has(word)) return text.slice(0, -1) + next;
  return text + next;
}

/** A lower-case word and the hyphen after it, at the end of the text. */
const HYPHENATED_AT_END = /(\p{Ll}{2,})-$/u;

const COMPOUND_HEADS = new Set(
  "non self well long short high low co re pre post anti cross multi inter intra mid fact decision follow peace state human gender child land law cease all ill so counter sub semi ex vice policy rule small medium large full part free world long-term cost time case country region capacity".split(
    " ",
  ),
);

const SUBJECT = new RegExp(String.raw`^The\s+(?:${ADOPTING_BODY_NAMES}|${ADOPTING_SELF_NAMES})\s+(?=\p{Ll})`, "u");

export function cutParagraphs(lines: Line[]): RawParagraph[] {
  const content = contentLines(lines);
  const out: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  let phase: ParagraphKind = "preambular";
  let pp = 0;
  let lastOp = 0;
  let opKey = "";
  let letter: string | undefined;
  let roman: string | undefined;
  let section = 0;
  // Set by an unnumbered operative clause (old SC texts, decisions): later ones are unnumbered too.
  let unnumbered = false;
  const keys = new Set<string>();

  // Sub-paragraphs carry no verb of their own: they continue their parent's sentence.
  const verbless = new Set<RawParagraph>();
  // Quotations the current paragraph opens but has not closed, kept as lines are added: counting
  // them in the whole paragraph at every line was quadratic in its length. (Joining never adds or
  // drops a quotation mark.)
  let unclosedQuotes = 0;
  const open = (key: string, kind: ParagraphKind, text: string, withVerb: boolean): void => {
    current = { key, kind, verb: "", text };
    unclosedQuotes = quoteBalance(text);
    if (!withVerb) verbless.add(current);
    keys.add(key);
    out.push(current);
  };

  // Set by a section's or part's heading until its first operative paragraph: the section may open
  // with preambular paragraphs of its own, and its numbering restarts.
  let sectioned = false;
  for (const [i, line] of content.entries()) {
    if (line.afterHeading && lastOp > 0) {
      sectioned = true;
      phase = "preambular";
    }
    // A clause that ends inside a quotation (a cited title) does not end the paragraph.
    const insideQuote = current !== undefined && unclosedQuotes > 0;
    const prevEnds = current === undefined || (!insideQuote && (endsClause(content[i - 1]?.text ?? "") || line.blankBefore));
    const comma = prevEnds ? OPERATIVE_COMMA.exec(line.text) : null;
    const op =
      OPERATIVE.exec(line.text) ?? (comma && operativeNumber(comma[1]!) === lastOp + 1 && isOperativeStart(comma[2]!) ? comma : null);
    if (op && prevEnds) {
      const n = operativeNumber(op[1]!) ?? -1;
      const printedAsDigits = /^\d+$/.test(op[1]!);
      // Numbering restarts at 1 in a new part or section, and after an unnumbered clause that
      // introduces numbered ones ("Resolves that:").
      const restarts = printedAsDigits && n === 1 && lastOp >= 1 && (sectioned || unnumbered || (lastOp > 1 && line.blankBefore));
      if (n === lastOp + 1 || restarts) {
        if (n === 1 && lastOp >= 1) section++;
        sectioned = false;
        lastOp = n;
        unnumbered = false;
        phase = "operative";
        opKey = `op${n}${section > 0 && keys.has(`op${n}`) ? String.fromCharCode(97 + section) : ""}`;
        letter = roman = undefined;
        open(opKey, "operative", op[2]!, true);
        continue;
      }
    }
    const sub = SUB.exec(line.text);
    if (sub && phase === "operative" && prevEnds && opKey) {
      const label = subLabel(sub[1]!, letter, roman, content, i + 1);
      if (label) {
        if (label.level === "letter") {
          letter = label.value;
          roman = undefined;
        } else roman = label.value;
        const key = `${opKey}${letter !== undefined && label.level === "roman" ? `(${letter})` : ""}(${label.value})`;
        if (!keys.has(key)) {
          open(key, "operative", sub[2]!, false);
          continue;
        }
      }
    }
    if (phase === "preambular" && prevEnds && isPreambularStart(line.text)) {
      open(`pp${++pp}`, "preambular", line.text, true);
      continue;
    }
    const unnumberedNext = phase === "operative" && unnumbered && line.blankBefore && !letter;
    if ((phase === "preambular" || unnumberedNext) && prevEnds && isOperativeStart(line.text) && !isPreambularStart(line.text)) {
      // An unnumbered operative clause, as in decisions ("Decides to adopt …") and the early
      // Security Council's texts, whose operative clauses are set apart by blank lines only.
      lastOp++;
      phase = "operative";
      unnumbered = true;
      sectioned = false;
      opKey = `op${lastOp}${section > 0 && keys.has(`op${lastOp}`) ? String.fromCharCode(97 + section) : ""}`;
      letter = roman = undefined;
      open(opKey, "operative", line.text, true);
      continue;
    }
    if (current === undefined) {
      open(`pp${++pp}`, "preambular", line.text, true);
      continue;
    }
    current.text = join(current.text, line.text);
    unclosedQuotes += quoteBalance(line.text);
  }
  for (const p of out) if (!verbless.has(p)) p.verb = leadingVerb(withoutSentinels(p.text, " ").replace(SUBJECT, ""));
  return out;
}

/** Reads a sub-paragraph label as the next letter or the next roman numeral, whichever continues. */
function subLabel(
  raw: string,
  letter: string | undefined,
  roman: string | undefined,
  content: Content[],
  from: number,
): { level: "letter" | "roman"; value: string } | undefined {
  let label = raw;
  // OCR reads "(i)" as "(1)"; it is roman when "(ii)" follows.
  if (label === "1" && roman === undefined && followedBy(content, from, /^\(ii\)/)) label = "i";
  // OCR reads "(b)" as "(6)" or "(5)" (and "(o)" as "(0)"): a letter where that letter comes next.
  if (letter !== undefined && OCR_LETTER[label]?.includes(nextLetter(letter))) label = nextLetter(letter);
  if (/^\d+$/.test(label)) return { level: "letter", value: label };
  const romanNext = nextRoman(roman);
  const letterNext = nextLetter(letter);
  if (roman !== undefined && label === romanNext) return { level: "roman", value: label };
  if (label === letterNext) return { level: "letter", value: label };
  if (label === "i" && roman === undefined) return { level: "roman", value: label };
  if (ROMANS.includes(label) && label === romanNext) return { level: "roman", value: label };
  return undefined;
}

/** Whether a line from `from` on matches `re`. */
function followedBy(content: Content[], from: number, re: RegExp): boolean {
  for (let k = from; k < content.length; k++) if (re.test(content[k]!.text)) return true;
  return false;
}

/** Quotations `text` opens (“) less those it closes (”). */
function quoteBalance(text: string): number {
  // Few lines quote anything, and one regular-expression scan rules them out faster than indexOf.
  if (!CURLY_QUOTE.test(text)) return 0;
  return count(text, "“") - count(text, "”");
}

const CURLY_QUOTE = /[“”]/;

/** Occurrences of `ch` in `text`. */
function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** "Article 1", "ARTICLE 12.": the heading of a declaration's or convention's article, on a line of its own. */
const ARTICLE_HEADING = /^(?:Article|ARTICLE)\s+(\d{1,3})\.?$/;

/** "Preamble" over the clauses of a declaration: a heading, not text. */
const PREAMBLE_HEADING = /^(?:Preamble|PREAMBLE)$/;

/**
 * "Now, therefore," between a declaration's preamble and its proclamation: like the opener "The
 * General Assembly" that follows it, it joins the two parts and is no paragraph's text (an
 * opener never is in a resolution either).
 */
const CONNECTIVE = /^Now,?\s+therefore,?$/i;

const ADOPTION_STATEMENT = /^[[(]?\s*Adopted\b/;

/**
 * Whether a line of a text without a masthead opens its body: a preambular or operative clause
 * ("Whereas …", "Recalling …", "Decides …"), the first operative number, or the first article.
 */
export function opensParagraph(text: string): boolean {
  // "Adopted and proclaimed by General Assembly resolution 217 A (III) …" reads like a participle
  // clause, but under a heading it states the adoption: part of the header.
  if (ADOPTION_STATEMENT.test(text)) return false;
  return isPreambularStart(text) || isOperativeStart(text) || /^1\s*\.\s/.test(text) || ARTICLE_HEADING.exec(text)?.[1] === "1";
}

/**
 * Cuts the body of a declaration: its preamble and proclamation as a resolution's paragraphs
 * ("Whereas …" clauses are preambular, "Proclaims …" operative), then one paragraph per article.
 * An article's key is `art<printed number>` ("art1" … "art30"), kind "operative", no verb: the gold
 * spec has no convention for articles, an article is what the act adopts (so operative), and its
 * own key keeps it apart from the numbered operative paragraphs `op<n>` a resolution may also have.
 * An article is one paragraph however many paragraphs it prints (Article 29 has three): its
 * numbering, when printed, stays in its text. A body without articles is cut as a resolution's.
 */
export function cutDeclaration(lines: Line[]): RawParagraph[] {
  const articles: { at: number; number: number }[] = [];
  for (const [at, line] of lines.entries()) {
    const n = Number(ARTICLE_HEADING.exec(line.text)?.[1]);
    // Only the article that comes next opens one: "Article 5" cited inside an article's text
    // would be a whole line only by accident of wrapping.
    if (n === articles.length + 1) articles.push({ at, number: n });
  }
  const preambleEnd = articles[0]?.at ?? lines.length;
  const preamble = lines
    .slice(0, preambleEnd)
    .filter((l) => !PREAMBLE_HEADING.test(l.text) && !CONNECTIVE.test(l.text) && !isOpener(l.text));
  const out = cutParagraphs(preamble);
  for (const [i, article] of articles.entries()) {
    const end = articles[i + 1]?.at ?? lines.length;
    const text = lines
      .slice(article.at + 1, end)
      .filter((l) => l.text !== "")
      .reduce((acc, l) => join(acc, l.text), "");
    out.push({ key: `art${article.number}`, kind: "operative", verb: "", text });
  }
  return out;
}
