// What `resgraph export` is asked: the format, and the filter's small grammar. Each bad value is
// refused with BAD_USER_INPUT naming the option and the reason, before the store is opened.

import { BODIES, type Body } from "../domain.js";
import { BadUserInputError } from "../errors.js";
import type { ExportFilter } from "../graph/port.js";
import { ADOPTING_BODY_ABBREVIATIONS, bodyFromInput } from "../ingest/citations/bodies.js";

export const EXPORT_FORMATS = ["graphml", "csv", "jsonl", "neo4j-admin"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportFormatOf(value: string): ExportFormat {
  const found = EXPORT_FORMATS.find((f) => f === value.trim().toLowerCase());
  if (!found) throw new BadUserInputError("--format", `must be one of ${EXPORT_FORMATS.join(", ")}, got ${JSON.stringify(value)}`);
  return found;
}

const BODY_ABBREVIATIONS = ADOPTING_BODY_ABBREVIATIONS;

export const FILTER_HELP = `resolutions to start from, as comma-separated terms: body=${BODY_ABBREVIATIONS.join("|")} (or the body's name),
year=2020, year>=2020, year<=2023 (also > and <), session=75; every term narrows. The export holds
the matching loaded resolutions and what they reach: their paragraphs, the resolutions they recall
(stubs included), the documents they cite, the entities they name, concern, or that voted on or
sponsored them, their subjects, and the analysis pages of them with their quotes`;

function bodyOf(value: string): Body {
  const found = bodyFromInput(value);
  if (!found) {
    throw new BadUserInputError("--filter", `unknown body ${JSON.stringify(value)}: use ${BODY_ABBREVIATIONS.join(", ")} or one of ${BODIES.join(", ")}`);
  }
  return found;
}

function yearOf(value: string, term: string): number {
  if (!/^\d{1,4}$/.test(value.trim())) throw new BadUserInputError("--filter", `${JSON.stringify(term)}: the year must be a number such as 2020`);
  return Number(value.trim());
}

/** `body=GA,year>=2020,year<=2023,session=75` → the filter; "" or only spaces → no filter. */
export function parseExportFilter(text: string): ExportFilter | undefined {
  const terms = text.split(",").map((t) => t.trim()).filter((t) => t !== "");
  if (terms.length === 0) return undefined;
  const filter: ExportFilter = {};
  const narrow = (field: "yearFrom" | "yearTo", year: number) => {
    const current = filter[field];
    filter[field] = current === undefined ? year : field === "yearFrom" ? Math.max(current, year) : Math.min(current, year);
  };
  for (const term of terms) {
    const m = /^([a-z]+)\s*(>=|<=|=|>|<)\s*(.*)$/i.exec(term);
    if (!m) throw new BadUserInputError("--filter", `${JSON.stringify(term)} is not a term: write field=value, e.g. body=GA or year>=2020`);
    const [, rawField, op, value] = m as unknown as [string, string, string, string];
    const field = rawField.toLowerCase();
    if (value.trim() === "") throw new BadUserInputError("--filter", `${JSON.stringify(term)} has no value`);
    if (field === "year") {
      const year = yearOf(value, term);
      if (op === "=" || op === ">=") narrow("yearFrom", year);
      if (op === "=" || op === "<=") narrow("yearTo", year);
      if (op === ">") narrow("yearFrom", year + 1);
      if (op === "<") narrow("yearTo", year - 1);
      continue;
    }
    if (op !== "=") throw new BadUserInputError("--filter", `${JSON.stringify(term)}: ${field} takes =, only year compares`);
    if (field === "body") {
      if (filter.body !== undefined) throw new BadUserInputError("--filter", "body is given twice");
      filter.body = bodyOf(value);
    } else if (field === "session") {
      if (filter.session !== undefined) throw new BadUserInputError("--filter", "session is given twice");
      filter.session = value.trim().toUpperCase();
    } else {
      throw new BadUserInputError("--filter", `unknown field ${JSON.stringify(rawField)}: use body, year or session`);
    }
  }
  if (filter.yearFrom !== undefined && filter.yearTo !== undefined && filter.yearFrom > filter.yearTo) {
    throw new BadUserInputError("--filter", `no year is both >= ${filter.yearFrom} and <= ${filter.yearTo}`);
  }
  return filter;
}
