// The structure walker: the marked-up body of a resolution (preamble containers, numbered
// paragraphs, lists and points, sections, parts) to blocks that each know their paragraph key and
// verb. Its rules are those of ../shared/akn-check/akn2text.py (`Walker`), whose keys are the gold
// (see akn_gold.py): pp1..ppN in print order (the preambular paragraphs of operative sections,
// <crossHeading>, continue the count), opN, opN(a), opN(a)(i) (opN(i) when roman items hang
// directly under N); when operative numbering restarts (parts A/B, budget sections) the k-th restart
// suffixes a key with chr(97 + k) only when the plain key is already taken; an unnumbered operative
// clause with a verb takes the next operative number. Keep it in step with that file: the same
// markup must give the same keys, or the measure against the markup breaks.

import { type InlineNote, InlineRenderer, NOTHING, finish } from "./inline.js";
import { type XmlElement, allText, child, elements, iter, leadingText, squash } from "./xml-tree.js";

export type BlockRole = "pp" | "op" | "sub" | "heading" | "cont" | "opener";

/** One printed line (or group of lines) of the body. */
export interface Block {
  role: BlockRole;
  /** Paragraph key the text belongs to; null outside paragraphs (headings, the opener). */
  key: string | null;
  text: string;
  /** The verb of a pp or op block, null when it has none. */
  verb: string | null;
  hrefs: string[];
  notes: InlineNote[];
  /** Key of the paragraph printed before this block. */
  after: string | null;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];
const SUB_LABEL = /^\(([a-z]{1,4}|\d{1,2})\)$/;
const SUB_AT_START = /^\(([a-z]{1,4}|\d{1,2})\)\s+/;
/** "l." is a misprinted "1." in one file. */
const OP_NUM = /^(\d{1,3}|[lI]|[lI]\d|\d[lI])\.$/;
/** The number lost from <num> into the text ("26<tab><i>Condemns</i>"). */
const NUM_IN_TEXT = /^(\d{1,3})\.?\s+(?=\S)/;
const NUMBER_ONLY = /^\d{1,3}\.?$/;
/** A container's name is its verb phrase; a few files carry markup or a citation there instead. */
const VERB_NAME = /^[A-Za-z][A-Za-z ,'’-]{0,80}$/;

const ONLY_NUM: ReadonlySet<string> = new Set(["num"]);
const ONLY_ITEM: ReadonlySet<string> = new Set(["item"]);
const SECTIONING = new Set(["section", "part", "chapter", "hcontainer", "division"]);

const nextLetter = (l: string | null): string => (l === null ? "a" : String.fromCharCode(l.charCodeAt(l.length - 1) + 1));
function nextRoman(r: string | null): string {
  if (r === null) return "i";
  const i = ROMANS.indexOf(r);
  return i >= 0 && i + 1 < ROMANS.length ? ROMANS[i + 1]! : "";
}

/** Text of the first italic span when the element's text starts with it: the verb as the UN set it. */
export function firstItalic(e: XmlElement): string | null {
  const lead: string[] = [];
  for (const x of iter(e)) {
    if (x.name === "span" && (x.attrs.class ?? "").includes("italic")) {
      const before = squash(lead.join(""));
      if (before === "" || NUMBER_ONLY.test(before)) return squash(allText(x)).replace(/^[ ,;:]+|[ ,;:]+$/g, "") || null;
      return null;
    }
    if (x.name === "num") continue;
    const text = leadingText(x);
    if (text && x.name !== "authorialNote") lead.push(text);
    const leadText = squash(lead.join(""));
    // a number lost into the text may lead
    if (leadText && !NUMBER_ONLY.test(leadText)) return null;
  }
  return null;
}

/** Whether all the text of an element sits in bold spans (a heading set as a paragraph). */
function boldOnly(e: XmlElement): boolean {
  let bold = "";
  for (const x of iter(e)) if (x.name === "span" && (x.attrs.class ?? "").includes("bold")) bold += allText(x);
  return squash(bold) !== "" && squash(bold) === squash(allText(e));
}

export class Walker {
  readonly blocks: Block[] = [];
  /** The adoption meeting, from the first <conclusions> that names one. */
  meeting = "";
  private pp = 0;
  private lastOp = 0;
  private section = 0;
  private readonly opKeys = new Set<string>();
  private opKey: string | null = null;
  private letter: string | null = null;
  private roman: string | null = null;
  private current: string | null = null;
  private unnumbered = false;
  private seenOp = false;

  /** Walks one <statement> (the document, or one part of a collection). */
  statement(st: XmlElement): void {
    const kids = elements(st);
    kids.forEach((c, i) => {
      if (c.name === "preamble") this.preamble(c);
      else if (c.name === "mainBody") {
        // A mainBody followed by another preamble holds quoted text or a misfiled preambular
        // paragraph inside the preamble, not operative paragraphs.
        const laterPreamble = kids.slice(i + 1).some((k) => k.name === "preamble");
        for (const x of elements(c)) this.bodyElement(x, laterPreamble);
      } else if (c.name === "conclusions" && !this.meeting) this.meeting = meetingOf(c);
    });
  }

  private add(role: BlockRole, key: string | null, e: XmlElement | null, verb: string | null = null, skip: ReadonlySet<string> = ONLY_NUM, prefix = ""): void {
    const r = e ? new InlineRenderer().renderBlock(e, skip) : { text: "", hrefs: [], notes: [] };
    const text = prefix ? `${prefix} ${r.text}`.trim() : r.text;
    this.blocks.push({ role, key, text, verb, hrefs: r.hrefs, notes: r.notes, after: this.current });
  }

  private newPp(e: XmlElement, verb: string | null): void {
    this.pp += 1;
    this.current = `pp${this.pp}`;
    this.add("pp", this.current, e, verb);
  }

  private opKeyFor(n: number): string {
    if (n <= this.lastOp) this.section += 1; // numbering restarts: a new section or part
    this.lastOp = n;
    let key = `op${n}`;
    if (this.section > 0 && this.opKeys.has(key)) key += String.fromCharCode(97 + this.section);
    this.opKeys.add(key);
    return key;
  }

  private openOp(key: string): void {
    this.opKey = key;
    this.current = key;
    this.letter = this.roman = null;
    this.seenOp = true;
  }

  /** Key of a sub-item labelled `label`; level 1 = letter or number, 2 = roman under a letter; null = infer. */
  private subKey(label: string, level: 1 | 2 | null): string | null {
    if (this.opKey === null) return null;
    let lv = level;
    if (lv === null) {
      if (this.roman !== null && label === nextRoman(this.roman)) lv = 2;
      else if (label === nextLetter(this.letter) || /^\d+$/.test(label)) lv = 1;
      else if (ROMANS.includes(label) && label === nextRoman(this.roman)) lv = this.letter !== null ? 2 : 1;
      else lv = 1;
    }
    if (lv === 2) {
      this.roman = label;
      return this.letter !== null ? `${this.opKey}(${this.letter})(${label})` : `${this.opKey}(${label})`;
    }
    this.letter = label;
    this.roman = null;
    return `${this.opKey}(${label})`;
  }

  private preamble(pre: XmlElement): void {
    for (const c of elements(pre)) {
      if (c.name === "formula") this.add("opener", null, c);
      else if (c.name === "container") this.container(c);
      else if (c.name === "decoration") this.add("heading", null, c);
      else this.add("cont", this.current, c);
    }
  }

  /** A preambular paragraph; a list inside it (<blockList>) stays part of it. */
  private container(c: XmlElement): void {
    let name = squash(c.attrs.name ?? "").replace(/^[ ,;:]+|[ ,;:]+$/g, "");
    if (!VERB_NAME.test(name)) name = "";
    const verb = name || firstItalic(c);
    const list = child(c, "blockList");
    if (!list) {
      this.newPp(c, verb);
      return;
    }
    // The introduction (everything but the items) is the paragraph; each item is printed after it.
    const r = new InlineRenderer();
    let head = "";
    for (const x of c.children) {
      if (typeof x === "string") head += x;
      else head += x === list ? r.render(x, ONLY_ITEM) : r.child(x, ONLY_NUM);
    }
    this.pp += 1;
    const key = `pp${this.pp}`;
    this.current = key;
    this.blocks.push({ role: "pp", key, text: finish(head), verb, hrefs: r.hrefs, notes: r.notes, after: key });
    for (const item of elements(list).filter((x) => x.name === "item")) {
      const numEl = child(item, "num");
      this.add("cont", key, item, null, ONLY_NUM, squash(numEl ? leadingText(numEl) : ""));
    }
  }

  private bodyElement(c: XmlElement, interleaved: boolean): void {
    if (c.name === "paragraph") this.paragraph(c, interleaved);
    else if (SECTIONING.has(c.name)) for (const x of elements(c)) this.bodyElement(x, interleaved);
    else if (c.name === "num" || c.name === "heading" || c.name === "subheading") this.add("heading", null, c, null, NOTHING);
    else if (c.name === "crossHeading") this.newPp(c, firstItalic(c)); // AKN4UN's preambular paragraphs of an operative section
    else this.add("cont", this.current, c);
  }

  private paragraph(p: XmlElement, interleaved: boolean): void {
    const numEl = child(p, "num");
    const num = numEl ? squash(leadingText(numEl)) : "";
    for (const h of elements(p)) if (h.name === "heading" || h.name === "subheading") this.add("heading", null, h, null, NOTHING);
    const body = elements(p).filter((x) => x.name === "content" || x.name === "list" || x.name === "p");
    const m = OP_NUM.exec(num);
    if (m && !interleaved) {
      const key = this.opKeyFor(Number(m[1]!.replace(/[lI]/g, "1")));
      this.openOp(key);
      this.unnumbered = false;
      this.opContent(key, num, p, body);
      return;
    }
    const lab = SUB_LABEL.exec(num);
    if (lab && !interleaved) {
      const key = this.subKey(lab[1]!, null);
      if (key) {
        this.current = key;
        this.add("sub", key, p);
      } else this.add("cont", this.current, p, null, ONLY_NUM, num);
      return;
    }
    if (num) {
      // other numbering (A., I., 1.1 ...): printed as is, part of what precedes
      if (body.length === 0) this.add("heading", null, p, null, NOTHING);
      else this.add("cont", this.current, p, null, ONLY_NUM, num);
      return;
    }
    if (body.length === 0) return;
    const text = squash(allText(p));
    const sm = SUB_AT_START.exec(text);
    if (sm && this.opKey !== null && !interleaved) {
      const key = this.subKey(sm[1]!, null);
      this.current = key;
      this.add("sub", key, p);
      return;
    }
    const verb = firstItalic(p);
    const nm = NUM_IN_TEXT.exec(text);
    if (nm && verb !== null && !interleaved && Number(nm[1]) === this.lastOp + 1) {
      const key = this.opKeyFor(Number(nm[1]));
      this.openOp(key);
      this.unnumbered = false;
      const r = new InlineRenderer().renderBlock(p, ONLY_NUM);
      this.blocks.push({ role: "op", key, text: r.text.replace(NUM_IN_TEXT, ""), verb, hrefs: r.hrefs, notes: r.notes, after: key });
      return;
    }
    const cls = p.attrs.class ?? "";
    if (verb === null && !/[.;:,]$/.test(text) && (text.length < 200 || cls.startsWith("H") || boldOnly(p))) {
      this.add("heading", null, p);
      return;
    }
    if (interleaved || (!this.seenOp && this.current?.startsWith("pp") && verb === null)) {
      if (verb !== null) this.newPp(p, verb);
      else this.add("cont", this.current, p);
      return;
    }
    if (verb !== null && (!this.seenOp || (this.unnumbered && this.letter === null))) {
      this.lastOp += 1;
      const key = `op${this.lastOp}`;
      this.opKeys.add(key);
      this.openOp(key);
      this.unnumbered = true;
      this.add("op", key, p, verb);
      return;
    }
    this.add("cont", this.current, p);
  }

  private opContent(key: string, num: string, p: XmlElement, body: XmlElement[]): void {
    const verb = firstItalic(p);
    let first = true;
    for (const part of body) {
      if (part.name === "list") {
        const intro = child(part, "intro");
        if (intro) {
          if (first) {
            this.add("op", key, intro, verb);
            first = false;
          } else this.add("cont", key, intro);
        }
        for (const x of elements(part)) {
          if (x.name === "point") this.point(x, 1);
          else if (x.name === "sublist") {
            for (const y of elements(x)) if (y.name === "point") this.point(y, 2);
          } else if (x.name === "wrapUp") this.add("cont", key, x);
        }
      } else if (first) {
        this.add("op", key, part, verb);
        first = false;
      } else this.add("cont", this.current, part);
    }
    if (first) this.add("op", key, null, verb);
    void num; // the number is the key; the domain's text does not repeat it
  }

  private point(pt: XmlElement, level: 1 | 2): void {
    const numEl = child(pt, "num");
    const num = squash(numEl ? leadingText(numEl) : "");
    const lab = SUB_LABEL.exec(num);
    const key = lab ? this.subKey(lab[1]!, level) : null;
    if (key === null) {
      this.add("cont", this.current, pt, null, ONLY_NUM, num);
      return;
    }
    this.current = key;
    this.add("sub", key, pt);
  }
}

/** The adoption meeting a <conclusions> names ("41st plenary meeting"), "" when none. */
function meetingOf(con: XmlElement): string {
  for (const x of iter(con)) {
    if ((x.name === "inline" || x.name === "location") && (x.attrs.name === "adoptionMeeting" || x.attrs.refersTo === "#adoptionMeeting")) return squash(allText(x));
  }
  return "";
}
