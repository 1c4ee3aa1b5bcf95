// A source file is either a resolution text or an analysis page about one. This decides which,
// and parses it with the right reader.

import type { AnalysisDocument, ResolutionDocument } from "../domain.js";
import { looksLikeAnalysisPage } from "./analysis/detect.js";
import { parseAnalysisPage } from "./analysis/parse.js";
import { parseResolution } from "./parse.js";

export type ParsedSource =
  | { kind: "resolution"; document: ResolutionDocument }
  | { kind: "analysis"; analysis: AnalysisDocument };

/** Throws ParseError (naming the file) when the text is neither. */
export function parseSource(text: string, file: string): ParsedSource {
  return looksLikeAnalysisPage(text)
    ? { kind: "analysis", analysis: parseAnalysisPage(text, file) }
    : { kind: "resolution", document: parseResolution(text, file) };
}
