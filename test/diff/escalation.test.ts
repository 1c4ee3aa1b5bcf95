import { describe, expect, it } from "vitest";
import { ESCALATION_RUNGS, canonicalVerb, compareVerbs, placeVerb } from "../../src/diff/escalation.js";

describe("the escalation scales", () => {
  it("hold the issue's two scales in order, each form on one rung only", () => {
    const labels = (scale: string) => ESCALATION_RUNGS.filter((r) => r.scale === scale && !r.added).sort((a, b) => a.rank - b.rank).map((r) => r.label);
    expect(labels("CONCERN")).toEqual([
      "Takes note", "Welcomes", "Expresses concern", "Expresses serious concern", "Expresses grave concern", "Condemns", "Strongly condemns",
    ]);
    expect(labels("CALL")).toEqual(["Encourages", "Calls upon", "Urges", "Demands"]);
    const forms = ESCALATION_RUNGS.flatMap((r) => r.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it.each([
    ["Takes note", "Takes note"],
    ["Taking note also", "Takes note"],
    ["Notes", "Takes note"],
    ["Welcoming", "Welcomes"],
    ["Notes with appreciation", "Welcomes"],
    ["Concerned", "Expresses concern"],
    ["Noting with concern", "Expresses concern"],
    ["Expresses its concern", "Expresses concern"],
    ["Expresses serious concern", "Expresses serious concern"],
    ["Expresses its deep concern", "Expresses serious concern"],
    ["Deeply concerned also", "Expresses serious concern"],
    ["Remains deeply concerned", "Expresses serious concern"],
    ["Alarmed", "Expresses serious concern"],
    ["Noting with grave concern", "Expresses grave concern"],
    ["Reiterates its grave concern", "Expresses grave concern"],
    ["Gravely concerned", "Expresses grave concern"],
    ["Expressing gravest concerns", "Expresses grave concern"],
    ["Deploring", "Deplores"],
    ["Condemning", "Condemns"],
    ["Strongly condemns", "Strongly condemns"],
    ["Condemns in the strongest terms", "Strongly condemns"],
    ["Reiterating its strong condemnation", "Strongly condemns"],
    ["Deplores and condemns in the strongest terms", "Strongly condemns"],
    ["Invites", "Invites"],
    ["Also encourages", "Encourages"],
    ["Calls upon", "Calls upon"],
    ["Calls once again upon", "Calls upon"],
    ["Reiterates its call upon", "Calls upon"],
    ["Once again urges", "Urges"],
    ["Demands", "Demands"],
    ["Reiterates its demand", "Demands"],
  ])("places %j on the rung %j", (verb, rung) => {
    expect(placeVerb(verb)?.rung).toBe(rung);
  });

  it("puts an intensified form not listed half a rung up: Urges < Strongly urges < Demands", () => {
    const urges = placeVerb("Urges")!.rank;
    const strongly = placeVerb("Strongly urges")!.rank;
    expect(strongly).toBeGreaterThan(urges);
    expect(strongly).toBeLessThan(placeVerb("Demands")!.rank);
  });

  it.each([
    // Degree adverbs before a head that is not a concern: half a rung up, as "Strongly urges" (rule 4).
    ["Deeply deplores", "Deplores", 6.5],
    ["Deeply deploring", "Deplores", 6.5],
    ["Sincerely welcomes", "Welcomes", 2.5],
    ["Urgently calls upon", "Calls upon", 2.5],
    // ... but part of the listed form before a word of concern.
    ["Deeply concerned", "Expresses serious concern", 4],
    ["Being gravely concerned", "Expresses grave concern", 5],
    ["Expresses its very serious concern", "Expresses serious concern", 4.5],
    // Degree adjectives after "with" before a feeling that is not concern (rule 4b).
    ["Notes with deep appreciation", "Welcomes", 2.5],
    ["Welcomes with great satisfaction", "Welcomes", 2.5],
    ["Notes with appreciation", "Welcomes", 2],
    ["Underlining its strong condemnation", "Strongly condemns", 8],
  ])("places the intensified %j on %j at rank %d", (verb, rung, rank) => {
    expect(placeVerb(verb)).toMatchObject({ rung, rank });
  });

  it.each(["Decides", "Requests", "Recalling", "Recalls with appreciation", "Welcomes and encourages", "", "Calling attention"])(
    "leaves %j off the scales",
    (verb) => expect(placeVerb(verb)).toBeNull(),
  );
});

describe("compareVerbs", () => {
  it.each([
    ["Expresses concern", "Expresses serious concern", "STRONGER"],
    ["Expresses serious concern", "Expresses concern", "WEAKER"],
    ["Takes note", "Welcomes", "STRONGER"],
    ["Condemns", "Strongly condemns", "STRONGER"],
    ["Expresses grave concern", "Condemns", "STRONGER"],
    ["Encourages", "Calls upon", "STRONGER"],
    ["Demands", "Urges", "WEAKER"],
    ["Urges", "Strongly urges", "STRONGER"],
    ["Concerned", "Expresses concern", "SAME"],
    ["Urges", "Once again urges", "SAME"],
    ["Decides", "Also decides", "SAME"],
    ["Decides", "Decides", "SAME"],
    ["Deplores", "Deeply deplores", "STRONGER"],
    ["Deeply deplores", "Condemns", "STRONGER"],
    ["Notes with appreciation", "Notes with deep appreciation", "STRONGER"],
    ["Welcomes", "Welcomes with great satisfaction", "STRONGER"],
    ["Welcomes with great satisfaction", "Expresses concern", "STRONGER"],
    ["Notes with deep appreciation", "Welcomes with great satisfaction", "SAME"],
    ["Recalls", "Also recalls", "SAME"],
    ["Stresses", "Further stresses", "SAME"],
    ["Requests", "Decides", "UNRANKED"],
    ["Welcomes", "Urges", "UNRANKED"],
    ["Decides", "Condemns", "UNRANKED"],
  ])("%j → %j is %s", (before, after, change) => {
    expect(compareVerbs(before, after).change).toBe(change);
  });

  it("says where each verb sits", () => {
    const c = compareVerbs("Notes with concern", "Expresses grave concern");
    expect(c.beforePlacement).toMatchObject({ scale: "CONCERN", rung: "Expresses concern", canonical: "concern" });
    expect(c.afterPlacement).toMatchObject({ scale: "CONCERN", rung: "Expresses grave concern" });
    expect(canonicalVerb("Taking note with deep concern")).toBe("deep concern");
  });
});
