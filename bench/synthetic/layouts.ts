// The text layouts of real resolutions, re-created around generated content:
//   HRC: the Word export of seeds/000_… (tab-indented lines, "[footnoteRef:n] [n: …]" notes,
//        meeting / date / "[Adopted …]" closing);
//   GA:  the markdown of seeds/A_RES_80_4.txt (masthead, agenda line, "80/4. Title", "[^n]" notes);
//   SC:  the OCR'd volumes of bench/corpus/sc (hard-wrapped lines, "Resolution 369 (1975) / of …",
//        "Adopted at the 1822nd meeting by …") up to 1994, the masthead of S/RES/1445 (2002) after.

import type { Slot } from "./timeline.js";
import { ordinalSuffix, ordinalWord, printedDate } from "./timeline.js";

export interface SynthParagraph {
  kind: "preambular" | "operative";
  /** Without its closing punctuation. */
  text: string;
  subs?: string[];
  /** Footnote text (a document symbol) attached at the end of the paragraph. */
  note?: string;
}

export interface SynthVote {
  method: "without a vote" | "recorded vote" | "unanimously";
  yes?: number;
  no?: number;
  abstain?: number;
}

export interface SynthDoc {
  slot: Slot;
  title: string;
  agendaItem: number;
  paragraphs: SynthParagraph[];
  vote: SynthVote;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const subLabel = (k: number): string => (k < 26 ? LETTERS[k]! : `${LETTERS[Math.floor(k / 26) - 1]}${LETTERS[k % 26]}`);

/** Closing punctuation as resolutions print it. */
function ends(doc: SynthDoc): { text: string; subs: string[]; note?: string; kind: SynthParagraph["kind"]; n: number }[] {
  const out = [];
  let n = 0;
  const last = doc.paragraphs.length - 1;
  for (const [idx, p] of doc.paragraphs.entries()) {
    const isLast = idx === last;
    const subs = p.subs ?? [];
    let text: string;
    if (p.kind === "preambular") text = `${p.text},`;
    else if (subs.length > 0) text = `${p.text}:`;
    else text = `${p.text}${isLast ? "." : ";"}`;
    const subTexts = subs.map((s, k) => `${s}${k === subs.length - 1 ? (isLast ? "." : ";") : ";"}`);
    if (p.kind === "operative") n++;
    out.push({ text, subs: subTexts, ...(p.note ? { note: p.note } : {}), kind: p.kind, n });
  }
  return out;
}

/** Hard-wraps like the OCR volumes: lines of about `width` characters. */
function wrap(text: string, width: number): string {
  const words = text.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function hrcVoteLine(v: SynthVote): string {
  if (v.method === "recorded vote") return `[Adopted by a recorded vote of ${v.yes} to ${v.no}, with ${v.abstain} abstentions.]`;
  return "[Adopted without a vote.]";
}

export function renderHrc(doc: SynthDoc): string {
  const { slot } = doc;
  const out: string[] = [` ${slot.session}/${slot.number}.\t${doc.title}`, "\tThe Human Rights Council,"];
  let mark = 0;
  for (const p of ends(doc)) {
    let line = p.kind === "preambular" ? `\t${p.text}` : `\t${p.n}.\t${p.text}`;
    if (p.note) {
      mark++;
      // As the Word export prints it: the note's text inline after its reference mark.
      line = `${line.replace(/,$/, "")},[footnoteRef:${mark}] [${mark}: \t\t${p.note}.] \n`;
    }
    out.push(line);
    for (const [k, s] of p.subs.entries()) out.push(`\t(${subLabel(k)})\t${s}`);
  }
  out.push(`${ordinalSuffix(slot.meeting)} meeting`, printedDate(slot.date), hrcVoteLine(doc.vote), " ");
  return out.join("\n");
}

export function renderGa(doc: SynthDoc): string {
  const { slot } = doc;
  const s = slot.session;
  const date = printedDate(slot.date);
  const head = [
    "United Nations",
    `General Assembly Distr.: General ${date}`,
    `${ordinalWord(s)} session Agenda item ${doc.agendaItem} ${doc.title}`,
    `Resolution adopted by the General Assembly on ${date}`,
    `[without reference to a Main Committee (A/${s}/L.${1 + (slot.number % 90)})]`,
    `${s}/${slot.number}. ${doc.title}`,
    "The General Assembly,",
  ];
  const body: string[] = [];
  const notes: string[] = [];
  for (const p of ends(doc)) {
    let text = p.kind === "preambular" ? p.text : `${p.n}. ${p.text}`;
    if (p.note) {
      notes.push(p.note);
      const m = notes.length;
      text = /[,;:.]$/.test(text) ? `${text.slice(0, -1)}[^${m}]${text.slice(-1)}` : `${text}[^${m}]`;
    }
    body.push(text);
    for (const [k, sub] of p.subs.entries()) body.push(`(${subLabel(k)}) ${sub}`);
  }
  const closing = [`${ordinalSuffix(slot.meeting)} plenary meeting ${date}`];
  if (notes.length > 0) closing.push("---", notes.map((n, k) => `[^${k + 1}]: ${n}.`).join("\n\n"));
  return `${[...head, ...body, ...closing].join("\n\n")}\n`;
}

function scVoteLine(doc: SynthDoc): string {
  const m = ordinalSuffix(doc.slot.meeting);
  const v = doc.vote;
  if (v.method === "unanimously") return `Adopted unanimously at the ${m} meeting.`;
  if (v.method === "recorded vote") {
    const abst = v.abstain ? `, with ${v.abstain} abstention${v.abstain === 1 ? "" : "s"}` : "";
    return `Adopted at the ${m} meeting by ${v.yes} votes to ${v.no === 0 ? "none" : v.no}${abst}.`;
  }
  return `Adopted at the ${m} meeting without vote.`;
}

export function renderSc(doc: SynthDoc): string {
  const { slot } = doc;
  const date = printedDate(slot.date);
  const modern = slot.year >= 1995;
  const width = modern ? 84 : 52;
  const head = modern
    ? [
        `United Nations S/RES/${slot.number} (${slot.year})`,
        `Security Council Distr.: General\n${date}`,
        "",
        `Resolution ${slot.number} (${slot.year})`,
        `Adopted by the Security Council at its ${ordinalSuffix(slot.meeting)} meeting,\non ${date}`,
        "The Security Council,",
      ]
    : [`Resolution ${slot.number} (${slot.year})\nof ${date}`, "The Security Council,"];
  const body: string[] = [];
  for (const p of ends(doc)) {
    // The volumes print document symbols inline, in brackets.
    const text = p.note ? `${p.text.replace(/[,;:.]$/, "")} (${p.note})${p.text.slice(-1)}` : p.text;
    body.push(wrap(p.kind === "preambular" ? text : `${p.n}. ${text}`, width));
    for (const [k, sub] of p.subs.entries()) body.push(wrap(`(${subLabel(k)}) ${sub}`, width));
  }
  const closing = modern ? [] : [scVoteLine(doc)];
  return `${[...head, ...body, ...closing].join("\n\n")}\n`;
}

export function render(doc: SynthDoc): string {
  switch (doc.slot.body) {
    case "HRC":
      return renderHrc(doc);
    case "GA":
      return renderGa(doc);
    case "SC":
      return renderSc(doc);
  }
}
