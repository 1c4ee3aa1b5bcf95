import type { AnalysisDocument, AnalysisQuote } from "../../domain.js";
import { ParseError } from "../../errors.js";
import { MIN_LABELS, detectedSections } from "./detect.js";
import { itemsOf, type Item } from "./items.js";
import { labelOf, type SectionName } from "./labels.js";
import { unquote } from "./quotes.js";
import { parseVotes } from "./votes.js";

type FieldName = "body" | "sessionType" | "agendaItem" | "countryConcerned";
const FIELDS: ReadonlySet<SectionName> = new Set<FieldName>(["body", "sessionType", "agendaItem", "countryConcerned"]);
const isField = (name: SectionName): name is FieldName => FIELDS.has(name);

/** Lines under the title and under each label, in page order; a repeated label appends. */
interface Sections {
  head: string[];
  byName: Map<SectionName, string[]>;
}

function splitSections(lines: readonly string[]): Sections {
  const head: string[] = [];
  const byName = new Map<SectionName, string[]>();
  let current = head;
  for (const line of lines) {
    const label = labelOf(line);
    if (!label) {
      current.push(line);
      continue;
    }
    current = byName.get(label.name) ?? [];
    byName.set(label.name, current);
    // An inline value ("UN Body: Human Rights Council") is a block of its own.
    if (label.inline) current.push("", label.inline, "");
  }
  return { head, byName };
}

/**
 * A field's value is its first plain block. Bulleted blocks are the page's summary, which the seed
 * prints under "Country Concerned". A field whose only content is one short bullet (no sentence
 * punctuation) is a bulleted value, not a summary point.
 */
function readField(items: readonly Item[], summary: string[]): string {
  const plain = items.findIndex((i) => !i.bullet);
  let valueAt = plain;
  if (plain < 0 && items.length === 1 && items[0] && isShortValue(items[0].text)) valueAt = 0;
  items.forEach((item, n) => {
    if (n !== valueAt) summary.push(item.text);
  });
  return items[valueAt]?.text ?? "";
}

function isShortValue(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/[.!?;]$/.test(text);
}

/** Sponsors come one per bullet or line, or comma/semicolon separated; "and" only as a list joiner. */
function readSponsors(items: readonly Item[]): string[] {
  return items
    .flatMap((i) => i.text.split(/[,;]/))
    .map((s) => s.trim().replace(/^and\s+/i, "").replace(/\.$/, "").trim())
    .filter((s) => s !== "");
}

function readQuotes(items: readonly Item[], section: AnalysisQuote["section"]): AnalysisQuote[] {
  return items.map((i) => ({ section, text: unquote(i.text) })).filter((q) => q.text !== "");
}

/** Parses an analysis page. Throws ParseError when the text is not one or prints no title. */
export function parseAnalysisPage(text: string, file: string): AnalysisDocument {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\u00A0/g, " ");
  const found = detectedSections(normalized);
  if (found.size < MIN_LABELS) {
    throw new ParseError(
      file,
      `not an analysis page: found ${found.size} of the section labels (UN Body, Agenda Item, Key Criticism, Full Vote …), need ${MIN_LABELS}`,
    );
  }
  const { head, byName } = splitSections(normalized.split(/\r\n|\r|\n/));
  const headItems = itemsOf(head);
  const titleItem = headItems[0];
  if (!titleItem || titleItem.bullet) throw new ParseError(file, "analysis page has no title line before its first section");

  const summary: string[] = headItems.slice(1).map((i) => i.text);
  const items = (name: SectionName): Item[] => itemsOf(byName.get(name) ?? []);
  // Fields read in page order so that summary points keep their order wherever they sit.
  const fields: Record<FieldName, string> = { body: "", sessionType: "", agendaItem: "", countryConcerned: "" };
  const quotes: AnalysisQuote[] = [];
  for (const name of byName.keys()) {
    if (isField(name)) fields[name] = readField(items(name), summary);
    if (name === "summary") summary.push(...items(name).map((i) => i.text));
    // Page order, since QuoteMatch.quote indexes this list.
    if (name === "praise" || name === "criticism") quotes.push(...readQuotes(items(name), name));
  }
  const votes = parseVotes(items("votes").map((i) => i.text).join("\n"));

  return {
    title: titleItem.text,
    body: fields.body,
    sessionType: fields.sessionType,
    agendaItem: fields.agendaItem,
    countryConcerned: fields.countryConcerned,
    summary,
    sponsors: readSponsors(items("sponsors")),
    quotes,
    ...(votes ? { votes } : {}),
  };
}
