import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARAGRAPH_KINDS } from "../../src/domain.js";
import { type DiffParagraph, DiffTooLargeError, MAX_ALIGNED_PAIRS, alignParagraphs } from "../../src/diff/align.js";
import { MAX_WORD_EDITS, diffParagraphs, wordChanges } from "../../src/diff/paragraph-diff.js";
import { renderDiff } from "../../src/diff/render.js";

/** Paragraphs numbered as a resolution numbers them: pp1…, then op1… */
function doc(pre: string[], ops: string[]): DiffParagraph[] {
  return [
    ...pre.map((text, i): DiffParagraph => ({ key: `pp${i + 1}`, kind: "preambular", ordinal: i + 1, verb: text.split(" ")[0]!, text })),
    ...ops.map((text, i): DiffParagraph => ({ key: `op${i + 1}`, kind: "operative", ordinal: pre.length + i + 1, verb: text.split(" ")[0]!, text })),
  ];
}

const PRE = ["Recalling its resolution 12/3 on cooperation between the parties on water resources", "Bearing in mind the principles of the Charter of the United Nations"];
const OPS = [
  "Welcomes the report of the Secretary-General on the implementation of the agreement",
  "Encourages Member States to share information on the management of transboundary rivers",
  "Requests the Secretary-General to report to the General Assembly at its next session",
  "Decides to remain seized of the matter",
];

describe("alignParagraphs", () => {
  it("keeps renumbered operative paragraphs aligned after an inserted one", () => {
    const later = doc(PRE, [OPS[0]!, "Calls upon donors to support the fund established for emergency relief in drought areas", ...OPS.slice(1)]);
    const d = diffParagraphs(doc(PRE, OPS), later);
    expect(d.summary).toMatchObject({ kept: 6, added: 1, dropped: 0, moved: 0, reworded: 0 });
    const kept = d.changes.filter((c) => c.status === "KEPT").map((c) => `${c.before!.key}=${c.after!.key}`);
    expect(kept).toEqual(["pp1=pp1", "pp2=pp2", "op1=op1", "op2=op3", "op3=op4", "op4=op5"]);
    expect(d.changes.find((c) => c.status === "ADDED")!.after!.key).toBe("op2");
  });

  it("detects a paragraph moved out of order, and the others stay in place", () => {
    const later = doc(PRE, [OPS[3]!, OPS[0]!, OPS[1]!, OPS[2]!]);
    const d = diffParagraphs(doc(PRE, OPS), later);
    expect(d.summary).toMatchObject({ kept: 5, moved: 1, added: 0, dropped: 0 });
    const moved = d.changes.find((c) => c.status === "MOVED")!;
    expect([moved.before!.key, moved.after!.key]).toEqual(["op4", "op1"]);
    expect(moved.textChanged).toBe(false);
  });

  it("reports added and dropped paragraphs, and never pairs a preambular with an operative one", () => {
    const later = doc([PRE[0]!, OPS[1]!], [OPS[0]!, OPS[2]!, "Demands that all parties cease hostilities immediately and unconditionally"]);
    const d = diffParagraphs(doc(PRE, OPS), later);
    const status = d.changes.map((c) => `${c.status}:${c.before?.key ?? ""}>${c.after?.key ?? ""}`);
    // OPS[1] moved into the preamble is a preambular paragraph added and an operative one dropped.
    expect(status).toEqual([
      "KEPT:pp1>pp1",
      "DROPPED:pp2>",
      "ADDED:>pp2",
      "KEPT:op1>op1",
      "DROPPED:op2>",
      "KEPT:op3>op2",
      "DROPPED:op4>",
      "ADDED:>op3",
    ]);
    expect(d.summary).toMatchObject({ kept: 3, added: 2, dropped: 3 });
  });

  it("marks a reworded paragraph with its word changes and the verb's move up the scale", () => {
    const before = doc([], ["Expresses concern at the continued detention of journalists and human rights defenders in the country"]);
    const after = doc([], ["Expresses grave concern at the continued arbitrary detention of journalists and human rights defenders in the country"]);
    after[0]!.verb = "Expresses grave concern";
    before[0]!.verb = "Expresses concern";
    const [c] = diffParagraphs(before, after).changes;
    expect(c!.status).toBe("REWORDED");
    expect(c!.verb!.change).toBe("STRONGER");
    expect(c!.words.filter((w) => w.op !== "SAME").map((w) => `${w.op}:${w.text.trim()}`)).toEqual(["ADDED:grave", "ADDED:arbitrary"]);
  });

  it("ignores paragraph numbers, spacing and typographic quotes when deciding KEPT", () => {
    const before = doc([], ["3. Requests the “Secretary-General”  to report"]);
    const after = doc([], ['Requests the "Secretary‑General" to report']);
    expect(diffParagraphs(before, after).changes[0]!.status).toBe("KEPT");
  });

  it("leaves paragraphs below the threshold unpaired", () => {
    const d = alignParagraphs(doc([], [OPS[0]!]), doc([], [OPS[3]!]));
    expect(d.map((s) => [s.before, s.after])).toEqual([[0, null], [null, 0]]);
  });

  it("is deterministic: the same input gives the same steps", () => {
    const a = doc(PRE, OPS);
    const b = doc(PRE, [OPS[1]!, OPS[0]!, OPS[3]!, OPS[2]!]);
    expect(alignParagraphs(a, b)).toEqual(alignParagraphs(a, b));
  });

  it("renders without colour as git's word-diff markers and a summary line", () => {
    const before = doc([], ["Urges all States to refrain from promulgating such laws"]);
    const after = doc([], ["Strongly urges all States to refrain from promulgating such laws"]);
    before[0]!.verb = "Urges";
    after[0]!.verb = "Strongly urges";
    const lines = renderDiff(diffParagraphs(before, after), "X/1", "X/2", { color: false });
    expect(lines[0]).toBe("X/1 → X/2");
    expect(lines[1]).toContain("▲ STRONGER: Urges → Strongly urges");
    expect(lines[2]).toContain("[-Urges-]{+Strongly urges+}");
    expect(lines.at(-1)).toBe("0 kept, 1 reworded, 0 moved, 0 added, 0 dropped; verbs: 1 stronger, 0 weaker");
    expect(lines.join("\n")).not.toContain("\x1b[");
    expect(renderDiff(diffParagraphs(before, after), "X/1", "X/2", { color: true }).join("\n")).toContain("\x1b[");
  });

  it("merges jsdiff's runs into one change per op run", () => {
    expect(wordChanges("a b c", "a x y c").map((w) => w.op)).toEqual(["SAME", "REMOVED", "ADDED", "SAME"]);
  });
});

describe("the diff's bounds", () => {
  /** n words drawn from a fixed seed, so two calls give unrelated texts. */
  let seed = 11;
  const words = (n: number): string =>
    Array.from({ length: n }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return `w${seed % 400}`;
    }).join(" ");

  it("gives a pair past MAX_WORD_EDITS as the whole earlier text REMOVED and the whole later one ADDED", () => {
    const [before, after] = [words(3000), words(3000)];
    expect(wordChanges(before, after)).toEqual([
      { op: "REMOVED", text: before },
      { op: "ADDED", text: after },
    ]);
  });

  it("still diffs word by word a long pair within the bound", () => {
    const text = words(3000);
    const changed = `${text} and one more`;
    const changes = wordChanges(text, changed);
    expect(changes.map((c) => c.op)).toEqual(["SAME", "ADDED"]);
    expect(changes[1]!.text.trim()).toBe("and one more");
    expect(changes.map((c) => c.text).join("")).toBe(changed);
    expect(MAX_WORD_EDITS).toBeGreaterThan(4);
  });

  it("refuses to align more pairs of one kind than MAX_ALIGNED_PAIRS, naming the counts, with BAD_USER_INPUT", () => {
    const side = Math.floor(Math.sqrt(MAX_ALIGNED_PAIRS)) + 1;
    const many = doc([], Array.from({ length: side }, (_, i) => `Decides item ${i}`));
    const attempt = () => alignParagraphs(many, many);
    expect(attempt).toThrow(DiffTooLargeError);
    expect(attempt).toThrow(`${side} × ${side} operative paragraphs are more pairs than a diff aligns (250,000)`);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", context: { kind: "operative", before: side, after: side } });
    }
    // One short side: many paragraphs against few is within the bound.
    expect(alignParagraphs(many, many.slice(0, 10))).toHaveLength(side);
  });
});

describe("alignParagraphs, for any two lists", () => {
  const paragraph = fc.record({
    kind: fc.constantFrom(...PARAGRAPH_KINDS),
    text: fc.array(fc.constantFrom("decides", "requests", "report", "session", "water", "rivers", "fund", "the"), { minLength: 0, maxLength: 8 }).map((w) => w.join(" ")),
  });
  const list = fc.array(paragraph, { maxLength: 12 }).map((ps) =>
    ps.map((p, i): DiffParagraph => ({ key: `p${i + 1}`, kind: p.kind, ordinal: i + 1, verb: "", text: p.text })),
  );

  it("puts every paragraph of each list in exactly one step, paired only with its own kind", () => {
    fc.assert(
      fc.property(list, list, fc.double({ min: 0, max: 1, noNaN: true }), (before, after, threshold) => {
        const steps = alignParagraphs(before, after, { threshold });
        const seen = (side: "before" | "after") => steps.flatMap((s) => (s[side] === null ? [] : [s[side]])).sort((x, y) => x - y);
        expect(seen("before")).toEqual(before.map((_, i) => i));
        expect(seen("after")).toEqual(after.map((_, i) => i));
        for (const s of steps) if (s.before !== null && s.after !== null) expect(before[s.before]!.kind).toBe(after[s.after]!.kind);
      }),
      { numRuns: 300 },
    );
  });
});
