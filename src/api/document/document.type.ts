import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A UN document cited by symbol (a report, a letter, a presidential statement); only its symbol is known.",
})
export class Document implements Node {
  id!: string;

  @Field(() => String, { description: "Document symbol as cited, e.g. `A/HRC/36/61`." })
  symbol!: string;
}

@ObjectType({ description: "A document cited by a resolution: the CITES edge, with the citing paragraph.", simpleResolvers: true })
export class DocumentCitation {
  @Field(() => Document)
  document!: Document;
}
