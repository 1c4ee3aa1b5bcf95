import { describe, expect, it } from "vitest";
import type { Mention } from "../../../src/domain.js";
import { findMentions } from "../../../src/ingest/mentions/index.js";

const ctx = { body: "Human Rights Council" };

function run(text: string, context: { body: string; countryConcerned?: string } = ctx): Mention[] {
  return findMentions([{ key: "op1", text }], context);
}

/** The mention of `name`, checked to slice back to `surface`. */
function expectMention(text: string, mentions: Mention[], kind: string, name: string, surface: string): Mention {
  const m = mentions.find((x) => x.name === name);
  expect(m, `${name} in ${JSON.stringify(mentions)}`).toBeDefined();
  if (!m) throw new Error("unreachable");
  expect(m.kind).toBe(kind);
  expect(text.slice(m.start, m.end)).toBe(surface);
  return m;
}

describe("findMentions", () => {
  it("finds a country with its ISO alpha-3 id, and the Government of X is X", () => {
    const text = "Calls upon the Government of Cambodia to act;";
    const [m] = run(text);
    expect(m).toMatchObject({ paragraph: "op1", kind: "country", name: "Cambodia", id: "KHM" });
    expect(text.slice(m?.start, m?.end)).toBe("Cambodia");
  });

  it("uses the UN's short names as canonical names", () => {
    const text = "the situation in Venezuela, in Iran and in Syria";
    const names = run(text).map((m) => m.name);
    expect(names).toEqual(["Bolivarian Republic of Venezuela", "Islamic Republic of Iran", "Syrian Arab Republic"]);
  });

  it("reads a national adjective as the state only before a state noun", () => {
    const text = "Urges the Cambodian authorities to protect Cuban nationals and the Cuban people;";
    const mentions = run(text);
    expect(mentions).toHaveLength(1);
    const m = expectMention(text, mentions, "country", "Cambodia", "Cambodian");
    expect(m.id).toBe("KHM");
  });

  it("reports each entity once per paragraph, at its first occurrence", () => {
    const text = "Iraq and Kuwait, and again Iraq, and the Republic of Iraq";
    const mentions = run(text);
    expect(mentions.map((m) => m.name)).toEqual(["Iraq", "Kuwait"]);
    expect(mentions[0]?.start).toBe(0);
  });

  it("maps an acronym and the full name to one canonical organization", () => {
    const a = run("Requests OHCHR to report;");
    const b = run("Requests the Office of the United Nations High Commissioner for Human Rights to report;");
    const c = run("Requests the Office of the High Commissioner to report;");
    for (const list of [a, b, c]) expect(list.map((m) => m.name)).toEqual(["Office of the United Nations High Commissioner for Human Rights"]);
  });

  it("reads names split by PDF extraction as meant", () => {
    const text = "within the jurisdiction of the Internati onal Criminal Court and";
    expectMention(text, run(text), "organization", "International Criminal Court", "Internati onal Criminal Court");
  });

  it("does not take lower-case descriptions for names", () => {
    expect(run("the special commission and the fact-finding mission and the court")).toEqual([]);
    expect(run("who said that the cat was in the world health organization")).toEqual([]);
  });

  it("matches longest-leftmost: a covenant is not also a shorter name inside it", () => {
    const text = "the International Covenant on Civil and Political Rights and the Optional Protocols thereto";
    const mentions = run(text);
    expect(mentions.map((m) => m.name)).toEqual(["International Covenant on Civil and Political Rights"]);
    expectMention(text, mentions, "instrument", "International Covenant on Civil and Political Rights", "International Covenant on Civil and Political Rights");
  });

  it("finds instruments by short title and acronym", () => {
    const text = "the Rome Statute, the NPT and Chapter VII of the Charter";
    const names = run(text).map((m) => m.name);
    expect(names).toEqual(["Rome Statute of the International Criminal Court", "Treaty on the Non-Proliferation of Nuclear Weapons", "Charter of the United Nations"]);
  });

  it("finds laws by pattern and generic codes in any case, dropping a leading year", () => {
    const text = "the 2001 Land Law, the Law on Expropriation, the penal code and the Helms-Burton Act";
    const mentions = run(text);
    expectMention(text, mentions, "law", "Land Law", "Land Law");
    expectMention(text, mentions, "law", "Law on Expropriation", "Law on Expropriation");
    expectMention(text, mentions, "law", "Penal Code", "penal code");
    expectMention(text, mentions, "law", "Helms-Burton Act", "Helms-Burton Act");
  });

  it("names the Constitution after the country concerned", () => {
    const text = "in accordance with the Constitution";
    expectMention(text, run(text, { body: "Human Rights Council", countryConcerned: "Cambodia" }), "law", "Constitution of Cambodia", "Constitution");
    expect(run(text)[0]?.name).toBe("Constitution");
  });

  it("finds national institutions by their head noun", () => {
    const text = "the Council of Legal and Judicial Reform and the National Authority for Land Dispute Resolution";
    const mentions = run(text);
    expectMention(text, mentions, "organization", "Council of Legal and Judicial Reform", "Council of Legal and Judicial Reform");
    expectMention(text, mentions, "organization", "National Authority for Land Dispute Resolution", "National Authority for Land Dispute Resolution");
  });

  it("names an organ together with its parent organization", () => {
    const text = "adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization on";
    const mentions = run(text);
    expect(mentions.map((m) => m.name)).toEqual(["General Conference of the United Nations Educational, Scientific and Cultural Organization"]);
  });

  it("finds named persons after a cue, and lists of them", () => {
    const text = "against former senior leaders of Democratic Kampuchea, Nuon Chea and Khieu Samphan, who were tried, and the detention of Kem Sokha, a leader";
    const persons = run(text).filter((m) => m.kind === "person");
    expect(persons.map((m) => m.name)).toEqual(["Nuon Chea", "Khieu Samphan", "Kem Sokha"]);
    for (const p of persons) expect(text.slice(p.start, p.end)).toBe(p.name);
  });

  it("resolves a short title to the full title printed elsewhere in the document", () => {
    const mentions = findMentions(
      [
        { key: "pp1", text: "in accordance with the Relationship Agreement between the United Nations and the International Criminal Court," },
        { key: "pp2", text: "Acknowledging the Relationship Agreement," },
      ],
      ctx,
    );
    const pp2 = mentions.filter((m) => m.paragraph === "pp2");
    expect(pp2.map((m) => m.name)).toEqual(["Relationship Agreement between the United Nations and the International Criminal Court"]);
  });

  it("sorts by paragraph order, then offset", () => {
    const mentions = findMentions(
      [
        { key: "op2", text: "Kuwait and Iraq" },
        { key: "op1", text: "Iraq and Kuwait" },
      ],
      ctx,
    );
    expect(mentions.map((m) => `${m.paragraph}:${m.name}`)).toEqual(["op2:Kuwait", "op2:Iraq", "op1:Iraq", "op1:Kuwait"]);
  });

  it("takes a footnote's entities as the paragraph's, with the mark and offsets into the footnote's text", () => {
    const footnotes = [
      { mark: "3", text: "See International Atomic Energy Agency, Resolutions Adopted by the General Conference, and the report of Cambodia." },
      { mark: "4", text: "Statement by Myanmar." },
    ];
    const mentions = findMentions(
      [
        { key: "pp1", text: "Recalling the statement of the Government of Cambodia,", footnotes },
        { key: "pp2", text: "Noting the report,", footnotes: [{ mark: "5", text: "Report of Cambodia." }] },
      ],
      ctx,
    );
    const pp1 = mentions.filter((m) => m.paragraph === "pp1");
    // Cambodia is named by the paragraph itself: once, there, with no mark.
    expect(pp1.map((m) => [m.name, m.footnote ?? null])).toEqual([
      ["Cambodia", null],
      ["International Atomic Energy Agency", "3"],
      ["Myanmar", "4"],
    ]);
    for (const m of pp1.filter((x) => x.footnote)) {
      const text = footnotes.find((f) => f.mark === m.footnote)!.text;
      expect(text.slice(m.start, m.end)).toBe(m.name);
    }
    // Named only in the footnote the paragraph carries: a mention of that paragraph, in the footnote.
    expect(mentions.filter((m) => m.paragraph === "pp2")).toEqual([{ paragraph: "pp2", kind: "country", name: "Cambodia", id: "KHM", start: 10, end: 18, footnote: "5" }]);
  });

  it("without footnotes, or with empty ones, finds what the paragraphs' text names", () => {
    const text = "Calls upon the Government of Cambodia to act;";
    const plain = findMentions([{ key: "op1", text }], ctx);
    expect(findMentions([{ key: "op1", text, footnotes: [] }], ctx)).toEqual(plain);
    expect(findMentions([{ key: "op1", text, footnotes: [{ mark: "1", text: "" }] }], ctx)).toEqual(plain);
  });
});
