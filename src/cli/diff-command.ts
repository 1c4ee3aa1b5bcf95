// `resgraph diff A [B]`: how resolution A's text differs from B's (B defaults to A's predecessor in
// its series): paragraphs aligned, words changed, verbs moved up or down the escalation scales.
// `B` is the earlier text: the diff reads from B to A, and a B adopted after A is refused.
// Bad input (an unknown or unloaded symbol, A compared with itself, B later than A, no predecessor
// to take) is one line naming A or B and exit code 2, as a usage error of every command is
// (commander's, `--symbol` with several files, export's options); 1 is left for a failure of the
// store or the files, as ingest and extract use it.

import { loadConfig, type ConfigFlags } from "../config/config.js";
import { diffParagraphs, type ParagraphDiff } from "../diff/paragraph-diff.js";
import { renderDiff } from "../diff/render.js";
import { BadUserInputError } from "../errors.js";
import { openStore } from "../graph/open-store.js";
import type { GraphStore, ParagraphRecord, ResolutionNode } from "../graph/port.js";
import { oneResolution } from "../graph/find-resolution.js";
import { adoptionOrderOf, predecessorsOf, storeSeriesReader, type SeriesLink } from "../series/series.js";
import type { CliIO } from "./io.js";

export interface DiffOptions {
  json?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

/** The one resolution the input names (loose spellings as the API takes them); several that exist → an error listing them. */
async function findResolution(store: GraphStore, field: "A" | "B", input: string): Promise<ResolutionNode> {
  const node = await oneResolution((symbols) => store.resolutionNodes(symbols), field, input);
  if (!node) throw new BadUserInputError(field, `no resolution ${JSON.stringify(input.trim())} in the store`, { value: input.trim() });
  if (node.stub) {
    throw new BadUserInputError(field, `${node.symbol} is cited by loaded texts but its own text is not loaded, so there are no paragraphs to compare`, {
      symbol: node.symbol,
    });
  }
  return node;
}

/** Colour on a terminal, unless --no-color or NO_COLOR (https://no-color.org) says not; FORCE_COLOR forces it. */
function useColor(options: DiffOptions, io: CliIO): boolean {
  if (options.color === false) return false;
  if ((io.env.NO_COLOR ?? "") !== "") return false;
  const force = io.env.FORCE_COLOR ?? "";
  if (force !== "" && force !== "0" && force !== "false") return true;
  return io.isTerminal;
}

/** What `--json` prints: the two symbols, how B was chosen, and the diff. */
export interface DiffOutput {
  before: string;
  after: string;
  /** The series link when B was not given and A's predecessor was taken. */
  link: SeriesLink | null;
  diff: ParagraphDiff<ParagraphRecord>;
}

export async function diffCommand(a: string, b: string | undefined, flags: ConfigFlags, options: DiffOptions, io: CliIO): Promise<number> {
  const config = loadConfig(io.env, flags, io.cwd);
  const store = await openStore(config);
  try {
    return await diffAndPrint(store, a, b, options, io);
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    io.err(`resgraph: ${error.message}`);
    return 2;
  } finally {
    await store.close();
  }
}

async function diffAndPrint(store: GraphStore, a: string, b: string | undefined, options: DiffOptions, io: CliIO): Promise<number> {
  const after = await findResolution(store, "A", a);
  let before: ResolutionNode;
  let link: SeriesLink | null = null;
  if (b !== undefined) {
    before = await findResolution(store, "B", b);
  } else {
    link = (await predecessorsOf(storeSeriesReader(store), [after.symbol]))[0] ?? null;
    if (!link) throw new BadUserInputError("B", `no predecessor of ${after.symbol} was found among the loaded texts: name the resolution to compare it with`);
    before = await findResolution(store, "B", link.predecessor);
  }
  if (before.symbol === after.symbol) throw new BadUserInputError("B", `${after.symbol} compared with itself: name two different resolutions`);
  if ((adoptionOrderOf(before, after) ?? 0) > 0) {
    throw new BadUserInputError(
      "B",
      `${before.symbol} was adopted after ${after.symbol}: the diff reads from B, the earlier text, to A; swap them (resgraph diff ${before.symbol} ${after.symbol})`,
      { symbol: before.symbol },
    );
  }

  const [beforeParagraphs, afterParagraphs] = await store.paragraphsOfResolutions([before.symbol, after.symbol]);
  const diff = diffParagraphs(beforeParagraphs!, afterParagraphs!);
  if (options.json) {
    const output: DiffOutput = { before: before.symbol, after: after.symbol, link, diff };
    io.out(JSON.stringify(output));
    return 0;
  }
  if (link) io.out(`${after.symbol}'s predecessor: ${before.symbol} (${link.kind})`);
  for (const line of renderDiff(diff, before.symbol, after.symbol, { color: useColor(options, io) })) io.out(line);
  return 0;
}
