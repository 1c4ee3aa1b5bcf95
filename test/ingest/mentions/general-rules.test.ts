// The rules that replaced per-document special cases: each is stated on text of other documents
// than the ones it was first seen in.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../../src/domain.js";
import { findMentions } from "../../../src/ingest/mentions/index.js";

function run(text: string): Mention[] {
  return findMentions([{ key: "op1", text }], { body: "Security Council" });
}
const names = (text: string, kind?: string) => run(text).filter((m) => !kind || m.kind === kind).map((m) => m.name);

describe("names by head noun", () => {
  it("leaves out a capitalized article that opens a sentence", () => {
    expect(names("negotiations. The Council in the meanwhile retains the matter", "organization")).toEqual([]);
    expect(names("Decides that. The Security Council shall remain seized", "organization")).toEqual(["Security Council"]);
    expect(names("Decides that. The Hague Convention applies", "instrument")).toEqual(["Hague Convention"]);
  });

  it("ends a name at an 'and' right after its head", () => {
    const t = "by the representatives of the Soviet Union and Iran in the course of its meetings";
    expect(run(t).map((m) => `${m.kind}:${m.name}`)).toEqual(["country:Union of Soviet Socialist Republics", "country:Islamic Republic of Iran"]);
    expect(names("the resolutions of the General Assembly and Security Council pertaining to Namibia", "organization")).toEqual([
      "General Assembly",
      "Security Council",
    ]);
    expect(names("the General Armistice Agreement between Israel and Jordan and the Charter of the United Nations", "instrument")).toEqual([
      "General Armistice Agreement between Israel and Jordan",
      "Charter of the United Nations",
    ]);
  });

  it("joins the possessive of a collective noun, not that of a name", () => {
    expect(names("the Khmer People’s National Liberation Front have agreed", "organization")).toEqual(["Khmer People’s National Liberation Front"]);
    expect(names("to report to the Security Council on Libya’s compliance", "organization")).toEqual(["Security Council"]);
    expect(names("with the assistance of the Council’s Committee of Good Offices,", "organization")).toEqual(["Committee of Good Offices"]);
  });

  it("tells bodies of law and international acts from legislation", () => {
    expect(names("the norms of International Law and humanitarian law", "law")).toEqual([]);
    expect(run("transmitting the Final Act of the Sixth Meeting of Consultation of Ministers")[0]?.kind).toBe("instrument");
    expect(run("following the signature of the Act of New York on 31 December 1991")[0]?.kind).toBe("instrument");
    expect(run("the Land Apportionment Act and the Law on Elections").map((m) => m.kind)).toEqual(["law", "law"]);
  });

  it("takes Minutes for an instrument only as Agreed Minutes", () => {
    expect(names("the Agreed Minutes between the State of Kuwait and the Republic of Iraq", "instrument")).toHaveLength(1);
    expect(names("the Summary Minutes of the Meeting", "instrument")).toEqual([]);
  });

  it("reads a demonym before Constitution as the state", () => {
    expect(names("in accordance with the Haitian Constitution", "law")).toEqual(["Constitution of Haiti"]);
  });
});

describe("long titles", () => {
  it("need only their first capital", () => {
    const t = "the Agreement on a Comprehensive Political Settlement of the Cambodia conflict, signed in Paris";
    expect(names(t, "instrument")).toEqual(["Agreement on a Comprehensive Political Settlement of the Cambodia Conflict"]);
    expect(names("the Office of the High Commissioner for human rights", "organization")).toEqual([
      "Office of the United Nations High Commissioner for Human Rights",
    ]);
    expect(names("the working group on arbitrary detention")).toEqual([]);
  });
});

describe("persons", () => {
  it("leaves titles out of the name and cues with them", () => {
    expect(names("Noting with regret the death of Judge Hsu Mo on 28 June 1956,", "person")).toEqual(["Hsu Mo"]);
    expect(names("the death of Judge Sir Hersch Lauterpacht on 8 May 1960", "person")).toEqual(["Hersch Lauterpacht"]);
    expect(names("the Congolese leaders, Mr. Patrice Lumumba, Mr. Maurice Mpolo and Mr. Joseph Okito,", "person")).toEqual([
      "Patrice Lumumba",
      "Maurice Mpolo",
      "Joseph Okito",
    ]);
  });

  it("takes a lone surname after a title", () => {
    expect(names("for the remainder of Judge Morozov’s term of office", "person")).toEqual(["Morozov"]);
    expect(names("the death of Mr. Lumumba and his colleagues", "person")).toEqual(["Lumumba"]);
  });

  it("does not take things, titles and places for persons", () => {
    expect(names("Welcoming the impetus that the Olympic Games, the Paralympic Games and", "person")).toEqual([]);
    expect(names("the Joint Convention on the Safety of Radioactive Waste Management, as", "person")).toEqual([]);
    expect(names("perpetrated by Israel in the area of Hammam Plage, situated in", "person")).toEqual([]);
    expect(names("improving the situation in the area of Lake Tiberias without prejudice", "person")).toEqual([]);
    expect(names("the General Assembly and the Major Powers of the world", "person")).toEqual([]);
  });
});

describe("countries", () => {
  it("knows the names under which Member States sat in earlier decades", () => {
    const ids = (t: string) => run(t).filter((m) => m.kind === "country").map((m) => m.id);
    expect(ids("China, France, Belgium and the Ukrainian Soviet Socialist Republic")).toEqual(["CHN", "FRA", "BEL", "UKR"]);
    expect(ids("the application of Siam for membership")).toEqual(["THA"]);
    expect(ids("Cambodia and the Republic of Viet-Nam")).toEqual(["KHM", "VNM"]);
    expect(ids("with respect to the Congo (Leopoldville) and the Congo (Brazzaville)")).toEqual(["COD", "COG"]);
    expect(ids("the Hashemite Kingdom of Transjordan and the Malagasy Republic")).toEqual(["JOR", "MDG"]);
  });

  it("does not read a city named after a state as the state", () => {
    expect(names("opened for signature in Mexico City on 14 February 1967", "country")).toEqual([]);
  });
});
