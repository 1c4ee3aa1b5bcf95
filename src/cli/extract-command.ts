// `resgraph extract FILE…`: parse files and print what was found, without a store. With --json the
// output is JSON Lines, one object per input file in input order, each carrying its `source`: a
// tool pairs lines with files by position, whatever the count (one file is one line too). A file
// that fails takes its line as `{ source, error }` and the others still run, so one bad text in a
// batch of hundreds costs that text only.

import { readFileSync } from "node:fs";
import { ZodError } from "zod";
import { InputUnreadableError, ResgraphError } from "../errors.js";
import type { AnalysisDocument, ResolutionDocument } from "../domain.js";
import { analysisOutputShape, extractOutputShape } from "../ingest/output-shape.js";
import type { MetadataFile } from "../ingest/metadata/index.js";
import { parseSourceBytes, type ParsedSource } from "../ingest/source.js";
import type { CliIO } from "./io.js";

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new InputUnreadableError(file, reason, { cause: error });
  }
}

/** Exit code 1 when any file failed: a script can tell a partial batch from a clean one. */
export async function extractCommand(files: readonly string[], options: { json?: boolean; symbol?: string }, io: CliIO): Promise<number> {
  let failed = 0;
  let printed = 0;
  for (const file of files) {
    // Everything that can fail for this file (read, parse, shape check) happens before its first
    // line is printed, so a failure never leaves half a document on stdout.
    let output: string[];
    try {
      const parsed = await parseSourceBytes(readBytes(file), file, options.symbol ? { symbol: options.symbol } : {});
      output = options.json ? [jsonLine(file, parsed)] : summaryLines(parsed);
    } catch (error) {
      failed++;
      const message = failureMessage(file, error);
      if (options.json) io.out(JSON.stringify({ source: file, error: message }));
      // stdout stays JSON only; people (and logs) still see the failure on stderr.
      io.err(`resgraph: ${message}`);
      if (!(error instanceof ResgraphError) && /^(debug|trace)$/.test(io.env.LOG_LEVEL ?? "") && error instanceof Error) {
        io.err(error.stack ?? error.message);
      }
      continue;
    }
    if (!options.json && files.length > 1) {
      // Several summaries: a header names the file each belongs to.
      if (printed > 0) io.out("");
      io.out(`== ${file} ==`);
    }
    for (const line of output) io.out(line);
    printed++;
  }
  return failed > 0 ? 1 : 0;
}

/** The documented shape (checked: outside tools rely on it, better an error line than a shape they choke on) plus `source`. */
function jsonLine(source: string, parsed: ParsedSource): string {
  const body =
    parsed.kind === "analysis"
      ? analysisOutputShape.parse({ analysis: parsed.analysis })
      : parsed.kind === "metadata"
        ? { metadata: parsed.metadata.records.map((r) => ({ line: r.line, ...r.metadata })), problems: parsed.metadata.problems }
        : extractOutputShape.parse(parsed.document);
  return JSON.stringify({ source, ...body });
}

/** One line naming the file and why it failed. */
function failureMessage(file: string, error: unknown): string {
  // Ours already name the file and give the reason in one line.
  if (error instanceof ResgraphError) return error.message;
  if (error instanceof ZodError) {
    // The extractor produced something outside the documented shape: a bug, but say where.
    const issues = error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = issues.length > 3 ? `; and ${issues.length - 3} more` : "";
    return `${file}: the document found does not match the documented output shape (${issues.slice(0, 3).join("; ")}${more})`;
  }
  // Not one of ours (a bug in the extractor, most likely): keep its message, on one line.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${file}: unexpected error: ${message.replace(/\s*\n\s*/g, " ")}`;
}

function summaryLines(parsed: ParsedSource): string[] {
  if (parsed.kind === "metadata") return metadataSummary(parsed.metadata);
  return parsed.kind === "analysis" ? analysisSummary(parsed.analysis) : resolutionSummary(parsed.document);
}

function metadataSummary(m: MetadataFile): string[] {
  const votes = m.records.filter((r) => r.metadata.voteCounts).length;
  const lines = [
    `metadata: ${m.records.length} resolution${m.records.length === 1 ? "" : "s"} (${m.records[0]!.metadata.symbol} … ${m.records.at(-1)!.metadata.symbol})`,
    `  ${votes} recorded votes, ${m.records.reduce((n, r) => n + r.metadata.sponsors.length, 0)} sponsorships, ${m.proponents} proponents that are no state`,
  ];
  for (const p of m.problems) lines.push(`  line ${p.line}: ${p.reason}${p.rejected ? " (line left out)" : ""}`);
  return lines;
}

function resolutionSummary(doc: ResolutionDocument): string[] {
  const r = doc.resolution;
  const count = (kind: string) => doc.paragraphs.filter((p) => p.kind === kind).length;
  const lines = [
    `${r.symbol}  ${r.title || "(no title)"}`,
    `  ${r.body}, adopted ${r.adoptedOn || "(date not given)"}${r.meeting ? `, ${r.meeting}` : ""}`,
  ];
  if (r.voteMethod) {
    const votes = r.votes ? ` (${r.votes.yes} in favour, ${r.votes.no} against, ${r.votes.abstain} abstaining)` : "";
    lines.push(`  ${r.voteMethod}${votes}`);
  }
  lines.push(`  ${count("preambular")} preambular and ${count("operative")} operative paragraphs`);
  lines.push(`  ${doc.references.length} references, ${doc.mentions.length} mentions`);
  if (doc.subjects?.length) lines.push(`  ${doc.subjects.length} subjects (${[...new Set(doc.subjects.map((s) => s.scheme))].join(", ")})`);
  if (doc.format && doc.format !== "text") lines.push(`  read from ${doc.format === "akn" ? "AKN4UN XML" : "PDF"}`);
  return lines;
}

function analysisSummary(a: AnalysisDocument): string[] {
  const praise = a.quotes.filter((q) => q.section === "praise").length;
  const lines = [`analysis page: ${a.title}`];
  if (a.body) lines.push(`  ${a.body}${a.countryConcerned ? `, concerning ${a.countryConcerned}` : ""}`);
  lines.push(`  ${a.summary.length} summary points, ${praise} praise and ${a.quotes.length - praise} criticism quotes`);
  if (a.sponsors.length) lines.push(`  sponsors: ${a.sponsors.join(", ")}`);
  if (a.votes) lines.push(`  votes: ${a.votes.yes} yes, ${a.votes.no} no, ${a.votes.abstain} abstain, ${a.votes.absent} absent`);
  return lines;
}
