// Who voted how, where the text lists it: the "In favour: … Against: … Abstaining: …" block of
// Council and Assembly recorded votes, and the Security Council's "with 2 abstentions (Cuba and
// Yemen)" / "by 12 votes to 1 (Cuba)". States are recognised with the mention gazetteer, so every
// spelling it knows (and only real states) count.

import type { CountryVote, Vote } from "../domain.js";
import { findMentions } from "./mentions/index.js";

const LIST_LABELS: readonly [RegExp, Vote][] = [
  [/\bIn\s+favour\s*:/i, "yes"],
  [/\bAgainst\s*:/i, "no"],
  [/\bAbstaining\s*:/i, "abstain"],
];

// "votes to 1 (Cuba)" names who voted against; "abstentions (Ecuador, Yemen)" who abstained.
const SC_AGAINST = /\bvotes?\s+to\s+(?:\d+|one|two|three|four|five)\s*\(([^)]*)\)/gi;
const SC_ABSTAIN = /\babstentions?\s*\(([^)]*)\)/gi;

function statesIn(text: string, body: string): { country: string; name: string }[] {
  return findMentions([{ key: "votes", text }], { body })
    .filter((m) => m.kind === "country" && m.id)
    .map((m) => ({ country: m.id!, name: m.name }));
}

/** Votes listed in the closing lines of a resolution; [] when the text lists none. */
export function recordedVotes(closing: string, body: string): CountryVote[] {
  const text = closing.replace(/\s+/g, " ");
  const votes: CountryVote[] = [];
  const starts = LIST_LABELS.map(([re, vote]) => {
    const m = re.exec(text);
    return m ? { vote, from: m.index + m[0].length, at: m.index } : undefined;
  }).filter((s): s is { vote: Vote; from: number; at: number } => s !== undefined);
  if (starts.length > 0) {
    const ordered = [...starts].sort((a, b) => a.at - b.at);
    ordered.forEach((s, i) => {
      const end = ordered[i + 1]?.at ?? text.length;
      const list = text.slice(s.from, end).split("]")[0] ?? "";
      for (const state of statesIn(list, body)) votes.push({ ...state, vote: s.vote });
    });
    return dedupe(votes);
  }
  for (const [re, vote] of [[SC_AGAINST, "no"], [SC_ABSTAIN, "abstain"]] as const) {
    for (const m of text.matchAll(re)) for (const state of statesIn(m[1] ?? "", body)) votes.push({ ...state, vote });
  }
  return dedupe(votes);
}

/** A state listed twice (a page break repeating a line) votes once: its first listing counts. */
function dedupe(votes: CountryVote[]): CountryVote[] {
  const seen = new Set<string>();
  return votes.filter((v) => !seen.has(v.country) && seen.add(v.country));
}
