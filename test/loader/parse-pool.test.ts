// The parse pool: worker threads started from src/ under vitest (tsx registered in the worker),
// results in the order asked whatever worker answers first, errors rebuilt as the same classes.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { parseSource } from "../../src/ingest/source.js";
import { collectInputFiles } from "../../src/loader/input-files.js";
import { CHUNK_SIZE, ParsePool } from "../../src/loader/parse-pool.js";
import { fromWireError, toWireError } from "../../src/loader/parse-wire.js";
import { SEEDS_DIR } from "../../src/package-root.js";

let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const inThread = (text: string, file: string): unknown => {
  try {
    return { ok: true, parsed: parseSource(text, file) };
  } catch (error) {
    return { ok: false, message: (error as Error).message, name: (error as Error).name };
  }
};

describe("ParsePool", () => {
  it("parses on two workers, each result for its own file, equal to parsing in-thread", async () => {
    const files = collectInputFiles([SEEDS_DIR]);
    expect(files.length).toBeGreaterThan(2 * CHUNK_SIZE);
    pool = new ParsePool(2);
    expect(pool.size).toBe(2);
    const texts = files.map((f) => readFileSync(f, "utf8"));
    const promises = files.map((file, i) => pool!.parse(file, texts[i]!).result);
    pool.flush();
    const results = await Promise.all(promises);
    const comparable = results.map((r) => (r.ok ? r : { ok: false, message: (r.error as Error).message, name: (r.error as Error).name }));
    expect(comparable).toEqual(files.map((file, i) => inThread(texts[i]!, file)));
  });

  it("gives back a parse error as the same ParseError: class, code, file and message", async () => {
    pool = new ParsePool(1);
    const file = path.join("/somewhere", "bad.txt");
    const tickets = [pool.parse(file, "not a resolution at all"), pool.parse("empty.txt", "")];
    pool.flush();
    const [bad, empty] = await Promise.all(tickets.map((t) => t.result));
    let expected: unknown;
    try {
      parseSource("not a resolution at all", file);
    } catch (error) {
      expected = error;
    }
    expect(bad?.ok).toBe(false);
    const error = !bad!.ok ? bad!.error : undefined;
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ code: "PARSE_ERROR", file, message: (expected as Error).message, name: "ParseError" });
    expect(!empty!.ok && empty!.error).toMatchObject({ file: "empty.txt", message: "empty.txt: the text is empty" });
  });

  it("sends a partial chunk only when flushed", async () => {
    pool = new ParsePool(1);
    let settled = false;
    const result = pool.parse("seed.txt", readFileSync(collectInputFiles([SEEDS_DIR])[0]!, "utf8")).result.then((r) => {
      settled = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    pool.flush();
    expect((await result).ok).toBe(true);
  });
});

describe("ParsePool.help", () => {
  it("parses here what no worker holds (the ticket itself first, else the last queued), each result still its own file's", async () => {
    const files = collectInputFiles([SEEDS_DIR]);
    const texts = files.map((f) => readFileSync(f, "utf8"));
    // One chunk in flight at most: most files stay queued, for help() to take.
    pool = new ParsePool(1, { maxInFlight: CHUNK_SIZE });
    const tickets = files.map((file, i) => pool!.parse(file, texts[i]!));
    pool.flush();
    const last = tickets[tickets.length - 1]!;
    expect(pool.help(last)).toBe(true);
    let helped = 1;
    while (pool.help(tickets[0]!)) helped++;
    expect(helped).toBeGreaterThan(1);
    const results = await Promise.all(tickets.map((t) => t.result));
    const comparable = results.map((r) => (r.ok ? r : { ok: false, message: (r.error as Error).message, name: (r.error as Error).name }));
    expect(comparable).toEqual(files.map((file, i) => inThread(texts[i]!, file)));
  });
});

describe("errors across the thread boundary", () => {
  it("keep a ParseError a ParseError, and anything else an Error with its name, message and stack", () => {
    const parse = fromWireError(toWireError(new ParseError("a.txt", "the text is empty")));
    expect(parse).toBeInstanceOf(ParseError);
    expect(parse.message).toBe("a.txt: the text is empty");
    const bug = new TypeError("x is undefined");
    const back = fromWireError(toWireError(bug));
    expect(back).not.toBeInstanceOf(ParseError);
    expect(back).toMatchObject({ name: "TypeError", message: "x is undefined", stack: bug.stack });
  });
});
