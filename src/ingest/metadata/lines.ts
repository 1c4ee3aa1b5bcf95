// The UN's per-resolution metadata as JSON lines (the General Assembly's `data_extract/NN.json`:
// one object per resolution with its meeting, adoption, recorded votes by state, sponsors and
// subjects). Recognised by content, whatever the file is called. Each line stands alone: a line
// that cannot be read is reported with its number and left out, the others are kept.

import { createHash } from "node:crypto";
import { z } from "zod";
import type { CountryVote, ResolutionMetadata, Sponsorship, Subject, Vote } from "../../domain.js";
import { DATE_PATTERN, isoDate } from "../dates.js";
import { symbolCandidates } from "../symbol-input.js";
import { readStateEntry } from "./states.js";
import { distinctSubjects, schemeOf, subject } from "../subjects.js";

/** A field that should be a string; the source sometimes leaves it out or prints a number. */
const text = z.union([z.string(), z.number()]).transform(String).optional();
const names = z.array(z.string()).default([]);

/** One line as the UN prints it. Unknown fields are allowed (the source adds some over time). */
const LINE = z.looseObject({
  symbol: z.string().min(1),
  title: text,
  adoption_meeting: text,
  adoption_date: text,
  originating_document: text,
  committee: text,
  agenda_item: text,
  adoption_type: text,
  pv: text,
  MS_in_favour_count: text,
  MS_against_count: text,
  MS_abstaining_count: text,
  MS_in_favour: names,
  MS_against: names,
  MS_abstaining: names,
  sponsors: names,
  additional_sponsors: names,
  SDGs: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  subjects: z.array(z.array(z.string())).default([]),
});
type Line = z.infer<typeof LINE>;

export interface MetadataRecord {
  /** 1-based line number in its file. */
  line: number;
  metadata: ResolutionMetadata;
  /** sha256 of the line as read: unchanged metadata is skipped on re-ingest. */
  hash: string;
}

/** Something of one line that was left out, and why; `rejected` when the whole line was. */
export interface MetadataProblem {
  line: number;
  reason: string;
  rejected: boolean;
}

export interface MetadataFile {
  records: MetadataRecord[];
  problems: MetadataProblem[];
  /** Sponsor entries that name a proponent other than a state ("SUBMITTED BY THE CHAIR"): not sponsors, counted. */
  proponents: number;
}

/** Whether `text` is metadata lines: its first line is a JSON object with a symbol and the fields of a resolution's record. */
export function looksLikeMetadata(text: string): boolean {
  const first = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (!first.startsWith("{")) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === "object" && value !== null && "symbol" in value && ("adoption_type" in value || "sponsors" in value || "MS_in_favour" in value);
  } catch {
    return false;
  }
}

/** Reads every line; never throws for a line's content (each bad line is a problem of its own). */
export function readMetadataLines(source: string): MetadataFile {
  const out: MetadataFile = { records: [], problems: [], proponents: 0 };
  const bySymbol = new Map<string, MetadataRecord>();
  const lines = source.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      out.problems.push({ line, reason: `not JSON (${error instanceof Error ? error.message : String(error)})`, rejected: true });
      continue;
    }
    const parsed = LINE.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      out.problems.push({ line, reason: `field ${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}`, rejected: true });
      continue;
    }
    const symbol = resolutionSymbol(parsed.data.symbol);
    if (!symbol) {
      out.problems.push({ line, reason: `symbol "${parsed.data.symbol}" is not a resolution symbol`, rejected: true });
      continue;
    }
    const record = toRecord(parsed.data, symbol, line, raw, out);
    const earlier = bySymbol.get(symbol);
    if (earlier) {
      // The same resolution twice (the source repeats a few): one record, its sponsors and
      // subjects joined.
      mergeInto(earlier.metadata, record.metadata);
      earlier.hash = createHash("sha256").update(earlier.hash).update(record.hash).digest("hex");
      continue;
    }
    bySymbol.set(symbol, record);
    out.records.push(record);
  }
  return out;
}

/**
 * The canonical symbol of a metadata line's symbol, as the texts' are spelled: parts adopted
 * together are the resolution ("A/RES/75/101 A-B" is A/RES/75/101), a later part adopted on its own
 * keeps its letter ("A/RES/77/253 B").
 */
function resolutionSymbol(printed: string): string | undefined {
  const candidates = symbolCandidates(printed.trim().replace(/\s*-\s*/g, "-"));
  return candidates.length === 1 && /\/RES\//.test(candidates[0]!) ? candidates[0] : undefined;
}

function toRecord(data: Line, symbol: string, line: number, raw: string, out: MetadataFile): MetadataRecord {
  const states = (entries: readonly string[], field: string): { country: string; name: string }[] => {
    const found: { country: string; name: string }[] = [];
    for (const entry of entries) {
      const read = readStateEntry(entry);
      if (read.kind === "states") found.push(...read.states);
      else if (read.kind === "proponent") out.proponents++;
      else out.problems.push({ line, reason: `${field}: "${read.text}" names no known state (left out)`, rejected: false });
    }
    return found;
  };
  const votes: CountryVote[] = [];
  const seenVoters = new Set<string>();
  for (const [field, vote] of [["MS_in_favour", "yes"], ["MS_against", "no"], ["MS_abstaining", "abstain"]] as const) {
    for (const s of states(data[field], field)) {
      if (seenVoters.has(s.country)) continue;
      seenVoters.add(s.country);
      votes.push({ ...s, vote: vote satisfies Vote });
    }
  }
  const sponsors: Sponsorship[] = [];
  const seenSponsors = new Set<string>();
  for (const [field, additional] of [["sponsors", false], ["additional_sponsors", true]] as const) {
    for (const s of states(data[field], field)) {
      if (seenSponsors.has(s.country)) continue;
      seenSponsors.add(s.country);
      sponsors.push({ ...s, additional });
    }
  }
  const subjects: Subject[] = [];
  for (const sdg of data.SDGs) {
    const s = subject("SDG", sdg);
    if (s) subjects.push(s);
  }
  for (const [term, thesaurus] of data.subjects) {
    const scheme = thesaurus === undefined ? undefined : schemeOf(thesaurus);
    const s = scheme && term !== undefined ? subject(scheme, term) : undefined;
    if (s) subjects.push(s);
  }
  // Counts only when the vote was recorded and all three are printed: a blank is no zero.
  const counts = [data.MS_in_favour_count, data.MS_against_count, data.MS_abstaining_count].map((v) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined));
  const recorded = /recorded vote/i.test(data.adoption_type ?? "") && counts.every((c) => c !== undefined);
  const metadata: ResolutionMetadata = {
    symbol,
    ...present("title", data.title),
    ...present("adoptedOn", adoptionDate(data.adoption_date)),
    ...present("meeting", data.adoption_meeting),
    ...present("adoptionType", data.adoption_type),
    ...present("originatingDocument", data.originating_document),
    ...present("committee", data.committee),
    ...present("agendaItem", data.agenda_item),
    ...present("verbatimRecord", data.pv),
    ...(recorded ? { voteCounts: { yes: counts[0]!, no: counts[1]!, abstain: counts[2]! } } : {}),
    votes,
    sponsors,
    subjects: distinctSubjects(subjects),
  };
  return { line, metadata, hash: createHash("sha256").update(raw).digest("hex") };
}

/** `{[field]: value}` when the source gives a value ("N.A." and blanks give none). */
function present<K extends string>(field: K, value: string | undefined): Partial<Record<K, string>> {
  const v = value?.replace(/\s+/g, " ").trim();
  return v && !/^N\.?A\.?$/i.test(v) ? ({ [field]: v } as Partial<Record<K, string>>) : {};
}

function adoptionDate(printed: string | undefined): string | undefined {
  const m = printed ? new RegExp(DATE_PATTERN).exec(printed) : null;
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : undefined;
}

function mergeInto(target: ResolutionMetadata, part: ResolutionMetadata): void {
  const known = new Set(target.sponsors.map((s) => s.country));
  for (const s of part.sponsors) if (!known.has(s.country)) target.sponsors.push(s);
  target.subjects = distinctSubjects([...target.subjects, ...part.subjects]);
}
