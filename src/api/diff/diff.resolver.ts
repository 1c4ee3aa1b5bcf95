// Resolution.diff(against:): the later text is the resolution asked about, the earlier one `against`
// (default: its predecessor in its series). Both texts' paragraphs come through the request's
// paragraph loader, so a list asking for its diffs reads every text once, in one call.
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ESCALATION_RUNGS, ESCALATION_SCALES } from "../../diff/escalation.js";
import { pairsToAlign } from "../../diff/align.js";
import { diffParagraphs, type ParagraphDiff } from "../../diff/paragraph-diff.js";
import { BadUserInputError } from "../../errors.js";
import type { ParagraphRecord, ResolutionNode } from "../../graph/port.js";
import type { Context } from "../context.js";
import { paragraphsOfResolutionLoader } from "../paragraph/paragraph.loaders.js";
import { findResolution } from "../resolution/lookup.js";
import { resolutionNodeLoader } from "../resolution/resolution.loaders.js";
import { Resolution } from "../resolution/resolution.type.js";
import { predecessorLoader } from "../series/series.loaders.js";
import { EscalationRung, ResolutionDiff } from "./diff.type.js";

/**
 * Diffs one request may ask for: each aligns two texts' paragraphs word by word on the server's
 * thread (a few ms for a yearly text, more for long ones), and a list can ask one per item.
 */
export const MAX_DIFFS_PER_REQUEST = 20;

/**
 * Paragraph pairs the diffs of one request may compare, all together: about two seconds of the
 * server's thread. A yearly text against its predecessor is a few thousand pairs; two of the
 * longest texts (A/RES/77/248, 396 operative paragraphs) about 160,000.
 */
export const MAX_ALIGNED_PAIRS_PER_REQUEST = 500_000;

export interface ResolutionDiffValue extends ParagraphDiff<ParagraphRecord> {
  before: ResolutionNode;
  after: ResolutionNode;
}

@Resolver(() => Resolution)
export class ResolutionDiffResolver {
  @FieldResolver(() => ResolutionDiff, {
    nullable: true,
    description:
      "How its text differs from an earlier resolution's: `against` (a symbol, spelled loosely as `resolution(symbol:)` takes it), else its predecessor in its series. Null for a stub, or when `against` is not given and it has no predecessor; BAD_USER_INPUT when `against` is unknown, not loaded, itself, or adopted after it. At most 20 per request.",
  })
  async diff(
    @Root() r: ResolutionNode,
    @Ctx() ctx: Context,
    @Arg("against", () => String, { nullable: true }) against?: string | null,
  ): Promise<ResolutionDiffValue | null> {
    if (r.stub) return null;
    ctx.budget.spend("diffs", MAX_DIFFS_PER_REQUEST);
    let before: ResolutionNode | null;
    if (against != null) {
      before = await findResolution("against", against, ctx);
      if (!before) throw new BadUserInputError("against", `no resolution ${JSON.stringify(against.trim())} is loaded or cited`);
      if (before.stub) throw new BadUserInputError("against", `${before.symbol} is only cited: its text is not loaded, so there are no paragraphs to compare`);
      if (before.symbol === r.symbol) throw new BadUserInputError("against", `${r.symbol} compared with itself: name another resolution`);
      // The diff reads from the earlier text to the later: the other way round, every ADDED would
      // read DROPPED and every STRONGER WEAKER.
      const [earlierOn, laterOn] = [before.record?.adoptedOn ?? "", r.record?.adoptedOn ?? ""];
      if (earlierOn !== "" && laterOn !== "" && earlierOn > laterOn) {
        throw new BadUserInputError("against", `${before.symbol} (${earlierOn}) was adopted after ${r.symbol} (${laterOn}): ask the later text for its diff against the earlier`);
      }
    } else {
      const link = await ctx.loaders.get(predecessorLoader).load(r.symbol);
      if (!link) return null;
      before = await ctx.loaders.get(resolutionNodeLoader).load(link.predecessor);
      if (!before || before.stub) return null;
    }
    const [earlier, later] = await ctx.loaders.get(paragraphsOfResolutionLoader).loadMany([before.symbol, r.symbol]);
    if (earlier instanceof Error) throw earlier;
    if (later instanceof Error) throw later;
    ctx.budget.spend("aligned paragraph pairs", MAX_ALIGNED_PAIRS_PER_REQUEST, pairsToAlign(earlier!, later!));
    return { before, after: r, ...diffParagraphs(earlier!, later!) };
  }
}

@Resolver()
export class EscalationQueryResolver {
  @Query(() => [EscalationRung], { description: "The escalation scales' rungs a diff places verbs on, scale by scale, weakest first (src/diff/escalation.ts)." })
  escalationScales(): EscalationRungValue[] {
    return RUNGS;
  }
}

type EscalationRungValue = Omit<EscalationRung, "forms"> & { forms: readonly string[] };

const RUNGS: EscalationRungValue[] = ESCALATION_SCALES.flatMap((scale) =>
  ESCALATION_RUNGS.filter((r) => r.scale === scale)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({ scale: r.scale, rank: r.rank, label: r.label, forms: r.forms, added: r.added ?? false })),
);
