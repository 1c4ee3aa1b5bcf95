import { describe, expect, it } from "vitest";
import { isOperativeStart, isPreambularStart, leadingVerb } from "../../src/ingest/verbs.js";

describe("leadingVerb", () => {
  it.each([
    ["Recalling also Human Rights Council resolutions 5/1", "Recalling also"],
    ["Bearing in mind the report of the Secretary-General", "Bearing in mind"],
    ["Taking note of the new developments", "Taking note"],
    ["Taking note with grave concern of the letter", "Taking note with grave concern"],
    ["Expresses serious concern over the recent deterioration", "Expresses serious concern"],
    ["Expressing its continuing concern with the grave situation", "Expressing its continuing concern"],
    ["Calls upon the Government of Cambodia", "Calls upon"],
    ["Notes with concern that the 2017 amendments", "Notes with concern"],
    ["Also encourages, in this context, the Government", "Also encourages"],
    ["Once again urges States", "Once again urges"],
    ["Reiterates its call upon all States", "Reiterates its call upon"],
    ["Continues to welcome the statement", "Continues to welcome"],
    ["Decides further that", "Decides further"],
    ["Deeply concerned that, despite the resolutions", "Deeply concerned"],
    ["Guided by the purposes and principles", "Guided"],
    ["Having considered the report", "Having considered"],
  ])("%s → %s", (text, verb) => {
    expect(leadingVerb(text)).toBe(verb);
  });
});

describe("paragraph openings", () => {
  it("recognizes preambular phrases and not continuation lines", () => {
    expect(isPreambularStart("Recalling further Human Rights Council resolution 30/23")).toBe(true);
    expect(isPreambularStart("Conscious also of the statements")).toBe(true);
    expect(isPreambularStart("Beijing Declaration and Platform for Action,")).toBe(false);
    expect(isPreambularStart("including the right to development")).toBe(false);
    expect(isPreambularStart("Human Rights and the Human Rights Council")).toBe(false);
  });
  it("recognizes unnumbered operative clauses", () => {
    expect(isOperativeStart("Decides to adopt the outcome")).toBe(true);
    expect(isOperativeStart("Recommends that the Members")).toBe(true);
    expect(isOperativeStart("Recalling its resolution")).toBe(false);
  });
});
