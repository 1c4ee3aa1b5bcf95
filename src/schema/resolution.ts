import { Field, ObjectType } from "type-graphql";
import { VoteCounts } from "./vote-counts.js";

@ObjectType({ description: "A resolution or decision whose text is loaded." })
export class Resolution {
  @Field(() => String, { description: "Canonical UN symbol, e.g. `A/HRC/RES/36/32`, `S/RES/242 (1967)`." })
  symbol!: string;

  @Field(() => String, { description: "Title as printed; empty when the text prints none." })
  title!: string;

  @Field(() => String, { description: "Adopting body, e.g. `Human Rights Council`." })
  body!: string;

  @Field(() => VoteCounts, { nullable: true, description: "Vote counts, when the text gives them." })
  votes?: VoteCounts;
}
