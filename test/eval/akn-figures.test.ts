// The pure half of the AKN part of `npm run eval` (scripts/akn-figures.ts): headline figures and
// goals, per-document counts, the baseline file, and the ranking of documents that got worse.
// Built from small literals, so it runs without ../shared.

import { describe, expect, it } from "vitest";
import {
  checkerSummaryShape,
  diffRuns,
  docCounts,
  figuresTable,
  formatChange,
  headlineFigures,
  lossReport,
  meetsGoal,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type Counts,
  type DocCounts,
} from "../../scripts/akn-figures.js";

const c = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn });
const doc = (keys: Counts, resolution: Counts, document: Counts): DocCounts => ({ keys, resolution, document });
const prf = (p: number, r: number, f1: number) => ({ p, r, f1, tp: 0, fp: 0, fn: 0 });
const acc = (a: number) => ({ acc: a, ok: 0, n: 0 });

const summary = checkerSummaryShape.parse({
  all: {
    docs: 994,
    failed: 1,
    header: { title: acc(0.9688), meeting: acc(0.9296), adoptedOn: acc(1) },
    keys: prf(0.999, 0.9698, 0.9842),
    refs: { para: { resolution: prf(0.9141, 0.9146, 0.9143), document: prf(0.9, 0.96, 0.93) }, doc: { all: prf(0.94, 0.91, 0.92) } },
    extra: "fields the figures do not use are ignored",
  },
  failures: [{ id: "x", error: "resgraph: no masthead" }],
  missCauses: [{ cause: "found in another paragraph", count: 3, share: 1 }],
});

describe("headline figures", () => {
  it("reads the checker's summary and marks each goal met or not", () => {
    const f = headlineFigures(summary);
    expect(f).toMatchObject({ keysF1: 0.9842, resolutionParaRecall: 0.9146, documentParaRecall: 0.96, failedTexts: 1, docs: 994 });
    expect(meetsGoal("adoptionDateAccuracy", f.adoptionDateAccuracy)).toBe(true);
    expect(meetsGoal("documentParaRecall", f.documentParaRecall)).toBe(true);
    expect(meetsGoal("keysF1", f.keysF1)).toBe(false);
    expect(meetsGoal("failedTexts", 1)).toBe(false);
    expect(meetsGoal("failedTexts", 0)).toBe(true);
  });

  it("prints the change since the baseline with its sign", () => {
    expect(formatChange("keysF1", 0.915, 0.931)).toBe("0.9150 → 0.9310 (+0.0160)");
    expect(formatChange("titleAccuracy", 0.97, 0.9688)).toBe("0.9700 → 0.9688 (−0.0012)");
    expect(formatChange("keysF1", 0.9842, 0.9842)).toBe("0.9842 → 0.9842 (=)");
    expect(formatChange("failedTexts", 0, 2)).toBe("0 → 2 (+2)");
  });

  it("lays out one row per figure, with n of N for failures", () => {
    const lines = figuresTable(headlineFigures(summary), { keysF1: 0.98, failedTexts: 0 });
    expect(lines[0]).toMatch(/^figure +goal +baseline → now$/);
    expect(lines.find((l) => l.startsWith("paragraph keys F1"))).toMatch(/≥ 0\.998 +0\.9800 → 0\.9842 \(\+0\.0042\) +not met$/);
    expect(lines.find((l) => l.startsWith("texts that fail"))).toMatch(/ 0 +0 → 1 \(\+1\) of 994 +not met$/);
    // a figure the baseline lacks is shown without a change
    expect(lines.find((l) => l.startsWith("adoption date"))).toMatch(/ 1\.0000 +met$/);
  });
});

describe("per-document counts", () => {
  it("counts keys and paragraph-level references by kind; a document without ground truth has none", () => {
    const refs = (...kinds: string[]) => kinds.map((kind) => ({ kind, target: "A/RES/1/1" }));
    const counted = docCounts({
      id: "76session_76_1_E",
      keys: { tp: 10, miss: ["op3"], extra: [] },
      refs: { para: { tp: refs("resolution", "resolution", "document"), miss: refs("document"), extra: refs("resolution") } },
    });
    expect(counted).toEqual(doc(c(10, 0, 1), c(2, 1, 0), c(1, 0, 1)));
    expect(docCounts({ id: "75session_75_274_F", convertError: "skipped: not English" })).toBeUndefined();
  });
});

describe("comparing a run with the baseline", () => {
  const same = doc(c(10, 0, 0), c(5, 0, 0), c(2, 0, 0));
  const base = new Map<string, DocCounts>([
    ["a", same],
    ["b", same],
    ["c", same],
    ["d", same],
    ["gone", same],
  ]);
  const now = new Map<string, DocCounts>([
    ["a", same], // unchanged
    ["b", doc(c(10, 0, 0), c(3, 1, 2), c(2, 0, 0))], // lost 2 resolution refs, 1 extra: loss 3
    ["c", doc(c(9, 0, 1), c(5, 0, 0), c(2, 0, 0))], // lost a key: loss 1
    ["d", doc(c(10, 0, 0), c(5, 0, 0), c(2, 3, 0))], // 3 extra document refs: loss 3
    ["new", same],
  ]);

  it("ranks the documents that got worse by loss, then by id", () => {
    const diff = diffRuns(base, now);
    expect(diff.worse.map((d) => [d.id, d.loss, d.gain])).toEqual([
      ["b", 3, 0],
      ["d", 3, 0],
      ["c", 1, 0],
    ]);
    expect(diff.worse[0]!.worse.map((w) => w.measure)).toEqual(["resolution"]);
    expect(diff).toMatchObject({ better: 0, unchanged: 1, added: ["new"], missing: ["gone"] });
  });

  it("lists a document that lost citations even when it gained elsewhere, and counts pure gains as better", () => {
    const diff = diffRuns(
      new Map([
        ["mixed", same],
        ["gain", same],
      ]),
      new Map([
        ["mixed", doc(c(10, 0, 0), c(4, 0, 1), c(5, 0, 0))], // +3 document refs (ground truth grew), −1 resolution
        ["gain", doc(c(10, 0, 0), c(5, 0, 0), c(2, 0, 0))],
      ]),
    );
    expect(diff.worse.map((d) => [d.id, d.loss, d.gain])).toEqual([["mixed", 1, 3]]);
    expect(diff.unchanged).toBe(1);
    const better = diffRuns(new Map([["x", doc(c(9, 1, 1), c(5, 0, 0), c(2, 0, 0))]]), new Map([["x", same]]));
    expect(better).toMatchObject({ worse: [], better: 1, unchanged: 0 });
  });

  it("counts a lost citation once when the ground truth is unchanged, and new misses when it grew", () => {
    const grew = diffRuns(new Map([["x", same]]), new Map([["x", doc(c(10, 0, 0), c(5, 0, 3), c(2, 0, 0))]]));
    expect(grew.worse[0]!.loss).toBe(3);
    const lost = diffRuns(new Map([["x", same]]), new Map([["x", doc(c(10, 0, 0), c(4, 0, 1), c(2, 0, 0))]]));
    expect(lost.worse[0]!.loss).toBe(1);
  });

  it("prints the worst documents with what got worse, and only the top ones", () => {
    const lines = lossReport(diffRuns(base, now), 2);
    expect(lines[0]).toBe("per document since the baseline: 3 worse, 0 better, 1 unchanged, 1 new, 1 no longer measured (gone)");
    expect(lines[1]).toBe("documents that got worse (top 2 of 3 by loss):");
    expect(lines[2]).toMatch(/^  loss  gain  document  what got worse/);
    expect(lines.slice(4)).toEqual(["  3     0     b         resolution refs tp 5→3 fn 0→2 fp 0→1", "  3     0     d         document refs fp 0→3"]);
  });
});

describe("the baseline file", () => {
  it("round-trips, one line per document", () => {
    const b: Baseline = {
      measuredAt: "2026-01-01T00:00:00.000Z",
      code: "abc1234",
      figures: headlineFigures(summary),
      docs: new Map([
        ["z", doc(c(1, 2, 3), c(4, 5, 6), c(7, 8, 9))],
        ["a", doc(c(0, 0, 0), c(0, 0, 0), c(0, 0, 1))],
      ]),
    };
    const text = serializeBaseline(b);
    expect(text).toContain('\n    "a": [0,0,0,0,0,0,0,0,1],\n    "z": [1,2,3,4,5,6,7,8,9]\n  }\n}\n');
    const parsed = parseBaseline(JSON.parse(text));
    expect(parsed).toEqual({ ...b, docs: new Map([...b.docs].sort()) });
    expect(JSON.parse(text)).toHaveProperty("about", expect.stringContaining("--save-baseline"));
  });

  it("refuses a file whose columns are not today's", () => {
    const json = JSON.parse(serializeBaseline({ measuredAt: "", code: "", figures: {}, docs: new Map() })) as { columns: string[] };
    json.columns = ["keys.tp"];
    expect(() => parseBaseline(json)).toThrow(/columns/);
  });
});
