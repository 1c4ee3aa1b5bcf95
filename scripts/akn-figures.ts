// The AKN check's figures as `npm run eval` reports them, kept free of I/O so they can be tested
// without ../shared: the headline figures and their goals, the per-document counts, the baseline
// file (the last committed run) and the comparison of a run with it.
//
// The checker (../shared/akn-check/check.mjs) is another project's plain-JS tool; its output is
// read through the zod shapes below, which name only the fields used here, so that a change in
// its format fails loudly at the boundary instead of printing NaN.

import { z } from "zod";

// ------------------------------------------------------------------ the checker's output

const prfShape = z.object({ p: z.number(), r: z.number(), f1: z.number(), tp: z.number(), fp: z.number(), fn: z.number() });
const accuracyShape = z.object({ acc: z.number(), ok: z.number(), n: z.number() });

/** The part of the checker's `summary.json` that the headline figures and miss causes come from. */
export const checkerSummaryShape = z.object({
  all: z.object({
    docs: z.number(),
    failed: z.number(),
    header: z.object({ title: accuracyShape, meeting: accuracyShape, adoptedOn: accuracyShape }),
    keys: prfShape,
    refs: z.object({
      para: z.object({ resolution: prfShape, document: prfShape }),
      doc: z.object({ all: prfShape }),
    }),
  }),
  // Extraction failures and ground-truth conversion failures alike (skipped files are not here).
  failures: z.array(z.object({ id: z.string(), error: z.string() })),
  missCauses: z.array(z.object({ cause: z.string(), count: z.number(), share: z.number() })),
});
export type CheckerSummary = z.infer<typeof checkerSummaryShape>;

const kindList = z.array(z.object({ kind: z.string() }));

/** One `docs/<id>.json` of the checker: a document it could not convert has only `convertError`. */
export const checkerDocShape = z.object({
  id: z.string(),
  convertError: z.string().optional(),
  keys: z.object({ tp: z.number(), miss: z.array(z.string()), extra: z.array(z.string()) }).optional(),
  refs: z.object({ para: z.object({ tp: kindList, miss: kindList, extra: kindList }) }).optional(),
});
export type CheckerDoc = z.infer<typeof checkerDocShape>;

// ------------------------------------------------------------------ headline figures and goals

/** The goals of the AKN issue: a figure meets its goal at or above `atLeast`, or at or below `atMost`. */
type Goal = { atLeast: number } | { atMost: number };

interface FigureSpec {
  label: string;
  goal: Goal;
  /** Shares are printed with four decimals, counts as integers. */
  count?: true;
  of: (s: CheckerSummary["all"]) => number;
}

export const FIGURES = {
  keysF1: { label: "paragraph keys F1", goal: { atLeast: 0.998 }, of: (a) => a.keys.f1 },
  resolutionParaRecall: { label: "resolution refs / paragraph, recall", goal: { atLeast: 0.98 }, of: (a) => a.refs.para.resolution.r },
  resolutionParaPrecision: { label: "resolution refs / paragraph, precision", goal: { atLeast: 0.97 }, of: (a) => a.refs.para.resolution.p },
  documentParaRecall: { label: "document refs / paragraph, recall", goal: { atLeast: 0.95 }, of: (a) => a.refs.para.document.r },
  documentParaPrecision: { label: "document refs / paragraph, precision", goal: { atLeast: 0.93 }, of: (a) => a.refs.para.document.p },
  refsPerDocumentF1: { label: "references / document (all kinds), F1", goal: { atLeast: 0.98 }, of: (a) => a.refs.doc.all.f1 },
  titleAccuracy: { label: "title accuracy", goal: { atLeast: 0.995 }, of: (a) => a.header.title.acc },
  meetingAccuracy: { label: "meeting accuracy", goal: { atLeast: 0.995 }, of: (a) => a.header.meeting.acc },
  adoptionDateAccuracy: { label: "adoption date accuracy", goal: { atLeast: 0.995 }, of: (a) => a.header.adoptedOn.acc },
  failedTexts: { label: "texts that fail to extract", goal: { atMost: 0 }, count: true, of: (a) => a.failed },
} satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;
const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];
const spec = (id: FigureId): FigureSpec => FIGURES[id];

/** The headline figures of a run, plus the number of documents measured (the N of "n of N"). */
export type Figures = Record<FigureId, number> & { docs: number };

export function headlineFigures(summary: CheckerSummary): Figures {
  const figures = Object.fromEntries(FIGURE_IDS.map((id) => [id, spec(id).of(summary.all)])) as Record<FigureId, number>;
  return { ...figures, docs: summary.all.docs };
}

export function meetsGoal(id: FigureId, value: number): boolean {
  const goal = spec(id).goal;
  return "atLeast" in goal ? value >= goal.atLeast : value <= goal.atMost;
}

const formatValue = (id: FigureId, value: number) => (spec(id).count ? String(value) : value.toFixed(4));
const formatGoal = (goal: Goal) => ("atLeast" in goal ? `≥ ${goal.atLeast}` : goal.atMost === 0 ? "0" : `≤ ${goal.atMost}`);

/** `0.9150 → 0.9310 (+0.0160)`; `(=)` when unchanged. */
export function formatChange(id: FigureId, before: number, after: number): string {
  const digits = spec(id).count ? 0 : 4;
  const delta = +(after - before).toFixed(digits);
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "";
  const change = delta === 0 ? "=" : `${sign}${Math.abs(delta).toFixed(digits)}`;
  return `${formatValue(id, before)} → ${formatValue(id, after)} (${change})`;
}

/** The figures table: one row per headline figure, its goal, the change since the baseline, met or not. */
export function figuresTable(now: Figures, baseline: Partial<Figures> | undefined): string[] {
  const rows = FIGURE_IDS.map((id) => {
    const value = now[id];
    const before = baseline?.[id];
    const shown = before === undefined ? formatValue(id, value) : formatChange(id, before, value);
    const withN = spec(id).count ? `${shown} of ${now.docs}` : shown;
    return [spec(id).label, formatGoal(spec(id).goal), withN, meetsGoal(id, value) ? "met" : "not met"];
  });
  return table([["figure", "goal", baseline ? "baseline → now" : "now", ""], ...rows]);
}

// ------------------------------------------------------------------ per-document counts

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
/** What is compared per document: paragraph keys, and references at paragraph level by kind. */
export const MEASURES = ["keys", "resolution", "document"] as const;
export type Measure = (typeof MEASURES)[number];
export type DocCounts = Record<Measure, Counts>;
const MEASURE_LABEL: Record<Measure, string> = { keys: "keys", resolution: "resolution refs", document: "document refs" };

/** The counts of one checker document, or undefined for a document it could not convert (no ground truth). */
export function docCounts(doc: CheckerDoc): DocCounts | undefined {
  if (doc.convertError !== undefined || !doc.keys || !doc.refs) return undefined;
  const { para } = doc.refs;
  const ofKind = (kind: string): Counts => ({
    tp: para.tp.filter((r) => r.kind === kind).length,
    fp: para.extra.filter((r) => r.kind === kind).length,
    fn: para.miss.filter((r) => r.kind === kind).length,
  });
  return {
    keys: { tp: doc.keys.tp, fp: doc.keys.extra.length, fn: doc.keys.miss.length },
    resolution: ofKind("resolution"),
    document: ofKind("document"),
  };
}

// ------------------------------------------------------------------ the baseline file

/** Per document, one row of nine counts in this order (it keeps the committed file small). */
const ROW_COLUMNS = MEASURES.flatMap((m) => (["tp", "fp", "fn"] as const).map((c) => `${m}.${c}`));
const rowShape = z.array(z.number().int().nonnegative()).length(ROW_COLUMNS.length);

export const baselineShape = z.object({
  about: z.string(),
  measuredAt: z.string(),
  code: z.string(),
  figures: z.object(Object.fromEntries([...FIGURE_IDS, "docs"].map((id) => [id, z.number().optional()]))),
  columns: z.array(z.string()),
  docs: z.record(z.string(), rowShape),
});

export interface Baseline {
  measuredAt: string;
  /** The commit the run measured, and whether src/ had uncommitted changes. */
  code: string;
  figures: Partial<Figures>;
  docs: Map<string, DocCounts>;
}

export const BASELINE_ABOUT =
  "The last committed run of the AKN check (../shared/akn-check), which `npm run eval` compares each run with: " +
  "the headline figures, and per document (the checker's ids) the paragraph-key and paragraph-level reference " +
  "counts in the order of `columns`. Refresh it with `npm run eval -- --save-baseline` and commit it together " +
  "with the extractor change it measures.";

const toRow = (c: DocCounts) => MEASURES.flatMap((m) => [c[m].tp, c[m].fp, c[m].fn]);
function fromRow(row: number[]): DocCounts {
  const at = (i: number) => row[i] ?? 0;
  return Object.fromEntries(MEASURES.map((m, k) => [m, { tp: at(3 * k), fp: at(3 * k + 1), fn: at(3 * k + 2) }])) as DocCounts;
}

export function parseBaseline(json: unknown): Baseline {
  const b = baselineShape.parse(json);
  if (b.columns.join() !== ROW_COLUMNS.join()) throw new Error(`baseline columns ${b.columns.join()} are not ${ROW_COLUMNS.join()}: save it again`);
  const figures: Partial<Figures> = {};
  for (const [id, v] of Object.entries(b.figures)) if (typeof v === "number") figures[id as FigureId | "docs"] = v;
  return { measuredAt: b.measuredAt, code: b.code, figures, docs: new Map(Object.entries(b.docs).map(([id, row]) => [id, fromRow(row)])) };
}

/** The baseline file's text: pretty JSON with one line per document, so a refresh diffs readably in git. */
export function serializeBaseline(b: Baseline): string {
  const PLACEHOLDER = "@docs@";
  const head = JSON.stringify(
    { about: BASELINE_ABOUT, measuredAt: b.measuredAt, code: b.code, figures: b.figures, columns: ROW_COLUMNS, docs: PLACEHOLDER },
    null,
    2,
  );
  const ids = [...b.docs.keys()].sort();
  const lines = ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(toRow(b.docs.get(id)!))}`);
  return `${head.replace(JSON.stringify(PLACEHOLDER), `{\n${lines.join(",\n")}\n  }`)}\n`;
}

// ------------------------------------------------------------------ comparing two runs

export interface MeasureChange {
  measure: Measure;
  before: Counts;
  after: Counts;
}
export interface DocLoss {
  id: string;
  /** True positives lost (or misses added, when the ground truth itself changed) plus false positives added. */
  loss: number;
  /** The same, the other way, over all measures: a document can lose a little and gain much. */
  gain: number;
  /** The measures that got worse, with their counts before and after. */
  worse: MeasureChange[];
}
export interface RunDiff {
  /** Documents that got worse in at least one measure, most loss first (even when others improved). */
  worse: DocLoss[];
  better: number;
  unchanged: number;
  /** Measured in the baseline, not in this run (the checker could not convert them any more). */
  missing: string[];
  /** Measured in this run, not in the baseline. */
  added: string[];
}

function measureLoss(before: Counts, after: Counts): number {
  // With the same ground truth a lost tp is a new fn; when the ground truth changed they differ, and
  // the larger one is what was lost.
  const lost = Math.max(0, before.tp - after.tp, after.fn - before.fn);
  return lost + Math.max(0, after.fp - before.fp);
}
const measureGain = (before: Counts, after: Counts) => measureLoss(after, before);
const sameCounts = (a: Counts, b: Counts) => a.tp === b.tp && a.fp === b.fp && a.fn === b.fn;

export function diffRuns(baseline: ReadonlyMap<string, DocCounts>, now: ReadonlyMap<string, DocCounts>): RunDiff {
  const diff: RunDiff = { worse: [], better: 0, unchanged: 0, missing: [], added: [] };
  for (const [id, after] of now) {
    const before = baseline.get(id);
    if (!before) {
      diff.added.push(id);
      continue;
    }
    const worse: MeasureChange[] = [];
    let loss = 0;
    let gain = 0;
    for (const measure of MEASURES) {
      const l = measureLoss(before[measure], after[measure]);
      if (l > 0) worse.push({ measure, before: before[measure], after: after[measure] });
      loss += l;
      gain += measureGain(before[measure], after[measure]);
    }
    if (loss > 0) diff.worse.push({ id, loss, gain, worse });
    else if (MEASURES.every((m) => sameCounts(before[m], after[m]))) diff.unchanged++;
    else diff.better++;
  }
  for (const id of baseline.keys()) if (!now.has(id)) diff.missing.push(id);
  diff.worse.sort((a, b) => b.loss - a.loss || a.id.localeCompare(b.id));
  diff.added.sort();
  diff.missing.sort();
  return diff;
}

/** `resolution refs tp 14→11 fn 1→4 fp 0→2`: the counts of a measure that changed. */
export function describeChange(c: MeasureChange): string {
  const parts = (["tp", "fn", "fp"] as const).filter((k) => c.before[k] !== c.after[k]).map((k) => `${k} ${c.before[k]}→${c.after[k]}`);
  return `${MEASURE_LABEL[c.measure]} ${parts.join(" ")}`;
}

/** The per-document part of the report: how many got worse or better, and the worst `top` of them. */
export function lossReport(diff: RunDiff, top: number): string[] {
  const out = [
    `per document since the baseline: ${diff.worse.length} worse, ${diff.better} better, ${diff.unchanged} unchanged` +
      (diff.added.length ? `, ${diff.added.length} new` : "") +
      (diff.missing.length ? `, ${diff.missing.length} no longer measured (${diff.missing.slice(0, 5).join(", ")}${diff.missing.length > 5 ? ", …" : ""})` : ""),
  ];
  if (!diff.worse.length) return out;
  const shown = diff.worse.slice(0, top);
  out.push(`documents that got worse${diff.worse.length > shown.length ? ` (top ${shown.length} of ${diff.worse.length} by loss)` : ""}:`);
  const rows = shown.map((d) => [String(d.loss), String(d.gain), d.id, d.worse.map(describeChange).join("; ")]);
  out.push(...table([["loss", "gain", "document", "what got worse (its counts before → now)"], ...rows]).map((l) => `  ${l}`));
  return out;
}

// ------------------------------------------------------------------ layout

/** Left-aligned columns, two spaces apart, a rule under the first row. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
}
