// The filtered, ordered list of resolutions (`resolutions(filter:, orderBy:)`, `Country.resolutions`).

import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { EntityInput } from "../entity/entity.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { SubjectInput } from "../subject/subject.type.js";

@InputType({ description: "Every field given narrows the list (AND)." })
export class ResolutionFilter {
  @Field(() => String, { nullable: true, description: "Adopting body as printed on resolutions (`Security Council`) or abbreviated (`SC`, `UNSC`), any case." })
  body?: string;

  @Field(() => Int, { nullable: true, description: "Adopted in or after this year." })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: "Adopted in or before this year." })
  yearTo?: number;

  @Field(() => String, { nullable: true, description: "Session, as in the symbol: `36`, `80`, `S-25`." })
  session?: string;

  @Field(() => String, { nullable: true, description: "About this state (ISO 3166 alpha-3, e.g. `KHM`)." })
  concerns?: string;

  @Field(() => EntityInput, { nullable: true, description: "With a paragraph naming this entity." })
  mentions?: EntityInput;

  @Field(() => String, { nullable: true, description: "Citing this resolution or document, by symbol (loose spellings accepted when they mean one symbol)." })
  references?: string;

  @Field(() => String, { nullable: true, description: "With a paragraph matching this full-text query." })
  text?: string;

  @Field(() => SubjectInput, { nullable: true, description: "Classified under this subject heading (by its text or by the UN's metadata)." })
  subject?: SubjectInput;

  @Field(() => String, { nullable: true, description: "Sponsored by this state (ISO 3166 alpha-3, e.g. `FIN`), on an analysis page or in the UN's metadata." })
  sponsor?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Include stubs: resolutions cited but not loaded." })
  includeStubs?: boolean;
}

@ObjectType({ simpleResolvers: true })
export class ResolutionEdge extends Edge {
  @Field(() => Resolution)
  node!: Resolution;
}

@ObjectType({ description: "A page of resolutions.", simpleResolvers: true })
export class ResolutionConnection extends Connection {
  @Field(() => [ResolutionEdge])
  edges!: ResolutionEdge[];

  @Field(() => [Resolution], { description: "The edges' nodes, for clients that need no cursors." })
  nodes!: Resolution[];
}
