// The XML of an AKN4UN file as a small ordered tree: elements with their attributes and their
// children (text and elements) in document order. Resolution text is mixed content ("Recalling its
// resolution <a>74/93</a> of 13 December 2019"), so the order of text and elements must survive;
// fast-xml-parser's preserveOrder mode keeps it, and this module turns its output into a shape the
// walker can read like ElementTree (the checker's akn_gold.py reads the same files with it).
// The UN's files are read by readTreeFast, one pass that checks the markup and builds this tree
// (the same tree, about five times faster than validating, parsing and converting); what it does
// not read goes through the validator and parser, so a malformed file is still refused with the
// validator's line and column.

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
  return readTreeFast(xml) ?? parseWithFxp(xml, file);
}

/** The validator, then the parser, then the conversion: for the texts the fast reader leaves (and for its tests). */
export function parseWithFxp(xml: string, file: string): XmlElement {
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

// --- The fast reader: one pass that checks the markup and builds the tree.
//
// It reads a strict subset of XML (what the UN's files use): comments, elements with ASCII names
// and quoted attributes, text with the five XML entities and character references. For a text in
// that subset it gives the tree parseWithFxp gives, and it accepts nothing fast-xml-parser's
// validator refuses. Anything outside the subset (a declaration, a doctype, CDATA, another entity,
// a byte-order mark, a misnested or truncated tag …) returns undefined, and the text goes to the
// validator and parser, which say what is wrong and where.

const GT = 62, SLASH = 47, BANG = 33, EQ = 61, QUOT = 34, APOS = 39, HASH = 35, DASH = 45;

/** Names fast-xml-parser refuses or renames (prototype properties): read by the validator and parser. */
const RESERVED = new Set(["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
/** fast-xml-parser refuses deeper nesting (maxNestedTags, 100); stay well below. */
const MAX_DEPTH = 90;
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;
/** Code points the entity decoder replaces by themselves (it drops controls, surrogates, NUL). */
const plainCodePoint = (cp: number): boolean =>
  cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/** Raw text (or attribute value) as the parser reads it, references replaced (line ends are normalized before); undefined when outside the subset. */
function cook(xml: string, from: number, to: number): string | undefined {
  const s = xml.slice(from, to);
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 10) return undefined;
    let rep: string | undefined;
    if (s.charCodeAt(amp + 1) === HASH) {
      const hex = s.charCodeAt(amp + 2) === 120; // lower-case x only: the validator refuses "&#X"
      const digits = s.slice(amp + (hex ? 3 : 2), semi);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
      const cp = parseInt(digits, hex ? 16 : 10);
      if (!plainCodePoint(cp)) return undefined;
      rep = String.fromCodePoint(cp);
    } else {
      rep = NAMED[s.slice(amp + 1, semi)];
      if (rep === undefined) return undefined;
    }
    out += s.slice(last, amp) + rep;
    last = semi + 1;
    amp = s.indexOf("&", last);
  }
  return out + s.slice(last);
}

interface Open {
  el: XmlElement;
  raw: string;
  prefixes: ReadonlySet<string>;
  /** Text since the last element boundary (comments are transparent to it, as in the parser). */
  text: string;
}

/** The root element of `xml` when it lies in the subset, else undefined. */
export function readTreeFast(text: string): XmlElement | undefined {
  // The parser reads line ends normalized (the validator reads \r as whitespace, as this reader does).
  const xml = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
  const n = xml.length;
  let i = 0;
  let root: XmlElement | undefined;
  const stack: Open[] = [];
  let top: Open | undefined;
  const rootPrefixes: ReadonlySet<string> = new Set();
  for (;;) {
    const lt = xml.indexOf("<", i);
    // text before the next markup
    if (lt < 0 ? i < n : lt > i) {
      const end = lt < 0 ? n : lt;
      if (top) {
        const t = cook(xml, i, end);
        if (t === undefined) return undefined;
        top.text += t;
      } else {
        // outside the root: whitespace only
        for (let k = i; k < end; k++) if (!isSpace(xml.charCodeAt(k))) return undefined;
      }
    }
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === BANG) {
      if (xml.charCodeAt(lt + 2) !== DASH || xml.charCodeAt(lt + 3) !== DASH) return undefined;
      const close = xml.indexOf("-->", lt + 4);
      if (close < 0) return undefined;
      i = close + 3;
      continue;
    }
    if (c1 === SLASH) {
      if (!top) return undefined;
      let k = lt + 2;
      if (!xml.startsWith(top.raw, k)) return undefined;
      k += top.raw.length;
      while (k < n && isSpace(xml.charCodeAt(k))) k++;
      if (xml.charCodeAt(k) !== GT) return undefined;
      if (top.text) top.el.children.push(top.text);
      stack.pop();
      top = stack[stack.length - 1];
      i = k + 1;
      continue;
    }
    // an opening tag
    if (!isNameStart(c1)) return undefined;
    if (root && !top) return undefined; // a second root
    let k = lt + 2;
    while (k < n && isNameChar(xml.charCodeAt(k))) k++;
    const raw = xml.slice(lt + 1, k);
    if (RESERVED.has(raw)) return undefined;
    const attrs: Record<string, string> = {};
    let hasXmlns = false;
    let selfClosing = false;
    for (;;) {
      const c = xml.charCodeAt(k);
      if (c === GT) {
        k += 1;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(k + 1) !== GT) return undefined;
        selfClosing = true;
        k += 2;
        break;
      }
      if (!isSpace(c)) return undefined;
      while (k < n && isSpace(xml.charCodeAt(k))) k++;
      const a = xml.charCodeAt(k);
      if (a === GT || a === SLASH) continue;
      if (!isNameStart(a)) return undefined;
      const nameStart = k;
      while (k < n && isNameChar(xml.charCodeAt(k))) k++;
      const name = xml.slice(nameStart, k);
      while (k < n && isSpace(xml.charCodeAt(k))) k++;
      if (xml.charCodeAt(k) !== EQ) return undefined;
      k++;
      while (k < n && isSpace(xml.charCodeAt(k))) k++;
      const q = xml.charCodeAt(k);
      if (q !== QUOT && q !== APOS) return undefined;
      const valueEnd = xml.indexOf(q === QUOT ? '"' : "'", k + 1);
      if (valueEnd < 0) return undefined;
      const lt2 = xml.indexOf("<", k + 1);
      if (lt2 >= 0 && lt2 < valueEnd) return undefined;
      if (RESERVED.has(name) || Object.prototype.hasOwnProperty.call(attrs, name)) return undefined;
      const value = cook(xml, k + 1, valueEnd);
      if (value === undefined) return undefined;
      attrs[name] = value;
      if (name.charCodeAt(0) === 120 && (name === "xmlns" || name.startsWith("xmlns:"))) hasXmlns = true;
      k = valueEnd + 1;
    }
    let prefixes = top ? top.prefixes : rootPrefixes;
    if (hasXmlns) {
      const next = new Set(prefixes);
      for (const key in attrs) {
        if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
        const prefix = key === "xmlns" ? "" : key.slice(6);
        if (attrs[key] === AKN_NAMESPACE) next.add(prefix);
        else next.delete(prefix);
      }
      prefixes = next;
    }
    const colon = raw.indexOf(":");
    const name = prefixes.has(colon < 0 ? "" : raw.slice(0, colon)) ? raw.slice(colon + 1) : raw;
    const el: XmlElement = { name, attrs, children: [] };
    if (top) {
      if (top.text) {
        top.el.children.push(top.text);
        top.text = "";
      }
      top.el.children.push(el);
    } else root = el;
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) return undefined;
      top = { el, raw, prefixes, text: "" };
      stack.push(top);
    }
    i = k;
  }
  return root && !top ? root : undefined;
}

// --- ElementTree-like reading, the vocabulary of akn2text.py, so the two walkers read alike.

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== "string";

/** Child elements, in order. */
export const elements = (e: XmlElement): XmlElement[] => e.children.filter(isElement);

/** The first child element named `name`. */
export const child = (e: XmlElement, name: string): XmlElement | undefined => e.children.find((c): c is XmlElement => isElement(c) && c.name === name);

/** `e` and every element below it, in document order (ElementTree's `iter`). */
export function iter(e: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  collect(e, out);
  return out;
}

function collect(e: XmlElement, out: XmlElement[]): void {
  out.push(e);
  for (const c of e.children) if (typeof c !== "string") collect(c, out);
}

/** The first of `e` and the elements below it, in document order, that `test` accepts. */
export function first(e: XmlElement, test: (x: XmlElement) => boolean): XmlElement | undefined {
  if (test(e)) return e;
  for (const c of e.children) {
    if (typeof c === "string") continue;
    const found = first(c, test);
    if (found) return found;
  }
  return undefined;
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
