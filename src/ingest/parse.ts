// parseResolution reads one resolution text into a ResolutionDocument:
// normalize → lift footnote markup → strip page furniture → take footnote zones → segment →
// header → paragraphs → footnotes → references. Each step lives in its own module; this file only
// composes them and turns every failure into a ParseError that names the file.

import type { Paragraph, Reference, ResolutionDocument, ResolutionHeader } from "../domain.js";
import { ParseError } from "../errors.js";
import { MarkSequence, attachFootnotes, extractMarkedFootnotes, readZone, takeFootnoteZones, type Notes } from "./footnotes.js";
import { stripFurniture, stripRunningTitles } from "./furniture.js";
import { type ActSymbol, readActSymbol } from "./file-names.js";
import { findNumberLine, headerFromSymbol, readHeader } from "./header.js";
import { type Line, isBlank, toLines } from "./lines.js";
import { binaryReason, normalizeText } from "./normalize.js";
import { type RawParagraph, cutDeclaration, cutParagraphs, opensParagraph } from "./paragraphs.js";
import { concernedStates } from "./concerns.js";
import { findMentions } from "./mentions/index.js";
import { findReferences } from "./citations/references.js";
import { looksLikeAnalysisPage } from "./analysis/detect.js";
import { recordedVotes } from "./vote-lists.js";
import { type Segments, openerBody, segment, segmentWithoutMasthead } from "./segment.js";


/**
 * What the caller knows of the text. `symbol`: the act the text is (a full symbol, any spelling:
 * "A/RES/217 A (III)"), used when the text prints no number or symbol of its own. `symbolFrom`:
 * where that symbol comes from. A symbol the user gives ("option", the default) must agree with
 * the one the text prints; one derived from the file's name must not, since files are misnamed
 * (two of the bulk SC corpus hold another resolution's text) and a text is what it prints.
 */
export interface ParseOptions {
  symbol?: string;
  symbolFrom?: "option" | "file name";
}

/** Parses a resolution text. Throws only ParseError, whose reason says why the text is not usable. */
export function parseResolution(text: string, file: string, options: ParseOptions = {}): ResolutionDocument {
  try {
    return parse(text, file, options);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError(file, `the text could not be read as a resolution (${detail})`);
  }
}

const NO_MASTHEAD = "no resolution number or symbol was found before the text, so it does not have the layout of a resolution";

/** The act the caller says the text is; undefined when it says none, or a file's name spells none. */
function givenAct(file: string, options: ParseOptions): ActSymbol | undefined {
  if (options.symbol === undefined || options.symbol.trim() === "") return undefined;
  const act = readActSymbol(options.symbol);
  if (!act && options.symbolFrom !== "file name") {
    throw new ParseError(file, `the symbol ${options.symbol} given is not the symbol of a resolution or decision`);
  }
  return act;
}

/** Symbols compare without their spacing and case, as the gold scorer compares them. */
const sameSymbol = (a: string, b: string): boolean => a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

function parse(raw: string, file: string, options: ParseOptions): ResolutionDocument {
  if (raw.trim() === "") throw new ParseError(file, "the text is empty");
  const binary = binaryReason(raw);
  if (binary) throw new ParseError(file, binary);
  const clean = normalizeText(raw);
  if (looksLikeAnalysisPage(clean)) {
    throw new ParseError(file, "this is an analysis page about a resolution (labelled fields and commentary), not the text of a resolution");
  }
  const act = givenAct(file, options);

  const marked = extractMarkedFootnotes(clean);
  const furnished = stripFurniture(toLines(marked.text));
  const zoned = takeFootnoteZones(furnished.lines, printsFootnotesAtPageBottoms(furnished.lines));
  const zones = segment(zoned.lines, bodyStartWithoutOpener);
  const opener = zones.opener?.text;
  const openedBy = opener ? openerBody(opener) : undefined;
  const read = readHeader({
    header: zones.header,
    closing: zones.firstClosing ?? zones.closing,
    printedSymbols: furnished.printedSymbols,
    ...(openedBy ? { openerBody: openedBy } : {}),
    ...(opener ? { openerText: opener } : {}),
  });
  if (read) {
    const printed = read.header.symbol;
    if (act && options.symbolFrom !== "file name" && !sameSymbol(printed, act.symbol)) {
      throw new ParseError(file, `the text prints ${printed}, not the symbol ${act.symbol} given`);
    }
    const cut = cutParagraphs(stripRunningTitles(zones.body, read.header.title));
    return assemble(file, read.header, cut, zones, new Map([...zoned.notes, ...marked.notes]));
  }
  if (!act) throw new ParseError(file, NO_MASTHEAD);

  // No masthead, but the caller knows which act this is: a declaration copied from a web page
  // (the Universal Declaration of Human Rights), read as that act.
  const bare = segmentWithoutMasthead(zoned.lines, opensParagraph);
  const header = headerFromSymbol(act, bare.header, bare.closing);
  const cut = cutDeclaration(stripRunningTitles(bare.body, header.title));
  return assemble(file, header, cut, bare, new Map([...zoned.notes, ...marked.notes]));
}

/** Paragraphs with their footnotes, then what is read from them: references, mentions, concerned states, votes. */
function assemble(file: string, header: ResolutionHeader, cut: RawParagraph[], zones: Segments, found: Notes): ResolutionDocument {
  const notes: Notes = new Map([...closingNotes(zones.closing), ...found]);
  const paragraphs: Paragraph[] = [];
  const marks = new MarkSequence(notes);
  for (const p of cut) {
    const { text, footnotes } = attachFootnotes(p.text, notes, marks);
    if (text === "") continue;
    paragraphs.push({ key: p.key, kind: p.kind, ordinal: paragraphs.length + 1, verb: p.verb, text, footnotes });
  }
  if (paragraphs.length === 0) {
    throw new ParseError(file, `the resolution ${header.symbol} has a header but no paragraphs (the text may be truncated)`);
  }

  const doc = { body: header.body, symbol: header.symbol };
  const references: Reference[] = paragraphs.flatMap((p) =>
    findReferences(p.key, p.verb, [p.text, ...p.footnotes.map((f) => f.text)], doc),
  );
  const mentions = findMentions(paragraphs, { body: header.body });
  const concerns = concernedStates(header.title, header.body, mentions, paragraphs.length);
  const countryVotes = recordedVotes((zones.firstClosing ?? zones.closing).map((l) => l.text).join("\n"), header.body);
  return { resolution: header, paragraphs, references, mentions, concerns, countryVotes };
}

/** pdftohtml output keeps the trailing space of each text element; its page bottoms follow a blank line. */
function printsFootnotesAtPageBottoms(lines: Line[]): boolean {
  const text = lines.filter((l) => !isBlank(l));
  if (text.length === 0) return false;
  return text.filter((l) => / $/.test(l.raw)).length / text.length > 0.5;
}

const HEADERISH = /^(?:[[(]|of \d|on \d|Adopted by|Resolution of|\d{1,2} \p{L}+ \d{4}$)/u;

/** Without "The <Body>," the body starts after the number line and the lines that date it. */
function bodyStartWithoutOpener(lines: Line[]): number {
  const numberLine = findNumberLine(lines);
  if (!numberLine) return lines.length;
  let i = numberLine.index + 1;
  while (i < lines.length && (isBlank(lines[i]!) || HEADERISH.test(lines[i]!.text))) i++;
  return i;
}

/** OCR volumes print the footnotes of a resolution after its closing lines ("22 Adopted without vote."). */
function closingNotes(closing: Line[]): Notes {
  return new Map(readZone(closing.filter((l) => !isBlank(l)).map((l) => l.text)));
}
