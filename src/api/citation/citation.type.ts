// Incoming citations (`Resolution.citedBy`, `Document.citedBy`): the node is the citing resolution,
// the edge carries what the citing paragraph says.

import { Field, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";

@ObjectType({ simpleResolvers: true })
export class CitationEdge extends Edge {
  @Field(() => Resolution, { description: "The citing resolution." })
  node!: Resolution;

  @Field(() => Paragraph, { description: "The citing paragraph." })
  paragraph!: Paragraph;
}

@ObjectType({ description: "Citations by loaded texts, one edge per citing paragraph (and per mention in it).", simpleResolvers: true })
export class CitationConnection extends Connection {
  @Field(() => [CitationEdge])
  edges!: CitationEdge[];
}
