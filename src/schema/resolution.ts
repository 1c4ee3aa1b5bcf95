import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.js";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A resolution or decision. A stub (`stub: true`) is cited by a loaded text but not loaded itself: it has its symbol and its citation edges, and null for everything the text would say.",
})
export class Resolution implements Node {
  id!: string;

  @Field(() => String, { description: "Canonical UN symbol, e.g. `A/HRC/RES/36/32`, `S/RES/242 (1967)`." })
  symbol!: string;

  @Field(() => Boolean, { description: "True while the resolution is only cited and its text is not loaded." })
  stub!: boolean;
}
