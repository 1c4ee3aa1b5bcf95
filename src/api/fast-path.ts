// Calls the field resolvers that take only the parent, the context and the resolve info directly,
// instead of through type-graphql's per-call machinery (a resolver-data object, a container look-up,
// parameters re-sorted and mapped, a middleware check, a promise-like test each time). A nested query
// calls such resolvers once per item per field, and that machinery cost more than their own work.
// type-graphql also validates every argument in an async function, so any field with an argument
// resolved a promise later. Arguments of scalar and enum types are passed as graphql-js coerced
// them (type-graphql's conversion leaves those as they are); arguments of input types, and argument
// classes with input-typed fields, keep type-graphql's handler, which makes instances of them.

import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type AnyClass = Function;

/** What each parameter of a resolver method is bound to: root, context, info, all args, one arg. */
type Binding = "root" | "context" | "info" | "args" | { arg: string };

/** A type whose values type-graphql's argument conversion returns unchanged: a scalar or an enum. */
function passedAsIs(type: unknown, array: boolean | undefined): boolean {
  if (array) return false;
  return type === String || type === Number || type === Boolean || type instanceof GraphQLScalarType || getMetadataStorage().enums.some((e) => e.enumObj === type);
}

/** An @ArgsType class declaring only fields passed as they are (and no parent class). */
function plainArgsClass(type: unknown): boolean {
  const storage = getMetadataStorage();
  if (typeof type !== "function" || Object.getPrototypeOf(type) !== Function.prototype) return false;
  if (!storage.argumentTypes.some((a) => a.target === type)) return false;
  return storage.fields.filter((f) => f.target === type).every((f) => passedAsIs(f.getType(), f.typeOptions.array));
}

function bindingsOf(target: AnyClass, methodName: string): Binding[] | undefined {
  const params = getMetadataStorage()
    .params.filter((p) => p.target === target && p.methodName === methodName)
    .sort((a, b) => a.index - b.index);
  const bindings: Binding[] = [];
  for (const [i, p] of params.entries()) {
    if (p.index !== i) return undefined;
    if (p.kind === "info") bindings.push("info");
    else if ((p.kind === "arg" || p.kind === "args") && (p.validateFn !== undefined || p.validateSettings !== undefined)) return undefined;
    else if (p.kind === "arg" && passedAsIs(p.getType(), p.typeOptions.array)) bindings.push({ arg: p.name });
    else if (p.kind === "args" && plainArgsClass(p.getType())) bindings.push("args");
    else if (p.kind === "context" && p.propertyName === undefined) bindings.push("context");
    // A root parameter is converted only when its declared type is a class of our own (with
    // decorator metadata, an interface-typed parameter reads as Object, which converts to itself).
    else if (p.kind === "root" && p.propertyName === undefined && (p.getType === undefined || p.getType() === Object)) bindings.push("root");
    else return undefined;
  }
  return bindings;
}

function direct(instance: object, method: (...args: unknown[]) => unknown, bindings: Binding[]): GraphQLFieldResolver<unknown, unknown> {
  const key = bindings.map((b) => (typeof b === "string" ? b : "arg")).join(",");
  switch (key) {
    case "":
      return () => method.call(instance);
    case "root":
      return (root) => method.call(instance, root);
    case "root,context":
      return (root, _args, context) => method.call(instance, root, context);
    case "root,context,info":
      return (root, _args, context, info) => method.call(instance, root, context, info);
    case "context":
      return (_root, _args, context) => method.call(instance, context);
    case "root,context,args":
      return (root, args, context) => method.call(instance, root, context, args);
    case "root,context,args,info":
      return (root, args, context, info) => method.call(instance, root, context, args, info);
    default: {
      const pick = (b: Binding, root: unknown, args: Record<string, unknown>, context: unknown, info: unknown): unknown =>
        b === "root" ? root : b === "context" ? context : b === "info" ? info : b === "args" ? args : args[b.arg];
      return (root, args, context, info) => method.apply(instance, bindings.map((b) => pick(b, root, args, context, info)));
    }
  }
}

/**
 * Replaces, in the built schema, the resolvers of fields served by a `@FieldResolver` or `@Query`
 * method whose parameters are all `@Root()`, `@Ctx()`, `@Info()` or arguments passed as they are. Nothing is replaced when any middleware or
 * authorization is declared (type-graphql applies those per call), nor where the method serving a
 * field is not the one obvious candidate.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly AnyClass[]): GraphQLSchema {
  const storage = getMetadataStorage();
  if (storage.middlewares.length + storage.resolverMiddlewares.length + storage.authorizedFields.length + storage.authorizedResolver.length > 0) {
    return schema;
  }
  const classOfType = new Map<string, AnyClass>();
  for (const t of [...storage.objectTypes, ...storage.interfaceTypes]) classOfType.set(t.name, t.target as AnyClass);
  // Each resolver class with the type it serves; `@Resolver()` (queries only) serves none.
  const resolverClasses = storage.resolverClasses
    .filter((r) => resolvers.includes(r.target as AnyClass))
    .flatMap((r) => {
      try {
        return [{ target: r.target as AnyClass, serves: r.getObjectType() as AnyClass }];
      } catch {
        return [];
      }
    });
  const instances = new Map<AnyClass, object>();

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    // The classes whose resolvers serve this type's fields: its own and its interfaces'.
    const served = [type.name, ...type.getInterfaces().map((i) => i.name)].map((n) => classOfType.get(n)).filter((c) => c !== undefined);
    const classes = resolverClasses.filter((r) => served.includes(r.serves)).map((r) => r.target);
    for (const field of Object.values(type.getFields())) {
      const candidates =
        type === schema.getQueryType()
          ? storage.queries.filter((q) => resolvers.includes(q.target as AnyClass) && q.schemaName === field.name)
          : storage.fieldResolvers.filter((f) => f.kind === "external" && classes.includes(f.target as AnyClass) && f.schemaName === field.name);
      if (candidates.length !== 1) continue;
      const { target, methodName } = candidates[0]!;
      const bindings = bindingsOf(target as AnyClass, methodName);
      const method = (target as { prototype: Record<string, unknown> }).prototype[methodName];
      if (!bindings || typeof method !== "function") continue;
      let instance = instances.get(target as AnyClass);
      if (!instance) {
        instance = new (target as new () => object)();
        instances.set(target as AnyClass, instance);
      }
      field.resolve = direct(instance, method as (...args: unknown[]) => unknown, bindings);
    }
  }
  return schema;
}
