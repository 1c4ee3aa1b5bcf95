import { Field, Int, ObjectType } from "type-graphql";
import { Country } from "./entity.js";
import { VoteEnum } from "./enums.js";

@ObjectType({ description: "Recorded vote counts; absent or non-participating members are not counted.", simpleResolvers: true })
export class VoteCounts {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;
}

@ObjectType({ description: "One state's recorded vote on a resolution.", simpleResolvers: true })
export class CountryVote {
  @Field(() => Country)
  country!: Country;

  @Field(() => VoteEnum)
  vote!: VoteEnum;
}
