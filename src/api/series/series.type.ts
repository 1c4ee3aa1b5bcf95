import { Field, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../enums.js";
import { SERIES_LINK_KINDS, SERIES_LINK_RULES, type SeriesLinkKind } from "../../series/series.js";

/** The link kinds of src/series/series.ts, as a GraphQL enum whose value descriptions are the rules'. */
export const SeriesLinkKindEnum = enumOf(SERIES_LINK_KINDS);
registerEnumType(SeriesLinkKindEnum, {
  name: "SeriesLinkKind",
  description: "How a member of a series is linked to the one before it.",
  valuesConfig: Object.fromEntries(SERIES_LINK_KINDS.map((k) => [k, { description: SERIES_LINK_RULES[k].description }])),
});

@ObjectType({
  description:
    "A member of a series: the chain of resolutions that succeed one another on one subject (same body; the later recalls the earlier; same or nearly the same title, or recalled as \"its resolution N\").",
})
export class SeriesMember {
  @Field(() => SeriesLinkKindEnum, { description: "How it is linked to the member before it; START for the first." })
  link!: SeriesLinkKind;
}
