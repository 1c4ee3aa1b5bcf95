// How both stores read a search: the terms (each once, at most MAX_SEARCH_TERMS), words compared
// without case or diacritics, and the one snippet maker whichever store found the hit.
import { describe, expect, it } from "vitest";
import { snippet } from "../../src/graph/features/search/snippet.js";
import { foldDiacritics, searchTerms, searchTextOf, wordKey } from "../../src/graph/features/search/words.js";

describe("search terms", () => {
  it("keeps each whitespace-separated piece holding a letter or digit once, compared as words are", () => {
    expect(searchTerms("  Water WATER water  !!! 70/1 Côte cote")).toEqual(["Water", "70/1", "Côte"]);
    expect(searchTerms("« » * ( )")).toEqual([]);
  });

  it("folds diacritics, not letters without a decomposition", () => {
    expect(foldDiacritics("Côte d'Ivoire, Türkiye, São Tomé and Príncipe")).toBe("Cote d'Ivoire, Turkiye, Sao Tome and Principe");
    expect(foldDiacritics("Łódź Ørsted")).toBe("Łodz Ørsted");
    expect(wordKey("CÔTE")).toBe("cote");
    expect(searchTextOf("plain English text")).toBeNull();
    expect(searchTextOf("Côte d'Ivoire")).toBe("Cote d'Ivoire");
  });
});

describe("snippets", () => {
  const text = "Recalling General Assembly resolution 70/1 of 25 September 2015 and Human Rights Council resolution 33/22,";

  it("marks every matched word, case-insensitively, one mark per run of matched words", () => {
    expect(snippet(text, "human rights")).toBe(
      "Recalling General Assembly resolution 70/1 of 25 September 2015 and «Human Rights» Council resolution 33/22,",
    );
    expect(snippet(text, "RESOLUTION")).toContain("Assembly «resolution» 70/1");
    expect(snippet(text, "RESOLUTION").match(/«/g)).toHaveLength(2);
  });

  it("marks words whatever their diacritics, as the indexes match them", () => {
    expect(snippet("Welcomes the elections in Côte d'Ivoire;", "cote")).toBe("Welcomes the elections in «Côte» d'Ivoire;");
    expect(snippet("Welcomes the elections in Cote d'Ivoire;", "CÔTE d'ivoire")).toBe("Welcomes the elections in «Cote d'Ivoire»;");
  });

  it("cuts long paragraphs around the first match with …", () => {
    const long = `${"word ".repeat(60)}target ${"tail ".repeat(60)}`.trim();
    const s = snippet(long, "target");
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("«target»");
    expect(s.split(" ").length).toBeLessThan(30);
  });

  it("gives the start of the text when nothing matches the words", () => {
    expect(snippet("Short text.", "zzz")).toBe("Short text.");
  });
});
