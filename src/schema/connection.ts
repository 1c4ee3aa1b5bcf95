import { Field, Int, ObjectType } from "type-graphql";
import { Resolution } from "./resolution.js";

@ObjectType({ description: "Relay page information.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ResolutionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Resolution)
  node!: Resolution;
}

@ObjectType({ description: "A page of resolutions ordered by adoption date, then symbol.", simpleResolvers: true })
export class ResolutionConnection {
  @Field(() => [ResolutionEdge])
  edges!: ResolutionEdge[];

  @Field(() => [Resolution], { description: "The edges' nodes, for clients that need no cursors." })
  nodes!: Resolution[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of resolutions in the whole list, not just this page." })
  totalCount!: number;
}
