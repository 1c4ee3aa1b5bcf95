// The filtered list of paragraphs (`paragraphs(filter:)`).

import { Field, InputType, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { EntityInput } from "../entity/entity.type.js";
import { ParagraphKindEnum } from "../enums.js";
import { Paragraph } from "./paragraph.type.js";

@InputType({ description: "Every field given narrows the list (AND)." })
export class ParagraphFilter {
  @Field(() => String, { nullable: true, description: "Only paragraphs of this resolution (loose spellings accepted)." })
  resolution?: string;

  @Field(() => ParagraphKindEnum, { nullable: true })
  kind?: ParagraphKindEnum;

  @Field(() => String, { nullable: true, description: "Verb starting with this phrase, any case: `Recalling` also finds `Recalling further`." })
  verb?: string;

  @Field(() => EntityInput, { nullable: true, description: "Naming this entity." })
  mentions?: EntityInput;

  @Field(() => String, { nullable: true, description: "Matching this full-text query." })
  text?: string;
}

@ObjectType({ simpleResolvers: true })
export class ParagraphEdge extends Edge {
  @Field(() => Paragraph)
  node!: Paragraph;
}

@ObjectType({ description: "A page of paragraphs, by resolution (adoption date, symbol), then position.", simpleResolvers: true })
export class ParagraphConnection extends Connection {
  @Field(() => [ParagraphEdge])
  edges!: ParagraphEdge[];

  @Field(() => [Paragraph])
  nodes!: Paragraph[];
}
