// Inline content to clean paragraph text: the text the UN printed, footnote marks lifted out into
// footnotes, and every editor link (<a href>) collected, the links of a footnote with its footnote.
// Follows the rendering of ../shared/akn-check/akn2text.py (the gold's reading), except that a
// footnote mark is left out of the text rather than glued to the word before it ("74/93" followed
// by mark 2 would otherwise read "74/932"): the domain's paragraph text carries no footnote markup.

import { type XmlElement, elements, squash } from "./xml-tree.js";

export interface InlineNote {
  /** The mark as printed: `1`, `*`. */
  marker: string;
  text: string;
  /** Editor links in the footnote's text. */
  hrefs: string[];
}

export interface RenderedInline {
  text: string;
  /** Editor links in the text itself, in order. */
  hrefs: string[];
  notes: InlineNote[];
}

/** Where a footnote mark stood, removed with the whitespace before it by `finish`. */
const MARK = "\ue013";

/** Tags a renderer leaves out wherever they are: images and metadata print nothing. */
const SILENT = new Set(["img", "meta"]);

/** Collects links and footnotes while rendering one block. */
export class InlineRenderer {
  readonly hrefs: string[] = [];
  readonly notes: InlineNote[] = [];

  /** The raw text of `e`'s content, elements named in `skip` left out (their following text kept). */
  render(e: XmlElement, skip: ReadonlySet<string>): string {
    let out = "";
    for (const c of e.children) out += typeof c === "string" ? c : this.child(c, skip);
    return out;
  }

  child(c: XmlElement, skip: ReadonlySet<string>): string {
    if (skip.has(c.name) || SILENT.has(c.name)) return "";
    switch (c.name) {
      case "a":
        this.hrefs.push(c.attrs.href ?? "");
        return this.render(c, NOTHING);
      case "authorialNote": {
        const sub = new InlineRenderer();
        const parts = elements(c).length > 0 ? elements(c).map((p) => sub.render(p, NOTHING)) : [c.children.filter((x) => typeof x === "string").join("")];
        // A note inside a note is rare; its links count as the outer note's.
        const hrefs = [...sub.hrefs, ...sub.notes.flatMap((n) => n.hrefs)];
        this.notes.push({ marker: (c.attrs.marker ?? "").trim(), text: finish(parts.join(" ")), hrefs });
        return MARK;
      }
      case "eol":
        return " ";
      case "p":
        return ` ${this.render(c, skip)} `;
      case "table": {
        const rows: string[] = [];
        for (const tr of rowsOf(c)) {
          const cells = elements(tr).filter((td) => td.name === "td" || td.name === "th").map((td) => squash(this.render(td, NOTHING)));
          const row = cells.filter((x) => x !== "").join("  ");
          if (row) rows.push(row);
        }
        return ` ${rows.join(" ")} `;
      }
      default:
        return this.render(c, skip);
    }
  }

  /** Renders `e` and returns its clean text with what this renderer collected. */
  renderBlock(e: XmlElement, skip: ReadonlySet<string>): RenderedInline {
    return { text: finish(this.render(e, skip)), hrefs: this.hrefs, notes: this.notes };
  }
}

export const NOTHING: ReadonlySet<string> = new Set();

function* rowsOf(e: XmlElement): Generator<XmlElement> {
  for (const c of elements(e)) {
    if (c.name === "tr") yield c;
    yield* rowsOf(c);
  }
}

/**
 * Clean text: invisible controls removed (bidi marks and zero-width characters are absent from a
 * copy of the PDF), whitespace collapsed, footnote marks dropped with the space before them.
 */
export function finish(raw: string): string {
  // Each step only when it has something to do (the same text either way; the test is cheaper).
  let s = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, "") : raw;
  s = s.replace(SPACES, " ");
  if (s.includes(MARK)) s = s.replace(MARK_AND_SPACE, "");
  return s.trim();
}

const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");
const SPACES = /[ \t\r\n\u00a0\u2007\u202f]+/g;
const MARK_AND_SPACE = new RegExp(`\\s*${MARK}`, "g");
