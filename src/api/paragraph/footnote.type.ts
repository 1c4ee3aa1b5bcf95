import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A footnote carried by a paragraph.", simpleResolvers: true })
export class Footnote {
  @Field(() => String, { description: "The mark as printed: `2`, `*`." })
  mark!: string;

  @Field(() => String)
  text!: string;
}
