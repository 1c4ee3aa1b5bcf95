import { Field, Float, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";

@ObjectType({ description: "A paragraph matching a full-text search.", simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: "Relevance, higher is better: the store's own BM25 (SQLite FTS5 or Neo4j Lucene), so comparable within one search only, and not between the two stores." })
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
