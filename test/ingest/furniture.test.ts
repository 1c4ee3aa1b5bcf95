import { describe, expect, it } from "vitest";
import { stripFurniture, stripRunningTitles } from "../../src/ingest/furniture.js";
import { toLines } from "../../src/ingest/lines.js";

const texts = (text: string): string[] => stripFurniture(toLines(text)).lines.map((l) => l.text).filter((t) => t !== "");

describe("stripFurniture", () => {
  it("removes job numbers, barcodes, date codes and page counters", () => {
    const page = "Recalling its resolution,\n18-18142 (E)\n021118\n*1818142*\n2/5\nGE.19-17277(E)\nNoting also";
    expect(texts(page)).toEqual(["Recalling its resolution,", "Noting also"]);
  });
  it("removes the masthead and its issue date, and records the printed symbol", () => {
    const { lines, printedSymbols } = stripFurniture(
      toLines("United Nations A/HRC/RES/20/11\n\nGeneral Assembly Distr.: General\n16 July 2012\n\nOriginal: English\nThe Human Rights Council,"),
    );
    expect(lines.map((l) => l.text).filter(Boolean)).toEqual(["The Human Rights Council,"]);
    expect(printedSymbols).toEqual(["A/HRC/RES/20/11"]);
  });
  it("removes running symbols and the page number under them", () => {
    const text = "first page text,\fA/HRC/RES/42/25\n2\ncontinued text";
    expect(texts(text)).toEqual(["first page text,", "continued text"]);
  });
  it("keeps a body name that is not part of a masthead", () => {
    expect(texts("Human Rights Council\nTwentieth session")).toEqual(["Human Rights Council", "Twentieth session"]);
  });
});

describe("stripRunningTitles", () => {
  it("drops a running title that repeats the start of the title", () => {
    const lines = toLines("51/17 of 12 November\nNecessity of ending the economic, commercial and financial\n1996, 52/10");
    const kept = stripRunningTitles(lines, "Necessity of ending the economic, commercial and financial embargo").map((l) => l.text);
    expect(kept).toEqual(["51/17 of 12 November", "1996, 52/10"]);
  });
});
