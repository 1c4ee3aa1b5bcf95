// The paragraphs that name an entity (`Entity.referencedBy`): each edge is a paragraph, with its
// resolution and where in its text the entity is named.

import { Field, ObjectType } from "type-graphql";
import { Connection, Edge } from "../paging/connection.type.js";
import { Mention } from "../mention/mention.type.js";
import { Paragraph } from "../paragraph/paragraph.type.js";
import { Resolution } from "../resolution/resolution.type.js";

@ObjectType({ simpleResolvers: true })
export class EntityReferenceEdge extends Edge {
  @Field(() => Paragraph, { description: "The paragraph naming the entity." })
  node!: Paragraph;

  @Field(() => Resolution, { description: "The resolution the paragraph belongs to." })
  resolution!: Resolution;

  @Field(() => [Mention], { description: "Where the paragraph names the entity (usually once)." })
  mentions!: Mention[];
}

@ObjectType({ description: "Paragraphs naming an entity, by resolution (adoption date, symbol), then position.", simpleResolvers: true })
export class EntityReferenceConnection extends Connection {
  @Field(() => [EntityReferenceEdge])
  edges!: EntityReferenceEdge[];
}
