// Global ids are `Label:key`, readable on purpose (`Resolution:S/RES/660 (1990)`): people paste
// them into GraphiQL. The label never contains `:`; the key may (`Law:KHM:Land Law`).

import { BadUserInputError } from "../../errors.js";
import { NODE_LABELS, type NodeLabel } from "../../graph/model.js";

export const globalId = (label: NodeLabel, key: string): string => `${label}:${key}`;

export function parseGlobalId(id: string): { label: NodeLabel; key: string } {
  const colon = id.indexOf(":");
  const label = NODE_LABELS.find((l) => l === id.slice(0, colon));
  const key = id.slice(colon + 1);
  if (colon < 0 || !label || key === "") {
    throw new BadUserInputError("id", `expected \`Label:key\` with Label one of ${NODE_LABELS.join(", ")}, got ${JSON.stringify(id)}`);
  }
  return { label, key };
}
