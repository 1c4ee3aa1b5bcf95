// parseAkn reads one AKN4UN resolution (the General Assembly's XML, sessions 74 on) into the same
// ResolutionDocument the text pipeline makes. The structure comes from the markup (the walker), the
// header from where the UN marked it (header.ts); citations are the editors' links merged with what
// the text grammar finds in the same paragraph, so a citation the editors did not link (GA
// decisions, ECOSOC resolutions) is still found, and a linked one whose text does not print its
// symbol is not lost. Mentions and concerned states are found as in parse.ts. Throws only ParseError.

import type { Footnote, Paragraph, Reference, ResolutionDocument } from "../../domain.js";
import { ParseError } from "../../errors.js";
import { type CitingDocument, findReferences } from "../citations/references.js";
import { concernedStates } from "../concerns.js";
import { findMentions } from "../mentions/index.js";
import { rootTag } from "./detect.js";
import { languageOf, readAknHeader } from "./header.js";
import { linkedSymbol } from "./links.js";
import { subjectsOf } from "./subjects.js";
import { type Block, Walker } from "./walker.js";
import { AKN_NAMESPACE, type XmlElement, child, elements, parseXmlTree } from "./xml-tree.js";

const LANGUAGES: Readonly<Record<string, string>> = {
  fra: "French", fre: "French", fr: "French", spa: "Spanish", es: "Spanish", ara: "Arabic", ar: "Arabic",
  rus: "Russian", ru: "Russian", zho: "Chinese", chi: "Chinese", zh: "Chinese",
};

/** Parses an AKN4UN XML resolution. Throws only ParseError, whose reason says why the file is not usable. */
export function parseAkn(xml: string, file: string): ResolutionDocument {
  try {
    return parse(xml, file);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ParseError(file, `the XML could not be read as an AKN4UN resolution (${detail})`);
  }
}

function parse(xml: string, file: string): ResolutionDocument {
  if (xml.trim() === "") throw new ParseError(file, "the file is empty");
  const tag = rootTag(xml);
  if (!tag) throw new ParseError(file, "the file does not start like an XML document (no root element)");
  const root = parseXmlTree(xml, file);
  if (root.name !== "akomaNtoso") throw new ParseError(file, `an XML file whose root is <${root.name}>, not an AKN4UN akomaNtoso document`);
  const ns = tag.attrs.get(tag.prefix ? `xmlns:${tag.prefix}` : "xmlns");
  if (ns !== AKN_NAMESPACE) throw new ParseError(file, `an XML file whose root <akomaNtoso> is in the namespace ${ns ? `"${ns}"` : "(none)"}, not AKN 3.0 (${AKN_NAMESPACE})`);

  const language = languageOf(root);
  if (language && !/^(?:eng|en)$/i.test(language)) {
    const name = LANGUAGES[language.toLowerCase()];
    throw new ParseError(file, `the text is in ${name ?? `another language than English`} (FRBRlanguage "${language}"); resgraph reads the English texts`);
  }

  const top = elements(root)[0];
  if (!top) throw new ParseError(file, "the akomaNtoso document is empty (no statement or documentCollection)");
  const walker = new Walker();
  if (top.name === "documentCollection") {
    // Parts A, B … of one resolution: one after the other, numbering restarting in each.
    for (const comp of elements(child(root, "components") ?? { name: "", attrs: {}, children: [] })) {
      const st = child(comp, "statement");
      if (st) walker.statement(st);
    }
  } else walker.statement(top);

  const header = readAknHeader(root, top, walker.meeting, file);
  const { paragraphs, hrefs } = paragraphsOf(walker.blocks);
  if (paragraphs.length === 0) throw new ParseError(file, `the resolution ${header.symbol} has a header but no paragraphs marked up`);

  const doc = { body: header.body, symbol: header.symbol };
  const references = paragraphs.flatMap((p) => referencesOf(p, hrefs.get(p.key) ?? [], doc));
  const mentions = findMentions(paragraphs, { body: header.body });
  const concerns = concernedStates(header.title, header.body, mentions, paragraphs.length);
  return {
    resolution: header,
    paragraphs,
    references,
    mentions,
    concerns,
    countryVotes: [],
    subjects: subjectsOf(child(top, "meta") ?? metaOf(root)),
    format: "akn",
  };
}

/** A collection's metadata sits on the collection; fall back to the first component's. */
function metaOf(root: XmlElement): XmlElement | undefined {
  for (const e of elements(root)) {
    const meta = child(e, "meta");
    if (meta) return meta;
  }
  return undefined;
}

/**
 * Paragraphs in the order their keys first appear, each with the text and footnotes of every block
 * of its key (a list item, a wrap-up, a continuation); the editor links of each paragraph, its
 * footnotes' included. Headings are not paragraphs: their links belong to no paragraph.
 */
function paragraphsOf(blocks: readonly Block[]): { paragraphs: Paragraph[]; hrefs: Map<string, string[]> } {
  const byKey = new Map<string, { kind: Paragraph["kind"]; verb: string; texts: string[]; footnotes: Footnote[]; hrefs: string[] }>();
  const order: string[] = [];
  for (const b of blocks) {
    if (b.key === null) continue;
    let entry = byKey.get(b.key);
    if (!entry) {
      // A continuation never opens a paragraph of its own (it follows one whose key it carries).
      if (b.role !== "pp" && b.role !== "op" && b.role !== "sub") continue;
      entry = { kind: b.key.startsWith("pp") ? "preambular" : "operative", verb: b.role === "sub" ? "" : (b.verb ?? ""), texts: [], footnotes: [], hrefs: [] };
      byKey.set(b.key, entry);
      order.push(b.key);
    }
    if (b.text) entry.texts.push(b.text);
    for (const n of b.notes) entry.footnotes.push({ mark: n.marker, text: n.text });
    entry.hrefs.push(...b.hrefs, ...b.notes.flatMap((n) => n.hrefs));
  }
  const paragraphs: Paragraph[] = [];
  const hrefs = new Map<string, string[]>();
  for (const key of order) {
    const e = byKey.get(key)!;
    paragraphs.push({ key, kind: e.kind, ordinal: paragraphs.length + 1, verb: e.verb, text: e.texts.join(" "), footnotes: e.footnotes });
    hrefs.set(key, e.hrefs);
  }
  return { paragraphs, hrefs };
}

const comparable = (symbol: string): string => symbol.replace(/\s+/g, "").toUpperCase();

/** What the text grammar finds in the paragraph and its footnotes, then each editor link it did not find. */
function referencesOf(p: Paragraph, hrefs: readonly string[], doc: CitingDocument): Reference[] {
  const out = findReferences(p.key, p.verb, [p.text, ...p.footnotes.map((f) => f.text)], doc);
  const seen = new Set(out.map((r) => `${r.kind}|${comparable(r.target)}`));
  const own = comparable(doc.symbol);
  for (const href of hrefs) {
    const linked = linkedSymbol(href);
    if (!linked) continue;
    const key = `${linked.kind}|${comparable(linked.target)}`;
    if (seen.has(key) || comparable(linked.target) === own) continue;
    seen.add(key);
    out.push({ paragraph: p.key, kind: linked.kind, target: linked.target, ...(p.verb ? { verb: p.verb } : {}) });
  }
  return out;
}
