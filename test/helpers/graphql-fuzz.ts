// Fuzzing the API over HTTP (issue 12): fast-check arbitraries for whole HTTP requests, a sender
// that never throws, and the judge of what the server may answer. GraphQL operations are generated
// from the schema the server serves (buildResgraphSchema): every type, field, argument, enum value
// and input object is read from it, so a new field is fuzzed without touching this file. The only
// hand-written lists here are VALUES (symbols, words, cursors, headers, paths), which bias arguments
// towards what the resolvers and stores branch on; they never decide which fields exist.
//
// Shared by test/api/fuzz.test.ts (about 500 cases in `npm test`) and bench/fuzz.ts (10,000+), so
// both run exactly the same generators. Nothing here imports vitest: the bench runs under tsx.

import { request, type ClientRequest, type IncomingHttpHeaders } from "node:http";
import fc from "fast-check";
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { buildResgraphSchema } from "../../src/api/schema.js";

// --- requests -----------------------------------------------------------------------------------

export const FUZZ_METHODS = ["GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"] as const;
export type FuzzMethod = (typeof FUZZ_METHODS)[number];

/** Which generator made a request: for the bench's histogram, and to read a counterexample. */
export type FuzzKind = "valid" | "broken" | "get" | "shape" | "http";

export interface FuzzRequest {
  kind: FuzzKind;
  method: FuzzMethod;
  /** Request target as sent on the request line: path and query string. */
  path: string;
  /** Never Host, Content-Length or Transfer-Encoding: framing is not what this fuzz is about. */
  headers: Record<string, string>;
  /** Sent with its exact Content-Length; `latin1` makes bytes 0x80-0xFF, so invalid UTF-8. */
  body?: string;
  bodyEncoding?: "utf8" | "latin1";
}

/** The origin the fuzzed server allows by CORS, so preflights and CORS headers get exercised too. */
export const FUZZ_ALLOWED_ORIGIN = "http://app.example.org";

// --- values ---------------------------------------------------------------------------------------

const SYMBOLS = [
  "A/HRC/RES/36/32",
  "S/RES/660 (1990)",
  "S/RES/661 (1990)",
  "S/RES/687 (1991)",
  "A/HRC/RES/42/25",
  "A/HRC/RES/39/1",
  "A/RES/60/251",
  "A/RES/80/1",
  "a/hrc/res/36/32",
  "HRC 36/32",
  "36/32",
  "S/RES/660(1990)",
  "resolution 660 (1990)",
  "A/HRC/41/18",
  "S/RES/0 (0)",
  "A/RES/-1/-1",
  "S/RES/99999999999999999999 (1990)",
  "A/RES/ES-10/1",
  "A/RES/S-25/2",
  "A/HRC/RES/36/32#op22",
  "/",
];

const NAMES = [
  "Cambodia",
  "cambodia",
  "Camb",
  "Land Law",
  "KHM:Land Law",
  "KHM",
  "khm",
  "IRQ",
  "KWT",
  "SUN",
  "XXX",
  "Iraq",
  "Kuwait",
  "Human Rights Council",
  "Security Council",
  "General Assembly",
  "United Nations",
  "Charter of the United Nations",
  "Extraordinary Chambers in the Courts of Cambodia",
  "Office of the United Nations High Commissioner for Human Rights",
  "Universal Declaration of Human Rights",
  "Recalling",
  "Recalling also",
  "Decides",
  "36",
  "80",
  "S-25",
];

/** Search words and the syntax of both stores' full-text engines (FTS5, Lucene), plus the usual injections. */
const WORDS = [
  "Extraordinary Chambers",
  '"Extraordinary Chambers"',
  "peace",
  "impunity",
  "landmines",
  '"',
  '""',
  "*",
  "peace*",
  "AND",
  "OR",
  "NOT",
  "NEAR(peace war)",
  "(",
  ")",
  "^",
  ":",
  "-",
  "+",
  "~",
  "?",
  "%",
  "_",
  "\\",
  "'",
  "`",
  "{",
  "[",
  "title:peace",
  "text:x AND",
  "\u0000",
  "\uFEFF",
  "\u2028",
  "😀",
  "a\u0301",
  "ﷺ",
  "' OR '1'='1",
  "'); DROP TABLE resolutions; --",
  "SELECT * FROM resolutions",
  "MATCH (n) DETACH DELETE n",
  '") DETACH DELETE n //',
  "${x}",
  "{{x}}",
  "%s%s%s%n",
  "../../../etc/passwd",
  "<script>alert(1)</script>",
  "NaN",
  "null",
  "1e309",
];

/** Strings: real values, random unicode, long and repetitive ones (FTS with thousands of terms). */
function stringArb(pool: readonly string[], long: boolean): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 8, arbitrary: fc.constantFrom(...pool) },
    { weight: 3, arbitrary: fc.constantFrom(...SYMBOLS, ...NAMES, ...WORDS) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant("") },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...pool, ...WORDS), fc.integer({ min: 2, max: 40 }))
        .map(([word, n]) => Array.from({ length: n }, () => word).join(" ")),
    },
  ];
  if (long) {
    options.push({
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...pool, ...WORDS, "x", "é", "😀"), fc.integer({ min: 1_000, max: 100_000 }))
        .map(([word, size]) => `${word} `.repeat(Math.ceil(size / (word.length + 1))).slice(0, size)),
    });
  }
  return fc.oneof(...options);
}

const INTS = [0, 1, -1, 2, 10, 20, 100, 101, 1000, 1990, 2017, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21];
const intArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 120 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INTS) },
  { weight: 1, arbitrary: fc.integer({ min: 1940, max: 2030 }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** Cursors: real ones (base64url of `{"o":n}`), forged ones with odd offsets, and junk. */
const cursorArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((o) => Buffer.from(JSON.stringify({ o }), "utf8").toString("base64url")),
  fc
    .constantFrom<unknown>(-1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 31, "1", null, [], { o: 1 })
    .map((o) => Buffer.from(JSON.stringify({ o }), "utf8").toString("base64url")),
  fc.constantFrom("eyJvIjoyfQ", "eyJvIjoyfQ==", "not-a-cursor", "", "====", "eyJ", Buffer.from('{"o":1,"x":2}').toString("base64url")),
  fc.string({ maxLength: 30 }),
);

// --- the operation model ------------------------------------------------------------------------
// Generated as a small tree, then printed: variables, fragments and aliases are decided while
// printing, which keeps every generated tree printable as a consistent document.

/** An input value: as a GraphQL literal, and as the JSON a variable carries (undefined: literal only). */
interface Value {
  literal: string;
  json: unknown;
}

interface ArgNode {
  name: string;
  value: Value;
  /** Passed as a variable rather than inline. */
  variable: boolean;
  /** The variable's declared type (the argument's own, or a wrong one in broken documents). */
  type: string;
}

interface FieldNode {
  kind: "field";
  alias: string | undefined;
  name: string;
  args: ArgNode[];
  directives: string[];
  /** Directive arguments passed as variables (`@include(if: $vN)`), printed after `directives`. */
  conditions: ArgNode[];
  selection: SetNode | undefined;
  /** Broken documents: a selection under a leaf (`{ __typename }`), or none under an object. */
  twist: "none" | "leafSelection" | "noSelection";
}

interface InlineNode {
  kind: "inline";
  on: string | undefined;
  selection: SetNode;
}

interface SetNode {
  type: string;
  items: (FieldNode | InlineNode)[];
  /** Printed as a named fragment spread, the fragment appended to the document. */
  named: boolean;
}

interface OperationNode {
  root: SetNode;
  name: string | undefined;
  /** Send `operationName` in the body (when the operation is named). */
  sendName: boolean;
  /** `{ … }` rather than `query { … }` when nothing needs the keyword. */
  shorthand: boolean;
}

/** What a GraphQL client puts in a request: the body of a POST, or the query string of a GET. */
export type GraphQLPayload = {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
};

class Printer {
  private readonly definitions: string[] = [];
  private readonly fragments: string[] = [];
  readonly variables: Record<string, unknown> = {};

  document(op: OperationNode): GraphQLPayload {
    const body = this.set(op.root);
    const head =
      this.definitions.length > 0 || op.name !== undefined || !op.shorthand
        ? `query${op.name !== undefined ? ` ${op.name}` : ""}${this.definitions.length > 0 ? `(${this.definitions.join(", ")})` : ""} `
        : "";
    const query = [`${head}${body}`, ...this.fragments].join("\n");
    return {
      query,
      ...(Object.keys(this.variables).length > 0 ? { variables: this.variables } : {}),
      ...(op.sendName && op.name !== undefined ? { operationName: op.name } : {}),
    };
  }

  /** The variable definitions and fragments printed so far, to wrap a body printed by `field`. */
  wrap(body: string): GraphQLPayload {
    const head = this.definitions.length > 0 ? `query(${this.definitions.join(", ")}) ` : "";
    return { query: [`${head}{ ${body} }`, ...this.fragments].join("\n"), variables: this.variables };
  }

  /** The argument's value as written in the document: its literal, or a new variable carrying it. */
  value(a: ArgNode): string {
    if (!a.variable || a.value.json === undefined) return a.value.literal;
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${a.type}`);
    this.variables[name] = a.value.json;
    return `$${name}`;
  }

  set(s: SetNode): string {
    if (!s.named) return `{ ${this.items(s.items, new Map())} }`;
    // Reserve the fragment's slot first: fragments nested in it take the next ones.
    const index = this.fragments.push("") - 1;
    this.fragments[index] = `fragment F${index} on ${s.type} { ${this.items(s.items, new Map())} }`;
    return `{ ...F${index} }`;
  }

  field(f: FieldNode, keys: Map<string, number>): string {
    // Two fields with one response key but different arguments do not merge: alias the later ones,
    // so that valid documents stay valid (broken ones have other ways to fail).
    let alias = f.alias;
    const key = alias ?? f.name;
    const seen = keys.get(key) ?? 0;
    keys.set(key, seen + 1);
    if (seen > 0) alias = `${key}_${seen}`;
    const args = f.args.length > 0 ? `(${f.args.map((a) => `${a.name}: ${this.value(a)}`).join(", ")})` : "";
    const conditions = f.conditions.map((c) => `@${c.name}(if: ${this.value(c)})`);
    const directives = [...f.directives, ...conditions].map((d) => ` ${d}`).join("");
    let selection = f.selection && f.twist !== "noSelection" ? ` ${this.set(f.selection)}` : "";
    if (f.twist === "leafSelection" && !f.selection) selection = " { __typename }";
    return `${alias !== undefined ? `${alias}: ` : ""}${f.name}${args}${directives}${selection}`;
  }

  private items(items: (FieldNode | InlineNode)[], keys: Map<string, number>): string {
    return items
      .map((item) =>
        item.kind === "field"
          ? this.field(item, keys)
          : // Inline fragments share the parent's response keys: they merge into one object.
            `... ${item.on !== undefined ? `on ${item.on} ` : ""}{ ${this.items(item.selection.items, keys)} }`,
      )
      .join(" ");
  }
}

function printOperation(op: OperationNode): GraphQLPayload {
  return new Printer().document(op);
}

/** `oneIn` draws in one: present, otherwise undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const chance = (oneIn: number): fc.Arbitrary<boolean> => sometimes(fc.constant(true), oneIn).map((x) => x === true);

const ALIASES = ["a", "b", "x1", "_a", "data", "errors", "id", "symbol", "node", "__x", "constructor", "__proto__", "toString"];

/** Values of the wrong type for any position: what a client mixing up arguments sends. */
const WRONG_VALUES: Value[] = [
  { literal: "5", json: 5 },
  { literal: "-1", json: -1 },
  { literal: "1.5", json: 1.5 },
  { literal: "1e400", json: 1e308 },
  { literal: '"x"', json: "x" },
  { literal: '"5"', json: "5" },
  { literal: "true", json: true },
  { literal: "null", json: null },
  { literal: "NOPE", json: "NOPE" },
  { literal: "[]", json: [] },
  { literal: '[1, "a", null]', json: [1, "a", null] },
  { literal: "{}", json: {} },
  { literal: '{kind: NOPE, key: 5, extra: "x"}', json: { kind: "NOPE", key: 5, extra: "x" } },
  { literal: "$undeclared", json: undefined },
  { literal: '"""block\nstring"""', json: "block\nstring" },
];

const WRONG_TYPES = ["Int", "Int!", "String!", "Boolean", "[Int!]!", "ID", "Float", "EntityInput!", "Nope", "[[String]]", "Query"];

export type FuzzMode = "valid" | "broken";

export interface OperationOptions {
  mode: FuzzMode;
  /** Deepest selection generated (the server refuses beyond its own limit, 12). */
  maxDepth: number;
  /** Strings up to ~100 KB; off for GET, whose query string must fit in the request line. */
  longStrings: boolean;
}

/**
 * Arbitraries for operations over one schema. Selection sets are memoized per (type, depth), so the
 * recursion through the schema is built once: depth is what bounds it, not the schema's cycles.
 */
export class OperationArbitraries {
  private readonly sets = new Map<string, fc.Arbitrary<SetNode>>();
  /** Arguments and values by name and type: `first: Int!` is one arbitrary for every field that has it. */
  private readonly argArbs = new Map<string, fc.Arbitrary<ArgNode>>();
  private readonly values = new Map<string, fc.Arbitrary<Value>>();
  private readonly argLists = new Map<string, fc.Arbitrary<ArgNode[]>>();
  /** What every field draws the same way: built once per instance, not once per field. */
  private readonly parts: {
    alias: fc.Arbitrary<string | undefined>;
    directives: fc.Arbitrary<string[]>;
    conditions: fc.Arbitrary<ArgNode[]>;
    twist: fc.Arbitrary<FieldNode["twist"]>;
    unknownField: fc.Arbitrary<FieldNode>;
    extraArg: fc.Arbitrary<ArgNode[]>;
  };
  private readonly broken: boolean;
  readonly typeNames: string[];
  readonly fieldNames: string[];
  readonly nodeLabels: string[];

  constructor(
    readonly schema: GraphQLSchema,
    readonly options: OperationOptions,
  ) {
    this.broken = options.mode === "broken";
    const types = Object.values(schema.getTypeMap());
    this.typeNames = types.map((t) => t.name);
    this.fieldNames = [
      ...new Set(types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t) ? Object.keys(t.getFields()) : []))),
    ];
    const node = schema.getType("Node");
    this.nodeLabels = node && isAbstractType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : ["Resolution"];
    // `@include` or `@skip` with a Boolean, inline or as a variable.
    const condition: fc.Arbitrary<ArgNode> = fc.record({
      name: fc.constantFrom("include", "skip"),
      value: fc.boolean().map((b) => ({ literal: String(b), json: b })),
      variable: fc.boolean(),
      type: fc.constant("Boolean!"),
    });
    const brokenDirective = fc.oneof(
      fc.constantFrom("@include", "@include(if: 5)", "@skip(if: $undeclared)", "@nope", "@deprecated", '@specifiedBy(url: "x")', "@include(if: true, if: false)"),
      fc.integer({ min: 20, max: 120 }).map((n) => "@include(if: true) ".repeat(n).trim()),
    );
    this.parts = {
      alias: sometimes(fc.constantFrom(...ALIASES), 6),
      directives: this.broken ? fc.array(brokenDirective, { maxLength: 2 }) : fc.constant<string[]>([]),
      conditions: sometimes(condition, 8).map((c) => (c ? [c] : [])),
      twist: this.broken
        ? fc.constantFrom<FieldNode["twist"]>("none", "none", "none", "none", "none", "leafSelection", "noSelection")
        : fc.constant<FieldNode["twist"]>("none"),
      unknownField: fc
        .record({
          name: fc.oneof(fc.constantFrom(...this.fieldNames), fc.constantFrom("nope", "__nope", "_", "constructor", "__proto__", "stats2")),
          twist: fc.constantFrom<FieldNode["twist"]>("none", "leafSelection"),
        })
        .map(({ name, twist }) => ({ kind: "field" as const, alias: undefined, name, args: [], directives: [], conditions: [], selection: undefined, twist })),
      extraArg: sometimes(
        fc.record({
          name: fc.constantFrom("nope", "first", "symbol", "if"),
          value: fc.constantFrom(...WRONG_VALUES),
          variable: fc.boolean(),
          type: fc.constantFrom(...WRONG_TYPES),
        }),
        6,
      ).map((x) => (x ? [x] : [])),
    };
  }

  get query(): GraphQLObjectType {
    const query = this.schema.getQueryType();
    if (!query) throw new Error("the schema has no Query type");
    return query;
  }

  /** A whole operation, at a random depth up to the maximum. */
  operation(): fc.Arbitrary<OperationNode> {
    const depths = Array.from({ length: this.options.maxDepth + 1 }, (_, d) => this.set(this.query, d));
    return fc.record({
      root: fc.oneof(...depths),
      name: sometimes(fc.constantFrom("Q", "Fuzz", "op_1", "query", "Query"), 3),
      sendName: fc.boolean(),
      shorthand: fc.boolean(),
    });
  }

  /** One field of Query, for documents that repeat it (many aliases). */
  rootField(): fc.Arbitrary<FieldNode> {
    return fc.oneof(...this.fieldsOf(this.query, true).map((f) => this.field(f, 1)));
  }

  /** Each (field, argument) of a type, with the selection the field needs: `` or ` { __typename }`. */
  argumentsOf(type: GraphQLObjectType): { field: GraphQLField<unknown, unknown>; arg: GraphQLArgument; selection: string }[] {
    return Object.values(type.getFields()).flatMap((field) =>
      field.args.map((arg) => ({ field, arg, selection: isCompositeType(getNamedType(field.type)) ? " { __typename }" : "" })),
    );
  }

  /** Fields of a type as selectable: its own, plus the meta fields the type system adds. */
  fieldsOf(type: GraphQLCompositeType, root = type === this.schema.getQueryType()): GraphQLField<unknown, unknown>[] {
    const own = isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
    return [...own, TypeNameMetaFieldDef, ...(root ? [SchemaMetaFieldDef, TypeMetaFieldDef] : [])];
  }

  set(type: GraphQLCompositeType, depth: number): fc.Arbitrary<SetNode> {
    const key = `${type.name}@${depth}`;
    const known = this.sets.get(key);
    if (known) return known;
    const choices: fc.Arbitrary<FieldNode | InlineNode>[] = this.fieldsOf(type)
      .filter((f) => depth > 0 || isLeafType(getNamedType(f.type)))
      .map((f) => this.field(f, depth));
    if (isAbstractType(type)) {
      // Fragments on each possible (object) type, at the same depth: they add no nesting.
      for (const possible of this.schema.getPossibleTypes(type)) choices.push(this.inline(possible, depth, possible.name));
    } else if (depth > 0) {
      choices.push(this.inline(type, depth - 1, undefined), this.inline(type, depth - 1, type.name));
    }
    if (this.broken) choices.push(this.parts.unknownField);
    const arb = fc
      .record({ items: fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 4 }), named: chance(7) })
      .map(({ items, named }) => ({ type: type.name, items, named }));
    this.sets.set(key, arb);
    return arb;
  }

  private inline(type: GraphQLCompositeType, depth: number, on: string | undefined): fc.Arbitrary<InlineNode> {
    return this.set(type, depth).map((selection) => ({ kind: "inline" as const, on, selection }));
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<FieldNode> {
    const named = getNamedType(field.type);
    const selection: fc.Arbitrary<SetNode | undefined> = isCompositeType(named) ? this.set(named, depth - 1) : fc.constant(undefined);
    const { alias, directives, conditions, twist } = this.parts;
    return fc
      .record({ alias, args: this.args(field.args), directives, conditions, selection, twist })
      .map((f) => ({ kind: "field" as const, name: field.name, ...f }));
  }

  private args(args: readonly GraphQLArgument[]): fc.Arbitrary<ArgNode[]> {
    const key = args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? "" : " = …"}`).join(", ");
    const known = this.argLists.get(key);
    if (known) return known;
    const parts = args.map((a) => {
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      const one = this.arg(a).map((x) => [x]);
      if (required && !this.broken) return one;
      // Optional arguments half the time; a broken document also drops required ones.
      return fc.oneof({ weight: required ? 5 : 1, arbitrary: one }, { weight: 1, arbitrary: fc.constant<ArgNode[]>([]) });
    });
    if (this.broken) parts.push(this.parts.extraArg);
    const arb = fc.tuple(...parts).map((lists) => lists.flat());
    this.argLists.set(key, arb);
    return arb;
  }

  private arg(a: GraphQLArgument): fc.Arbitrary<ArgNode> {
    const key = `${a.name}: ${String(a.type)}`;
    const known = this.argArbs.get(key);
    if (known) return known;
    const right = this.value(a.type, a.name, 0);
    const arb = fc
      .record({
        value: this.broken ? fc.oneof({ weight: 7, arbitrary: right }, { weight: 3, arbitrary: fc.constantFrom(...WRONG_VALUES) }) : right,
        variable: chance(4),
        wrongType: this.broken ? sometimes(fc.constantFrom(...WRONG_TYPES), 5) : fc.constant(undefined),
      })
      .map(({ value, variable, wrongType }) => ({ name: a.name, value, variable, type: wrongType ?? String(a.type) }));
    this.argArbs.set(key, arb);
    return arb;
  }

  /** A value of an input type; `hint` is the argument or input field's name, which picks the pool. */
  value(type: GraphQLInputType, hint: string, depth: number): fc.Arbitrary<Value> {
    const key = `${String(type)}|${hint}|${depth}`;
    const known = this.values.get(key);
    if (known) return known;
    const arb = isNonNullType(type)
      ? this.nonNullValue(type.ofType, hint, depth)
      : fc.oneof({ weight: 8, arbitrary: this.nonNullValue(type, hint, depth) }, { weight: 1, arbitrary: fc.constant<Value>({ literal: "null", json: null }) });
    this.values.set(key, arb);
    return arb;
  }

  private nonNullValue(type: GraphQLInputType, hint: string, depth: number): fc.Arbitrary<Value> {
    if (isNonNullType(type)) return this.nonNullValue(type.ofType, hint, depth);
    if (isListType(type)) {
      return fc
        .array(this.value(type.ofType, hint, depth + 1), { maxLength: 3 })
        .map((items) => ({ literal: `[${items.map((i) => i.literal).join(", ")}]`, json: items.map((i) => i.json) }));
    }
    if (isEnumType(type)) {
      return fc.constantFrom(...type.getValues().map((v) => v.name)).map((name) => ({ literal: name, json: name }));
    }
    if (isInputObjectType(type)) {
      // Input types here are not recursive, but a schema may become so: stop at depth 3.
      const fields = depth > 3 ? [] : Object.values(type.getFields());
      const parts = fields.map((f) => {
        const one = this.value(f.type, f.name, depth + 1).map((v): [string, Value][] => [[f.name, v]]);
        const required = isNonNullType(f.type) && f.defaultValue === undefined;
        return required ? one : fc.oneof(one, fc.constant<[string, Value][]>([]));
      });
      return fc.tuple(...parts).map((lists) => {
        const entries = lists.flat();
        return {
          literal: `{${entries.map(([k, v]) => `${k}: ${v.literal}`).join(", ")}}`,
          json: Object.fromEntries(entries.map(([k, v]) => [k, v.json])),
        };
      });
    }
    if (isScalarType(type)) return this.scalar(type.name, hint);
    return fc.constant({ literal: "null", json: null });
  }

  private scalar(name: string, hint: string): fc.Arbitrary<Value> {
    const string = (arb: fc.Arbitrary<string>): fc.Arbitrary<Value> => arb.map((s) => ({ literal: JSON.stringify(s), json: s }));
    switch (name) {
      case "Int":
        return intArb.map((n) => ({ literal: String(n), json: n }));
      case "Float":
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => ({ literal: String(x), json: x }));
      case "Boolean":
        return fc.boolean().map((b) => ({ literal: String(b), json: b }));
      case "ID":
        return string(this.globalId());
      default:
        if (hint === "after") return string(cursorArb);
        return string(stringArb(poolFor(hint), this.options.longStrings));
    }
  }

  /** Global ids (`Label:key`) with the labels the schema's Node interface has, and broken ones. */
  globalId(): fc.Arbitrary<string> {
    return fc.oneof(
      fc.tuple(fc.constantFrom(...this.nodeLabels), fc.constantFrom(...SYMBOLS, ...NAMES, "A/HRC/RES/36/32#op22", "004_9cc71f49dc171673#0")).map(([l, k]) => `${l}:${k}`),
      fc.constantFrom("Resolution:S/RES/660 (1990)", "Country:KHM", "Law:KHM:Land Law", "Resolution:", ":x", "Nope:x", "resolution:A/RES/1/1", "", ":", "Query:x"),
      fc.string({ maxLength: 30 }),
    );
  }
}

/** The value pool an argument's name suggests; a biased draw, never a list of fields. */
function poolFor(hint: string): readonly string[] {
  if (/symbol|from|^to$|resolution|references/i.test(hint)) return SYMBOLS;
  if (/text/i.test(hint)) return WORDS;
  return NAMES;
}

// --- broken documents ---------------------------------------------------------------------------

/**
 * Any code point, lone surrogates included, mostly ASCII and the BMP. fast-check's own `binary`
 * unit does the same but builds a table of every code point (some 80 MB of heap in each process).
 */
const anyCodePoint: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }))
  .map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));

const TOKENS = ["{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "=", "|", "&", ",", '"', '"""', "#", "\\", "\u0000", "\uFEFF", "\u2028", "query", "mutation", "subscription", "fragment", "on", "1e", "-", ".5", "0x1F", "true", "null", "__schema", "__typename"];

/** Text-level damage to a printed document: cut, spliced, truncated. */
const textMutation: fc.Arbitrary<(doc: string) => string> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (doc: string) => doc.slice(0, Math.floor(doc.length * at))),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS))
    .map(([at, token]) => (doc: string) => {
      const i = Math.floor(doc.length * at);
      return `${doc.slice(0, i)}${token}${doc.slice(i)}`;
    }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 20 })).map(([at, n]) => (doc: string) => {
    const i = Math.floor(doc.length * at);
    return `${doc.slice(0, i)}${doc.slice(i + n)}`;
  }),
  fc.constantFrom(
    (doc: string) => `${doc}\n${doc}`,
    (doc: string) => `mutation ${doc.replace(/^query\b/, "")}`,
    (doc: string) => `subscription ${doc.replace(/^query\b/, "")}`,
    (doc: string) => `${doc}\nfragment Cycle on Query { ...Cycle }`,
    (doc: string) => doc.replace("{", "{ ...Missing "),
    (doc: string) => `${doc}\nfragment Unused on Nope { a }`,
    (doc: string) => `${doc}\nquery Q { __typename }\nquery Q { __typename }`,
  ),
);

/** Variables as a confused client sends them: wrong types, missing, extra, not an object. */
const variablesMutation: fc.Arbitrary<(vars: Record<string, unknown> | undefined) => unknown> = fc.oneof(
  fc.constant((vars: Record<string, unknown> | undefined) => vars),
  fc
    .constantFrom<unknown>(5, "x", true, null, {}, [], [1, 2], { kind: "NOPE", key: 5 }, 1.5, 1e300, "A/HRC/RES/36/32")
    .map((wrong) => (vars: Record<string, unknown> | undefined) => Object.fromEntries(Object.keys(vars ?? { v0: 1 }).map((k) => [k, wrong]))),
  fc.constant((vars: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(vars ?? {}).slice(1))),
  fc.constant((vars: Record<string, unknown> | undefined) => ({ ...vars, extra: 1, v99: "x" })),
  fc.constantFrom<unknown>("x", 5, [], null, [{}]).map((wrong) => () => wrong),
);

class BrokenDocuments {
  constructor(
    private readonly valid: OperationArbitraries,
    private readonly broken: OperationArbitraries,
  ) {}

  payload(): fc.Arbitrary<Record<string, unknown>> {
    const ops = {
      broken: this.broken.operation().map(printOperation),
      valid: this.valid.operation().map(printOperation),
    };
    const mutated = fc
      .tuple(fc.oneof(ops.broken, ops.valid), fc.array(textMutation, { minLength: 1, maxLength: 3 }))
      .map(([p, mutations]) => ({ ...p, query: mutations.reduce((doc, m) => m(doc), p.query) }));
    const documents: fc.Arbitrary<GraphQLPayload> = fc.oneof(
      { weight: 6, arbitrary: ops.broken },
      { weight: 4, arbitrary: mutated },
      { weight: 1, arbitrary: this.deepWalk() },
      { weight: 1, arbitrary: this.nesting() },
      { weight: 1, arbitrary: this.manyAliases() },
      { weight: 1, arbitrary: this.tokenSoup() },
      { weight: 1, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 500 }).map((query) => ({ query })) },
      { weight: 1, arbitrary: fc.constantFrom("", " ", "\n\t", "# just a comment", "{}", "query", "{ }", "mutation", "subscription { __typename }").map((query) => ({ query })) },
    );
    return fc
      .record({
        doc: documents,
        variables: variablesMutation,
        operationName: fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>("Nope", "", 5, null, ["Q"], "Q") },
        ),
      })
      .map(({ doc, variables, operationName }) => {
        const vars = variables(doc.variables);
        return {
          query: doc.query,
          ...(vars !== undefined ? { variables: vars } : {}),
          ...(operationName !== undefined ? { operationName } : doc.operationName !== undefined ? { operationName: doc.operationName } : {}),
        };
      });
  }

  /** A walk down the schema's object fields, past the depth limit (introspection included). */
  private deepWalk(): fc.Arbitrary<GraphQLPayload> {
    const schema = this.valid.schema;
    return fc.tuple(fc.integer({ min: 8, max: 60 }), fc.array(fc.nat(), { minLength: 60, maxLength: 60 })).map(([depth, picks]) => {
      let type: GraphQLCompositeType = this.valid.query;
      const path: string[] = [];
      for (let i = 0; i < depth; i++) {
        const composite: GraphQLField<unknown, unknown>[] = this.valid.fieldsOf(type).filter((f) => isCompositeType(getNamedType(f.type)));
        const field: GraphQLField<unknown, unknown> | undefined = composite[(picks[i] ?? 0) % Math.max(1, composite.length)];
        const next: GraphQLNamedType | undefined = field ? getNamedType(field.type) : undefined;
        if (!field || !isCompositeType(next)) break;
        const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${simpleLiteral(schema, a.type)}`);
        path.push(`${field.name}${args.length > 0 ? `(${args.join(", ")})` : ""}`);
        type = next;
      }
      return { query: `{ ${path.map((p) => `${p} {`).join(" ")} __typename ${"}".repeat(path.length)} }` };
    });
  }

  /**
   * Nesting the parser recurses into, up to past the token limit: selections, and list and object
   * values given to one of Query's arguments (the names inside do not matter to the parser).
   */
  private nesting(): fc.Arbitrary<GraphQLPayload> {
    const calls = this.valid.argumentsOf(this.valid.query);
    return fc.tuple(fc.constantFrom("selection", "list", "object"), fc.constantFrom(...calls), fc.integer({ min: 50, max: 6_000 })).map(([shape, call, n]) => {
      if (shape === "selection") return { query: `${"{ a ".repeat(n)}${"}".repeat(n)}` };
      const value = shape === "list" ? `${"[".repeat(n)}"x"${"]".repeat(n)}` : `${"{a: ".repeat(n)}1${"}".repeat(n)}`;
      return { query: `{ ${call.field.name}(${call.arg.name}: ${value})${call.selection} }` };
    });
  }

  /** One Query field under many aliases (the limit is 20). */
  private manyAliases(): fc.Arbitrary<GraphQLPayload> {
    return fc.tuple(this.valid.rootField(), fc.integer({ min: 15, max: 600 })).map(([field, n]) => {
      const printer = new Printer();
      const one = printer.field({ ...field, alias: undefined }, new Map());
      return printer.wrap(Array.from({ length: n }, (_, i) => `a${i}: ${one}`).join(" "));
    });
  }

  /** Schema names and punctuation in random order, up to past the token limit. */
  private tokenSoup(): fc.Arbitrary<GraphQLPayload> {
    const words = fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...this.valid.fieldNames), fc.constantFrom(...this.valid.typeNames));
    return fc
      .tuple(fc.array(words, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 200 }))
      .map(([tokens, repeat]) => ({ query: Array.from({ length: repeat }, () => tokens.join(" ")).join(" ") }));
  }
}

/** A plausible literal for a required argument, so a deep walk fails on depth, not arguments. */
function simpleLiteral(schema: GraphQLSchema, type: GraphQLInputType): string {
  if (isNonNullType(type)) return simpleLiteral(schema, type.ofType);
  if (isListType(type)) return `[${simpleLiteral(schema, type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? "null";
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{${required.map((f) => `${f.name}: ${simpleLiteral(schema, f.type)}`).join(", ")}}`;
  }
  if (isScalarType(type) && (type.name === "Int" || type.name === "Float")) return "1";
  if (isScalarType(type) && type.name === "Boolean") return "true";
  return '"A/HRC/RES/36/32"';
}

// --- HTTP ---------------------------------------------------------------------------------------

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=UTF-8",
  "Application/JSON",
  "application/graphql-response+json",
  "application/graphql",
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "application/jsonp",
  "application/json; charset=utf-16",
  "text/json",
  "application/xml",
  "",
  "*/*",
  "garbage/;;;",
];

const ACCEPTS = [
  "application/json",
  "application/graphql-response+json",
  "application/json, application/graphql-response+json;q=0.9",
  "*/*",
  "text/html",
  "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "text/event-stream",
  "multipart/mixed; deferSpec=20220824",
  "multipart/mixed",
  "application/json;q=0",
  "text/html;q=abc, application/json;q=0.1",
  "text/plain",
  "image/png",
  "",
  ";;;,,,",
  "application/*",
];

const ORIGINS = [FUZZ_ALLOWED_ORIGIN, "http://evil.example.com", "null", "", `${FUZZ_ALLOWED_ORIGIN}.evil.com`];

/** Headers an HTTP client might send; never the ones that change framing (Host, lengths, Upgrade). */
const HEADER_NAMES = [
  "x-apollo-operation-name",
  "apollo-require-preflight",
  "apollographql-client-name",
  "authorization",
  "cookie",
  "user-agent",
  "accept-language",
  "accept-encoding",
  "content-encoding",
  "range",
  "if-modified-since",
  "x-forwarded-for",
  "forwarded",
  "referer",
  "cache-control",
  "access-control-request-method",
  "access-control-request-headers",
];
const FRAMING = /^(host|content-length|transfer-encoding|connection|expect|upgrade|te|trailer|keep-alive|proxy-connection|http2-settings)$/;

/** Printable ASCII: what Node's client accepts in a header value (and in a path, minus space). */
const printable = (min: number, max: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min, max }).map((c) => String.fromCharCode(c)), maxLength });

const headerValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: printable(0x20, 0x7e, 60) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 1_500 }).map((n) => "v".repeat(n)) },
);

/** Accept headers a GraphQL client sends: Apollo answers 406 to the others, before any GraphQL. */
const ACCEPTABLE = ["application/json", "application/graphql-response+json", "application/json, application/graphql-response+json;q=0.9", "*/*"];

/**
 * Headers as three kinds of client send them: a GraphQL client POSTing JSON (mostly acceptable
 * headers, so that most of its operations reach the resolvers), a GraphQL client using GET (no
 * content type, Apollo's CSRF preflight header), and anything at all.
 */
type Client = "post" | "get" | "any";

const headersArb = (client: Client): fc.Arbitrary<Record<string, string>> =>
  fc
    .record({
      contentType:
        client === "post"
          ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8") }, { weight: 1, arbitrary: sometimes(fc.constantFrom(...CONTENT_TYPES), 4) })
          : sometimes(fc.constantFrom(...CONTENT_TYPES), client === "get" ? 8 : 2),
      accept:
        client === "any"
          ? sometimes(fc.constantFrom(...ACCEPTS), 2)
          : sometimes(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ACCEPTABLE) }, { weight: 1, arbitrary: fc.constantFrom(...ACCEPTS) }), 3),
      preflight: client === "get" ? fc.oneof({ weight: 5, arbitrary: fc.constant("true") }, { weight: 1, arbitrary: fc.constantFrom(undefined, "", "1") }) : sometimes(fc.constantFrom("true", "", "1"), 4),
      origin: sometimes(fc.constantFrom(...ORIGINS), 5),
      ifNoneMatch: sometimes(fc.constantFrom("*", 'W/"x"', '"nope"', ""), 10),
      extra: fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.stringMatching(/^[a-z][a-z0-9-]{0,23}$/).filter((n) => !FRAMING.test(n))),
          headerValue,
        ),
        { maxLength: 3 },
      ),
    })
    .map(({ contentType, accept, preflight, origin, ifNoneMatch, extra }) => {
      const headers: Record<string, string> = Object.fromEntries(extra);
      if (contentType !== undefined) headers["content-type"] = contentType;
      if (accept !== undefined) headers.accept = accept;
      if (preflight !== undefined) headers["apollo-require-preflight"] = preflight;
      if (origin !== undefined) headers.origin = origin;
      if (ifNoneMatch !== undefined) headers["if-none-match"] = ifNoneMatch;
      return headers;
    });

const FIXED_PATHS = [
  "/graphql",
  "/graphql/",
  "/graphql?",
  "/graphql#x",
  "/GRAPHQL",
  "/graphql.json",
  "/graphql?query=%7B__typename%7D",
  "/",
  "/?query=%7B__typename%7D",
  "/healthz",
  "/healthz/",
  "/healthz?verbose=1",
  "/readyz",
  "/graphiql",
  "/graphiql/",
  "/graphiql/graphiql.js",
  "/graphiql/graphiql.css",
  "/graphiql/graphiql.js.map",
  "/graphiql/../package.json",
  "/graphiql/%2e%2e/%2e%2e/package.json",
  "/graphiql/..%2f..%2fpackage.json",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/favicon.ico",
  "/./graphql",
  "/graphql/..",
  "/%00",
  "/%",
  "/%zz",
  "/%E0%A4%A",
  "*",
  "http://localhost/graphql",
];

/**
 * Request targets that start with `//` are network-path references to a URL parser: `//host:port/…`.
 * Node's client sends them as they are, so the server must cope with an "authority" in its path.
 */
const authorityPath: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("localhost", "graphql", "[::1]", "[", "x", "%", "", "a@b"), fc.constantFrom("", ":80", ":99999", ":x", ":"), fc.constantFrom("", "/", "/graphql", "/healthz"))
  .map(([host, port, rest]) => `//${host}${port}${rest}`);

const pathArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FIXED_PATHS) },
  { weight: 2, arbitrary: fc.array(fc.string({ unit: "grapheme", maxLength: 12 }).map(percentEncode), { maxLength: 5 }).map((s) => `/${s.join("/")}`) },
  { weight: 2, arbitrary: printable(0x21, 0x7e, 40).map((s) => `/${s}`) },
  { weight: 1, arbitrary: authorityPath },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 6_000 }).map((n) => `/${"a".repeat(n)}`) },
  { weight: 1, arbitrary: printable(0x21, 0x7e, 60).map((s) => `/graphql?${s}`) },
);

const INVALID_JSON = [
  '{"query": "{ __typename }",}',
  "{'query': '{ __typename }'}",
  "{query: 1}",
  '{"query": "\\x"}',
  '\uFEFF{"query": "{ __typename }"}',
  '{"query": "{ __typename }"} trailing',
  "NaN",
  "[",
  "{",
  '"',
  "nul",
  '{"a":1}{"b":2}',
  '{"query": "{ __typename }", "variables": {',
];

/** Well-formed JSON of the wrong shape, prototype keys, persisted-query extensions. */
const WRONG_SHAPES = [
  "5",
  "null",
  "true",
  '"x"',
  "[]",
  "{}",
  "[{}]",
  '{"query":5}',
  '{"query":null}',
  '{"query":["{ __typename }"]}',
  '{"query":{"a":1}}',
  '{"query":"{ __typename }","variables":"x"}',
  '{"query":"{ __typename }","variables":"{\\"a\\":1}"}',
  '{"query":"{ __typename }","variables":5}',
  '{"query":"{ __typename }","variables":[]}',
  '{"query":"{ __typename }","variables":null}',
  '{"query":"{ __typename }","operationName":5}',
  '{"query":"{ __typename }","operationName":{}}',
  '{"query":"{ __typename }","extensions":"x"}',
  '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
  '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}',
  '{"extensions":{"persistedQuery":{"version":2}}}',
  '{"extensions":{"persistedQuery":null}}',
  '{"query":"{ __typename }","__proto__":{"polluted":1}}',
  '{"__proto__":{"query":"{ __typename }"}}',
  '{"constructor":{"prototype":{"polluted":1}},"query":"{ __typename }"}',
  '{"query":"{ __typename }","query":"{ __schema { queryType { name } } }"}',
  '{"id":"x"}',
  '{"documentId":"x"}',
  '{"query":"\\ud800"}',
  '{"query":"{ __type(name: \\"\\ud800\\") { name } }"}',
];

export interface FuzzOptions {
  /** Selection depth of generated operations (default 4). */
  maxDepth?: number;
}

/** Every arbitrary the fuzz uses, built once per schema. */
export interface FuzzArbitraries {
  request: fc.Arbitrary<FuzzRequest>;
  validPayload: fc.Arbitrary<GraphQLPayload>;
  brokenPayload: fc.Arbitrary<Record<string, unknown>>;
  body: fc.Arbitrary<string>;
}

export function fuzzArbitraries(schema: GraphQLSchema = buildResgraphSchema(), options: FuzzOptions = {}): FuzzArbitraries {
  const maxDepth = options.maxDepth ?? 4;
  const valid = new OperationArbitraries(schema, { mode: "valid", maxDepth, longStrings: true });
  const broken = new OperationArbitraries(schema, { mode: "broken", maxDepth, longStrings: true });
  // GET carries the document in the request line: short strings, shallow, so it fits Node's 16 KB.
  const shortValid = new OperationArbitraries(schema, { mode: "valid", maxDepth: Math.min(2, maxDepth), longStrings: false });
  const shortBroken = new OperationArbitraries(schema, { mode: "broken", maxDepth: Math.min(2, maxDepth), longStrings: false });

  const validPayload = valid.operation().map(printOperation);
  const brokenPayload = new BrokenDocuments(valid, broken).payload();
  const shortPayload: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    { weight: 3, arbitrary: shortValid.operation().map(printOperation) },
    { weight: 2, arbitrary: new BrokenDocuments(shortValid, shortBroken).payload() },
  );

  const deepJson = fc.tuple(fc.constantFrom("variables", "extensions", "array"), fc.integer({ min: 10, max: 100_000 })).map(([where, n]) => {
    if (where === "array") return `${"[".repeat(n)}${"]".repeat(n)}`;
    const deep = `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
    return `{"query":"query($v: String) { __typename }",${JSON.stringify(where)}:${where === "variables" ? `{"v":${deep}}` : deep}}`;
  });
  // `__proto__` where variables are read: a parser that assigned it would change the prototype of
  // the variables (or of every object). The text is written out: an object literal cannot hold it.
  const prototypeBodies = fc
    .tuple(fc.constantFrom(...valid.argumentsOf(valid.query)), fc.constantFrom("hidden", "inside", "beside"))
    .chain(([call, where]) =>
      valid.value(call.arg.type, call.arg.name, 0).map((v) => {
        const query = JSON.stringify(`query($v: ${String(call.arg.type)}) { ${call.field.name}(${call.arg.name}: $v)${call.selection} }`);
        const value = JSON.stringify(v.json);
        const variables =
          where === "hidden" ? `{"__proto__":{"v":${value}}}` : where === "inside" ? `{"v":{"__proto__":${value}}}` : `{"v":${value},"__proto__":{"polluted":1}}`;
        return `{"query":${query},"variables":${variables}}`;
      }),
    );
  const batch = fc.array(fc.oneof(validPayload, brokenPayload), { minLength: 1, maxLength: 30 }).map((items) => JSON.stringify(items));
  const tooLarge = fc.integer({ min: 1_048_577, max: 1_150_000 }).map((n) => JSON.stringify({ query: "{ __typename }", padding: "x".repeat(n) }));
  const shape: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WRONG_SHAPES) },
    { weight: 1, arbitrary: prototypeBodies },
    { weight: 2, arbitrary: batch },
    { weight: 2, arbitrary: deepJson },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  );
  const body: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: validPayload.map((p) => JSON.stringify(p)) },
    { weight: 4, arbitrary: brokenPayload.map((p) => JSON.stringify(p)) },
    { weight: 4, arbitrary: shape },
    { weight: 2, arbitrary: fc.constantFrom(...INVALID_JSON) },
    { weight: 1, arbitrary: validPayload.chain((p) => truncated(JSON.stringify(p))) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => JSON.stringify("x".repeat(n))) },
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: tooLarge },
  );

  const methodArb = (usual: FuzzMethod, oneIn: number): fc.Arbitrary<FuzzMethod> =>
    fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...FUZZ_METHODS) });

  const post = (kind: FuzzKind, payload: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzRequest> =>
    fc
      .record({ method: methodArb("POST", 10), payload, headers: headersArb("post"), latin1: chance(30) })
      .map(({ method, payload, headers, latin1 }) => ({
        kind,
        method,
        path: "/graphql",
        headers,
        body: JSON.stringify(payload),
        ...(latin1 ? { bodyEncoding: "latin1" as const } : {}),
      }));

  const get: fc.Arbitrary<FuzzRequest> = fc
    .record({
      method: fc.constantFrom<FuzzMethod>("GET", "GET", "GET", "GET", "HEAD"),
      payload: shortPayload,
      extra: sometimes(fc.tuple(fc.constantFrom("query", "variables", "operationName", "extensions"), printable(0x20, 0x7e, 30)), 4),
      headers: headersArb("get"),
    })
    .map(({ method, payload, extra, headers }) => {
      const params = Object.entries(payload).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""]);
      const query = [...params, ...(extra ? [extra] : [])].map(([k, v]) => `${k}=${percentEncode(v)}`).join("&");
      return {
        kind: "get" as const,
        method,
        path: `/graphql?${query}`,
        headers,
      };
    })
    // Node refuses request headers over 16 KB (431, connection closed): stay under it.
    .filter((r) => r.path.length <= 12_000);

  const shapes = fc
    .record({ method: methodArb("POST", 10), body: fc.oneof(shape, fc.constantFrom(...INVALID_JSON)), headers: headersArb("post") })
    .map(({ method, body, headers }) => ({ kind: "shape" as const, method, path: "/graphql", headers, body }));

  const http = fc
    .record({ method: fc.constantFrom(...FUZZ_METHODS), path: pathArb, headers: headersArb("any"), body: sometimes(body, 2), latin1: chance(20) })
    .map(({ method, path, headers, body, latin1 }) => ({
      kind: "http" as const,
      method,
      path,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(latin1 && body !== undefined ? { bodyEncoding: "latin1" as const } : {}),
    }));

  const request = fc
    .oneof(
      { weight: 30, arbitrary: post("valid", validPayload) },
      { weight: 25, arbitrary: post("broken", brokenPayload) },
      { weight: 15, arbitrary: get },
      { weight: 12, arbitrary: shapes },
      { weight: 18, arbitrary: http },
    )
    .map(withToString);
  return { request, validPayload, brokenPayload, body };
}

/** A lone UTF-16 surrogate: no UTF-8 encoding exists for it. */
const LONE_SURROGATE = /([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/;

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) becomes the three bytes a
 * lax encoder would write for it (WTF-8): a query string that is not valid UTF-8.
 */
function percentEncode(text: string): string {
  return text
    .split(LONE_SURROGATE)
    .map((part, i) => {
      if (i % 2 === 0) return encodeURIComponent(part);
      const u = part.charCodeAt(0);
      return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    })
    .join("");
}

const truncated = (text: string): fc.Arbitrary<string> => fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n));

/** Counterexamples print as a readable request, long values cut. */
function withToString(r: FuzzRequest): FuzzRequest {
  Object.defineProperty(r, fc.toStringMethod, { value: () => describeRequest(r), enumerable: false });
  return r;
}

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString("en-US")} chars)`);

/** One request as a reproduction: method, target, headers, body. */
export function describeRequest(r: FuzzRequest, max = 600): string {
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${cut(JSON.stringify(v), 120)}`);
  const body = r.body === undefined ? "(no body)" : `body${r.bodyEncoding === "latin1" ? " (latin1)" : ""}: ${cut(JSON.stringify(r.body), max)}`;
  return `[${r.kind}] ${r.method} ${cut(JSON.stringify(r.path), max)}\n  ${[...headers, body].join("\n  ")}`;
}

// --- sending --------------------------------------------------------------------------------------

export interface FuzzTarget {
  host: string;
  port: number;
}

export interface FuzzResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A response, or why there was none (the server crashed, hung, or reset the connection); `status`
 * when a response started but was cut off.
 */
export type FuzzOutcome = { response: FuzzResponse; ms: number } | { failure: string; status?: number; ms: number };

/**
 * Watches the process for errors nobody handled. The fuzzed server runs in this process: a handler
 * that rejects outside its try/catch would otherwise crash it (Node's default), or, under vitest,
 * leave the request hanging until the client's timeout. Each event also fails the request in flight.
 */
export class CrashWatch {
  readonly events: string[] = [];
  private readonly listeners = new Set<(what: string) => void>();
  private readonly onRejection = (reason: unknown): void => this.report(`unhandled rejection: ${errorText(reason)}`);
  private readonly onException = (error: unknown): void => this.report(`uncaught exception: ${errorText(error)}`);

  start(): this {
    process.on("unhandledRejection", this.onRejection);
    process.on("uncaughtException", this.onException);
    return this;
  }

  stop(): void {
    process.off("unhandledRejection", this.onRejection);
    process.off("uncaughtException", this.onException);
  }

  subscribe(listener: (what: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private report(what: string): void {
    this.events.push(what);
    for (const listener of this.listeners) listener(what);
  }
}

/** How a request failed by a process-level error starts: the bench tells them from plain hangs. */
export const PROCESS_EVENT = "the server process reported";

const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

export function sendFuzzRequest(target: FuzzTarget, r: FuzzRequest, options: { timeoutMs: number; crashes?: CrashWatch }): Promise<FuzzOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let req: ClientRequest | undefined;
    let settled = false;
    const finish = (outcome: { response: FuzzResponse } | { failure: string; status?: number }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe?.();
      resolve({ ...outcome, ms: performance.now() - started });
    };
    const timer = setTimeout(() => {
      req?.destroy();
      finish({ failure: `no response within ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    const unsubscribe = options.crashes?.subscribe((what) => {
      req?.destroy();
      finish({ failure: `${PROCESS_EVENT} ${what}` });
    });
    const payload = r.body === undefined ? undefined : Buffer.from(r.body, r.bodyEncoding ?? "utf8");
    const headers = payload ? { ...r.headers, "content-length": String(payload.length) } : r.headers;
    try {
      // A fresh connection per case: one broken connection must not fail the next case.
      req = request({ host: target.host, port: target.port, method: r.method, path: r.path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => finish({ response: { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") } }));
        // A server that closes the connection with part of the request body unread makes the kernel
        // reset it, and the client loses what it had not read yet of the response: a cut response
        // is the server's doing, whatever status it started with.
        const status = res.statusCode ?? 0;
        const cut = (why: string): void => finish({ failure: `response ${status} cut off: ${why}`, status });
        res.on("error", (e) => cut(errorText(e)));
        res.on("aborted", () => cut("the server closed the connection"));
      });
    } catch (e) {
      // Node's client refused to send it (a character it does not allow): a generator bug.
      finish({ failure: `not sent: ${errorText(e)}` });
      return;
    }
    req.on("error", (e) => finish({ failure: `no response: ${errorText(e)}` }));
    req.end(payload);
  });
}

// --- judging --------------------------------------------------------------------------------------

export interface Verdict {
  /** What breaks the property: a 5xx, no response, a leak, a /graphql answer that is not JSON. */
  problems: string[];
  /** Worth a look but allowed: an allowed 503, a masked INTERNAL_SERVER_ERROR. */
  notes: string[];
  status: number | undefined;
  /** `extensions.code` of each error in a JSON body. */
  codes: string[];
}

/** Codes a 503 may carry: the request timed out, or the store is unavailable. */
const ALLOWED_503 = new Set(["TIMEOUT", "SERVICE_UNAVAILABLE"]);

/** What must never reach a client. A match the request itself contains is an echo, not a leak. */
const LEAKS: { name: string; pattern: RegExp }[] = [
  { name: "a stack frame", pattern: /(?:\n|\\n)\s+at |\bat [\w.$<>]+ \((?:file:\/\/|\/|node:)[^)]*:\d+:\d+\)/g },
  { name: "a stacktrace field", pattern: /"stacktrace"\s*:/g },
  { name: "SQLite internals", pattern: /SQLITE_[A-Z]+|SqliteError|better-sqlite3/g },
  { name: "SQL text", pattern: /\bSELECT [^"]{0,40}\bFROM\b|\bINSERT INTO\b|\bSELECT \*|\bSELECT /g },
  { name: "Neo4j internals", pattern: /Neo\.(?:ClientError|TransientError|DatabaseError)[\w.]*|\bMATCH \(|\bUNWIND \$/g },
  { name: "a file path", pattern: /\/work\/[\w./-]*|node_modules[\w./-]*|file:\/\/[\w./-]*/g },
];

export function pathnameOf(target: string): string | undefined {
  try {
    return new URL(target, "http://localhost").pathname;
  } catch {
    return undefined;
  }
}

export function judge(r: FuzzRequest, outcome: FuzzOutcome): Verdict {
  if ("failure" in outcome) return { problems: [outcome.failure], notes: [], status: outcome.status, codes: [] };
  const { status, headers, body } = outcome.response;
  const problems: string[] = [];
  const notes: string[] = [];
  const contentType = String(headers["content-type"] ?? "");
  let json: unknown;
  let isJson = false;
  if (body !== "") {
    try {
      json = JSON.parse(body);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  const codes = errorCodes(json);
  const pathname = pathnameOf(r.path);
  const graphiqlPage = r.method === "GET" && status === 200 && contentType.startsWith("text/html");
  const staticAsset = (r.method === "GET" || r.method === "HEAD") && (status === 200 || status === 304) && pathname?.startsWith("/graphiql/") === true;

  if (status >= 500) {
    const allowed = status === 503 && codes.some((c) => ALLOWED_503.has(c));
    if (allowed) notes.push(`503 ${codes.join(",")}`);
    else problems.push(`status ${status}: ${cut(body, 300)}`);
  }
  const bodyExpected = r.method !== "HEAD" && status !== 204 && status !== 304;
  if (pathname === "/graphql" && bodyExpected && !graphiqlPage && !isJson) problems.push(`a /graphql response that is not JSON (${status}, ${contentType || "no content-type"}): ${cut(body, 200)}`);
  if (contentType.includes("json") && body !== "" && !isJson) problems.push(`content-type ${contentType} but the body is not JSON: ${cut(body, 200)}`);
  if (!staticAsset && !graphiqlPage) {
    const sent = `${r.path}\n${Object.values(r.headers).join("\n")}\n${r.body ?? ""}`;
    const sentJson = JSON.stringify(sent);
    for (const { name, pattern } of LEAKS) {
      for (const match of body.matchAll(pattern)) {
        if (sent.includes(match[0]) || sentJson.includes(match[0])) continue;
        const at = match.index ?? 0;
        problems.push(`leaks ${name}: …${body.slice(Math.max(0, at - 60), at + 100)}…`);
        break;
      }
    }
  }
  if (codes.includes("INTERNAL_SERVER_ERROR")) notes.push(`INTERNAL_SERVER_ERROR with status ${status}`);
  return { problems, notes, status, codes };
}

/** `extensions.code` of each error in a GraphQL-shaped body, and a top-level `code` if any. */
function errorCodes(json: unknown): string[] {
  if (json === null || typeof json !== "object") return [];
  const codes: string[] = [];
  const top = (json as { code?: unknown }).code;
  if (typeof top === "string") codes.push(top);
  const errors = (json as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const e of errors) {
      const code = (e as { extensions?: { code?: unknown } } | null)?.extensions?.code;
      if (typeof code === "string") codes.push(code);
    }
  }
  return codes;
}

/** Own property names of Object.prototype: a body like `{"__proto__": …}` must not add to them. */
export const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
