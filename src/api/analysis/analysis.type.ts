import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A quote on an analysis page, with the paragraph it best matches; its id is `Quote:<analysis key>#<n>` (n from 0).",
})
export class Quote implements Node {
  id!: string;

  @Field(() => String, { description: "`praise` or `criticism`." })
  section!: string;

  @Field(() => String, { description: "As printed; abridged quotes keep their `…`." })
  text!: string;

  @Field(() => Float, { nullable: true, description: "0..1: share of the quote's words found in order in the paragraph." })
  score?: number;
}

@ObjectType({ description: "Vote counts printed on an analysis page.", simpleResolvers: true })
export class AnalysisVotes {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  absent!: number;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A commentary page about a resolution. It names no symbol: it is linked to the loaded resolution its quotes match best.",
})
export class Analysis implements Node {
  id!: string;

  @Field(() => String, { description: "The page's file name without extension." })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String)
  sessionType!: string;

  @Field(() => String)
  agendaItem!: string;

  @Field(() => String, { description: "As printed on the page." })
  countryConcerned!: string;

  @Field(() => [String])
  summary!: string[];

  @Field(() => [String], { description: "Main sponsors as printed on the page." })
  sponsors!: string[];

  @Field(() => AnalysisVotes, { nullable: true })
  votes?: AnalysisVotes;

  @Field(() => Float, { nullable: true, description: "Mean quote score for the linked resolution (0..1)." })
  score?: number;
}
