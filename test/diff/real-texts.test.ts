// The diff over real series: the embargo resolutions 75/289 → 77/7 → 80/4 (seeds), HRC 36/32
// against the analysis page's quotes of its 2023 successor (seeds), SC 660 → 661 → 687 (fixtures).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolutionDocument } from "../../src/domain.js";
import type { DiffParagraph } from "../../src/diff/align.js";
import { diffParagraphs } from "../../src/diff/paragraph-diff.js";
import { parseSource } from "../../src/ingest/source.js";
import { leadingVerb } from "../../src/ingest/verbs.js";
import { PACKAGE_ROOT, SEEDS_DIR } from "../../src/package-root.js";

const FIXTURES = path.join(PACKAGE_ROOT, "test/fixtures/series");

function resolution(file: string): ResolutionDocument {
  const parsed = parseSource(readFileSync(file, "utf8"), file);
  if (parsed.kind !== "resolution") throw new Error(`${file} is not a resolution`);
  return parsed.document;
}

const seed = (name: string) => resolution(path.join(SEEDS_DIR, name));
const changed = (words: { op: string; text: string }[]) => words.filter((w) => w.op !== "SAME").map((w) => `${w.op === "ADDED" ? "+" : "-"}${w.text.trim()}`);

describe("the embargo series 75/289 → 77/7 → 80/4", () => {
  const r75 = seed("A_RES_75_289_E.xml");
  const r77 = seed("A_RES_77_7-2225007E.xml");
  const r80 = seed("A_RES_80_4.txt");

  it("75/289 → 77/7: the same 13 paragraphs, 5 updated (the resolutions recalled, the report, the session), no verb moved", () => {
    const d = diffParagraphs(r75.paragraphs, r77.paragraphs);
    expect(d.summary).toEqual({ kept: 8, reworded: 5, added: 0, dropped: 0, moved: 0, stronger: 0, weaker: 0 });
    const reworded = d.changes.filter((c) => c.status === "REWORDED").map((c) => c.after!.key);
    expect(reworded).toEqual(["pp6", "pp8", "op1", "op4", "op5"]);
    const op1 = d.changes.find((c) => c.after?.key === "op1")!;
    expect(changed(op1.words)).toEqual(["-74", "+75", "-7", "+289"]);
    const pp6 = d.changes.find((c) => c.after?.key === "pp6")!;
    expect(changed(pp6.words).join(" ")).toContain("+and 75/289 of 23 June 2021 and its decision 76/563 of 11 May 2022");
    const op5 = d.changes.find((c) => c.after?.key === "op5")!;
    expect(changed(op5.words)).toEqual(["-sixth", "+eighth"]);
  });

  it("reads op2's verb from its text where the source marked up less of it (77/7 stores \"Reiterates\")", () => {
    expect(r77.paragraphs.find((p) => p.key === "op2")!.verb).toBe("Reiterates");
    const op2 = diffParagraphs(r75.paragraphs, r77.paragraphs).changes.find((c) => c.after?.key === "op2")!;
    expect(op2.status).toBe("KEPT");
    expect(op2.verb).toMatchObject({ change: "SAME", after: "Reiterates its call upon" });
    expect(op2.verb!.afterPlacement?.rung).toBe("Calls upon");
  });

  it("77/7 → 80/4 (the PDF's text against the AKN XML): the same paragraphs, 5 updated", () => {
    const d = diffParagraphs(r77.paragraphs, r80.paragraphs);
    expect(d.summary).toMatchObject({ kept: 8, reworded: 5, added: 0, dropped: 0, moved: 0 });
    const op5 = d.changes.find((c) => c.after?.key === "op5")!;
    expect(changed(op5.words)).toEqual(["-seventy", "+eighty", "-eighth", "+first"]);
  });
});

describe("HRC 36/32 against the quotes of its 2023 successor (analysis page)", () => {
  const hrc = seed("000_a76aad1bd757f93e.txt");
  const page = parseSource(readFileSync(path.join(SEEDS_DIR, "004_9cc71f49dc171673.txt"), "utf8"), "analysis");
  if (page.kind !== "analysis") throw new Error("not an analysis page");
  // Quotes are abridged ("…"): compared by containment, as operative paragraphs with their own verbs.
  const quotes = page.analysis.quotes.map(
    (q, i): DiffParagraph => ({ key: `q${i + 1}`, kind: "operative", ordinal: i + 1, verb: leadingVerb(q.text), text: q.text.replace(/…$/, "") }),
  );
  const d = diffParagraphs(hrc.paragraphs.filter((p) => p.kind === "operative"), quotes, { measure: "containment" });
  const pairs = d.changes.filter((c) => c.before && c.after).map((c) => `${c.before!.key}→${c.after!.key}:${c.verb!.change}`);

  it("finds the 2017 paragraph of three quotes; the escalation of the restrictions paragraph is STRONGER", () => {
    expect(pairs).toEqual(["op22→q1:SAME", "op23→q3:STRONGER", "op29→q5:SAME"]);
    const op23 = d.changes.find((c) => c.before?.key === "op23")!;
    expect(op23.verb).toMatchObject({ before: "Expresses concern", after: "Expresses serious concern" });
    expect(changed(op23.words).slice(0, 2)).toEqual(["+serious", "-about"]);
  });

  it("the quotes on Kem Sokha's conviction and the 2023 election are new", () => {
    expect(d.changes.filter((c) => c.status === "ADDED").map((c) => c.after!.key)).toEqual(["q2", "q4"]);
  });
});

describe("the Security Council's Iraq–Kuwait texts 660 → 661 → 687", () => {
  const [s660, s661, s687] = ["S_RES_660_1990.txt", "S_RES_661_1990.txt", "S_RES_687_1991.txt"].map((f) => resolution(path.join(FIXTURES, f)));

  it("660 → 661: no paragraph carried over (661 builds on 660 with new text)", () => {
    const d = diffParagraphs(s660!.paragraphs, s661!.paragraphs);
    expect(d.summary).toMatchObject({ kept: 0, reworded: 0, moved: 0, dropped: s660!.paragraphs.length, added: s661!.paragraphs.length });
  });

  it("661 → 687: 661's \"Acting under Chapter VII of the Charter\" is reworded into 687's preamble", () => {
    const d = diffParagraphs(s661!.paragraphs, s687!.paragraphs);
    const pairs = d.changes.filter((c) => c.before && c.after);
    expect(pairs.map((c) => `${c.status}:${c.before!.key}→${c.after!.key}`)).toEqual(["REWORDED:pp7→pp26"]);
    expect(changed(pairs[0]!.words)).toContain("+Conscious of the need to take the following measures acting");
  });
});
