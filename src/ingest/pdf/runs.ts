// What resgraph keeps of a PDF page: its text runs with their positions, in PDF units (points, y
// growing upwards). Everything after reading the file works on these, so layout rules can be
// tested without pdfjs.

/** One piece of text drawn in one font at one place. */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the glyph height the run is drawn at). */
  size: number;
}

export interface PageRuns {
  runs: TextRun[];
}

/** The font size most of the text is set in: the body size, against which marks and footnotes are small. */
export function bodySize(pages: readonly PageRuns[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const run of page.runs) {
      const size = Math.round(run.size * 10) / 10;
      chars.set(size, (chars.get(size) ?? 0) + run.text.replace(/\s/g, "").length);
    }
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}
