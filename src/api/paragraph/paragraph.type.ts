import { Field, Int, ObjectType } from "type-graphql";
import { ParagraphKindEnum } from "../enums.js";
import { Footnote } from "./footnote.type.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A preambular or operative paragraph (or lettered sub-paragraph) of a resolution; its id is `Paragraph:<symbol>#<key>`.",
})
export class Paragraph implements Node {
  id!: string;

  @Field(() => String, { description: "`pp3`, `op22`, `op28(a)`: unique within the resolution." })
  key!: string;

  @Field(() => ParagraphKindEnum)
  kind!: ParagraphKindEnum;

  @Field(() => Int, { description: "1-based position in the document." })
  ordinal!: number;

  @Field(() => String, { description: "Clean text, without footnote marks or page furniture." })
  text!: string;

  @Field(() => [Footnote])
  footnotes!: Footnote[];
}
