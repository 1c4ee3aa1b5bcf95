// UN resolutions open each paragraph with a conventional phrase: preambular paragraphs with a
// participle or adjective ("Recalling also", "Deeply concerned", "Bearing in mind"), operative ones
// with a verb in the third person ("Calls upon", "Expresses serious concern", "Once again urges").
// This lexicon recognizes the phrase with its adverbs and fixed complements, and nothing of its object.

/** Adverbs printed before the head word. */
const LEADING_ADVERBS = new Set(
  "being also further again once strongly firmly deeply gravely seriously profoundly fully warmly greatly particularly especially urgently solemnly unreservedly categorically most furthermore moreover likewise equally similarly duly expressly unequivocally vigorously sincerely highly extremely resolutely utterly emphatically earnestly cordially respectfully consistently repeatedly reiterating".split(
    " ",
  ).filter((w) => w !== "reiterating"),
);

/** Adverbs printed after the head word ("Recalling also", "Decides further", "Taking note also"). */
const TRAILING_ADVERBS = new Set(["also", "further", "furthermore", "moreover", "again", "likewise"]);

/** Head words that open preambular paragraphs. */
const PREAMBULAR_HEADS = new Set(
  (
    "recalling reaffirming recognizing recognising noting taking bearing welcoming guided convinced concerned determined affirming " +
    "emphasizing emphasising stressing underlining underscoring expressing acknowledging mindful aware conscious deploring considering " +
    "reiterating having desiring desirous alarmed seeking believing commending appreciating encouraged cognizant cognisant highlighting " +
    "acting regretting condemning urging observing referring keeping whereas viewing hoping looking wishing inspired encouraging " +
    "supporting endorsing persuaded resolved committed disturbed distressed shocked appalled outraged dismayed saddened pleased satisfied " +
    "gratified troubled worried reassured realizing realising understanding accepting agreeing approving calling insisting requesting " +
    "confirming declaring demanding reconfirming renewing responding paying placing recognizing reviewing re-emphasizing re-affirming " +
    "cognizant anxious confident grateful fearing sharing upholding " +
    "appreciative endeavouring striving reasserting restating dedicated " +
    "asserting denouncing unconvinced impressed heartened " +
    "honouring honoring celebrating commemorating remembering"
  ).split(" "),
);

/** Proper names ending like participles that open continuation lines. */
const NOT_PARTICIPLES = new Set(["beijing", "kunming", "nanjing", "xining", "sterling", "harbing", "viking", "ealing", "reading", "wyoming", "king", "spring", "during", "nothing", "something", "anything", "everything", "according", "including", "concerning", "regarding", "following", "pending", "notwithstanding"]);

/** Words that open an introductory phrase, never a paragraph's verb. */
const FUNCTION_WORDS = new Set("in the a an with as for on at by to if when while this that these those all each any pursuant upon under from within after before during without".split(" "));

/** Nouns of feeling that "Expresses …", "Notes with …" take as a fixed complement. */
const FEELINGS = new Set(
  "concern concerns appreciation satisfaction interest regret alarm gratitude dismay disappointment sympathy condolences support solidarity hope outrage shock indignation thanks approval commitment determination conviction readiness willingness recognition condemnation anxiety sorrow grief preoccupation confidence admiration welcome deep profound".split(
    " ",
  ),
);

/** Adjectives between "Expresses" and its feeling ("Expresses its deep and continued concern"). */
const FEELING_ADJECTIVES = new Set(
  "its their grave deep deepest serious great particular continued continuing further profound utmost strong strongest sincere sincerest full increasing growing renewed heartfelt firm unwavering special earnest considerable extreme and most highest".split(
    " ",
  ),
);

/**
 * The words of a text, without opening quotes and brackets before the first and closing punctuation
 * after each; words that were only punctuation are left out. Read lazily: the lexicon looks at the
 * first few words, and splitting a whole paragraph for them was the cost of every call.
 */
class Words {
  private readonly read: string[] = [];
  private readonly tokens = /\S+/g;
  private done = false;

  constructor(private readonly text: string) {
    this.tokens.lastIndex = LEADING_PUNCTUATION.exec(text)![0].length;
  }

  /** The k-th word (0-based), or undefined past the last. */
  at(k: number): string | undefined {
    while (this.read.length <= k && !this.done) this.readOne();
    return this.read[k];
  }

  /** The k-th word in lower case, or "" past the last. */
  lower(k: number): string {
    return lower(this.at(k));
  }

  /** The first n words, joined by single spaces. */
  joined(n: number): string {
    this.at(n - 1);
    return this.read.slice(0, n).join(" ");
  }

  private readOne(): void {
    const token = this.tokens.exec(this.text);
    if (!token) {
      this.done = true;
      return;
    }
    const word = token[0].replace(TRAILING_PUNCTUATION, "");
    if (word.length > 0) this.read.push(word);
  }
}

const LEADING_PUNCTUATION = /^[\s"“'‘(]*/;
const TRAILING_PUNCTUATION = /[,;:.!?)”’"]+$/;

const lower = (w: string | undefined): string => (w ?? "").toLowerCase();
const isWord = (w: string | undefined): boolean => /^[\p{L}][\p{L}'’-]*$/u.test(w ?? "");

/** Index of the head word after leading adverbs ("Once again urges" → 2), or -1. */
function headIndex(ws: Words): number {
  let i = 0;
  while (i < 3 && ws.at(i + 1) !== undefined && LEADING_ADVERBS.has(ws.lower(i))) i++;
  return isWord(ws.at(i)) ? i : -1;
}

/** Whether a line (or paragraph) opens like a preambular paragraph. */
export function isPreambularStart(text: string): boolean {
  const ws = new Words(text);
  const first = ws.at(0) ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  const i = headIndex(ws);
  if (i < 0) return false;
  const head = ws.lower(i);
  if (NOT_PARTICIPLES.has(head)) return false;
  if (PREAMBULAR_HEADS.has(head)) return true;
  // Participles and adjectives outside the lexicon, when the next word is plainly not a name.
  return head.length >= 6 && /(?:ing|ed)$/.test(head) && /^\p{Ll}/u.test(ws.at(i + 1) ?? "");
}

/**
 * Whether a line opens with a head word of the lexicon, preambular or operative: the participles
 * guessed by their ending ("Meeting of States Parties") do not count, as they also open headings.
 */
export function opensWithLexiconVerb(text: string): boolean {
  const ws = new Words(text);
  if (!/^\p{Lu}/u.test(ws.at(0) ?? "")) return false;
  const i = headIndex(ws);
  return i >= 0 && (PREAMBULAR_HEADS.has(ws.lower(i)) || OPERATIVE_HEADS.has(ws.lower(i)));
}

/** Whether a line opens like an operative verb in the third person ("Decides", "Strongly urges"). */
export function isOperativeStart(text: string): boolean {
  const ws = new Words(text);
  if (!/^\p{Lu}/u.test(ws.at(0) ?? "")) return false;
  const i = headIndex(ws);
  if (i < 0) return false;
  return OPERATIVE_HEADS.has(ws.lower(i));
}

const OPERATIVE_HEADS = new Set(
  ("decides requests reaffirms welcomes urges calls notes takes recalls encourages invites expresses emphasizes stresses recognizes condemns demands affirms approves endorses adopts authorizes appeals supports underlines deplores acknowledges reiterates commends declares proclaims considers agrees appreciates insists deems designates directs establishes extends looks " +
    "recommends resolves determines regrets reminds underscores requires renews confirms accepts elects appoints instructs entrusts transmits warns solemnly strongly firmly calls highlights observes believes " +
    "emphasises recognises authorises endorses notes expresses encourages urges reiterates deplores").split(
    " ",
  ),
);

/**
 * The index of the first word from `j` on that is not a trailing adverb ("Recalling also"). A module
 * function, not a closure in leadingVerb: under tsx every closure created is also named at run
 * time, which cost more than the rest of the call.
 */
function skipTrailingAdverbs(ws: Words, j: number): number {
  while (ws.at(j) !== undefined && TRAILING_ADVERBS.has(ws.lower(j)) && !FEELINGS.has(ws.lower(j + 1))) j++;
  return j;
}

/**
 * The leading phrase of a paragraph as printed: leading adverbs, the head word, trailing adverbs and
 * the head's fixed complement. "" when the paragraph does not open with one.
 */
export function leadingVerb(text: string): string {
  const ws = new Words(text);
  const i = headIndex(ws);
  if (i < 0 || !/^\p{L}/u.test(ws.at(0) ?? "")) return "";
  const head = ws.lower(i);
  if (FUNCTION_WORDS.has(head)) {
    // "In regard to DDR …, endorses": the verb follows an introductory phrase.
    const later = /,\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+\b.*)$/u.exec(text.slice(0, 240));
    const rest = later?.[1] ?? "";
    const restWords = new Words(rest);
    const k = headIndex(restWords);
    return k >= 0 && OPERATIVE_HEADS.has(restWords.lower(k)) ? leadingVerb(rest) : "";
  }
  let j = skipTrailingAdverbs(ws, i + 1);
  const stem = head.replace(/(?:es|s|ing)$/, "");
  if (/^tak/.test(head) && ws.lower(j) === "note") j++;
  else if (/^tak/.test(head) && ws.lower(j) === "into" && ["account", "consideration"].includes(ws.lower(j + 1))) j += 2;
  else if (/^bear/.test(head) && ws.lower(j) === "in" && ws.lower(j + 1) === "mind") j += 2;
  else if (/^call/.test(head) && ["upon", "on"].includes(ws.lower(j))) j++;
  else if (/^pay/.test(head) && ws.lower(j) === "tribute") j++;
  else if (/^hav/.test(head) && isWord(ws.at(j)) && /(?:ed|en|ard|eard|one|ught|ade)$/.test(ws.lower(j))) {
    j++;
    if (ws.lower(j - 1) === "taken" && ws.lower(j) === "note") j++;
  } else if (/^continu/.test(head) && ws.lower(j) === "to" && isWord(ws.at(j + 1))) j += 2;
  else if (/^(?:express|reiterat)/.test(stem)) {
    let k = j;
    while (k < j + 3 && FEELING_ADJECTIVES.has(ws.lower(k))) k++;
    if (/^express/.test(head) && FEELINGS.has(ws.lower(k)) && !["deep", "profound"].includes(ws.lower(k))) j = k + 1;
    else if (/^reiterat/.test(head) && ["its", "their"].includes(ws.lower(j)) && ws.lower(j + 1) === "call" && ["upon", "on"].includes(ws.lower(j + 2))) j += 3;
  }
  j = skipTrailingAdverbs(ws, j);
  // "Notes with concern", "Taking note with grave concern", "Welcomes with appreciation"
  if (ws.lower(j) === "with") {
    let k = j + 1;
    while (k < j + 4 && FEELING_ADJECTIVES.has(ws.lower(k))) k++;
    if (FEELINGS.has(ws.lower(k))) j = k + 1;
  }
  return ws.joined(j);
}
