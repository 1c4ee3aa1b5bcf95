// How large an argument may be. The query limits (limits.ts) bound the shape of a query, but a
// string is one token whatever its length: a 400 KB search text passed every one of them and held
// the server for minutes. Every string and list argument therefore has a maximum, checked once the
// operation is known and before it runs (so before any store call), on literals and variables
// alike, and refused with BAD_USER_INPUT naming the argument and its limit. Full-text queries have
// their own, larger maximum; the store refuses more than MAX_SEARCH_TERMS distinct words, repeated
// words counting once.

import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getArgumentValues, getVariableValues } from "graphql/execution/values.js";

export interface InputLimits {
  /** Characters of any string argument: symbols, names, keys, filters, cursors, ids. */
  maxStringChars: number;
  /** Characters of a full-text query (FULL_TEXT_ARGUMENTS). */
  maxTextChars: number;
  /** Items of any list argument. */
  maxListItems: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxStringChars: 500,
  maxTextChars: 1_000,
  maxListItems: 100,
};

/** Arguments and input fields that are full-text queries, as `Type.field(arg:)` or `Input.field`. */
export const FULL_TEXT_ARGUMENTS: ReadonlySet<string> = new Set(["Query.search(text:)", "ResolutionFilter.text", "ParagraphFilter.text"]);

const refuse = (argument: string, limit: number, unit: string, got: number): GraphQLError =>
  new GraphQLError(`${argument}: at most ${limit.toLocaleString("en-US")} ${unit}, got ${got.toLocaleString("en-US")}`, {
    extensions: { code: "BAD_USER_INPUT", argument, max: limit, http: { status: 400 } },
  });

/** Checks one value against the limits of its type, recursing into lists and input objects. */
function checkValue(value: unknown, type: GraphQLInputType, where: string, limits: InputLimits): void {
  if (value === null || value === undefined) return;
  const bare = getNullableType(type);
  if (isListType(bare)) {
    if (!Array.isArray(value)) return checkValue(value, bare.ofType, where, limits);
    if (value.length > limits.maxListItems) throw refuse(where, limits.maxListItems, "items", value.length);
    for (const item of value) checkValue(item, bare.ofType, where, limits);
    return;
  }
  if (isInputObjectType(bare)) {
    const fields = bare.getFields();
    for (const [name, field] of Object.entries(fields)) {
      checkValue((value as Record<string, unknown>)[name], field.type, `${bare.name}.${name}`, limits);
    }
    return;
  }
  if (isScalarType(getNamedType(bare)) && typeof value === "string") {
    const max = FULL_TEXT_ARGUMENTS.has(where) ? limits.maxTextChars : limits.maxStringChars;
    if (value.length > max) throw refuse(where, max, "characters", value.length);
  }
}

/**
 * Every argument of every field the document selects, with variables coerced as execution will
 * coerce them. Variables that do not coerce (a list or a number for a `String!`) are refused here
 * as BAD_USER_INPUT: graphql-jit reports them without a code, which would read as a server error.
 */
export function checkInputLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: InputLimits,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) {
    const [first] = coerced.errors;
    throw new GraphQLError(first?.message ?? "invalid variables", {
      ...(first?.nodes ? { nodes: first.nodes } : {}),
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
    });
  }
  for (const { node, field, where } of fieldsWithArguments(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue;
    }
    for (const arg of field.args) checkValue(values[arg.name], arg.type, `${where}(${arg.name}:)`, limits);
  }
}

interface FieldWithArguments {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  /** `Type.field`, as the limits and their errors name it. */
  where: string;
}

/** Per operation (Apollo reuses one parsed document per query text): only the values vary. */
const fieldsCache = new WeakMap<OperationDefinitionNode, FieldWithArguments[]>();

/** The fields of the operation and of the fragments it may spread that are given arguments. */
function fieldsWithArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): FieldWithArguments[] {
  const cached = fieldsCache.get(operation);
  if (cached) return cached;
  const found: FieldWithArguments[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    [Kind.FIELD]: (node) => {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (field && parent && field.args.length > 0 && node.arguments?.length) found.push({ node, field, where: `${parent.name}.${field.name}` });
    },
  });
  // A fragment is typed by its own condition.
  for (const definition of [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)]) visit(definition, visitor);
  fieldsCache.set(operation, found);
  return found;
}

/** The Apollo plugin: checks the resolved operation before it is executed. */
export function inputLimitsPlugin<C extends object>(limits: InputLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          checkInputLimits(schema, document, operation, request.variables, limits);
        },
      };
    },
  };
}
