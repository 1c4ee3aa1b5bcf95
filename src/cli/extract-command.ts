import { readFileSync } from "node:fs";
import { InputUnreadableError } from "../errors.js";
import type { AnalysisDocument } from "../domain.js";
import { analysisOutputShape, extractOutputShape } from "../ingest/output-shape.js";
import { parseSource } from "../ingest/source.js";
import type { CliIO } from "./io.js";

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputUnreadableError(file, reason, { cause: error });
  }
}

/** Parses one file and prints the document: JSON for tools, a short summary for people. */
export function extractCommand(file: string, options: { json?: boolean }, io: CliIO): number {
  const parsed = parseSource(readText(file), file);
  if (parsed.kind === "analysis") {
    if (options.json) io.out(JSON.stringify(analysisOutputShape.parse({ analysis: parsed.analysis }), null, 2));
    else printAnalysis(parsed.analysis, io);
    return 0;
  }
  const doc = parsed.document;
  if (options.json) {
    // Outside tools rely on this shape: check it rather than print something they would choke on.
    io.out(JSON.stringify(extractOutputShape.parse(doc), null, 2));
    return 0;
  }
  const r = doc.resolution;
  const count = (kind: string) => doc.paragraphs.filter((p) => p.kind === kind).length;
  io.out(`${r.symbol}  ${r.title || "(no title)"}`);
  io.out(`  ${r.body}, adopted ${r.adoptedOn || "(date not given)"}${r.meeting ? `, ${r.meeting}` : ""}`);
  if (r.voteMethod) {
    const votes = r.votes ? ` (${r.votes.yes} in favour, ${r.votes.no} against, ${r.votes.abstain} abstaining)` : "";
    io.out(`  ${r.voteMethod}${votes}`);
  }
  io.out(`  ${count("preambular")} preambular and ${count("operative")} operative paragraphs`);
  io.out(`  ${doc.references.length} references, ${doc.mentions.length} mentions`);
  return 0;
}

function printAnalysis(a: AnalysisDocument, io: CliIO): void {
  io.out(`analysis page: ${a.title}`);
  if (a.body) io.out(`  ${a.body}${a.countryConcerned ? `, concerning ${a.countryConcerned}` : ""}`);
  const praise = a.quotes.filter((q) => q.section === "praise").length;
  io.out(`  ${a.summary.length} summary points, ${praise} praise and ${a.quotes.length - praise} criticism quotes`);
  if (a.sponsors.length) io.out(`  sponsors: ${a.sponsors.join(", ")}`);
  if (a.votes) io.out(`  votes: ${a.votes.yes} yes, ${a.votes.no} no, ${a.votes.abstain} abstain, ${a.votes.absent} absent`);
}
