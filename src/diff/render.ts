// The diff of two resolutions as terminal lines: one line per paragraph (kept ones short), word
// changes of a reworded paragraph inline, verb changes with an arrow, and a summary line. Colour
// is a parameter: without it, removed words print as [-…-] and added ones as {+…+} (git's
// word-diff markers), so the output stays readable in a file or a README.

import type { ParagraphChange, ParagraphDiff, WordChange } from "./paragraph-diff.js";

export type Style = "removed" | "added" | "kept" | "moved" | "stronger" | "weaker" | "heading" | "dim";

const ANSI: Readonly<Record<Style, [string, string]>> = {
  removed: ["\x1b[31m\x1b[9m", "\x1b[29m\x1b[39m"],
  added: ["\x1b[32m", "\x1b[39m"],
  kept: ["\x1b[2m", "\x1b[22m"],
  moved: ["\x1b[35m", "\x1b[39m"],
  stronger: ["\x1b[1m\x1b[31m", "\x1b[39m\x1b[22m"],
  weaker: ["\x1b[1m\x1b[34m", "\x1b[39m\x1b[22m"],
  heading: ["\x1b[1m", "\x1b[22m"],
  dim: ["\x1b[2m", "\x1b[22m"],
};

export interface RenderOptions {
  color: boolean;
  /** Characters of a kept, added or dropped paragraph's text to show. */
  excerpt?: number;
  /** Words of unchanged text kept on each side of a change inside a reworded paragraph. */
  context?: number;
}

const MARK: Readonly<Record<ParagraphChange["status"], string>> = { KEPT: "=", REWORDED: "~", MOVED: "↕", ADDED: "+", DROPPED: "-" };

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An unchanged run cut to `context` words on each side of the changes around it: the run opening
 * the paragraph keeps only its end, the one closing it only its start.
 */
function elide(run: string, context: number, first: boolean, last: boolean): string {
  const tokens = run.trim().split(/\s+/);
  const shown = (first ? 0 : context) + (last ? 0 : context);
  if (tokens.length <= shown + 1) return run;
  const head = first ? [] : tokens.slice(0, context);
  const tail = last ? [] : tokens.slice(tokens.length - context);
  const lead = /^\s/.test(run) ? " " : "";
  const trail = /\s$/.test(run) ? " " : "";
  return `${lead}${[...head, "…", ...tail].join(" ")}${trail}`;
}

export function renderWords(words: readonly WordChange[], paint: (s: Style, t: string) => string, color: boolean, context: number): string {
  return words
    .map((w, i) => {
      if (w.op === "SAME") return paint("dim", elide(w.text, context, i === 0, i === words.length - 1));
      if (color) return paint(w.op === "ADDED" ? "added" : "removed", w.text);
      return w.op === "ADDED" ? `{+${w.text}+}` : `[-${w.text}-]`;
    })
    .join("");
}

function keys(c: ParagraphChange): string {
  const b = c.before?.key ?? "";
  const a = c.after?.key ?? "";
  return c.before && c.after ? (a === b ? a : `${b}→${a}`) : a || b;
}

function verbNote(c: ParagraphChange, paint: (s: Style, t: string) => string): string {
  const v = c.verb;
  if (!v || v.change === "SAME") return "";
  if (v.change === "UNRANKED") return `  verb: ${v.before || "—"} → ${v.after || "—"}`;
  const arrow = v.change === "STRONGER" ? "▲ STRONGER" : "▼ WEAKER";
  return `  ${paint(v.change === "STRONGER" ? "stronger" : "weaker", `${arrow}: ${v.before} → ${v.after}`)}`;
}

/** The diff as lines, `before` and `after` naming the two texts in the heading. */
export function renderDiff(diff: ParagraphDiff, before: string, after: string, options: RenderOptions): string[] {
  const paint = (s: Style, t: string): string => (options.color && t !== "" ? `${ANSI[s][0]}${t}${ANSI[s][1]}` : t);
  const excerpt = options.excerpt ?? 72;
  const context = options.context ?? 6;
  const width = Math.max(...diff.changes.map((c) => keys(c).length), 3);
  const lines = [paint("heading", `${before} → ${after}`)];
  for (const c of diff.changes) {
    const label = `${MARK[c.status]} ${keys(c).padEnd(width)}`;
    const text = (c.after ?? c.before)!.text;
    switch (c.status) {
      case "KEPT":
        lines.push(paint("kept", `  ${label}  ${shorten(text, excerpt)}`) + verbNote(c, paint));
        break;
      case "ADDED":
        lines.push(`  ${paint("added", `${label}  ${shorten(text, excerpt)}`)}`);
        break;
      case "DROPPED":
        lines.push(`  ${paint("removed", label)}  ${paint("dim", shorten(c.before!.text, excerpt))}`);
        break;
      case "REWORDED":
      case "MOVED": {
        const note = c.status === "MOVED" ? paint("moved", " (moved)") : "";
        lines.push(`  ${label}${note}${verbNote(c, paint)}`);
        lines.push(`      ${c.textChanged ? renderWords(c.words, paint, options.color, context) : paint("dim", shorten(text, excerpt))}`);
        break;
      }
    }
  }
  const s = diff.summary;
  lines.push(
    `${s.kept} kept, ${s.reworded} reworded, ${s.moved} moved, ${s.added} added, ${s.dropped} dropped; verbs: ${s.stronger} stronger, ${s.weaker} weaker`,
  );
  return lines;
}
