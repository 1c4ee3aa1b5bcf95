// Where resolution i of a corpus of N sits in time, and so its body, symbol and date: a pure
// function of (i, N), so that a resolution can cite any earlier one without the generator keeping
// a list of everything it wrote (memory stays flat in N).
//
// The N resolutions are spread over 50 years (1976–2025), one block per year. Within a year's block
// every tenth slot is the Security Council's; the rest are the General Assembly's (session =
// year − 1945), and from 2006 three in ten go to the Human Rights Council (three sessions a year).
// The corpus starts with the Assembly's 31st session, the first whose numbers were printed "31/1":
// before it they read "302 (IV)", and a "5/12" of the Assembly is no citation the parser accepts.
// Which tenth a resolution falls in is read from its global index.

export type SynthBody = "GA" | "HRC" | "SC";

export interface Slot {
  i: number;
  body: SynthBody;
  year: number;
  /** GA and HRC session; the year for the SC. */
  session: number;
  number: number;
  /** Canonical symbol, as parseResolution spells it. */
  symbol: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Meeting number printed in the closing lines. */
  meeting: number;
}

export const FIRST_YEAR = 1976;
export const YEARS = 50;
export const HRC_FROM = 2006;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Day of year (0-based) → YYYY-MM-DD. */
function isoOfDay(year: number, day: number): string {
  let d = Math.max(0, Math.min(day, leap(year) ? 365 : 364));
  let m = 0;
  for (; m < 12; m++) {
    const len = MONTH_DAYS[m]! + (m === 1 && leap(year) ? 1 : 0);
    if (d < len) break;
    d -= len;
  }
  return `${year}-${String(m + 1).padStart(2, "0")}-${String(d + 1).padStart(2, "0")}`;
}

export class Timeline {
  readonly n: number;
  /** starts[y] = first index of year y's block; starts[YEARS] = n. */
  readonly #starts: number[] = [];

  constructor(n: number) {
    this.n = n;
    for (let y = 0; y <= YEARS; y++) this.#starts.push(Math.floor((y * n) / YEARS));
  }

  yearIndexOf(i: number): number {
    let y = Math.min(YEARS - 1, Math.floor((i * YEARS) / this.n));
    while (y + 1 < YEARS && this.#starts[y + 1]! <= i) y++;
    while (y > 0 && this.#starts[y]! > i) y--;
    return y;
  }

  slot(i: number): Slot {
    if (!(i >= 0 && i < this.n)) throw new RangeError(`slot ${i} outside 0..${this.n - 1}`);
    const y = this.yearIndexOf(i);
    const year = FIRST_YEAR + y;
    const start = this.#starts[y]!;
    const size = this.#starts[y + 1]! - start;
    const p = i - start;
    // The class is read from the global index, so that even a small N has every body.
    const k = i % 10;
    const meeting = 1 + Math.floor((i * 9000) / this.n);
    if (k === 9) {
      const number = below(i, SC_CLASS) + 1;
      const day = Math.floor((p * 364) / Math.max(1, size));
      return { i, body: "SC", year, session: year, number, symbol: `S/RES/${number} (${year})`, date: isoOfDay(year, day), meeting };
    }
    if (year >= HRC_FROM && HRC_CLASS.includes(k)) {
      const h = between(start, i, HRC_CLASS);
      const third = h % 3;
      const session = 3 * (year - HRC_FROM) + third + 1;
      const number = Math.floor(h / 3) + 1;
      // March, June and September sessions, each about three weeks long.
      const day = [80, 170, 262][third]! + Math.floor((p * 20) / Math.max(1, size));
      return { i, body: "HRC", year, session, number, symbol: `A/HRC/RES/${session}/${number}`, date: isoOfDay(year, day), meeting: 1 + (h % 60) };
    }
    const session = year - 1945;
    const number = between(start, i, year >= HRC_FROM ? GA_CLASS_LATE : GA_CLASS_EARLY) + 1;
    // The main part of a GA session: mid-September to late December.
    const day = 257 + Math.floor((p * 98) / Math.max(1, size));
    return { i, body: "GA", year, session, number, symbol: `A/RES/${session}/${number}`, date: isoOfDay(year, day), meeting: 1 + Math.floor((p * 90) / Math.max(1, size)) };
  }
}

const SC_CLASS = [9];
const HRC_CLASS = [6, 7, 8];
const GA_CLASS_EARLY = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const GA_CLASS_LATE = [0, 1, 2, 3, 4, 5];

/** How many j in [0, x) have j % 10 in `classes`. */
function below(x: number, classes: readonly number[]): number {
  let sum = 0;
  for (const c of classes) sum += Math.max(0, Math.floor((x - c + 9) / 10));
  return sum;
}

/** How many j in [a, b) have j % 10 in `classes`. */
const between = (a: number, b: number, classes: readonly number[]): number => below(b, classes) - below(a, classes);

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2017-09-29" → "29 September 2017". */
export function printedDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 80 → "Eightieth", 42 → "Forty-second". */
export function ordinalWord(n: number): string {
  let w: string;
  if (n < 10) w = UNITS[n]!;
  else if (n < 20) w = TEENS[n - 10]!;
  else if (n < 100) w = n % 10 === 0 ? TENS_ORD[n / 10]! : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
  else w = `${ordinalSuffix(n)}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
