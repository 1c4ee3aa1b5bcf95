import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many nodes carry a label, or relationships a type.", simpleResolvers: true })
export class GraphCount {
  @Field(() => String, { description: "A node label (`Resolution`, `Law` …) or relationship type (`RECALLS` …)." })
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How much is in the graph.", simpleResolvers: true })
export class Stats {
  @Field(() => Int, { description: "Loaded resolutions (stubs not counted)." })
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
