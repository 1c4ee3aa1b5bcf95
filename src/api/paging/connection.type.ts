// Relay connections: the pieces every paged list shares. Each list has its own edge type, because
// the edge is where the relation's properties live (a citation's verb, a recall's paragraphs, a
// search hit's score); connection.ts only holds what they all have.

import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Relay page information.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true })
export abstract class Edge {
  @Field(() => String, { description: "Opaque; pass as `after` to continue after this edge." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true })
export abstract class Connection {
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of items in the whole list, not just this page." })
  totalCount!: number;
}
