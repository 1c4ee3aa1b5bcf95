import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.js";

@ObjectType({ description: "A paragraph naming an entity: the MENTIONS edge, with where in the text.", simpleResolvers: true })
export class Mention {
  @Field(() => Int, { description: "Offset of the surface form in the paragraph's text." })
  start!: number;

  @Field(() => Int, { description: "End offset: `text.slice(start, end)` is `surface`." })
  end!: number;

  @Field(() => String, { description: "The text as printed, e.g. `Cambodian`, `ECCC`." })
  surface!: string;

  @Field(() => Entity)
  entity!: Entity;
}
