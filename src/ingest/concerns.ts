// The states a resolution is about: those its title names ("… human rights in Cambodia"), or else
// the one state named throughout its paragraphs. A state named in passing is not "concerned".

import type { CountryRef, Mention } from "../domain.js";
import { findMentions } from "./mentions/index.js";

/** A state must be named in at least this share of paragraphs (and in 3 of them) to be the subject. */
const SUBJECT_SHARE = 0.25;
const SUBJECT_MIN = 3;

export function concernedStates(title: string, body: string, mentions: readonly Mention[], paragraphCount: number): CountryRef[] {
  const inTitle = findMentions([{ key: "title", text: title }], { body })
    .filter((m) => m.kind === "country" && m.id)
    .map((m) => ({ code: m.id!, name: m.name }));
  if (inTitle.length > 0) return inTitle;

  const paragraphsNaming = new Map<string, { ref: CountryRef; paragraphs: Set<string> }>();
  for (const m of mentions) {
    // A footnote cites a source; the subject is what the paragraphs themselves name.
    if (m.kind !== "country" || !m.id || m.footnote !== undefined) continue;
    const entry = paragraphsNaming.get(m.id) ?? { ref: { code: m.id, name: m.name }, paragraphs: new Set<string>() };
    entry.paragraphs.add(m.paragraph);
    paragraphsNaming.set(m.id, entry);
  }
  const ranked = [...paragraphsNaming.values()].sort((a, b) => b.paragraphs.size - a.paragraphs.size);
  const [first, second] = ranked;
  if (!first) return [];
  const enough = first.paragraphs.size >= Math.max(SUBJECT_MIN, SUBJECT_SHARE * paragraphCount);
  // Two states named equally often (a border conflict, a bilateral dispute) are both the subject.
  if (!enough) return [];
  return second && second.paragraphs.size === first.paragraphs.size ? [first.ref, second.ref] : [first.ref];
}
