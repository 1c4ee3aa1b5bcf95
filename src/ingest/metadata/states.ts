// State names as the UN's metadata prints them: in capitals, inverted ("BOLIVIA (PLURINATIONAL
// STATE OF)"), with diacritics or without ("TÜRKİYE", "TURKIYE", "TURKEY"), a group they speak for
// ("EGYPT, ON BEHALF OF THE STATES MEMBERS … OF THE GROUP OF AFRICAN STATES"), two glued by a comma
// ("CHILE,DOMINICAN REPUBLIC"), and entries that name no state at all ("SUBMITTED BY THE CHAIR").
// States are recognised with the mention gazetteer, so a Country node is the same whether a text
// names the state or the metadata does.

import { findMentions } from "../mentions/index.js";

export type StateEntry =
  | { kind: "states"; states: { country: string; name: string }[] }
  /** A proponent that is not a state (the Chair, the President, a committee, a report). */
  | { kind: "proponent"; text: string }
  | { kind: "unknown"; text: string };

/** Who speaks for whom, or in which capacity: read past, the state before it is the sponsor. */
const CAPACITY = /\s*(?:,\s*|\()\s*(?:ON|OF) BEHALF OF\b.*$|\s*\(IN ITS CAPACITY\b.*$/s;
/** Entries that name a proponent other than a state. */
const PROPONENT = /^(?:SUBMITTED BY|INTRODUCED (?:IN|BY)|THE REPRESENTATIVE OF|ON THE BASIS OF)\b|\bAND ON THE BASIS OF\b/;

/**
 * Entries read so far: a session's metadata repeats a few hundred names a hundred thousand times,
 * and each reading runs the mention gazetteer. Bounded, so that odd input cannot grow it without end.
 */
const READ = new Map<string, StateEntry>();
const READ_MAX = 20_000;

/** Reads one entry of a sponsors or votes list. */
export function readStateEntry(raw: string): StateEntry {
  const known = READ.get(raw);
  if (known) return known;
  // Frozen: every later record shares it.
  const entry = deepFreeze(readEntry(raw));
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(raw, entry);
  return entry;
}

function readEntry(raw: string): StateEntry {
  // NFC: "TÜRKİYE" is printed both with İ and with I and a combining dot.
  const text = raw.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
  if (PROPONENT.test(text.toUpperCase())) return { kind: "proponent", text };
  const speaker = text.replace(CAPACITY, "").trim();
  const one = stateNamed(speaker);
  if (one) return { kind: "states", states: [one] };
  // "CHILE,DOMINICAN REPUBLIC": a list only when every part is a state.
  const parts = speaker.split(",").map((p) => p.trim());
  if (parts.length > 1) {
    const states = parts.map(stateNamed);
    if (states.every((s) => s !== undefined)) return { kind: "states", states: states as { country: string; name: string }[] };
  }
  return { kind: "unknown", text };
}

/**
 * The state `name` names as a whole: one country mention covering every word of it but a leading
 * "THE" and a trailing qualifier in brackets ("NETHERLANDS (KINGDOM OF THE)"). "NORTHERN IRELAND"
 * names no state (a piece of the United Kingdom's name), though "IRELAND" is in it.
 */
function stateNamed(name: string): { country: string; name: string } | undefined {
  if (name === "") return undefined;
  const found = findMentions([{ key: "name", text: name }], { body: "General Assembly" }).filter((m) => m.kind === "country" && m.id);
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const before = name.slice(0, m.start).trim();
  const after = name.slice(m.end).trim();
  if (before !== "" && !/^the$/i.test(before)) return undefined;
  if (after !== "" && !/^\([^()]*\)$/.test(after)) return undefined;
  return { country: m.id!, name: m.name };
}

function deepFreeze(entry: StateEntry): StateEntry {
  if (entry.kind === "states") {
    for (const s of entry.states) Object.freeze(s);
    Object.freeze(entry.states);
  }
  return Object.freeze(entry);
}
