// Every format resgraph reads goes in through one loader: a folder of official PDFs, AKN4UN XML,
// metadata lines and texts, each told by its content; files of other formats listed as skipped;
// of two sources of one resolution the richer kept (AKN over PDF over text), in one run or across
// runs; metadata matched to resolutions by symbol whether it comes before or after their text.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/graph/sqlite/store.js";
import { collectInputs } from "../../src/loader/input-files.js";
import { ingestFiles, type FileOutcome } from "../../src/loader/ingest-files.js";
import { SEEDS_DIR } from "../../src/package-root.js";
import { quietLogger } from "../helpers/seeded-store.js";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");
const tempDir = (): string => mkdtempSync(path.join(tmpdir(), "resgraph-formats-"));

/** One metadata line for A/RES/75/1 as the UN's data_extract prints it. */
const METADATA_75_1 = JSON.stringify({
  symbol: "A/RES/75/1",
  title: "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations",
  adoption_meeting: "3rd plenary meeting",
  adoption_date: "21 September 2020",
  originating_document: "A/75/L.1",
  committee: "Without reference to a Main Committee",
  agenda_item: "Agenda item 128 (a)",
  adoption_type: "By a recorded vote",
  MS_in_favour_count: "2",
  MS_against_count: "1",
  MS_abstaining_count: "0",
  pv: "A/75/PV.3",
  MS_in_favour: ["GHANA", "TÜRKİYE"],
  MS_against: ["BOLIVIA (PLURINATIONAL STATE OF)"],
  MS_abstaining: [],
  sponsors: ["SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY", "KENYA"],
  additional_sponsors: ["NAMBIA"],
  SDGs: ["16"],
  subjects: [["ANNIVERSARIES", "UNBIS Thesaurus"]],
});

async function ingest(store: ReturnType<typeof openSqliteStore>, files: string[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  await ingestFiles(store, files, { logger: quietLogger, onFile: (o) => outcomes.push(o) });
  return outcomes;
}

describe("collectInputs", () => {
  it("reads every supported format of a folder and lists the rest as skipped, with why", () => {
    const dir = tempDir();
    for (const name of ["a.txt", "b.md", "c.pdf", "d.xml", "e.json", "notes.docx", "README.md", "SOURCE.md", ".hidden.txt"]) writeFileSync(path.join(dir, name), "x");
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "sub", "f.jsonl"), "x");
    mkdirSync(path.join(dir, ".git"));
    writeFileSync(path.join(dir, ".git", "config.json"), "x");
    symlinkSync(path.join(dir, "a.txt"), path.join(dir, "link.txt"));
    const { files, skipped } = collectInputs([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["a.txt", "b.md", "c.pdf", "d.xml", "e.json", path.join("sub", "f.jsonl")]);
    expect(skipped.map((s) => [path.basename(s.file), s.reason.split(" (")[0]])).toEqual([
      [".git", "a hidden folder"],
      [".hidden.txt", "a hidden file"],
      ["README.md", "a folder's notes"],
      ["SOURCE.md", "a folder's notes"],
      ["link.txt", "a symbolic link"],
      ["notes.docx", "not a supported format"],
    ]);
  });
});

describe("ingesting the UN's formats", () => {
  it("loads a folder of PDF, AKN XML, metadata and text, each read by its content whatever its name", async () => {
    const dir = tempDir();
    copyFileSync(path.join(FIXTURES, "pdf", "A_RES_73_6-EN.pdf"), path.join(dir, "a.pdf"));
    copyFileSync(path.join(FIXTURES, "akn", "75_1_E.xml"), path.join(dir, "b.xml"));
    writeFileSync(path.join(dir, "c.json"), `${METADATA_75_1}\n`);
    copyFileSync(path.join(SEEDS_DIR, "S_RES_242_1967.txt"), path.join(dir, "d.txt"));
    const store = openSqliteStore(":memory:");
    const outcomes = await ingest(store, collectInputs([dir]).files);
    expect(outcomes.map((o) => [path.basename(o.file), o.status, o.kind, o.symbol])).toEqual([
      ["a.pdf", "created", "resolution", "A/RES/73/6"],
      ["b.xml", "created", "resolution", "A/RES/75/1"],
      ["c.json", "created", "metadata", undefined],
      ["d.txt", "created", "resolution", "S/RES/242 (1967)"],
    ]);
    expect(outcomes[2]!.notes).toEqual([`${path.join(dir, "c.json")}:1: additional_sponsors: "NAMBIA" names no known state (left out)`]);
    expect(await store.sourceFormatsOf(["A/RES/73/6", "A/RES/75/1", "S/RES/242 (1967)"])).toEqual(["pdf", "akn", "text"]);
    await store.close();
  });

  it("keeps the richer of two sources of one resolution in one run, whichever comes first, and says so", async () => {
    // Batches of one document (the loader's size for a two-file run) and of several: the choice is
    // the same, and said either way, as a text set aside or as a PDF that replaces the text.
    for (const [first, second] of [
      ["1.txt", "2.pdf"],
      ["1.pdf", "2.txt"],
    ] as const) {
      for (const batchSize of [1, 10]) {
        const dir = tempDir();
        const pdf = path.join(dir, first.endsWith(".pdf") ? first : second);
        const txt = path.join(dir, first.endsWith(".txt") ? first : second);
        copyFileSync(path.join(FIXTURES, "pdf", "A_RES_73_7-EN.pdf"), pdf);
        copyFileSync(path.join(SEEDS_DIR, "A_RES_73_7.txt"), txt);
        const store = openSqliteStore(":memory:");
        const outcomes: FileOutcome[] = [];
        await ingestFiles(store, [path.join(dir, first), path.join(dir, second)], { logger: quietLogger, batchSize, onFile: (o) => outcomes.push(o) });
        const said = outcomes.map((o) => [path.basename(o.file), o.status, o.reason?.replace(/\(.*?\)/, "(…)")]);
        if (first === "1.txt" && batchSize === 1) {
          expect(said).toEqual([
            ["1.txt", "created", undefined],
            ["2.pdf", "replaced", "its PDF replaces the text loaded before, a poorer source"],
          ]);
        } else {
          expect(said).toContainEqual([path.basename(txt), "skipped", "A/RES/73/7 is kept from its PDF (…), a richer source"]);
          expect(said).toContainEqual([path.basename(pdf), "created", undefined]);
        }
        expect(await store.sourceFormatsOf(["A/RES/73/7"])).toEqual(["pdf"]);
        const [res] = await store.resolutionsBySymbols(["A/RES/73/7"]);
        expect(res?.source.path).toBe(pdf);
        await store.close();
      }
    }
  });

  it("keeps a richer source already in the store: a later text of the same resolution is skipped, a richer one replaces it", async () => {
    const dir = tempDir();
    const store = openSqliteStore(":memory:");
    copyFileSync(path.join(FIXTURES, "pdf", "A_RES_73_7-EN.pdf"), path.join(dir, "a.pdf"));
    writeFileSync(path.join(dir, "a.txt"), readFileSync(path.join(SEEDS_DIR, "A_RES_73_7.txt"), "utf8"));
    expect((await ingest(store, [path.join(dir, "a.txt")]))[0]!.status).toBe("created");
    expect((await ingest(store, [path.join(dir, "a.pdf")]))[0]!.status).toBe("replaced");
    writeFileSync(path.join(dir, "a.txt"), `${readFileSync(path.join(dir, "a.txt"), "utf8")}\n`);
    const [again] = await ingest(store, [path.join(dir, "a.txt")]);
    expect(again).toMatchObject({ status: "skipped", symbol: "A/RES/73/7" });
    expect(again!.reason).toMatch(/kept from its PDF \(in the store\)/);
    expect(await store.sourceFormatsOf(["A/RES/73/7"])).toEqual(["pdf"]);
    await store.close();
  });

  it("checks every text of a resolution queued in one batch against a richer stored source, not only the last", async () => {
    const dir = tempDir();
    const store = openSqliteStore(":memory:");
    copyFileSync(path.join(FIXTURES, "pdf", "A_RES_73_7-EN.pdf"), path.join(dir, "a.pdf"));
    expect((await ingest(store, [path.join(dir, "a.pdf")]))[0]!.status).toBe("created");
    const text = readFileSync(path.join(SEEDS_DIR, "A_RES_73_7.txt"), "utf8");
    writeFileSync(path.join(dir, "b1.txt"), text);
    writeFileSync(path.join(dir, "b2.txt"), `${text}\n`);
    const outcomes: FileOutcome[] = [];
    await ingestFiles(store, [path.join(dir, "b1.txt"), path.join(dir, "b2.txt")], { logger: quietLogger, batchSize: 10, onFile: (o) => outcomes.push(o) });
    expect(outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ["b1.txt", "skipped"],
      ["b2.txt", "skipped"],
    ]);
    expect(await store.sourceFormatsOf(["A/RES/73/7"])).toEqual(["pdf"]);
    await store.close();
  });

  it("reads the same text under another --symbol as another source, not as unchanged", async () => {
    const dir = tempDir();
    const plain = path.join(dir, "declaration.txt");
    copyFileSync(path.join(SEEDS_DIR, "A_RES_217_A_III.txt"), plain);
    const store = openSqliteStore(":memory:");
    for (const [symbol, want] of [
      ["A/RES/217 A (III)", "A/RES/217(III)"],
      ["A/RES/218(III)", "A/RES/218(III)"],
    ] as const) {
      const outcomes: FileOutcome[] = [];
      await ingestFiles(store, [plain], { logger: quietLogger, symbol, onFile: (o) => outcomes.push(o) });
      expect(outcomes[0]).toMatchObject({ status: "created", symbol: want });
    }
    await store.close();
  });

  it("matches metadata to its resolution whether it is loaded before or after the text", async () => {
    const dir = tempDir();
    const xml = path.join(dir, "75_1.xml");
    const meta = path.join(dir, "75.json");
    copyFileSync(path.join(FIXTURES, "akn", "75_1_E.xml"), xml);
    writeFileSync(meta, `${METADATA_75_1}\n`);
    const answers = [];
    for (const files of [
      [meta, xml],
      [xml, meta],
    ]) {
      const store = openSqliteStore(":memory:");
      for (const f of files) await ingest(store, [f]);
      const [votes] = await store.votesOf(["A/RES/75/1"]);
      const [sponsors] = await store.sponsorsOf(["A/RES/75/1"]);
      const [node] = await store.resolutionNodes(["A/RES/75/1"]);
      answers.push({ votes: votes!.map((v) => `${v.country.key}:${v.vote}`).sort(), sponsors: sponsors!.map((s) => s.key), stub: node?.stub, committee: node?.metadata?.committee });
      await store.close();
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({ votes: ["BOL:no", "GHA:yes", "TUR:yes"], sponsors: ["KEN"], stub: false, committee: "Without reference to a Main Committee" });
  });

  it("refuses a metadata file none of whose lines is a record, naming the file and the first line's reason; the store unchanged", async () => {
    const dir = tempDir();
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, `${JSON.stringify({ symbol: "A/75/L.1", adoption_type: "Without a vote", sponsors: [] })}\n{oops\n`);
    const store = openSqliteStore(":memory:");
    const [outcome] = await ingest(store, [bad]);
    expect(outcome!.status).toBe("failed");
    expect(outcome!.error?.message).toBe(`${bad}: no line is a resolution's metadata record (line 1: symbol "A/75/L.1" is not a resolution symbol)`);
    expect((await store.counts()).resolutions).toBe(0);
    await store.close();
  });

  it("reads a text without a masthead as the resolution its file name or --symbol says", async () => {
    const dir = tempDir();
    const plain = path.join(dir, "declaration.txt");
    copyFileSync(path.join(SEEDS_DIR, "A_RES_217_A_III.txt"), plain);
    const store = openSqliteStore(":memory:");
    expect((await ingest(store, [plain]))[0]!.status).toBe("failed");
    const outcomes: FileOutcome[] = [];
    await ingestFiles(store, [plain], { logger: quietLogger, symbol: "A/RES/217 A (III)", onFile: (o) => outcomes.push(o) });
    expect(outcomes[0]).toMatchObject({ status: "created", symbol: "A/RES/217(III)" });
    await store.close();
  });
});

describe("isPdf", () => {
  it("knows a PDF by the header that opens it (junk on its first line allowed), not by a text quoting it", async () => {
    const { isPdf } = await import("../../src/ingest/source.js");
    expect(isPdf(Buffer.from("%PDF-1.7\n%âãÏÓ\n"))).toBe(true);
    expect(isPdf(Buffer.from("\u0000\u0001junk%PDF-1.4\n"))).toBe(true);
    expect(isPdf(Buffer.from("United Nations\nA file that mentions %PDF-1.4 on its second line\n"))).toBe(false);
  });
});
