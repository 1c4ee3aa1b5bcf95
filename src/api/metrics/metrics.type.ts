import { ArgsType, Field, Float, Int, ObjectType } from "type-graphql";
import { AFTER, DEFAULT_PAGE_SIZE, FIRST } from "../args.js";
import { Connection, Edge } from "../paging/connection.type.js";
import { Resolution } from "../resolution/resolution.type.js";

@ArgsType()
export class CitationWindowArgs {
  @Field(() => String, { nullable: true, description: "Rank only resolutions of this body (`General Assembly`, or `GA`; a stub counts under the body its symbol names)." })
  body?: string | null;

  @Field(() => Int, { nullable: true, description: "Count only citations made by resolutions adopted in or after this year." })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: "Count only citations made by resolutions adopted in or before this year." })
  yearTo?: number | null;

  @Field(() => Int, FIRST)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, AFTER)
  after?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class MostCitedEdge extends Edge {
  @Field(() => Resolution)
  node!: Resolution;

  @Field(() => Int, { description: "Loaded resolutions of the window citing it." })
  citations!: number;
}

@ObjectType({ description: "Resolutions by citations within a window, most cited first, ties by symbol.", simpleResolvers: true })
export class MostCitedConnection extends Connection {
  @Field(() => [MostCitedEdge])
  edges!: MostCitedEdge[];
}

@ObjectType({ simpleResolvers: true })
export class InfluentialEdge extends Edge {
  @Field(() => Resolution)
  node!: Resolution;

  @Field(() => Float, { description: "PageRank in the window's RECALLS graph (damping 0.85); a window's scores sum to 1, whatever the body filter." })
  score!: number;

  @Field(() => Int, { description: "1-based position in the ranking." })
  rank!: number;
}

@ObjectType({ description: "Resolutions by PageRank over the RECALLS graph of a window, highest first, ties by symbol.", simpleResolvers: true })
export class InfluentialConnection extends Connection {
  @Field(() => [InfluentialEdge])
  edges!: InfluentialEdge[];
}
