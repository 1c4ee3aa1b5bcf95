// Named persons, by rule: UN texts name few people, and always as two to four capitalized words
// that no gazetteer knows, right after a cue ("detention of Kem Sokha", "Mr. …") or in apposition to
// a role ("former senior leaders of Democratic Kampuchea, Nuon Chea and Khieu Samphan").
// Chosen over compromise's people(), which found fewer of the gold persons and many non-persons.

import type { Token } from "./tokens.js";

export interface PersonSpan {
  name: string;
  start: number;
  end: number;
}

const HONORIFICS = new Set([
  "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Judge", "Sheikh", "Imam", "Bishop", "Prince",
  "Princess", "King", "Queen", "President", "Ambassador", "Professor", "General", "Colonel", "Lieutenant-Colonel", "Major",
  "Captain", "Archbishop", "Cardinal", "Father",
]);
const CUE_WORDS = new Set(["of", "against", "by", "including", "namely"]);
// A person's name ends a noun phrase: what follows is punctuation or a function word, never a
// noun that the capitalized words modify ("Pan Am flight", "Serb Territorial Defence units").
const FOLLOWERS = new Set([
  "and", "or", "who", "whose", "whom", "was", "were", "is", "are", "has", "had", "have", "in", "on", "of", "to", "for",
  "from", "at", "by", "with", "as", "since", "during", "after", "before", "while", "being", "be", "been", "would", "will",
  "shall", "should", "could", "may", "might", "must", "did", "does", "do", "remains", "remain", "without", "under",
  "against", "that", "which", "himself", "herself",
]);
const ROLE_NOUNS = new Set([
  "leader", "leaders", "journalist", "journalists", "defender", "defenders", "activist", "activists", "opposition",
  "prisoner", "prisoners", "lawyer", "lawyers", "politician", "politicians", "detainee", "detainees", "former",
  "individuals", "persons", "blogger", "bloggers", "human", "members", "member", "candidate", "candidates",
]);
// Lower-case words that follow a place, not a person ("of Phnom Penh province").
const PLACE_NOUNS = new Set(["region", "province", "city", "area", "district", "border", "governorate", "state", "valley", "river", "island", "islands", "camp", "prison"]);
const PARTICLES = new Set(["bin", "ibn", "al", "el", "de", "van", "von", "da", "dos", "abu", "le", "la", "del"]);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-‐’']\p{Lu}[\p{Ll}\p{M}]*)*$/u;

export interface PersonContext {
  /** Folded words that belong to known names (countries, organizations, instruments, months …). */
  knownWords: ReadonlySet<string>;
  /** True where a character is already covered by another mention. */
  covered: (start: number, end: number) => boolean;
}

function nameAt(tokens: readonly Token[], i: number, ctx: PersonContext): number {
  // Returns the exclusive token end of a 2–4 word name starting at i, or -1.
  let k = i;
  let words = 0;
  while (k < tokens.length && words < 4) {
    const t = tokens[k];
    if (!t) break;
    if (t.cap && !ctx.knownWords.has(t.text.toLowerCase()) && NAME_WORD.test(t.text)) {
      words++;
      k++;
      continue;
    }
    if (words > 0 && PARTICLES.has(t.text) && tokens[k + 1] && NAME_WORD.test(tokens[k + 1]?.text ?? "")) {
      k++;
      continue;
    }
    break;
  }
  if (words < 2) return -1;
  // A following capitalized word that is known ("Kem Sokha Committee") makes this part of another name.
  const next = tokens[k];
  if (next?.cap && next.word) return -1;
  return k;
}

export function findPersons(text: string, tokens: readonly Token[], ctx: PersonContext): PersonSpan[] {
  const found: PersonSpan[] = [];
  let lastPersonEnd = -2;
  // The first word of a paragraph is its verb or a sentence start: never a name.
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]?.cap) continue;
    const end = nameAt(tokens, i, ctx);
    if (end < 0) continue;
    const first = tokens[i];
    const last = tokens[end - 1];
    if (!first || !last || ctx.covered(first.start, last.end)) continue;
    const prev = tokens[i - 1]?.text ?? "";
    const after = tokens[end]?.text.toLowerCase() ?? "";
    if (PLACE_NOUNS.has(after)) continue;
    const following = tokens[end];
    if (following?.word && !FOLLOWERS.has(following.text)) continue;
    let cued = HONORIFICS.has(prev) || CUE_WORDS.has(prev);
    // A list of persons: "Nuon Chea and Khieu Samphan".
    if (!cued && (prev === "and" || prev === ",") && lastPersonEnd === i - 1) cued = true;
    // Apposition to a role: "leaders of …, Nuon Chea"; or a role after it: "Kem Sokha, a political opposition leader".
    if (!cued && prev === ",") {
      for (let k = Math.max(0, i - 10); k < i - 1; k++) if (ROLE_NOUNS.has(tokens[k]?.text ?? "")) cued = true;
    }
    if (!cued && tokens[end]?.text === "," && ["a", "an", "the", "former"].includes(tokens[end + 1]?.text ?? "")) cued = true;
    if (!cued) continue;
    found.push({ name: text.slice(first.start, last.end).replace(/\s+/g, " "), start: first.start, end: last.end });
    lastPersonEnd = end;
    i = end - 1;
  }
  return found;
}
