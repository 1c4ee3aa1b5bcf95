// The GraphQL shape of a diff between two resolutions (src/diff): the enums take their values, and
// their descriptions, from the diff modules' own tables.
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { ESCALATION_RUNGS, ESCALATION_SCALES, VERB_CHANGES, type EscalationScale, type VerbChange } from "../../diff/escalation.js";
import { enumOf } from "../enums.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { PARAGRAPH_CHANGE_STATUSES, WORD_OPS, type ParagraphChangeStatus, type WordOp } from "../../diff/paragraph-diff.js";


export const ParagraphChangeStatusEnum = enumOf(PARAGRAPH_CHANGE_STATUSES);
registerEnumType(ParagraphChangeStatusEnum, {
  name: "ParagraphChangeStatus",
  description: "What became of a paragraph from the earlier text to the later.",
  valuesConfig: {
    KEPT: { description: "Same place in the order, same text (numbering, spacing, typographic quotes and dashes aside)." },
    REWORDED: { description: "Same place in the order, other words (see `words`)." },
    ADDED: { description: "Only in the later text." },
    DROPPED: { description: "Only in the earlier text." },
    MOVED: { description: "Paired out of order; its text may also have changed (`textChanged`)." },
  },
});

export const WordOpEnum = enumOf(WORD_OPS);
registerEnumType(WordOpEnum, { name: "WordOp", description: "A run of words kept, added in the later text, or removed from the earlier." });

export const VerbChangeEnum = enumOf(VERB_CHANGES);
registerEnumType(VerbChangeEnum, {
  name: "VerbChange",
  description:
    "How a paragraph's verb moved on the escalation scales (`Query.escalationScales` lists them): STRONGER or WEAKER on one scale; SAME (the same verb, or the same rung); UNRANKED when the two verbs differ and cannot be compared (one is on no scale, or they are on two scales).",
});

export const EscalationScaleEnum = enumOf(ESCALATION_SCALES);
registerEnumType(EscalationScaleEnum, {
  name: "EscalationScale",
  // The ladders as the table (src/diff/escalation.ts) has them.
  description: ESCALATION_SCALES.map(
    (scale) =>
      `${scale}: ${ESCALATION_RUNGS.filter((r) => r.scale === scale)
        .sort((a, b) => a.rank - b.rank)
        .map((r) => r.label)
        .join(" < ")}.`,
  ).join(" "),
});

@ObjectType({ description: "A rung of an escalation scale.", simpleResolvers: true })
export class EscalationRung {
  @Field(() => EscalationScaleEnum)
  scale!: EscalationScale;

  @Field(() => Float, { description: "Higher is stronger, within one scale; an intensified form with no rung of its own (\"Strongly urges\") sits half a rung up." })
  rank!: number;

  @Field(() => String, { description: "The rung's name (`Expresses grave concern`)." })
  label!: string;

  @Field(() => [String], { description: "The verb phrases, reduced to their canonical form, that sit on it." })
  forms!: string[];

  @Field(() => Boolean, { description: "True for the rungs resgraph adds to the scales the UN's usage suggests (Deplores, Invites)." })
  added!: boolean;
}

@ObjectType({ description: "Where a verb sits on the escalation scales.", simpleResolvers: true })
export class VerbPlacement {
  @Field(() => String, { description: "The verb as the paragraph opens with it." })
  verb!: string;

  @Field(() => String, { description: "The phrase it reduces to (`Notes with grave concern` → `grave concern`)." })
  canonical!: string;

  @Field(() => EscalationScaleEnum)
  scale!: EscalationScale;

  @Field(() => Float)
  rank!: number;

  @Field(() => String, { description: "The label of the rung it sits on or just above." })
  rung!: string;
}

@ObjectType({ description: "How the verb opening a paragraph changed between the two texts.", simpleResolvers: true })
export class VerbComparison {
  @Field(() => String)
  before!: string;

  @Field(() => String)
  after!: string;

  @Field(() => VerbChangeEnum)
  change!: VerbChange;

  @Field(() => VerbPlacement, { nullable: true, description: "Null when the earlier verb is on no scale." })
  beforePlacement!: VerbPlacement | null;

  @Field(() => VerbPlacement, { nullable: true, description: "Null when the later verb is on no scale." })
  afterPlacement!: VerbPlacement | null;
}

@ObjectType({ description: "A run of words of a changed paragraph.", simpleResolvers: true })
export class WordChange {
  @Field(() => WordOpEnum)
  op!: WordOp;

  @Field(() => String, { description: "The words with the spacing between them, as in the text they come from." })
  text!: string;
}

@ObjectType({ description: "One step of the alignment of two texts' paragraphs.", simpleResolvers: true })
export class ParagraphChange {
  @Field(() => ParagraphChangeStatusEnum)
  status!: ParagraphChangeStatus;

  @Field(() => Paragraph, { nullable: true, description: "The paragraph in the earlier text; null when ADDED." })
  before!: Paragraph | null;

  @Field(() => Paragraph, { nullable: true, description: "The paragraph in the later text; null when DROPPED." })
  after!: Paragraph | null;

  @Field(() => Float, { nullable: true, description: "Content-word similarity (Dice, 0 to 1) of the pair; null when ADDED or DROPPED." })
  similarity!: number | null;

  @Field(() => Boolean, { description: "Whether the pair's text differs: always when REWORDED, never when KEPT, either when MOVED." })
  textChanged!: boolean;

  @Field(() => [WordChange], { description: "Word-level changes when the text differs (jsdiff's word diff); empty otherwise." })
  words!: WordChange[];

  @Field(() => VerbComparison, { nullable: true, description: "How the opening verb changed; null when ADDED or DROPPED." })
  verb!: VerbComparison | null;
}

@ObjectType({ description: "Counts of a diff.", simpleResolvers: true })
export class DiffSummary {
  @Field(() => Int) kept!: number;
  @Field(() => Int) reworded!: number;
  @Field(() => Int) added!: number;
  @Field(() => Int) dropped!: number;
  @Field(() => Int) moved!: number;
  @Field(() => Int, { description: "Pairs whose verb went up a scale." }) stronger!: number;
  @Field(() => Int, { description: "Pairs whose verb went down a scale." }) weaker!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How a resolution's text differs from an earlier one's: paragraphs aligned (preambular with preambular, operative with operative; numbering shifts do not break the alignment), word-level changes, and each verb's move on the escalation scales.",
})
export class ResolutionDiff {
  @Field(() => Resolution, { description: "The earlier text." })
  before!: Resolution;

  @Field(() => Resolution, { description: "The later text: the resolution asked about." })
  after!: Resolution;

  @Field(() => DiffSummary)
  summary!: DiffSummary;

  @Field(() => [ParagraphChange], { description: "In the later text's order, each DROPPED paragraph where it stood in the earlier text." })
  changes!: ParagraphChange[];
}
