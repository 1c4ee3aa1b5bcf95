// Names that no gazetteer can list: national bodies, domestic laws, lesser treaties. UN texts
// capitalize proper names and print descriptions in lower case, so a run of capitalized words,
// joined by the small words that names contain ("Law on the Organization and Functioning of the
// Courts"), is a name; its head noun says of what kind ("… Committee" an organization, "… Law"
// legislation, "… Convention" an instrument).

import type { MentionKind } from "../../domain.js";
import { LAW_HEADS } from "./laws.data.js";
import { collapseSpaces, type Token } from "./tokens.js";

export interface NameSpan {
  kind: MentionKind;
  /** The name as printed (without a leading year or article). */
  name: string;
  start: number;
  end: number;
  /** The head noun that decided the kind. */
  head: string;
}

const ORG_HEADS = new Set([
  "Committee", "Commission", "Council", "Unit", "Authority", "Agency", "Office", "Ministry", "Department", "Court",
  "Tribunal", "Chamber", "Chambers", "Board", "Bureau", "Institute", "Institution", "Centre", "Center", "Fund",
  "Programme", "Program", "Bank", "Assembly", "Parliament", "Senate", "Congress", "Forces", "Force", "Police", "Guard",
  "Army", "Service", "Services", "Directorate", "Secretariat", "Group", "Panel", "Network", "Union", "Organization",
  "Organisation", "League", "Movement", "Party", "Front", "Corporation", "Foundation", "Federation", "Association",
  "Community", "Mechanism", "Forum", "Prosecutor's Office", "Ombudsman's Office",
  // Spanish, French and Portuguese heads, which come first ("Fuerzas de Acciones Especiales").
  "Fuerzas", "Fuerza", "Guardia", "Policía", "Servicio", "Dirección", "Ministerio", "Consejo", "Comisión", "Corte",
  "Defensoría", "Fiscalía", "Asamblea", "Cour", "Conseil", "Forças", "Conselho", "Comissão",
]);
const INSTRUMENT_HEADS = new Set([
  "Convention", "Conventions", "Covenant", "Covenants", "Treaty", "Treaties", "Protocol", "Protocols", "Agreement",
  "Agreements", "Accord", "Accords", "Declaration", "Charter", "Statute", "Pact", "Communiqué", "Communique", "Minutes",
  "Principles", "Guidelines",
]);
const LAW_HEAD_SET = new Set(LAW_HEADS);

// Small words that can sit inside a name. "and"/"or" and commas get stricter rules below.
const CONNECTORS = new Set([
  "of", "the", "on", "for", "in", "to", "against", "a", "an", "with", "from", "between", "relating",
  "de", "del", "la", "las", "los", "des", "du", "y", "et", "pour", "da", "do", "dos", "das",
]);
const TAKES_TO = new Set(["Protocol", "Protocols", "Parties", "Party", "Amendment", "Amendments", "Supplementary", "Additional", "relating", "Annex"]);
const PREPOSITIONS = new Set(["of", "on", "for", "in", "to", "against", "from", "concerning", "regarding", "relating"]);
// What may follow a bare head to make it a name ("Office of …", "Law on …", "Authority for …").
const COMPLEMENT_OPENERS = new Set(["of", "on", "for", "against", "de", "del", "des", "du"]);
// Runs made only of these say nothing ("State Party", "Member States").
const EMPTY_WORDS = new Set(["State", "States", "Party", "Parties", "Member", "Members", "Government", "Governments"]);
// A bare head with one of these before it is a back-reference ("the Optional Protocol thereto"),
// or a role rather than a body ("the Administering Authority" of a Trust Territory is a State).
const GENERIC_MODIFIERS = new Set(["Optional", "Additional", "Present", "Said", "Same", "Relevant", "Above", "Administering"]);
// A sentence that opens with an article or determiner prints it capitalized ("The Council shall …",
// "A Commission of the Security Council"); it is no part of the name after it.
const DETERMINERS = new Set(["The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Such", "Each", "Any", "Both"]);
// Collective nouns whose possessive sits inside names ("People’s Organization", "Children’s Fund").
const COLLECTIVE_POSSESSORS = new Set(["People", "Peoples", "Women", "Children", "Workers"]);
// Bodies of law, not pieces of legislation ("the norms of International Law").
const LAW_FIELDS = /^(?:(?:International|Humanitarian|Human|Rights|Customary|Criminal|Civil|Public|Private|Islamic|Sharia|Common|Administrative|Constitutional|Environmental|Refugee|Domestic|National|Maritime|Space|Treaty|Case) )+Law$/;
// "Act" names legislation, except in the titles of international instruments: a conference's
// "Final Act", a "General Act", the "Constitutive Act", an "Act of <place>" ("Act of New York").
const INSTRUMENT_ACTS = /^(?:(?:Final|General|Constitutive) Act\b|Act of (?:the )?\p{Lu})/u;

// Plans and programmes of action are documents of no scored kind, whatever their head noun.
const NOT_NAMES = /^(?:Programme|Program|Plan|Platform) (?:of|for) (?:Action|Work|Activities)\b/;

function headKind(head: string): MentionKind | undefined {
  if (ORG_HEADS.has(head)) return "organization";
  if (INSTRUMENT_HEADS.has(head)) return "instrument";
  if (LAW_HEAD_SET.has(head)) return "law";
  return undefined;
}

const MONTHS = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

const isNumber = (t: Token | undefined) => !!t && /^\d{4}$/.test(t.text);

/**
 * "South West Africa People’s Organization": the possessive of a collective noun is part of a name;
 * that of a name ("the Agency’s Board of Governors") starts another. True where the apostrophe at
 * `k` and the "s" after it join two capitalized words of one name.
 */
function possessiveJoin(tokens: readonly Token[], k: number): boolean {
  return isPossessive(tokens, k) && COLLECTIVE_POSSESSORS.has(tokens[k - 1]?.text ?? "") && !!tokens[k + 2]?.cap;
}

/** An apostrophe and "s" at `k`, printed together: the possessive of the word before. */
function isPossessive(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  const s = tokens[k + 1];
  return !!mark && (mark.text === "’" || mark.text === "'") && s?.text === "s" && s.start === mark.end;
}

/**
 * Capitalized runs: [i, j) token ranges that start and end with a capitalized word. The rules for
 * what may join two capitalized blocks keep a list of names ("the Charter, the Universal
 * Declaration") from reading as one name.
 */
function runs(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  const capAt = (k: number) => {
    const t = tokens[k];
    if (!t || !t.cap || MONTHS.has(t.text)) return false;
    // A paragraph opens with its verb ("Recalling", "Requests"), which names nothing.
    return k > 0 || !!headKind(t.text) || t.text === t.text.toUpperCase();
  };
  let i = 0;
  while (i < tokens.length) {
    if (!capAt(i)) {
      i++;
      continue;
    }
    let end = i + 1; // exclusive end of the run so far (always after a capitalized word)
    let sawBetween = false;
    let k = end;
    for (;;) {
      const next = tokens[k];
      if (!next) break;
      if (capAt(k)) {
        end = k + 1;
        k = end;
        continue;
      }
      // A year inside a name ("to the 1925 Geneva Protocol"), never at its edge.
      if (isNumber(next) && capAt(k + 1)) {
        k++;
        continue;
      }
      if (CONNECTORS.has(next.text)) {
        const before = tokens[k - 1];
        // "the Rome Statute the International Criminal Court": an article right after a name starts another.
        if (next.text === "the" && before?.cap) break;
        // "Protocol to the Convention", "States Parties to the Rome Statute"; not "Commission to the Director".
        if (next.text === "to" && !TAKES_TO.has(before?.text ?? "")) break;
        if (next.text === "between") sawBetween = true;
        k++;
        continue;
      }
      if (next.text === "and" || next.text === "or") {
        const after = tokens[k + 1];
        if (capAt(k + 1)) {
          // "between Israel and Jordan" has used the "and" of its "between".
          sawBetween = false;
          k++;
          continue;
        }
        // "between the State of Kuwait and the Republic of Iraq": one "and the" per "between".
        if (sawBetween && after?.text === "the" && capAt(k + 2)) {
          sawBetween = false;
          k += 2;
          continue;
        }
        break;
      }
      if (possessiveJoin(tokens, k) && capAt(k + 2)) {
        k += 2;
        continue;
      }
      if (next.text === ",") {
        const a = tokens[k + 1];
        const b = tokens[k + 2];
        // "Economic, Social and Cultural Rights": an enumeration of capitalized words.
        if (capAt(k + 1) && b && (b.text === "," || b.text === "and" || b.text === "or")) {
          k++;
          continue;
        }
        // "Gases, and of Bacteriological Methods": a further complement of the same name.
        if (a && (a.text === "and" || a.text === "or") && b && PREPOSITIONS.has(b.text)) {
          k += 2;
          continue;
        }
        break;
      }
      break;
    }
    // "Security Council with the Court": a run that ends in "the" + a bare head has joined a
    // back-reference to a name; cut it before the connectors that lead to it.
    const lastWord = tokens[end - 1];
    if (end - 1 > i && lastWord && tokens[end - 2]?.text === "the" && headKind(lastWord.text) && !tokens[end - 2]?.cap) {
      let cut = end - 2;
      while (cut > i && !tokens[cut - 1]?.cap) cut--;
      end = cut;
    }
    out.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return out;
}

// A name inside a run starts after an article or preposition ("Requests the Office of …"), never
// after "and" or a comma, where it would only be the tail of an enumeration.
const REANCHOR_AFTER = new Set(["the", "of", "for", "on", "by", "to", "with", "from", "against", "in"]);

/** Where a name may start inside a run: its first word, and each capitalized block after an article. */
function blockStarts(tokens: readonly Token[], from: number, to: number): number[] {
  const starts = [from];
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]?.cap && !tokens[k - 1]?.cap && REANCHOR_AFTER.has(tokens[k - 1]?.text ?? "")) starts.push(k);
  }
  return starts;
}

function spanOf(text: string, tokens: readonly Token[], from: number, to: number, kind: MentionKind, head: string): NameSpan | undefined {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return undefined;
  const name = collapseSpaces(text.slice(first.start, last.end));
  return { kind, name, start: first.start, end: last.end, head };
}

/** Names of organizations, instruments and laws found by their head noun. */
export function findNames(text: string, tokens: readonly Token[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (const [from, to] of runs(tokens)) {
    // The run may open with words that are not part of the name ("Requests the Office of …",
    // "Director General of the International Atomic Energy Agency"): try each block in turn.
    for (const start of blockStarts(tokens, from, to)) {
      let b = start;
      while (b + 1 < to && DETERMINERS.has(tokens[b]?.text ?? "") && tokens[b + 1]?.cap) b++;
      let blockEnd = b;
      while (blockEnd < to && (tokens[blockEnd]?.cap || possessiveJoin(tokens, blockEnd))) blockEnd += tokens[blockEnd]?.cap ? 1 : 2;
      const headToken = tokens[blockEnd - 1];
      if (!headToken) continue;
      // Possessive heads are printed with either apostrophe.
      const head = headToken.text.includes("’") ? headToken.text.replace(/’/g, "'") : headToken.text;
      const kind = headKind(head) ?? (head.startsWith("(") ? headKind(head.replace(/^\((.*)\)$/, "$1")) : undefined);
      if (!kind) continue;
      const words = tokens.slice(b, blockEnd).map((t) => t.text);
      // "Minutes" are an instrument only as "Agreed Minutes", a form of treaty.
      if (head === "Minutes" && words[words.length - 2] !== "Agreed") continue;
      // A head followed by "and" or a comma ends its name: "the General Assembly and the Security
      // Council", "the Soviet Union and Iran" are two names (a name that goes on, "Economic and
      // Social Council", has no head before its "and").
      const afterHead = tokens[blockEnd]?.text;
      let end = afterHead === "and" || afterHead === "or" || afterHead === "," ? blockEnd : to;
      // A complement that ends in a possessor belongs to what follows: "report to the Security
      // Council on Libya’s compliance" names the Council, not a "Council on Libya".
      if (end > blockEnd && isPossessive(tokens, end)) end = blockEnd;
      const generic = words.every((w) => EMPTY_WORDS.has(w) || GENERIC_MODIFIERS.has(w) || w === head);
      // A bare head ("the Court", "the Optional Protocol thereto") is a back-reference; with a
      // complement after it ("Office of the Attorney-General") it is a name.
      if (generic && blockEnd === end) break;
      if (generic && !COMPLEMENT_OPENERS.has(tokens[blockEnd]?.text ?? "")) break;
      if (words.every((w) => EMPTY_WORDS.has(w))) continue;
      const span = spanOf(text, tokens, b, end, kind, head);
      // NOT_NAMES all open with a "P": test that first.
      if (!span || (span.name.charCodeAt(0) === 0x50 && NOT_NAMES.test(span.name))) break;
      if (kind === "law" && LAW_FIELDS.test(span.name)) break;
      if (kind === "law" && head === "Act" && INSTRUMENT_ACTS.test(span.name)) span.kind = "instrument";
      found.push(span);
      break;
    }
  }
  return found;
}
