// parseResolution reads one resolution text into a ResolutionDocument:
// normalize → lift footnote markup → strip page furniture → take footnote zones → segment →
// header → paragraphs → footnotes → references. Each step lives in its own module; this file only
// composes them and turns every failure into a ParseError that names the file.

import type { Paragraph, Reference, ResolutionDocument } from "../domain.js";
import { ParseError } from "../errors.js";
import { MarkSequence, attachFootnotes, extractMarkedFootnotes, readZone, takeFootnoteZones, type Notes } from "./footnotes.js";
import { stripFurniture, stripRunningTitles } from "./furniture.js";
import { findNumberLine, readHeader } from "./header.js";
import { type Line, isBlank, toLines } from "./lines.js";
import { binaryReason, normalizeText } from "./normalize.js";
import { cutParagraphs } from "./paragraphs.js";
import { concernedStates } from "./concerns.js";
import { findMentions } from "./mentions/index.js";
import { findReferences } from "./citations/references.js";
import { looksLikeAnalysisPage } from "./analysis/detect.js";
import { recordedVotes } from "./vote-lists.js";
import { openerBody, segment } from "./segment.js";


/** Parses a resolution text. Throws only ParseError, whose reason says why the text is not usable. */
export function parseResolution(text: string, file: string): ResolutionDocument {
  try {
    return parse(text, file);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError(file, `the text could not be read as a resolution (${detail})`);
  }
}

function parse(raw: string, file: string): ResolutionDocument {
  if (raw.trim() === "") throw new ParseError(file, "the text is empty");
  const binary = binaryReason(raw);
  if (binary) throw new ParseError(file, binary);
  const clean = normalizeText(raw);
  if (looksLikeAnalysisPage(clean)) {
    throw new ParseError(file, "this is an analysis page about a resolution (labelled fields and commentary), not the text of a resolution");
  }

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
  if (!read) {
    throw new ParseError(file, "no resolution number or symbol was found before the text, so it does not have the layout of a resolution");
  }
  const { header } = read;

  const notes: Notes = new Map([...closingNotes(zones.closing), ...zoned.notes, ...marked.notes]);
  const cut = cutParagraphs(stripRunningTitles(zones.body, header.title));
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
