// UN resolutions open each paragraph with a conventional phrase: preambular paragraphs with a
// participle or adjective ("Recalling also", "Deeply concerned", "Bearing in mind"), operative ones
// with a verb in the third person ("Calls upon", "Expresses serious concern", "Once again urges").
// This lexicon recognizes the phrase with its adverbs and fixed complements, and nothing of its object.

/** Adverbs printed before the head word. */
const LEADING_ADVERBS = new Set(
  "also further again once strongly firmly deeply gravely seriously profoundly fully warmly greatly particularly especially urgently solemnly unreservedly categorically most furthermore moreover likewise equally similarly duly expressly unequivocally vigorously sincerely highly extremely resolutely utterly emphatically earnestly cordially respectfully consistently repeatedly reiterating".split(
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

const words = (text: string): string[] =>
  text
    .replace(/^[\s"“'‘(]+/, "")
    .split(/\s+/)
    .map((w) => w.replace(/[,;:.!?)”’"]+$/, ""))
    .filter((w) => w.length > 0);

const lower = (w: string | undefined): string => (w ?? "").toLowerCase();
const isWord = (w: string | undefined): boolean => /^[\p{L}][\p{L}'’-]*$/u.test(w ?? "");

/** Index of the head word after leading adverbs ("Once again urges" → 2), or -1. */
function headIndex(ws: string[]): number {
  let i = 0;
  while (i < 3 && i < ws.length - 1 && LEADING_ADVERBS.has(lower(ws[i]))) i++;
  return isWord(ws[i]) ? i : -1;
}

/** Whether a line (or paragraph) opens like a preambular paragraph. */
export function isPreambularStart(text: string): boolean {
  const ws = words(text);
  const first = ws[0] ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  const i = headIndex(ws);
  if (i < 0) return false;
  const head = lower(ws[i]);
  if (NOT_PARTICIPLES.has(head)) return false;
  if (PREAMBULAR_HEADS.has(head)) return true;
  // Participles and adjectives outside the lexicon, when the next word is plainly not a name.
  return head.length >= 6 && /(?:ing|ed)$/.test(head) && /^\p{Ll}/u.test(ws[i + 1] ?? "");
}

/** Whether a line opens like an operative verb in the third person ("Decides", "Strongly urges"). */
export function isOperativeStart(text: string): boolean {
  const ws = words(text);
  if (!/^\p{Lu}/u.test(ws[0] ?? "")) return false;
  const i = headIndex(ws);
  if (i < 0) return false;
  const head = lower(ws[i]);
  return OPERATIVE_HEADS.has(head);
}

const OPERATIVE_HEADS = new Set(
  ("decides requests reaffirms welcomes urges calls notes takes recalls encourages invites expresses emphasizes stresses recognizes condemns demands affirms approves endorses adopts authorizes appeals supports underlines deplores acknowledges reiterates commends declares proclaims considers agrees appreciates insists deems designates directs establishes extends looks " +
    "recommends resolves determines regrets reminds underscores requires renews confirms accepts elects appoints instructs entrusts transmits warns solemnly strongly firmly calls highlights observes believes " +
    "emphasises recognises authorises endorses notes expresses encourages urges reiterates deplores").split(
    " ",
  ),
);

/**
 * The leading phrase of a paragraph as printed: leading adverbs, the head word, trailing adverbs and
 * the head's fixed complement. "" when the paragraph does not open with one.
 */
export function leadingVerb(text: string): string {
  const ws = words(text);
  const i = headIndex(ws);
  if (i < 0 || !/^\p{L}/u.test(ws[0] ?? "")) return "";
  const head = lower(ws[i]);
  if (FUNCTION_WORDS.has(head)) {
    // "In regard to DDR …, endorses": the verb follows an introductory phrase.
    const later = /,\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+\b.*)$/u.exec(text.slice(0, 240));
    const rest = later?.[1] ?? "";
    const restWords = words(rest);
    const k = headIndex(restWords);
    return k >= 0 && OPERATIVE_HEADS.has(lower(restWords[k])) ? leadingVerb(rest) : "";
  }
  let j = i + 1;
  const skipTrailing = (): void => {
    while (j < ws.length && TRAILING_ADVERBS.has(lower(ws[j])) && !FEELINGS.has(lower(ws[j + 1]))) j++;
  };
  skipTrailing();
  const at = (k: number): string => lower(ws[k]);
  const stem = head.replace(/(?:es|s|ing)$/, "");
  if (/^tak/.test(head) && at(j) === "note") j++;
  else if (/^tak/.test(head) && at(j) === "into" && ["account", "consideration"].includes(at(j + 1))) j += 2;
  else if (/^bear/.test(head) && at(j) === "in" && at(j + 1) === "mind") j += 2;
  else if (/^call/.test(head) && ["upon", "on"].includes(at(j))) j++;
  else if (/^pay/.test(head) && at(j) === "tribute") j++;
  else if (/^hav/.test(head) && isWord(ws[j]) && /(?:ed|en|ard|eard|one|ught|ade)$/.test(at(j))) {
    j++;
    if (at(j - 1) === "taken" && at(j) === "note") j++;
  } else if (/^continu/.test(head) && at(j) === "to" && isWord(ws[j + 1])) j += 2;
  else if (/^(?:express|reiterat)/.test(stem)) {
    let k = j;
    while (k < j + 3 && FEELING_ADJECTIVES.has(at(k))) k++;
    if (/^express/.test(head) && FEELINGS.has(at(k)) && !["deep", "profound"].includes(at(k))) j = k + 1;
    else if (/^reiterat/.test(head) && ["its", "their"].includes(at(j)) && at(j + 1) === "call" && ["upon", "on"].includes(at(j + 2))) j += 3;
  }
  skipTrailing();
  // "Notes with concern", "Taking note with grave concern", "Welcomes with appreciation"
  if (at(j) === "with") {
    let k = j + 1;
    while (k < j + 4 && FEELING_ADJECTIVES.has(at(k))) k++;
    if (FEELINGS.has(at(k))) j = k + 1;
  }
  return ws.slice(0, j).join(" ");
}
