// Vote counts as the "Full Vote" section prints them: "Yes0", "Yes 31", "No: 1", "Abstentions – 15".

export interface AnalysisVotes {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

// No \b after the word: "Yes0" has no word boundary between "s" and "0".
const COUNT = String.raw`\s*[:=\-–—]?\s*(\d+)`;
const PATTERNS = {
  yes: new RegExp(String.raw`\b(?:yes|in favou?r)${COUNT}`, "i"),
  no: new RegExp(String.raw`\b(?:no|against)${COUNT}`, "i"),
  abstain: new RegExp(String.raw`\b(?:abstain(?:ed|s)?|abstentions?)${COUNT}`, "i"),
  absent: new RegExp(String.raw`\b(?:absent|non-voting|did not vote)${COUNT}`, "i"),
} as const;

/**
 * Counts when the text gives at least yes, no and abstain; absent defaults to 0 because many pages
 * print only the three counts of the record. Null when no count is given ("adopted by consensus").
 */
export function parseVotes(text: string): AnalysisVotes | null {
  const count = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const yes = count(PATTERNS.yes);
  const no = count(PATTERNS.no);
  const abstain = count(PATTERNS.abstain);
  if (yes === null || no === null || abstain === null) return null;
  return { yes, no, abstain, absent: count(PATTERNS.absent) ?? 0 };
}
