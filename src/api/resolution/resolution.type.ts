import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A resolution or decision. A stub (`stub: true`) is not loaded itself, only cited by a loaded text or known from the UN's metadata: it has its symbol, its citation edges and what its metadata says (its title, adoption date, meeting and year among the rest), and null for everything else the text would say.",
})
export class Resolution implements Node {
  id!: string;

  @Field(() => String, { description: "Canonical UN symbol, e.g. `A/HRC/RES/36/32`, `S/RES/242 (1967)`." })
  symbol!: string;

  @Field(() => Boolean, { description: "True while the resolution is only cited and its text is not loaded." })
  stub!: boolean;
}
