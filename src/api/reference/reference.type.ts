import { Field, ObjectType } from "type-graphql";
import { ReferenceKindEnum } from "../enums.js";

@ObjectType({ description: "A citation made by a paragraph: the edge of the citation graph.", simpleResolvers: true })
export class Reference {
  @Field(() => ReferenceKindEnum)
  kind!: ReferenceKindEnum;

  @Field(() => String, { description: "Canonical symbol of the cited resolution, decision or document." })
  target!: string;
}
