// Editor links as the symbols the graph keys on, spelled as the text grammar spells them; links and
// printed citations merged per paragraph.
import { describe, expect, it } from "vitest";
import { parseAkn } from "../../../src/ingest/akn/index.js";
import { linkedSymbol } from "../../../src/ingest/akn/links.js";
import { readAknFixture } from "./helpers.js";

describe("linkedSymbol", () => {
  it.each([
    ["https://undocs.org/en/A/RES/74/93", "resolution", "A/RES/74/93"],
    ["https://undocs.org/en/A/RES/1970(XVIII)", "resolution", "A/RES/1970(XVIII)"],
    ["https://undocs.org/en/S/RES/2231(2015)", "resolution", "S/RES/2231 (2015)"],
    ["https://undocs.org/en/A/RES/47/120B", "resolution", "A/RES/47/120"],
    ["https://undocs.org/en/A/RES/74/92A-B", "resolution", "A/RES/74/92"],
    ["https://undocs.org/en/A/RES/217A(III)", "resolution", "A/RES/217(III)"],
    ["https://undocs.org/a/res/70/1", "resolution", "A/RES/70/1"],
    ["https://undocs.org/en/A/DEC/75/551", "resolution", "A/DEC/75/551"],
    ["https://undocs.org/en/A/HRC/RES/45/1", "resolution", "A/HRC/RES/45/1"],
    ["https://docs.un.org/en/E/RES/2020/12", "resolution", "E/RES/2020/12"],
    ["https://undocs.org/en/A/75/64", "document", "A/75/64"],
    ["https://undocs.org/en/a/75/64/add.1", "document", "A/75/64/Add.1"],
    ["https://undocs.org/en/A/75/6(Sect.8)", "document", "A/75/6 (Sect. 8)"],
    ["https://undocs.org/en/A/CONF.157/24(PartI)", "document", "A/CONF.157/24 (Part I)"],
    ["https://undocs.org/en/NPT/CONF.2000/28(PartsIandII)", "document", "NPT/CONF.2000/28 (Parts I and II)"],
    ["https://undocs.org/en/ICCD/COP(14)/23/Add.1", "document", "ICCD/COP(14)/23/Add.1"],
    ["https://undocs.org/en/A/CONF.192/15(supp)", "document", "A/CONF.192/15"],
    ["https://undocs.org/en/UNEP/EA.4/Res.1", "document", "UNEP/EA.4/Res.1"],
    ["https://undocs.org/en/A/75/L.1%20", "document", "A/75/L.1"],
  ])("%s → %s %s", (href, kind, target) => {
    expect(linkedSymbol(href)).toEqual({ kind, target });
  });

  it.each(["https://www.un.org/en/about-us", "https://undocs.org/en/", "https://example.org/A/RES/75/1", "#note1", "https://undocs.org/en/%E0%A4%A"])("%s is no UN symbol", (href) => {
    expect(linkedSymbol(href)).toBeUndefined();
  });
});

describe("links merged with the printed citations", () => {
  const base = readAknFixture("75_19_E.xml");
  const withParagraph = (inner: string): string =>
    base.replace(/<preamble>[\s\S]*<\/preamble>/, `<preamble><container name="Recalling"><p><span class="italic">Recalling</span> ${inner}</p></container></preamble>`);

  it("keeps a linked citation whose text does not print its symbol", () => {
    const doc = parseAkn(withParagraph(`<a href="https://undocs.org/en/A/75/606">the report of the Credentials Committee</a>,`), "t.xml");
    expect(doc.references.filter((r) => r.paragraph === "pp1")).toEqual([{ paragraph: "pp1", kind: "document", target: "A/75/606", verb: "Recalling" }]);
  });

  it("gives a citation both printed and linked once, with the date the text prints", () => {
    const doc = parseAkn(withParagraph(`its resolution <a href="https://undocs.org/en/A/RES/74/93">74/93</a> of 13 December 2019,`), "t.xml");
    expect(doc.references.filter((r) => r.paragraph === "pp1")).toEqual([{ paragraph: "pp1", kind: "resolution", target: "A/RES/74/93", verb: "Recalling", date: "2019-12-13" }]);
  });

  it("keeps what the text grammar finds though no editor linked it", () => {
    const doc = parseAkn(withParagraph(`its decision 74/555 of 2 September 2020,`), "t.xml");
    expect(doc.references.filter((r) => r.paragraph === "pp1").map((r) => r.target)).toEqual(["A/DEC/74/555"]);
  });

  it("gives a footnote's link to the paragraph carrying its mark, the mark out of the text", () => {
    const doc = parseAkn(withParagraph(`the report,<authorialNote marker="3"><p><a href="https://undocs.org/en/A/75/1">A/75/1</a>.</p></authorialNote> of the Secretary-General,`), "t.xml");
    const pp1 = doc.paragraphs.find((p) => p.key === "pp1")!;
    expect(pp1.text).toBe("Recalling the report, of the Secretary-General,");
    expect(pp1.footnotes).toEqual([{ mark: "3", text: "A/75/1." }]);
    expect(doc.references).toContainEqual({ paragraph: "pp1", kind: "document", target: "A/75/1", verb: "Recalling" });
  });

  it("never references the resolution itself", () => {
    const doc = parseAkn(withParagraph(`<a href="https://undocs.org/en/A/RES/75/19">this resolution</a>,`), "t.xml");
    expect(doc.references.filter((r) => r.paragraph === "pp1")).toEqual([]);
  });
});
