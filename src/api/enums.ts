// GraphQL enums. Their internal values are the domain's strings, so records from the store pass
// through unchanged and only the wire names are SCREAMING_CASE.

import { registerEnumType } from "type-graphql";

/**
 * A GraphQL enum object from a module's own list of values (`["KEPT", "ADDED"] as const`), so the
 * list stays the one home of the values and the enum cannot drift from it.
 */
export const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export enum ParagraphKindEnum {
  PREAMBULAR = "preambular",
  OPERATIVE = "operative",
}
registerEnumType(ParagraphKindEnum, {
  name: "ParagraphKind",
  description: "Preambular paragraphs set the context (Recalling …); operative paragraphs act (Decides …).",
});

export enum VoteMethodEnum {
  WITHOUT_A_VOTE = "without a vote",
  UNANIMOUSLY = "unanimously",
  RECORDED_VOTE = "recorded vote",
}
registerEnumType(VoteMethodEnum, { name: "VoteMethod", description: "How the resolution was adopted." });

export enum ReferenceKindEnum {
  RESOLUTION = "resolution",
  DOCUMENT = "document",
}
registerEnumType(ReferenceKindEnum, {
  name: "ReferenceKind",
  description: "A resolution or decision (with a canonical symbol), or another UN document.",
});

export enum EntityKindEnum {
  COUNTRY = "Country",
  PERSON = "Person",
  LAW = "Law",
  INSTRUMENT = "Instrument",
  ORGANIZATION = "Organization",
}
registerEnumType(EntityKindEnum, {
  name: "EntityKind",
  description: "What a paragraph can name: a state, a person, a domestic law, a treaty or declaration, an organization.",
});

export enum ResolutionOrderEnum {
  ADOPTED_ASC = "ADOPTED_ASC",
  ADOPTED_DESC = "ADOPTED_DESC",
  SYMBOL_ASC = "SYMBOL_ASC",
}
registerEnumType(ResolutionOrderEnum, {
  name: "ResolutionOrder",
  description: "Order of a resolution list; ties are broken by symbol. Undated texts come first in ADOPTED_ASC.",
});

export enum LineageDirectionEnum {
  ANCESTORS = "ancestors",
  DESCENDANTS = "descendants",
}
registerEnumType(LineageDirectionEnum, {
  name: "LineageDirection",
  description: "ANCESTORS: what a resolution recalls, and what those recall … DESCENDANTS: what recalls it, and so on.",
});

export enum VoteEnum {
  YES = "yes",
  NO = "no",
  ABSTAIN = "abstain",
}
registerEnumType(VoteEnum, { name: "Vote", description: "A state's recorded vote." });

export enum SubjectSchemeEnum {
  UNBIS = "UNBIS",
  SDG = "SDG",
  EUROVOC = "EuroVoc",
}
registerEnumType(SubjectSchemeEnum, {
  name: "SubjectScheme",
  description: "The thesaurus a subject heading belongs to: the UNBIS Thesaurus, the Sustainable Development Goals, EuroVoc.",
});

export enum SponsorshipSourceEnum {
  ANALYSIS = "analysis",
  METADATA = "metadata",
}
registerEnumType(SponsorshipSourceEnum, {
  name: "SponsorshipSource",
  description: "Where a sponsorship is recorded: an analysis page's main sponsors, or the UN's own metadata for the resolution.",
});
