// Whether a text is an AKN4UN document, decided from its first element alone (cheap enough to run
// on every input before choosing a pipeline): an XML whose root is akomaNtoso, bound to the AKN 3.0
// namespace. Prolog (declaration, comments, doctype) and a byte-order mark may come first.

import { AKN_NAMESPACE } from "./xml-tree.js";

const PROLOG = /^(?:\ufeff)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/;
const START_TAG = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/;

/** The root element's name and attributes, when the text starts like XML. */
export function rootTag(text: string): { prefix: string; name: string; attrs: Map<string, string> } | undefined {
  const head = text.slice(0, 64 * 1024);
  const prolog = PROLOG.exec(head);
  const m = START_TAG.exec(head.slice(prolog ? prolog[0].length : 0));
  if (!m) return undefined;
  const attrs = new Map<string, string>();
  for (const a of m[3]!.matchAll(/([^\s=>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(a[1]!, a[2] ?? a[3] ?? "");
  return { prefix: m[1] ?? "", name: m[2]!, attrs };
}

/** Whether `text` is an XML document whose root is akomaNtoso in the AKN 3.0 namespace. */
export function looksLikeAkn(text: string): boolean {
  const root = rootTag(text);
  if (!root || root.name !== "akomaNtoso") return false;
  return root.attrs.get(root.prefix ? `xmlns:${root.prefix}` : "xmlns") === AKN_NAMESPACE;
}
