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
  "Captain", "Archbishop", "Cardinal", "Father", "Mayor", "Reverend", "Lieutenant", "Minister", "Chief",
]);
const CUE_WORDS = new Set(["of", "against", "by", "including", "namely"]);
// Titles that stand before a surname alone ("Judge Morozov", "Mr. Ramgobin"): after one of these a
// single unknown capitalized word is a person. Not "General", "Major" or "Sir", which also open
// other names ("General Assembly", "Major Powers") or a forename ("Sir Owen Dixon").
const SURNAME_TITLES = new Set([
  "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Judge", "Mayor", "Professor", "Ambassador", "Colonel",
  "Lieutenant-Colonel", "Captain", "Sheikh", "Bishop", "Archbishop", "Cardinal", "President", "King", "Queen", "Prince", "Princess",
]);
// Abbreviated titles are printed with a period, which the tokenizer keeps apart ("Mr" ".").
const ABBREVIATED_TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Messrs"]);
// A place is named "of" a place noun ("the area of Hammam Plage", "the locality of Sidi Bou Said").
const PLACE_BEFORE_OF = new Set([
  "area", "areas", "locality", "town", "towns", "village", "villages", "city", "cities", "region", "vicinity", "outskirts",
  "district", "province", "municipality", "island", "port", "camp", "territory", "zone", "sector", "neighbourhood", "suburb",
]);
// Words that open the names of places, not of people ("Lake Tiberias", "Mount Hermon").
const PLACE_OPENERS = new Set(["Lake", "Mount", "Mountain", "River", "Gulf", "Cape", "Port", "Bay", "Sea", "Wadi", "Jebel", "Jabal", "Camp", "Fort", "Strait", "Straits"]);
// An article before capitalized words makes them a thing ("the Olympic Games"), not a person.
const ARTICLES = new Set(["the", "a", "an", "The", "A", "An"]);
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

// Capitalized words repeat across paragraphs and texts ("Calls", "Cambodia"): each is judged once.
const NAME_WORDS = new Map<string, boolean>();
let nameWordsFor: ReadonlySet<string> | undefined;

/** A capitalized word that can be part of a person's name: no known word, shaped like a name. */
function isNameWord(word: string, knownWords: ReadonlySet<string>): boolean {
  if (nameWordsFor !== knownWords || NAME_WORDS.size > 20_000) {
    NAME_WORDS.clear();
    nameWordsFor = knownWords;
  }
  let ok = NAME_WORDS.get(word);
  if (ok === undefined) {
    ok = !knownWords.has(word.toLowerCase()) && NAME_WORD.test(word);
    NAME_WORDS.set(word, ok);
  }
  return ok;
}

function nameAt(tokens: readonly Token[], i: number, ctx: PersonContext, minWords: number): number {
  // Returns the exclusive token end of a name of `minWords` to 4 words starting at i, or -1.
  let k = i;
  let words = 0;
  while (k < tokens.length && words < 4) {
    const t = tokens[k];
    if (!t) break;
    if (t.cap && isNameWord(t.text, ctx.knownWords)) {
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
  if (words < minWords) return -1;
  // A following capitalized word that is known ("Kem Sokha Committee") makes this part of another name.
  const next = tokens[k];
  if (next?.cap && next.word) return -1;
  return k;
}

/** The title before the word at `i`, with an abbreviation's period ("Mr" "." → "Mr."). */
function title(tokens: readonly Token[], i: number): string | undefined {
  if (tokens[i - 1]?.text !== ".") return undefined;
  const abbreviation = tokens[i - 2]?.text ?? "";
  return ABBREVIATED_TITLES.has(abbreviation) ? `${abbreviation}.` : undefined;
}

/**
 * Whether the cue word at `k` ("of") belongs to something other than a person: the title of a body
 * or document ("the Safety of Radioactive Waste Management", "Conference of Nuclear-Weapon-Free
 * Zones") or a place ("the area of Lake Tiberias").
 */
function titleOrPlaceBefore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== "of") return false;
  const before = tokens[k - 1];
  return !!before && (before.cap || PLACE_BEFORE_OF.has(before.text));
}

export function findPersons(text: string, tokens: readonly Token[], ctx: PersonContext): PersonSpan[] {
  const found: PersonSpan[] = [];
  let lastPersonEnd = -2;
  // The first word of a paragraph is its verb or a sentence start: never a name.
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.cap) continue;
    // A title is no part of the name: it cues the words after it ("Judge Sir Hersch Lauterpacht").
    if (HONORIFICS.has(token.text) || PLACE_OPENERS.has(token.text)) continue;
    const prev = title(tokens, i) ?? tokens[i - 1]?.text ?? "";
    if (ARTICLES.has(prev)) continue;
    const end = nameAt(tokens, i, ctx, SURNAME_TITLES.has(prev) ? 1 : 2);
    if (end < 0) continue;
    const first = tokens[i];
    const last = tokens[end - 1];
    if (!first || !last || ctx.covered(first.start, last.end)) continue;
    const after = tokens[end]?.text.toLowerCase() ?? "";
    if (PLACE_NOUNS.has(after)) continue;
    const following = tokens[end];
    if (following?.word && !FOLLOWERS.has(following.text)) continue;
    let cued = HONORIFICS.has(prev) || (CUE_WORDS.has(prev) && !titleOrPlaceBefore(tokens, i - 1));
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
