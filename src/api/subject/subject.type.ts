// Subject headings (UNBIS, SDG, EuroVoc) that resolutions are classified under, by their text (AKN)
// or by the UN's metadata, and the input that names one in a filter.

import { Field, InputType, ObjectType } from "type-graphql";
import { SubjectSchemeEnum } from "../enums.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A subject heading of a thesaurus; its id is `Subject:<scheme>:<key>` (`Subject:SDG:5`).",
})
export class Subject implements Node {
  id!: string;

  @Field(() => SubjectSchemeEnum)
  scheme!: SubjectSchemeEnum;

  @Field(() => String, { description: "The key within its scheme: the UNBIS or EuroVoc term in capitals, the SDG's number." })
  key!: string;

  @Field(() => String, { description: "As the source prints it (`Gender equality` for SDG 5)." })
  label!: string;
}

@InputType({ description: "One subject heading: its scheme and key (`{scheme: SDG, key: \"5\"}`, `{scheme: UNBIS, key: \"HUMAN RIGHTS\"}`)." })
export class SubjectInput {
  @Field(() => SubjectSchemeEnum)
  scheme!: SubjectSchemeEnum;

  @Field(() => String)
  key!: string;
}
