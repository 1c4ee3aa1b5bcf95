// A state's sponsorship of a resolution, from an analysis page or from the UN's metadata.

import { Field, ObjectType } from "type-graphql";
import { Country } from "../entity/entity.type.js";
import { SponsorshipSourceEnum } from "../enums.js";

@ObjectType({ description: "One state's sponsorship of a resolution, with where it is recorded.", simpleResolvers: true })
export class Sponsorship {
  @Field(() => Country)
  country!: Country;

  @Field(() => SponsorshipSourceEnum)
  source!: SponsorshipSourceEnum;

  @Field(() => Boolean, { description: "Listed among the additional sponsors (joined after the draft was introduced); false on analysis pages." })
  additional!: boolean;
}
