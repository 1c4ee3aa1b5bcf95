import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Recorded vote counts; absent or non-participating members are not counted.", simpleResolvers: true })
export class VoteCounts {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;
}
