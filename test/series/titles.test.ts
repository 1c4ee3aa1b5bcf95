import { describe, expect, it } from "vitest";
import { printedNumber, printedNumberWithoutYear } from "../../src/ingest/citations/printed-number.js";
import { recallsAsItsResolution, speaksOfSeries } from "../../src/series/recall-phrases.js";
import { sharedTitleWords, titleRelation } from "../../src/series/titles.js";

describe("titleRelation", () => {
  it.each([
    ["Confidence-building measures in the regional and subregional context", "Confidencebuilding measures in the regional and subregional context", "SAME"],
    ["Conclusion of effective international arrangements to assure non‑nuclear-weapon States", "Conclusion of effective international arrangements to assure non-nuclear-weapon States", "SAME"],
    ["Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", "Situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", "SIMILAR"],
    ["Intensification of efforts to prevent and eliminate all forms of violence against women and girls", "Intensification of efforts to prevent and eliminate all forms of violence against women and girls: gender stereotypes and negative social norms", "SIMILAR"],
    ["Question of Anguilla", "Question of Bermuda", "DIFFERENT"],
    ["United Nations common system", "Review of the jurisdictional set-up of the United Nations common system", "DIFFERENT"],
    ["Disaster risk reduction", "Economic and other activities which affect disaster risk reduction", "DIFFERENT"],
    ["", "Question of Bermuda", "UNTITLED"],
  ])("%j / %j: %s", (a, b, relation) => {
    expect(titleRelation(a, b)).toBe(relation);
  });

  it("counts shared words without \"United Nations\"", () => {
    expect(sharedTitleWords("Office of the United Nations High Commissioner for Refugees", "Strengthening of the coordination of emergency humanitarian assistance of the United Nations")).toBe(0);
    expect(sharedTitleWords("International cooperation to address and counter the world drug problem", "Addressing and countering the world drug problem through a comprehensive, integrated and balanced approach")).toBe(3);
  });
});

describe("recall phrases", () => {
  it("prints a symbol's number as texts do", () => {
    expect(printedNumber("A/RES/75/289")).toBe("75/289");
    expect(printedNumber("S/RES/660 (1990)")).toBe("660 (1990)");
    expect(printedNumberWithoutYear("S/RES/660 (1990)")).toBe("660");
    expect(printedNumberWithoutYear("A/RES/217 A (III)")).toBe("217 A (III)");
    expect(printedNumber("A/HRC/RES/36/32")).toBe("36/32");
  });

  it("finds a resolution recalled as the body's own, in the same clause", () => {
    expect(recallsAsItsResolution("Reaffirming its resolution 660 (1990),", "S/RES/660 (1990)")).toBe(true);
    expect(recallsAsItsResolution("Recalling its resolutions 660 (1990), 661 (1990) and 662 (1990),", "S/RES/662 (1990)")).toBe(true);
    expect(recallsAsItsResolution("Recalling Security Council resolution 660 (1990),", "S/RES/660 (1990)")).toBe(false);
    expect(recallsAsItsResolution("Recalling its resolution 12/1; welcoming resolution 75/289,", "A/RES/75/289")).toBe(false);
    // 1660 is not 660
    expect(recallsAsItsResolution("Recalling its resolution 1660 (2006),", "S/RES/660 (1990)")).toBe(false);
  });

  it("recognizes a paragraph speaking of a series", () => {
    expect(speaksOfSeries("Reaffirming its resolution 76/188 and all its preceding resolutions on international cooperation")).toBe(true);
    expect(speaksOfSeries("Recalling its resolution 53/92 and all subsequent annual resolutions, including resolution 76/298")).toBe(true);
    expect(speaksOfSeries("Recalling its resolution 46/182 and all subsequent General Assembly resolutions on the subject")).toBe(true);
    expect(speaksOfSeries("Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”")).toBe(false);
  });
});
