import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How much is in the graph.", simpleResolvers: true })
export class Stats {
  @Field(() => Int)
  resolutions!: number;

  @Field(() => Int)
  paragraphs!: number;

  @Field(() => Int)
  references!: number;

  @Field(() => Int)
  mentions!: number;

  @Field(() => Int)
  analyses!: number;
}
