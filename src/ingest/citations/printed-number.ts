// How a text prints a resolution's number, for finding it in a paragraph: "S/RES/660 (1990)" is
// cited as "660 (1990)", "A/HRC/RES/36/32" as "36/32", "A/RES/217 A (III)" as "217 A (III)". One
// rule, read by the series module (does a paragraph recall this resolution as "its resolution N"?)
// and by the explorer (where to mark a citation). Pure, no imports: the explorer's bundle takes it.

/** The number as texts print it: what follows the series' `/RES/` or `/DEC/`, else the symbol itself. */
export function printedNumber(symbol: string): string {
  const match = /\/(?:RES|DEC)\/(.+)$/i.exec(symbol.trim());
  return (match?.[1] ?? symbol).trim();
}

/**
 * The printed number without a Security Council year ("660" of "S/RES/660 (1990)"): a list
 * "its resolutions 660 (1990), 661 (1990) and 662" prints the year on some numbers only.
 */
export function printedNumberWithoutYear(symbol: string): string {
  return printedNumber(symbol).replace(/\s*\(\d{4}\)$/, "");
}

/** `s` as a literal inside a regular expression (a number's "." "(" and "/" included). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
