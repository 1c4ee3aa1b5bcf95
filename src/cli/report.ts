// How ingest results read on a terminal: one line per file that changed or failed, one summary.

import type { AnalysisLink, StoreCounts } from "../graph/port.js";
import type { FileOutcome, IngestReport } from "../loader/ingest-files.js";
import type { SkippedFile } from "../loader/input-files.js";

export function outcomeLine(o: FileOutcome): string | undefined {
  switch (o.status) {
    case "failed":
      return `  failed    ${o.error?.message ?? o.file}`;
    case "created":
    case "replaced":
      if (o.kind === "metadata") return `  ${o.status.padEnd(9)} metadata of ${o.records?.written ?? 0} resolutions (${o.records?.unchanged ?? 0} unchanged)  ${o.file}`;
      return o.kind === "analysis"
        ? `  ${o.status.padEnd(9)} analysis page ${o.symbol}  ${o.file}`
        : `  ${o.status.padEnd(9)} ${o.symbol}  (${o.paragraphs} paragraphs)  ${o.file}${o.reason ? `: ${o.reason}` : ""}`;
    case "skipped":
      // A source set aside for a richer one of the same resolution is said; copies and unchanged files are not.
      return o.reason ? `  kept      ${o.reason}; skipped ${o.file}` : undefined;
    default:
      // Unchanged and skipped files are the common case on a restart: summarised, not listed.
      return undefined;
  }
}

/** The files of the directories given that are not read, each with why (a few named, the rest counted). */
export function skippedLine(skipped: readonly SkippedFile[]): string {
  const shown = skipped.slice(0, 10).map((s) => `  skipped   ${s.file}: ${s.reason}`);
  const more = skipped.length > 10 ? [`  … and ${skipped.length - 10} more`] : [];
  return [`${skipped.length} file${skipped.length === 1 ? "" : "s"} not read:`, ...shown, ...more].join("\n");
}

export function summaryLine(report: IngestReport): string {
  const total = report.created + report.replaced + report.unchanged + report.skipped + report.failed;
  const parts = [
    `${report.created} new`,
    `${report.replaced} replaced`,
    `${report.unchanged + report.skipped} unchanged`,
    `${report.failed} failed`,
  ];
  return `${total} file${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

export function linkLine(link: AnalysisLink): string {
  const quotes = `${link.matches.length} quote${link.matches.length === 1 ? "" : "s"} matched`;
  return link.resolution
    ? `  analysis ${link.key} → ${link.resolution.symbol} (score ${link.resolution.score.toFixed(2)}, ${quotes})`
    : `  analysis ${link.key} → no loaded resolution matches its quotes well enough (${quotes})`;
}

export const countsLine = (c: StoreCounts): string =>
  `${c.resolutions} resolutions, ${c.paragraphs} paragraphs, ${c.references} references, ${c.mentions} mentions, ${c.analyses} analysis page${c.analyses === 1 ? "" : "s"}`;

/** `nodes: Resolution 31 · Paragraph 630 · …`, in the model's order. */
export function countsTable(title: string, counts: Record<string, number>): string {
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  const rows = Object.entries(counts).map(([k, n]) => `  ${k.padEnd(width)}  ${String(n).padStart(7)}`);
  return `${title}:\n${rows.join("\n")}`;
}
