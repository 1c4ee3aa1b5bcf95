// The Neo4j benchmark's pure helpers (bench/neo4j.ts); the benchmark itself runs no test and asserts no time.
import { Neo4jGraphQL } from "@neo4j/graphql";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { comparisons, neo4jBenchSettings, parseProcCpuSeconds, parseProcStatus, ratio, referenceTypeDefs, table } from "../../bench/neo4j.js";
import { buildResgraphSchema } from "../../src/api/schema.js";

describe("bench/neo4j.ts helpers", () => {
  it("reads VmRSS and VmHWM from /proc/<pid>/status", () => {
    const status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  716800 kB\nVmRSS:\t  524288 kB\nThreads:\t80\n";
    expect(parseProcStatus(status)).toEqual({ rss: 524288 * 1024, hwm: 716800 * 1024 });
    expect(parseProcStatus("Name:\tkthreadd\n")).toEqual({});
  });

  it("reads user + system CPU seconds from /proc/<pid>/stat, whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = "4005 (java (x) y) S 3958 3945 3945 0 -1 4194560 1 2 3 4 1234 56 0 0 20 0 80 0";
    expect(parseProcCpuSeconds(stat)).toBeCloseTo(12.9, 6);
    expect(parseProcCpuSeconds("garbage")).toBeUndefined();
  });

  it("pads columns, figures to the right and words to the left", () => {
    const lines = table([
      ["store", "res/s", "note"],
      ["SQLite", "1,267", "ok"],
      ["Neo4j", "70", "0.06×"],
    ]);
    expect(lines).toEqual(["  store  | res/s | note", "  SQLite | 1,267 | ok", "  Neo4j  |    70 | 0.06×"]);
  });

  it("gives ratios with sensible digits, n/a when undefined", () => {
    expect(ratio(3, 2)).toBe("1.50×");
    expect(ratio(157, 1)).toBe("157×");
    expect(ratio(12.34, 1)).toBe("12.3×");
    expect(ratio(1, 0)).toBe("n/a");
    expect(ratio(undefined, 1)).toBe("n/a");
  });

  it("reads its settings from the environment and refuses nonsense", () => {
    expect(neo4jBenchSettings({})).toEqual({ n: 20_000, heap: "2g", pagecache: "1g", apiSeconds: 3, queryBudgetMs: 10_000 });
    expect(neo4jBenchSettings({ BENCH_NEO4J_N: "2000", BENCH_NEO4J_HEAP: "512M" })).toMatchObject({ n: 2000, heap: "512m" });
    expect(() => neo4jBenchSettings({ BENCH_NEO4J_N: "5" })).toThrow(/BENCH_NEO4J_N/);
    expect(() => neo4jBenchSettings({ BENCH_NEO4J_PAGECACHE: "lots" })).toThrow(/BENCH_NEO4J_PAGECACHE/);
  });

  it("compares the same logical queries: each side's query is valid against its own schema", async () => {
    const reference = await new Neo4jGraphQL({ typeDefs: referenceTypeDefs() }).getSchema();
    const resgraph = buildResgraphSchema();
    const list = comparisons(["A/RES/1/1"], ["A/RES/1/1"]);
    expect(list.map((c) => c.name)).toHaveLength(3);
    for (const c of list) {
      expect(validate(resgraph, parse(c.resgraph.query)), c.name).toEqual([]);
      expect(validate(reference, parse(c.reference.query)), c.name).toEqual([]);
    }
  });

  it("normalises both sides' answers to one shape", () => {
    const [paragraphs, recalled, nested] = comparisons(["S"], ["S"]);
    expect(paragraphs!.resgraphAnswer({ resolution: { paragraphs: [{ key: "pp1", ordinal: 1, text: "t" }] } })).toEqual(
      paragraphs!.referenceAnswer({ resolutions: [{ paragraphs: [{ label: "pp1", ordinal: 1, text: "t" }] }] }),
    );
    const two = [
      { symbol: "B", title: "b" },
      { symbol: "A", title: null },
    ];
    expect(recalled!.resgraphAnswer({ resolution: { recalls: { nodes: two } } })).toEqual(recalled!.referenceAnswer({ resolutions: [{ recalls: [...two].reverse() }] }));
    expect(
      nested!.resgraphAnswer({ resolution: { recalls: { nodes: [{ symbol: "A", title: "a", recalls: { nodes: two } }] } } }),
    ).toEqual(nested!.referenceAnswer({ resolutions: [{ recalls: [{ symbol: "A", title: "a", recalls: two }] }] }));
    expect(recalled!.resgraphAnswer({ resolution: null })).toBeUndefined();
  });
});
