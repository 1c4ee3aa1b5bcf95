// Lines rebuilt from text runs: the rules that make a PDF read like pdftotext's text, checked on
// runs placed by hand (positions in points, y up), so each rule fails here on its own if broken.
import { describe, expect, it } from "vitest";
import { dropFurniture } from "../../../src/ingest/pdf/furniture.js";
import { pageLines } from "../../../src/ingest/pdf/lines.js";
import { layoutPage, writePages } from "../../../src/ingest/pdf/page-text.js";
import type { TextRun } from "../../../src/ingest/pdf/runs.js";

const run = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.45): TextRun => ({ text, x, y, size, width });

describe("pageLines", () => {
  it("groups runs by baseline, orders them by x, and puts spaces only where gaps are", () => {
    const lines = pageLines([run("world", 60, 700), run("Hello", 10, 700.4, 10, 45), run(";", 60 + 22.5 + 0.3, 700), run("next", 10, 688)]);
    expect(lines.map((l) => l.text)).toEqual(["Hello world;", "next"]);
  });

  it("glues a raised, smaller mark to the word before it, and spaces the word after", () => {
    const lines = pageLines([run("Development,", 10, 700, 10, 54), run("2", 64.5, 703.5, 6.5, 3.2), run("and", 71, 700), run("the rest", 10, 688)]);
    expect(lines.map((l) => l.text)).toEqual(["Development,2 and", "the rest"]);
  });

  it("does not take a raised digit of body size for a mark, nor a small number on its own line far below", () => {
    const lines = pageLines([run("paragraph", 10, 700, 10, 40), run("3", 53, 701.5, 10, 5), run("3", 10, 600, 6.5)]);
    expect(lines.map((l) => l.text)).toEqual(["paragraph 3", "3"]);
  });

  it("opens a footnote's line with its raised number, set apart by a space", () => {
    const [line] = pageLines([run("1", 117, 91.2, 5.5, 2.8), run("United Nations, Treaty Series.", 123.4, 88.2, 8.5)]);
    expect(line).toMatchObject({ text: "1 United Nations, Treaty Series.", opensWithMark: true });
  });

  it("splits columns set far apart on one baseline", () => {
    const lines = pageLines([run("General Assembly", 123, 705.6, 20, 148), run("Distr.: General", 397, 705.3, 10)]);
    expect(lines.map((l) => l.text)).toEqual(["General Assembly", "Distr.: General"]);
  });

  it("closes up a hyphen set apart at a line end, so the parser joins the compound", () => {
    expect(pageLines([run("in conflict and post -", 10, 700)])[0]!.text).toBe("in conflict and post-");
  });
});

describe("layoutPage and writePages", () => {
  const body = (text: string, y: number): TextRun => run(text, 10, y);

  it("writes blank lines at paragraph gaps and footnotes under a rule, joining a footnote's wrapped lines", () => {
    const page = pageLines([
      body("Recalling its resolution,", 700),
      body("Noting the report,", 682),
      body("which continues here,", 670),
      run("1", 117, 91.2, 5.5, 2.8),
      run("A/73/334, first line of a", 123.4, 88.2, 8.5),
      run("footnote that wraps.", 123.4, 78.2, 8.5),
    ]);
    expect(writePages([layoutPage(page, 10)])).toBe(
      "Recalling its resolution,\n\nNoting the report,\nwhich continues here,\n\n__________________\n1 A/73/334, first line of a footnote that wraps.\n",
    );
  });

  it("joins a footnote continued at the next page's bottom to its start", () => {
    const first = layoutPage(pageLines([body("text", 700), run("6", 117, 91.2, 5.5, 2.8), run("Related documents include A/1,", 123.4, 88.2, 8.5)]), 10);
    const second = layoutPage(pageLines([body("more text", 700), run("__________________", 99, 94, 8)]), 10);
    const secondWithNote = { ...second, notes: [{ text: "A/2 and A/3.", marked: false }] };
    const text = writePages([first, secondWithNote]);
    expect(text).toContain("6 Related documents include A/1, A/2 and A/3.");
    expect(text.split("\f")[1]).toBe("more text\n");
  });
});

describe("dropFurniture", () => {
  it("drops job numbers, barcodes, page counters and later running heads, and keeps the first masthead", () => {
    const lines = (texts: string[]) => pageLines(texts.map((t, i) => run(t, 10, 700 - 12 * i)));
    const first = dropFurniture(lines(["A/RES/73/7", "Recalling", "18-18142 (E) 021118", "*1818142*"]), 0);
    expect(first.map((l) => l.text)).toEqual(["A/RES/73/7", "Recalling"]);
    const later = dropFurniture(lines(["A/RES/73/7", "Noting", "2/5", "18-18142", "Please recycle"]), 1);
    expect(later.map((l) => l.text)).toEqual(["Noting"]);
  });
});
