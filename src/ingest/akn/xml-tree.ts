// The XML of an AKN4UN file as a small ordered tree: elements with their attributes and their
// children (text and elements) in document order. Resolution text is mixed content ("Recalling its
// resolution <a>74/93</a> of 13 December 2019"), so the order of text and elements must survive;
// fast-xml-parser's preserveOrder mode keeps it, and this module turns its output into a shape the
// walker can read like ElementTree (the checker's akn_gold.py reads the same files with it).

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ParseError } from "../../errors.js";

export interface XmlElement {
  /** Local name for elements of the AKN namespace ("paragraph"); "prefix:name" for the others. */
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Mixed content: whitespace between inline elements is part of the printed text.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

/** One entry of fast-xml-parser's preserveOrder output: `{ tag: children, ":@": attributes }` or `{ "#text": … }`. */
type OrderedEntry = Record<string, unknown>;

/**
 * Parses `xml` into its root element. Malformed XML is a ParseError that says where (line and
 * column as the validator reports them); so is a file with no element at all.
 */
export function parseXmlTree(xml: string, file: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ParseError(file, `the XML is malformed at line ${line}, column ${col}: ${msg}`);
  }
  const entries = parser.parse(xml) as unknown;
  if (!Array.isArray(entries)) throw new ParseError(file, "the XML holds no element");
  const top = (entries as OrderedEntry[]).map((e) => toNode(e, new Set())).find((n): n is XmlElement => n !== undefined && isElement(n));
  if (!top) throw new ParseError(file, "the XML holds no element");
  return top;
}

/**
 * Converts one ordered entry. `aknPrefixes` are the prefixes bound to the AKN namespace in scope
 * ("" for the default namespace); their elements are named by their local name.
 */
function toNode(entry: OrderedEntry, aknPrefixes: ReadonlySet<string>): XmlNode | undefined {
  const attrs: Record<string, string> = {};
  const rawAttrs = entry[":@"];
  if (rawAttrs && typeof rawAttrs === "object") {
    for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) attrs[k] = String(v);
  }
  for (const [key, value] of Object.entries(entry)) {
    if (key === ":@") continue;
    if (key === "#text") return String(value);
    // Processing instructions (<?xml ?>) and comments carry no text of the resolution.
    if (key.startsWith("?") || key.startsWith("!") || key === "#comment") return undefined;
    let prefixes = aknPrefixes;
    const bound = Object.entries(attrs).filter(([k]) => k === "xmlns" || k.startsWith("xmlns:"));
    if (bound.length > 0) {
      const next = new Set(aknPrefixes);
      for (const [k, v] of bound) {
        const prefix = k === "xmlns" ? "" : k.slice("xmlns:".length);
        if (v === AKN_NAMESPACE) next.add(prefix);
        else next.delete(prefix);
      }
      prefixes = next;
    }
    const colon = key.indexOf(":");
    const prefix = colon < 0 ? "" : key.slice(0, colon);
    const name = prefixes.has(prefix) ? key.slice(colon + 1) : key;
    const children: XmlNode[] = [];
    if (Array.isArray(value)) {
      for (const child of value as OrderedEntry[]) {
        const node = toNode(child, prefixes);
        if (node !== undefined) children.push(node);
      }
    }
    return { name, attrs, children };
  }
  return undefined;
}

// --- ElementTree-like reading, the vocabulary of akn2text.py, so the two walkers read alike.

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== "string";

/** Child elements, in order. */
export const elements = (e: XmlElement): XmlElement[] => e.children.filter(isElement);

/** The first child element named `name`. */
export const child = (e: XmlElement, name: string): XmlElement | undefined => e.children.find((c): c is XmlElement => isElement(c) && c.name === name);

/** `e` and every element below it, in document order (ElementTree's `iter`). */
export function* iter(e: XmlElement): Generator<XmlElement> {
  yield e;
  for (const c of e.children) if (isElement(c)) yield* iter(c);
}

/** The first element named `name` below `e` (not `e` itself). */
export function descendant(e: XmlElement, name: string): XmlElement | undefined {
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const d = descendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** The text before the first child element (ElementTree's `text`), "" when none. */
export const leadingText = (e: XmlElement): string => (typeof e.children[0] === "string" ? e.children[0] : "");

/** All the text inside `e`, markup dropped (ElementTree's `itertext`). */
export const allText = (e: XmlElement): string => e.children.map((c) => (typeof c === "string" ? c : allText(c))).join("");

/** Whitespace collapsed and trimmed. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
