// Argument sets shared by several fields. ArgsType classes keep their fields in declaration order
// in the schema (separate @Arg parameters come out reversed), so GraphiQL shows `first, after`
// and `from, to, maxDepth` the way people read them.

import { ArgsType, Field, Int } from "type-graphql";
import { EntityInput } from "./entity/entity.type.js";
import { LineageDirectionEnum, ResolutionOrderEnum, SubjectSchemeEnum, VoteEnum } from "./enums.js";
import { ParagraphFilter } from "./paragraph/paragraph-list.type.js";
import { ResolutionFilter } from "./resolution-list/resolution-list.type.js";

/** Largest page a client may ask for: bounds the work one request can cause. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
import { MAX_LINEAGE_DEPTH } from "./lineage-depth.js";
export { MAX_LINEAGE_DEPTH };

export const FIRST = { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` };
export const AFTER = { nullable: true, description: "`endCursor` of the previous page." } as const;

@ArgsType()
export class PageArgs {
  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ArgsType()
export class ResolutionsArgs {
  @Field(() => ResolutionFilter, { nullable: true })
  filter?: ResolutionFilter | null;

  @Field(() => ResolutionOrderEnum, { defaultValue: ResolutionOrderEnum.ADOPTED_ASC })
  orderBy: ResolutionOrderEnum = ResolutionOrderEnum.ADOPTED_ASC;

  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ArgsType()
export class ParagraphsArgs {
  @Field(() => ParagraphFilter, { nullable: true })
  filter?: ParagraphFilter | null;

  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: "Words to find; quote a phrase to match it as written." })
  text!: string;

  @Field(() => String, { nullable: true, description: "Only resolutions of this body, e.g. `Human Rights Council` or `HRC`." })
  body?: string | null;

  @Field(() => Int, { nullable: true, description: "Adopted in or after this year." })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Adopted in or before this year." })
  yearTo?: number | null;

  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ArgsType()
export class LineageArgs {
  @Field(() => LineageDirectionEnum, { defaultValue: LineageDirectionEnum.ANCESTORS })
  direction: LineageDirectionEnum = LineageDirectionEnum.ANCESTORS;

  @Field(() => Int, { defaultValue: 3, description: `1 to ${MAX_LINEAGE_DEPTH}.` })
  maxDepth: number = 3;
}

@ArgsType()
export class CitationPathArgs {
  @Field(() => String, { description: "The citing end: the later resolution." })
  from!: string;

  @Field(() => String, { description: "The cited end: the earlier resolution." })
  to!: string;

  @Field(() => Int, { defaultValue: 6, description: `Most hops, 1 to ${MAX_LINEAGE_DEPTH}.` })
  maxDepth: number = 6;
}

@ArgsType()
export class CoMentionsArgs {
  @Field(() => EntityInput)
  entity!: EntityInput;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_PAGE_SIZE}.` })
  first: number = 20;
}

const NAME = { nullable: true, description: "Canonical name or key, any case; a unique prefix will do." } as const;

@ArgsType()
export class CountryArgs {
  @Field(() => String, { nullable: true, description: "ISO 3166 alpha-3, any case: `KHM`." })
  code?: string | null;

  @Field(() => String, NAME)
  name?: string | null;
}

@ArgsType()
export class LawArgs {
  @Field(() => String, { nullable: true, description: "`<country code>:<name>`, e.g. `KHM:Land Law`." })
  key?: string | null;

  @Field(() => String, NAME)
  name?: string | null;
}

@ArgsType()
export class CountryVotesArgs {
  @Field(() => VoteEnum, { nullable: true, description: "Only this vote." })
  vote?: VoteEnum | null;

  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ArgsType()
export class SubjectArgs {
  @Field(() => SubjectSchemeEnum)
  scheme!: SubjectSchemeEnum;

  @Field(() => String, { description: "The key within its scheme: `HUMAN RIGHTS` (UNBIS, any case), `5` (SDG)." })
  key!: string;
}
