// Names that no gazetteer can list: national bodies, domestic laws, lesser treaties. UN texts
// capitalize proper names and print descriptions in lower case, so a run of capitalized words,
// joined by the small words that names contain ("Law on the Organization and Functioning of the
// Courts"), is a name; its head noun says of what kind ("… Committee" an organization, "… Law"
// legislation, "… Convention" an instrument).

import type { MentionKind } from "../../domain.js";
import { LAW_HEADS } from "./laws.data.js";
import type { Token } from "./tokens.js";

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
// A bare head with one of these before it is a back-reference ("the Optional Protocol thereto").
const GENERIC_MODIFIERS = new Set(["Optional", "Additional", "Present", "Said", "Same", "Relevant", "Above"]);

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
  const name = text.slice(first.start, last.end).replace(/\s+/g, " ");
  return { kind, name, start: first.start, end: last.end, head };
}

/** Names of organizations, instruments and laws found by their head noun. */
export function findNames(text: string, tokens: readonly Token[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (const [from, to] of runs(tokens)) {
    // The run may open with words that are not part of the name ("Requests the Office of …",
    // "Director General of the International Atomic Energy Agency"): try each block in turn.
    for (const b of blockStarts(tokens, from, to)) {
      let blockEnd = b;
      while (blockEnd < to && tokens[blockEnd]?.cap) blockEnd++;
      const headToken = tokens[blockEnd - 1];
      if (!headToken) continue;
      // Possessive heads are printed with either apostrophe.
      const head = headToken.text.replace(/’/g, "'");
      const kind = headKind(head) ?? headKind(head.replace(/^\((.*)\)$/, "$1"));
      if (!kind) continue;
      const words = tokens.slice(b, blockEnd).map((t) => t.text);
      const generic = words.every((w) => EMPTY_WORDS.has(w) || GENERIC_MODIFIERS.has(w) || w === head);
      // A bare head ("the Court", "the Optional Protocol thereto") is a back-reference; with a
      // complement after it ("Office of the Attorney-General") it is a name.
      if (generic && blockEnd === to) break;
      if (generic && !COMPLEMENT_OPENERS.has(tokens[blockEnd]?.text ?? "")) break;
      if (words.every((w) => EMPTY_WORDS.has(w))) continue;
      const span = spanOf(text, tokens, b, to, kind, head);
      if (span && !NOT_NAMES.test(span.name)) found.push(span);
      break;
    }
  }
  return found;
}
