// GraphQL enums. Their internal values are the domain's strings, so records from the store pass
// through unchanged and only the wire names are SCREAMING_CASE.

import { registerEnumType } from "type-graphql";

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
