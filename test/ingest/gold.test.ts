// Each gold answer (copied from the shared spec into test/fixtures/gold) is checked for header fields
// and paragraph keys, so a regression on any layout shows here.
import { describe, expect, it } from "vitest";
import { parseResolution } from "../../src/ingest/parse.js";
import { goldFiles, readGold, readSeed } from "./helpers.js";

const norm = (v: unknown): unknown => (typeof v === "string" ? v.replace(/\s+/g, " ").trim().toLowerCase() : v);

describe.each(goldFiles())("gold %s", (goldName) => {
  const gold = readGold(goldName);
  const doc = parseResolution(readSeed(gold.source), gold.source);

  it("has every header field", () => {
    for (const [field, want] of Object.entries(gold.resolution)) {
      const got = (doc.resolution as unknown as Record<string, unknown>)[field];
      if (typeof want === "object") expect(got, field).toEqual(want);
      else if (field === "symbol") expect(String(got).replace(/\s+/g, ""), field).toBe(String(want).replace(/\s+/g, ""));
      else expect(norm(got), field).toBe(norm(want));
    }
  });

  it("has the gold paragraph keys and kinds, in order", () => {
    const got = doc.paragraphs.filter((p) => !p.key.startsWith("annex"));
    expect(got.map((p) => `${p.key}:${p.kind}`)).toEqual(gold.paragraphs.map((p) => `${p.key}:${p.kind}`));
  });

  it("has the gold references", () => {
    const key = (r: { paragraph: string; kind: string; target: string }): string => `${r.paragraph}|${r.kind}|${r.target.replace(/\s+/g, "").toUpperCase()}`;
    expect(new Set(doc.references.map(key))).toEqual(new Set(gold.references.map(key)));
  });
});
