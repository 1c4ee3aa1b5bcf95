import { Field, Float, ObjectType } from "type-graphql";
import { Connection, Edge } from "./connection.js";

@ObjectType({ description: "A paragraph matching a full-text search.", simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: "Higher is better; comparable within one search only." })
  score!: number;

  @Field(() => String, { description: "The matching passage, each match between `«` and `»`, cut text marked `…`." })
  snippet!: string;
}

@ObjectType({ simpleResolvers: true })
export class SearchEdge extends Edge {
  @Field(() => SearchHit)
  node!: SearchHit;
}

@ObjectType({ description: "Search hits, best first.", simpleResolvers: true })
export class SearchConnection extends Connection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => [SearchHit])
  nodes!: SearchHit[];
}
