// The header of an AKN4UN resolution, read from where the UN marked it up rather than from the
// printed layout: the symbol on the cover page, the title in the preface, the adoption date on the
// closing line (conclusions/docDate), the meeting (conclusions' adoptionMeeting), and how it was
// adopted (meta/analysis/voting). Dates and meeting follow akn2text.py, the gold's reading.

import { BODIES, type Body, type ResolutionHeader, type VoteCounts, type VoteMethod } from "../../domain.js";
import { ParseError } from "../../errors.js";
import { canonicalSymbol, partOf, partSymbol, readNumber } from "../citations/numbers.js";
import { InlineRenderer } from "./inline.js";
import { actSymbol } from "./links.js";
import { type XmlElement, allText, child, descendant, elements, first, iter, squash } from "./xml-tree.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WITHOUT_TITLE_NOTES: ReadonlySet<string> = new Set(["authorialNote"]);

/** The header fields the markup gives; `meeting` comes from the walk of the statements. */
export function readAknHeader(root: XmlElement, top: XmlElement, meeting: string, file: string): ResolutionHeader {
  const symbol = symbolOf(top);
  if (!symbol) throw new ParseError(file, "the AKN4UN document has no resolution symbol (no docNumber on its cover page or in its preface)");
  const preface = child(top, "preface");
  const titleEl = preface ? descendant(preface, "docTitle") : undefined;
  const title = titleEl ? new InlineRenderer().renderBlock(titleEl, WITHOUT_TITLE_NOTES).text : "";
  const vote = voteOf(root);
  return {
    symbol,
    title,
    body: bodyOf(top),
    adoptedOn: adoptionDate(root),
    meeting,
    voteMethod: vote.method,
    ...(vote.counts ? { votes: vote.counts } : {}),
  };
}

/**
 * The canonical symbol, as the text pipeline spells it: "A/RES/75/101 A-B" (a collection of parts
 * A and B) is the one resolution A/RES/75/101, "A/RES/77/253 B" a part of its own. From the cover page, else from the preface's number
 * ("75/102.").
 */
function symbolOf(top: XmlElement): string | undefined {
  const cover = child(top, "coverPage");
  const printed = cover ? descendant(cover, "docNumber") : undefined;
  if (printed) {
    const spaced = squash(allText(printed)).replace(/\s+/g, " ").trim().toUpperCase();
    const flat = spaced.replace(/\s+/g, "");
    // A later part adopted on its own keeps its letter ("A/RES/77/253 B"), as the text pipeline
    // reads it; parts adopted together are the resolution.
    const part = partOf(partSymbol(spaced.replace(/\s*-\s*/g, "-")));
    if (/\/(?:RES|DEC)\//.test(flat)) {
      const whole = actSymbol(flat);
      return whole !== undefined && part !== undefined ? `${whole} ${part}` : whole;
    }
    if (flat !== "") return flat;
  }
  const preface = child(top, "preface");
  const number = preface ? descendant(preface, "docNumber") : undefined;
  const n = number ? readNumber(squash(allText(number)).replace(/[.\s]+$/, "").replace(/\s*[A-Z](?:-[A-Z])?$/, "")) : undefined;
  return n ? canonicalSymbol("General Assembly", n) : undefined;
}

/** The issuing body on the cover page when it is one resgraph reads; these files are the General Assembly's. */
function bodyOf(top: XmlElement): Body {
  const cover = child(top, "coverPage");
  if (cover) {
    for (const x of iter(cover)) {
      if (x.name !== "docAuthority" || x.attrs.refersTo !== "#issuingBody") continue;
      const name = squash(allText(x));
      const known = BODIES.find((b) => b === name);
      if (known) return known;
    }
  }
  return "General Assembly";
}

/**
 * The closing date line (conclusions/docDate@date) is what the text prints; FRBRWork's adoption
 * date is the fallback (it is missing on collections and wrong in a few files).
 */
function adoptionDate(root: XmlElement): string {
  const dated = (d: XmlElement | undefined): d is XmlElement => d !== undefined && ISO_DATE.test(d.attrs.date ?? "");
  const con = first(root, (x) => x.name === "conclusions" && dated(descendant(x, "docDate")));
  if (con) return descendant(con, "docDate")!.attrs.date!;
  const d = first(root, (x) => x.name === "FRBRdate" && x.attrs.name === "adoption" && dated(x));
  return d ? d.attrs.date! : "";
}

/** The language of the expression (FRBRExpression/FRBRlanguage), "" when not given. */
export function languageOf(root: XmlElement): string {
  const e = first(root, (x) => x.name === "FRBRExpression");
  return (e && child(e, "FRBRlanguage")?.attrs.language) ?? "";
}

/** How the first <voting> of the metadata says the resolution was adopted, with the counts of a recorded vote. */
function voteOf(root: XmlElement): { method: VoteMethod; counts?: VoteCounts } {
  const v = first(root, (x) => x.name === "voting");
  if (v) {
    const outcome = v.attrs.outcome ?? "";
    if (/without ?a? ?vote/i.test(outcome)) return { method: "without a vote" };
    // "Adopted 133-3-0, 88th plenary meeting": counts in the outcome itself
    const printed = /(\d+)-(\d+)-(\d+)/.exec(outcome);
    if (printed) return { method: "recorded vote", counts: { yes: Number(printed[1]), no: Number(printed[2]), abstain: Number(printed[3]) } };
    if (/recordedvote/i.test(outcome.replace(/\s+/g, ""))) {
      const count = (what: string): number | undefined => {
        const c = elements(v).find((x) => x.name === "count" && x.attrs.refersTo === what);
        const n = c ? Number(c.attrs.value) : NaN;
        return Number.isInteger(n) && n >= 0 ? n : undefined;
      };
      const yes = count("inFavour");
      const no = count("against");
      const abstain = count("abstaining");
      return yes !== undefined ? { method: "recorded vote", counts: { yes, no: no ?? 0, abstain: abstain ?? 0 } } : { method: "recorded vote" };
    }
    return { method: "" };
  }
  return { method: "" };
}
