// The lineage graph: RECALLS edges between resolutions (one per citing/cited pair, summarising the
// paragraphs' citations), walks over them, and chains of citations.

import { Field, Int, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";

@ObjectType({ description: "`from` cites `to` in one or more of its paragraphs.", simpleResolvers: true })
export class Recall {
  @Field(() => Resolution)
  from!: Resolution;

  @Field(() => Resolution)
  to!: Resolution;

  @Field(() => [String], { description: "Distinct citing verbs, in paragraph order." })
  verbs!: string[];

  @Field(() => [Paragraph], { description: "The citing paragraphs of `from`, in order." })
  paragraphs!: Paragraph[];
}

@ObjectType({ simpleResolvers: true })
export class RecallEdge extends Edge {
  @Field(() => Resolution, { description: "The other resolution: the one recalled (`recalls`) or recalling (`recalledBy`)." })
  node!: Resolution;

  @Field(() => [String], { description: "Distinct citing verbs, in paragraph order." })
  verbs!: string[];

  @Field(() => [Paragraph], { description: "The citing paragraphs (of the recalling resolution), in order." })
  paragraphs!: Paragraph[];
}

@ObjectType({ description: "RECALLS edges, by the other resolution's adoption date, then symbol.", simpleResolvers: true })
export class RecallConnection extends Connection {
  @Field(() => [RecallEdge])
  edges!: RecallEdge[];
}

@ObjectType({ description: "A resolution reached by following RECALLS edges, at its smallest distance.", simpleResolvers: true })
export class LineageStep {
  @Field(() => Resolution)
  resolution!: Resolution;

  @Field(() => Int, { description: "1 for direct citations." })
  depth!: number;

  @Field(() => Recall, { description: "The edge it was reached by." })
  via!: Recall;
}

@ObjectType({ description: "One hop of a citation chain: `from` cites `to` in `paragraph`.", simpleResolvers: true })
export class CitationHop {
  @Field(() => Resolution)
  from!: Resolution;

  @Field(() => Resolution)
  to!: Resolution;

  @Field(() => Paragraph, { description: "The first paragraph of `from` citing `to`." })
  paragraph!: Paragraph;
}
