// What a source file holds is told by its content, never by its name: an official PDF, an AKN4UN
// XML document, the UN's metadata lines, an analysis page, or a resolution text. This decides which,
// and reads it with the right reader. Pure: bytes or text in, the document model out (reading a
// PDF is asynchronous, nothing more).

import type { AnalysisDocument, ResolutionDocument, SourceFormat } from "../domain.js";
import { ParseError } from "../errors.js";
import { looksLikeAkn, parseAkn } from "./akn/index.js";
import { looksLikeAnalysisPage } from "./analysis/detect.js";
import { parseAnalysisPage } from "./analysis/parse.js";
import { symbolFromFileName } from "./file-names.js";
import { looksLikeMetadata, readMetadataLines, type MetadataFile } from "./metadata/index.js";
import { parseResolution } from "./parse.js";
import { pdfToText } from "./pdf/index.js";

export type ParsedSource =
  | { kind: "resolution"; document: ResolutionDocument }
  | { kind: "analysis"; analysis: AnalysisDocument }
  | { kind: "metadata"; metadata: MetadataFile };

export interface SourceOptions {
  /**
   * The resolution a text without a masthead is (`--symbol`). Without it, the UN's file naming
   * (`A_RES_73_7-EN.pdf`) says, for such texts only: a text that prints its own symbol is what it prints.
   */
  symbol?: string;
}

/** Richest first: what a format marks up, a poorer one must guess (AKN names every part; a PDF keeps the footnotes' raised marks). */
export const FORMAT_RANK: Readonly<Record<SourceFormat, number>> = { akn: 3, pdf: 2, text: 1 };

/**
 * Whether bytes are a PDF: its header opens the file, or follows a little junk on the first line
 * (as PDF readers allow); a text that quotes "%PDF-" further down is a text.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  const at = head.indexOf("%PDF-");
  return at >= 0 && !head.subarray(0, at).includes(0x0a);
}

/** An XML document (a declaration, or a root element, first). */
const XML_START = /^\uFEFF?\s*<(?:\?xml\b|[A-Za-z_][\w.-]*:?[\w.-]*[\s>/])/;

/** Reads a text source. Throws ParseError (naming the file) when it is none of what resgraph reads. */
export function parseSource(text: string, file: string, options: SourceOptions = {}): ParsedSource {
  if (looksLikeMetadata(text)) return metadataSource(text, file);
  // Any XML goes to the AKN reader, which names the root of an XML of another schema. Tried before
  // the analysis page, whose detection reads the whole text: on a 100 kB XML file it cost more
  // than reading the XML.
  if (XML_START.test(text) || looksLikeAkn(text)) return { kind: "resolution", document: parseAkn(text, file) };
  if (looksLikeAnalysisPage(text)) return { kind: "analysis", analysis: parseAnalysisPage(text, file) };
  return { kind: "resolution", document: resolutionText(text, file, options, "text") };
}

/** Reads a source file's bytes: a PDF's text layer, or the text of any other format. */
export async function parseSourceBytes(bytes: Uint8Array, file: string, options: SourceOptions = {}): Promise<ParsedSource> {
  if (!isPdf(bytes)) return parseSource(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), file, options);
  const text = await pdfToText(bytes, file);
  return { kind: "resolution", document: resolutionText(text, file, options, "pdf") };
}

function resolutionText(text: string, file: string, options: SourceOptions, format: SourceFormat): ResolutionDocument {
  const given = options.symbol?.trim();
  const fromName = given ? undefined : symbolFromFileName(file);
  const document = parseResolution(
    text,
    file,
    given ? { symbol: given, symbolFrom: "option" } : fromName ? { symbol: fromName, symbolFrom: "file name" } : {},
  );
  return { ...document, format };
}

/** Metadata lines with at least one record; a file of which no line is one is refused, with its first line's reason. */
function metadataSource(text: string, file: string): ParsedSource {
  const metadata = readMetadataLines(text);
  if (metadata.records.length === 0) {
    const first = metadata.problems[0];
    throw new ParseError(file, `no line is a resolution's metadata record${first ? ` (line ${first.line}: ${first.reason})` : ""}`);
  }
  return { kind: "metadata", metadata };
}
