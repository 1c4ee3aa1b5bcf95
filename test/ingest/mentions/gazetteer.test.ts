import { describe, expect, it } from "vitest";
import { MENTION_KINDS } from "../../../src/domain.js";
import { foldString } from "../../../src/ingest/mentions/fold.js";
import { buildGazetteer } from "../../../src/ingest/mentions/gazetteer.js";

const g = buildGazetteer();

describe("gazetteer", () => {
  it("gives every entity a canonical name and a kind", () => {
    for (const e of g.entities) {
      expect(e.name.trim().length, JSON.stringify(e)).toBeGreaterThan(1);
      expect(MENTION_KINDS).toContain(e.kind);
    }
  });

  it("gives every country a valid alpha-3 id, one per country", () => {
    const countries = g.entities.filter((e) => e.kind === "country");
    expect(countries.length).toBeGreaterThanOrEqual(193 + 2);
    const ids = new Set<string>();
    for (const c of countries) {
      expect(c.id, c.name).toMatch(/^[A-Z]{3}$/);
      expect(g.countryIds.has(c.id ?? "")).toBe(true);
      expect(ids.has(c.id ?? ""), c.id).toBe(false);
      ids.add(c.id ?? "");
    }
    for (const id of ["KHM", "VEN", "GBR", "USA", "PSE", "VAT", "TUR", "SUN", "YUG"]) expect(ids.has(id), id).toBe(true);
  });

  it("maps no surface form to two entities", () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    for (const s of g.surfaces) {
      if (s.role === "blocker") continue;
      const key = `${s.role}|${s.casing}|${foldString(s.text)}`;
      const seen = owner.get(key);
      if (seen !== undefined && seen !== s.entity) clashes.push(`${s.text}: ${g.entities[seen]?.name} / ${g.entities[s.entity]?.name}`);
      owner.set(key, s.entity);
    }
    expect(clashes).toEqual([]);
  });
});
