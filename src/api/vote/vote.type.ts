import { Field, Int, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { Country } from "../entity/entity.type.js";
import { VoteEnum } from "../enums.js";
import { Resolution } from "../resolution/resolution.type.js";

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

@ObjectType({ description: "A state's recorded vote on one resolution.", simpleResolvers: true })
export class ResolutionVote {
  @Field(() => Resolution)
  resolution!: Resolution;

  @Field(() => VoteEnum)
  vote!: VoteEnum;
}

@ObjectType({ simpleResolvers: true })
export class ResolutionVoteEdge extends Edge {
  @Field(() => ResolutionVote)
  node!: ResolutionVote;
}

@ObjectType({ description: "A page of a state's recorded votes.", simpleResolvers: true })
export class ResolutionVoteConnection extends Connection {
  @Field(() => [ResolutionVoteEdge])
  edges!: ResolutionVoteEdge[];

  @Field(() => [ResolutionVote], { description: "The edges' nodes, for clients that need no cursors." })
  nodes!: ResolutionVote[];
}
