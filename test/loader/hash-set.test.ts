import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HashSet } from "../../src/loader/hash-set.js";

const sha = (s: string): string => createHash("sha256").update(s).digest("hex");

describe("HashSet", () => {
  it("holds what was added, through growth, and nothing else", () => {
    const set = new HashSet();
    const added = Array.from({ length: 5000 }, (_, i) => sha(`in ${i}`));
    for (const h of added) set.add(h);
    for (const h of added) set.add(h);
    expect(set.size).toBe(5000);
    expect(added.every((h) => set.has(h))).toBe(true);
    expect(Array.from({ length: 5000 }, (_, i) => sha(`out ${i}`)).some((h) => set.has(h))).toBe(false);
  });

  it("takes the all-zero prefix too", () => {
    const set = new HashSet();
    const zero = "0".repeat(64);
    expect(set.has(zero)).toBe(false);
    set.add(zero);
    expect(set.has(zero)).toBe(true);
  });

  it("refuses what is not a hexadecimal hash", () => {
    expect(() => new HashSet().add("not a hash")).toThrow(/not a hexadecimal hash/);
  });
});
