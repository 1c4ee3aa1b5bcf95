// What paragraphs name: states, people, domestic laws, instruments, organizations. One interface,
// so a mention or a co-mention can point at any of them, and one input to name one in a filter.

import { Field, InputType, InterfaceType, ObjectType } from "type-graphql";
import { nodeTypeOf } from "../node/node-type.js";
import { EntityKindEnum } from "../enums.js";
import { Node } from "../node/node.type.js";

@InterfaceType({
  implements: Node,
  description: "Something paragraphs name. `key` identifies it within its kind; `id` is `<Kind>:<key>`.",
  resolveType: (value: unknown) => nodeTypeOf(value),
})
export abstract class Entity implements Node {
  id!: string;

  @Field(() => String, {
    description: "Countries: ISO 3166 alpha-3 (`KHM`); laws: `<country code>:<name>` when the state is known; others: the canonical name.",
  })
  key!: string;

  @Field(() => String, { description: "Canonical name." })
  name!: string;
}

const entityType = (description: string) => ({ implements: [Node, Entity], description, simpleResolvers: true });

@ObjectType(entityType("A state, by ISO 3166 alpha-3 code (ISO 3166-3 for former states)."))
export class Country extends Entity {}

@ObjectType(entityType("A named person."))
export class Person extends Entity {}

@ObjectType(entityType("Domestic legislation, keyed `<country code>:<name>` when its state is known."))
export class Law extends Entity {}

@ObjectType(entityType("A treaty, convention, declaration, charter or agreement."))
export class Instrument extends Entity {}

@ObjectType(entityType("A UN organ, office, court, treaty body or other organization."))
export class Organization extends Entity {}

@InputType({ description: "One entity: its kind and key (`{kind: COUNTRY, key: \"KHM\"}`, `{kind: LAW, key: \"KHM:Land Law\"}`)." })
export class EntityInput {
  @Field(() => EntityKindEnum)
  kind!: EntityKindEnum;

  @Field(() => String)
  key!: string;
}
