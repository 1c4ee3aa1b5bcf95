// Rebuilds printed lines from the text runs of one page. A PDF has no lines, only runs drawn at
// positions: runs that share a baseline form a line, read left to right, with a space where the gap
// between two runs is wider than a letter's spacing. Footnote marks are drawn smaller and raised,
// so their baseline is not the line's: they are put back into the line they belong to, glued to the
// word before them ("Development,2"), which is how the rest of the pipeline reads a mark.

import type { TextRun } from "./runs.js";

/** A rebuilt line. */
export interface PdfLine {
  text: string;
  /** Baseline of the line's body text. */
  y: number;
  /** Font size of the line's body text. */
  size: number;
  /** Left edge. */
  x: number;
  /** Whether the line opens with a raised mark (a footnote's number at the page bottom). */
  opensWithMark: boolean;
}

interface Placed extends TextRun {
  raised: boolean;
}

interface Band {
  y: number;
  runs: Placed[];
}

/** A footnote mark as printed: a number, or a symbol, or several of them ("2, 3"). */
const MARK_TEXT = /^(?:\d{1,3}|[*†‡])(?:\s*,\s*(?:\d{1,3}|[*†‡]))*$/;
/** Runs on one baseline differ by less than this share of their size (rounding, mixed fonts). */
const BASELINE_TOLERANCE = 0.25;
/** A run is a mark's size when it is smaller than this share of the body of its line. */
const SMALL = 0.8;
/** A mark sits at most this share of its line's size above the baseline. */
const MAX_RISE = 0.7;
/** A gap wider than this share of the font size is a space between words. */
const SPACE_GAP = 0.18;
/** A gap wider than this many times the font size separates blocks (a masthead's columns). */
const COLUMN_GAP = 4;

/** The lines of a page, top to bottom, each split where a wide gap separates columns. */
export function pageLines(runs: readonly TextRun[]): PdfLine[] {
  const bands = mergeRaisedBands(toBands(runs));
  return bands.flatMap((band) => splitColumns(band).map((part) => renderLine(part)));
}

/** Groups runs by baseline, top to bottom. */
function toBands(runs: readonly TextRun[]): Band[] {
  const sorted = runs.filter((r) => r.text.trim() !== "" && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const bands: Band[] = [];
  for (const run of sorted) {
    const last = bands.at(-1);
    const tolerance = BASELINE_TOLERANCE * Math.max(run.size, last ? dominant(last.runs).size : 0);
    if (last && last.y - run.y <= tolerance) last.runs.push({ ...run, raised: false });
    else bands.push({ y: run.y, runs: [{ ...run, raised: false }] });
  }
  for (const band of bands) {
    const body = dominant(band.runs);
    band.y = body.y;
    // A mark raised by less than the tolerance lands in its line's band directly.
    for (const run of band.runs) run.raised = isSmallAgainst(run, body.size) && run.y - body.y > 0.1 * body.size;
  }
  return bands;
}

/**
 * A band of small runs just above a line, over its width, is that line's raised marks (or other
 * superscripts): it joins the line. Anything else small (a footnote under the text) stays a line.
 */
function mergeRaisedBands(bands: Band[]): Band[] {
  const out: Band[] = [];
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    const below = bands[i + 1];
    if (below && isRaisedOver(band, below)) {
      below.runs.push(...band.runs.map((r) => ({ ...r, raised: true })));
      continue;
    }
    out.push(band);
  }
  return out;
}

function isRaisedOver(band: Band, line: Band): boolean {
  const body = dominant(line.runs);
  const rise = band.y - line.y;
  if (!(rise > 0 && rise <= MAX_RISE * body.size)) return false;
  if (!band.runs.every((r) => isSmallAgainst(r, body.size))) return false;
  const left = Math.min(...line.runs.map((r) => r.x)) - body.size;
  const right = Math.max(...line.runs.map((r) => r.x + r.width)) + 2 * body.size;
  return band.runs.every((r) => r.x >= left && r.x <= right);
}

const isSmallAgainst = (run: TextRun, size: number): boolean => run.size < SMALL * size;

/** The run that sets the line: the one with the most text. */
function dominant(runs: readonly TextRun[]): TextRun {
  let best = runs[0]!;
  for (const r of runs) if (r.text.trim().length > best.text.trim().length) best = r;
  return best;
}

/** Splits a band where a gap wider than a few letters separates its runs (columns of a masthead). */
function splitColumns(band: Band): Placed[][] {
  const runs = [...band.runs].sort((a, b) => a.x - b.x);
  const size = dominant(runs).size;
  const parts: Placed[][] = [[]];
  let end = -Infinity;
  for (const run of runs) {
    if (run.x - end > COLUMN_GAP * size && parts.at(-1)!.length > 0) parts.push([]);
    parts.at(-1)!.push(run);
    end = Math.max(end, run.x + run.width);
  }
  return parts;
}

function renderLine(runs: Placed[]): PdfLine {
  const body = dominant(runs.filter((r) => !r.raised).length > 0 ? runs.filter((r) => !r.raised) : runs);
  let text = "";
  let end = -Infinity;
  let opensWithMark = false;
  let afterMark = false;
  for (const run of runs) {
    const piece = run.text.replace(/\s+/g, " ");
    const mark = run.raised && MARK_TEXT.test(piece.trim());
    if (mark) {
      if (text.trim() === "") {
        // A footnote's own number, at the start of its text: "1 United Nations, Treaty Series …".
        opensWithMark = true;
        text = piece.trim();
      } else {
        // Glued to the word before it, as the parser reads marks.
        text = text.trimEnd() + piece.trim().replace(/\s+/g, "");
      }
      afterMark = true;
    } else {
      const gap = run.x - end;
      const spaced = afterMark ? !/^[\s,.;:)]/.test(piece) : gap > SPACE_GAP * Math.min(run.size, body.size);
      if (text !== "" && spaced && !text.endsWith(" ") && !piece.startsWith(" ")) text += " ";
      text += piece;
      afterMark = false;
    }
    end = Math.max(end, run.x + run.width);
  }
  // A hyphen set apart at a line end ("post -") is the break of a compound ("post-conflict"): the
  // parser joins "post-" to the next line as the compound it is.
  const clean = text.replace(/ {2,}/g, " ").trim().replace(/(\p{L}) -$/u, "$1-");
  return { text: clean, y: body.y, size: body.size, x: runs[0]!.x, opensWithMark };
}
