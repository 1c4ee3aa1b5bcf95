// The section labels of an analysis page and how one line is recognised as a label. Shared by the
// detector and the parser so that both agree on what a section heading is.

export type SectionName =
  | "body"
  | "sessionType"
  | "agendaItem"
  | "countryConcerned"
  | "summary"
  | "sponsors"
  | "praise"
  | "criticism"
  | "votes";

interface LabelSpec {
  readonly name: SectionName;
  /** Lower-case spellings, whitespace collapsed. The first is the one the seed prints. */
  readonly spellings: readonly string[];
  /**
   * Whether the label counts towards detection. "Summary" does not: UN reports print it as a
   * heading of their own, so it says nothing about a page being an analysis page.
   */
  readonly detects: boolean;
}

const LABELS: readonly LabelSpec[] = [
  { name: "body", spellings: ["un body", "united nations body"], detects: true },
  { name: "sessionType", spellings: ["session type"], detects: true },
  { name: "agendaItem", spellings: ["agenda item"], detects: true },
  { name: "countryConcerned", spellings: ["country concerned", "countries concerned"], detects: true },
  { name: "summary", spellings: ["summary"], detects: false },
  { name: "sponsors", spellings: ["main sponsors", "sponsors", "main sponsor", "co-sponsors"], detects: true },
  { name: "praise", spellings: ["key praise", "praise"], detects: true },
  { name: "criticism", spellings: ["key criticism", "key criticisms", "criticism"], detects: true },
  { name: "votes", spellings: ["full vote", "full votes", "vote", "votes"], detects: true },
];

/** Longest label line: the longest spelling with markdown marks and a colon, with room to spare. */
const MAX_LABEL_LINE = 40;

const BY_SPELLING = new Map<string, LabelSpec>(LABELS.flatMap((l) => l.spellings.map((s) => [s, l] as const)));

export interface LabelLine {
  name: SectionName;
  detects: boolean;
  /** Text after "Label:" on the same line; "" when the label stands alone. */
  inline: string;
}

/**
 * The label a line is, or null. A label must be the whole line (optionally with a trailing colon,
 * markdown emphasis or heading marks), or "Label: value": a resolution's masthead "Agenda item 6"
 * has neither form, which is what keeps resolutions from being taken for analysis pages.
 */
export function labelOf(line: string): LabelLine | null {
  const trimmed = line.trim();
  // Every resolution line goes through here (detection runs on each input): a line too long to be
  // a label, with no "Label:" near its start, is rejected before any regular expression runs.
  const colonAt = trimmed.indexOf(":");
  if (trimmed.length === 0 || (trimmed.length > MAX_LABEL_LINE && (colonAt < 0 || colonAt > MAX_LABEL_LINE))) return null;
  const bare = trimmed
    .replace(/^#+\s*/, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/\s+/g, " ");
  const alone = BY_SPELLING.get(bare.replace(/\s*:$/, "").toLowerCase());
  if (alone) return { name: alone.name, detects: alone.detects, inline: "" };
  const colon = /^([^:]{2,30}?)\s*:\s*(\S.*)$/.exec(bare);
  if (!colon) return null;
  const spec = BY_SPELLING.get((colon[1] ?? "").toLowerCase());
  return spec ? { name: spec.name, detects: spec.detects, inline: (colon[2] ?? "").trim() } : null;
}
