// The Relay `Node` interface: every addressable thing has a global id `Label:key`
// (`Resolution:A/HRC/RES/36/32`, `Paragraph:A/HRC/RES/36/32#op22`, `Law:KHM:Land Law`), which
// `node(id:)` turns back into the object. The id's grammar lives in node/global-id.ts.

import { Field, ID, InterfaceType } from "type-graphql";
import { nodeTypeOf } from "./node-type.js";

@InterfaceType({
  description: "Anything with a global id (`Label:key`, e.g. `Resolution:A/HRC/RES/36/32`) that `node(id:)` can fetch again.",
  resolveType: (value: unknown) => nodeTypeOf(value),
})
export abstract class Node {
  @Field(() => ID, { description: "Global id, `Label:key`: stable across servers and loads of the same texts." })
  id!: string;
}
