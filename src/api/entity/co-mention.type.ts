import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.type.js";

@ObjectType({ description: "An entity named in the same paragraphs as another, with how often.", simpleResolvers: true })
export class CoMention {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int, { description: "Paragraphs naming both." })
  paragraphs!: number;

  @Field(() => Int, { description: "Resolutions with a paragraph naming both." })
  resolutions!: number;
}
