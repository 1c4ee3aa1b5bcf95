import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type.js";

@ObjectType({ description: "A paragraph naming an entity: the MENTIONS edge, with where in the text.", simpleResolvers: true })
export class Mention {
  @Field(() => Int, { description: "Offset of the surface form in the paragraph's text, or in its footnote's text when `footnote` is set." })
  start!: number;

  @Field(() => Int, { description: "End offset: `text.slice(start, end)` is `surface`." })
  end!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The mark of the paragraph's footnote that names the entity, when the paragraph's own text does not (a footnote belongs to the paragraph that carries its mark); null for a mention in the paragraph's text.",
  })
  footnote?: string;

  @Field(() => String, { description: "The text as printed, e.g. `Cambodian`, `ECCC`." })
  surface!: string;

  @Field(() => Entity)
  entity!: Entity;
}
