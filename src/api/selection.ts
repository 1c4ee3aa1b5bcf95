// What a field's selection asks for below it, so that a resolver of a list can load, in one go,
// what every item's fields would otherwise each wait for (and so each answer with a promise).

import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Field names (not aliases) selected below a field, fragments merged in, each with its own. */
export type Selection = ReadonlyMap<string, Selection>;

/** What the tree is while it is built. */
type Tree = Map<string, Tree>;

const EMPTY: Selection = new Map();

// A field node belongs to one parsed document, and so do the fragments it spreads: the tree of a
// node never changes, and a document executed again (as a server's cached one is) reuses it.
const trees = new WeakMap<FieldNode, Selection>();

function addSelections(into: Tree, set: SelectionSetNode | undefined, info: GraphQLResolveInfo): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      const below: Tree = into.get(s.name.value) ?? new Map();
      into.set(s.name.value, below);
      addSelections(below, s.selectionSet, info);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      addSelections(into, s.selectionSet, info);
    } else {
      addSelections(into, info.fragments[s.name.value]?.selectionSet, info);
    }
  }
}

function treeOf(node: FieldNode, info: GraphQLResolveInfo): Selection {
  let tree = trees.get(node);
  if (!tree) {
    const built: Tree = new Map();
    addSelections(built, node.selectionSet, info);
    tree = built;
    trees.set(node, tree);
  }
  return tree;
}

/**
 * What the resolved field's selection asks for. @skip and @include are not applied: the tree may
 * name a field the response will leave out, never miss one it will hold, which is the safe side
 * for loading ahead (a load too many, at worst) and for answering without loading (never wrong).
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const nodes = info.fieldNodes;
  if (nodes.length === 1) return treeOf(nodes[0]!, info);
  const merged: Tree = new Map();
  for (const node of nodes) addSelections(merged, node.selectionSet, info);
  return merged.size === 0 ? EMPTY : merged;
}

/** Whether every field the selection names is one of `fields`. */
export function onlySelects(selection: Selection, fields: ReadonlySet<string>): boolean {
  for (const name of selection.keys()) if (!fields.has(name)) return false;
  return true;
}
